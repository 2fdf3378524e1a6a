// At job start (main and the job-started hook): removes the job folders under the root whose jobs
// are over — cancelled or killed before post ran, their runner gone. Scanning and judging are cheap
// and run here; the removal itself is dist/reap.js, loaded only when there is something to remove.
import * as core from '@actions/core';
import fs from 'node:fs';
import { JOB_DIR_PREFIX } from '../constants.js';
import { nowMs } from '../lib/clock.js';
import { errorMessage } from '../lib/errors.js';
import { formatBytes, formatCount } from '../lib/format.js';
import { readMarker } from '../lib/job-dir.js';
import { judgeOwnerNow } from '../lib/job-owner.js';
import type { PlatformRules } from '../lib/platform.js';
import { planJanitor, type FoundFolder, type JanitorReport } from './janitor-plan.js';

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

/** Never throws: the janitor's own faults become a warning and a line in the report. */
export async function runJanitor(o: JanitorOptions): Promise<JanitorReport> {
  const started = nowMs();
  const report: JanitorReport = { root: o.root, reaped: [], running: 0, unjudged: 0, ms: 0 };
  try {
    const plan = planJanitor(await scanRoot(o.root, o.rules));
    report.running = plan.leave.filter((l) => l.running).length;
    report.unjudged = plan.leave.length - report.running;
    for (const l of plan.leave) core.debug(`Janitor: left ${l.name}: ${l.reason}`);
    if (plan.reap.length) {
      await core.group(`Removing ${plan.reap.length} folder(s) of earlier jobs that are over`, async () => {
        const { reapFolders } = (await import(o.reapScript.href)) as ReapSteps;
        report.reaped = await reapFolders(plan.reap, { ...o, workerScript: o.workerScript });
        for (const r of report.reaped) {
          core.info(
            `${r.name} (${r.reason}): ${r.status}, ${formatCount(r.files)} files, ${formatBytes(r.bytes)}${r.samplerStopped ? '; its sampler stopped' : ''}`,
          );
          for (const p of r.problems) core.info(`  ${p}`);
        }
      });
      const partial = report.reaped.filter((r) => r.status === 'partial' || r.status === 'refused');
      if (partial.length) core.warning(`Janitor: ${partial.length} leftover job folder(s) under ${o.root} could not be removed fully (see the log).`);
    }
  } catch (err) {
    report.problem = errorMessage(err);
    core.warning(`Janitor: leftover job folders were not removed: ${report.problem}`);
  }
  report.ms = nowMs() - started;
  return report;
}

/** The root's entries named like job folders; a marker is read and its job judged only for real folders. */
async function scanRoot(root: string, rules: PlatformRules): Promise<FoundFolder[]> {
  let names: string[];
  try {
    names = fs.readdirSync(root).filter((n) => n.startsWith(JOB_DIR_PREFIX));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const found: FoundFolder[] = [];
  for (const name of names) {
    const path = rules.path.join(root, name);
    const st = fs.lstatSync(path, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    const marker = readMarker(path, rules);
    const verdict = marker ? await judgeOwnerNow(marker.owner) : undefined;
    found.push({ name, path, isFolder: true, dev: st.dev, ino: st.ino, marker, verdict });
  }
  return found;
}
