// At job start (main and the job-started hook): removes the job folders under the root whose jobs
// are over — cancelled or killed before post ran, their runner gone. Scanning and judging are cheap
// and run here; the removal itself is dist/reap.js, loaded only when there is something to remove.
import * as core from '@actions/core';
import fs from 'node:fs';
import { CLAIM_SUFFIX, JOB_DIR_PREFIX, REAP_PREFIX } from '../constants.js';
import { nowMs } from '../lib/clock.js';
import { errorMessage } from '../lib/errors.js';
import { formatBytes, formatCount } from '../lib/format.js';
import { readMarker } from '../lib/job-dir.js';
import { readSmallJson } from '../lib/small-file.js';
import { isJobOwner, judgeOwnerNow } from '../lib/job-owner.js';
import type { PlatformRules } from '../lib/platform.js';
import { planJanitor, type Claim, type FoundFolder, type JanitorReport } from './janitor-plan.js';

/** dist/reap.js's exports (a type-only import: nothing of it is bundled into main). */
export type ReapSteps = typeof import('./reap.js');

export interface JanitorOptions {
  root: string;
  home: string;
  workspace: string;
  rules: PlatformRules;
  env: NodeJS.ProcessEnv;
  /** dist/reap.js and dist/remove-worker.js. */
  reapScript: URL;
  workerScript: URL;
}

/**
 * statfs magic numbers of network and cluster filesystems (NFS, SMB/CIFS, FUSE, Ceph, 9p, AFS,
 * Coda, NCP, GFS2, OCFS2, Lustre): another machine may share such a root.
 */
const NETWORK_FS = new Set([
  0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x65735546, 0x00c36400, 0x01021997, 0x5346414f, 0x73757245, 0x564c, 0x01161970, 0x7461636f, 0x0bd00bd0,
]);

/** Never throws: the janitor's own faults become a warning and a line in the report. */
export async function runJanitor(o: JanitorOptions): Promise<JanitorReport> {
  const started = nowMs();
  const report: JanitorReport = { root: o.root, reaped: [], running: 0, unjudged: 0, ms: 0 };
  try {
    // The real path: cleanup proves each folder by its real path, as createJobDir made it. No root yet: nothing to do.
    let root: string;
    try {
      root = fs.realpathSync.native(o.root);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return report;
      throw err;
    }
    report.root = root;
    const plan = planJanitor(await scanRoot(root, o.rules));
    report.running = plan.leave.filter((l) => l.running).length;
    report.unjudged = plan.leave.length - report.running;
    for (const l of plan.leave) core.debug(`Janitor: left ${l.name}: ${l.reason}`);
    if (plan.reap.length) {
      await core.group(`Removing ${plan.reap.length} folder(s) of earlier jobs that are over`, async () => {
        const { reapFolders } = (await import(o.reapScript.href)) as ReapSteps;
        report.reaped = await reapFolders(plan.reap, { ...o, root });
        for (const r of report.reaped) {
          core.info(
            `${r.name} (${r.reason}): ${r.status}, ${formatCount(r.files)} files, ${formatBytes(r.bytes)} freed on disk${r.samplerStopped ? '; its sampler stopped' : ''}`,
          );
          for (const p of r.problems) core.info(`  ${p}`);
        }
      });
      const partial = report.reaped.filter((r) => r.status === 'partial' || r.status === 'refused');
      if (partial.length) core.warning(`Janitor: ${partial.length} leftover job folder(s) under ${root} could not be removed fully (see the log).`);
    }
  } catch (err) {
    report.problem = errorMessage(err);
    core.warning(`Janitor: leftover job folders were not removed: ${report.problem}`);
  }
  report.ms = nowMs() - started;
  return report;
}

/** The root's job folders and claimed folders; markers and claims are read, and their jobs judged, only for real folders. */
async function scanRoot(root: string, rules: PlatformRules): Promise<FoundFolder[]> {
  const all = fs.readdirSync(root);
  dropStrayClaims(root, all, rules);
  const names = all.filter((n) => n.startsWith(JOB_DIR_PREFIX) || (n.startsWith(REAP_PREFIX) && !n.endsWith(CLAIM_SUFFIX)));
  const shared = NETWORK_FS.has(fs.statfsSync(root).type);
  const found: FoundFolder[] = [];
  for (const name of names) {
    const path = rules.path.join(root, name);
    const st = fs.lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    const marker = readMarker(path, rules);
    const verdict = marker ? await judgeOwnerNow(marker.owner, shared) : undefined;
    const folder: FoundFolder = { name, path, isFolder: true, dev: st.dev, ino: st.ino, marker, verdict };
    if (name.startsWith(REAP_PREFIX)) {
      const file = `${path}${CLAIM_SUFFIX}`;
      const claim = readSmallJson(file) as Claim | undefined;
      folder.claim = { file, verdict: claim ? await judgeOwnerNow(isJobOwner(claim.claimer) ? claim.claimer : undefined, shared) : undefined };
    }
    found.push(folder);
  }
  return found;
}

/** This user's claim file whose folder never came (a janitor stopped between the two) goes after an hour. */
function dropStrayClaims(root: string, names: string[], rules: PlatformRules): void {
  const present = new Set(names);
  const uid = process.getuid?.();
  for (const name of names) {
    if (!name.startsWith(REAP_PREFIX) || !name.endsWith(CLAIM_SUFFIX) || present.has(name.slice(0, -CLAIM_SUFFIX.length))) continue;
    const file = rules.path.join(root, name);
    try {
      const st = fs.lstatSync(file, { throwIfNoEntry: false });
      if (st?.isFile() && (uid === undefined || st.uid === uid) && Date.now() - st.mtimeMs > 3600_000) fs.unlinkSync(file);
    } catch (err) {
      core.debug(`Janitor: stray claim ${file} left: ${errorMessage(err)}`);
    }
  }
}
