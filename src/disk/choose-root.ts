// `root: auto`: the job folder goes on the writable filesystem with the most free space. The
// candidates and the choice are pure; probeCandidates reads the disk.
import fs from 'node:fs/promises';
import path from 'node:path';
import { SCRATCH_FOLDER } from '../constants.js';
import { errorCode } from '../lib/errors.js';
import { formatBytes } from '../lib/format.js';
import type { PlatformRules } from '../lib/platform.js';
import { freeSpace } from './space.js';

export interface RootCandidate {
  path: string;
  source: string;
  /** A scratch volume (lib/platform.ts scratchVolume) counts only when it is a filesystem of its own. */
  mustBeMountPoint?: boolean;
}

export function rootCandidates(env: NodeJS.ProcessEnv, rules: PlatformRules): RootCandidate[] {
  const out: RootCandidate[] = [];
  if (env.RUNNER_TEMP) out.push({ path: env.RUNNER_TEMP, source: 'the runner temp folder (RUNNER_TEMP)' });
  if (env.GITHUB_WORKSPACE) out.push({ path: rules.path.dirname(env.GITHUB_WORKSPACE), source: "the workspace's filesystem (next to GITHUB_WORKSPACE)" });
  if (rules.scratchVolume) out.push({ path: rules.scratchVolume, source: `the scratch volume ${rules.scratchVolume}`, mustBeMountPoint: true });
  return out;
}

export interface CandidateFacts {
  candidate: RootCandidate;
  /** Why it cannot hold the job folder; undefined when it can. */
  unusable?: string;
  dev?: number;
  free?: number;
  /**
   * A scratch volume that belongs to root (GitHub mounts /mnt so): the folder to create in it with
   * passwordless sudo, should it be chosen.
   */
  needsFolder?: string;
}

export interface RootChoice {
  path: string;
  reason: string;
  considered: { path: string; source: string; free?: number; skipped?: string }[];
}

export function pickRoot(facts: CandidateFacts[]): RootChoice {
  const considered = facts.map((f) => ({ path: f.candidate.path, source: f.candidate.source, free: f.free, skipped: f.unusable }));
  const usable = facts.filter((f) => !f.unusable && f.free !== undefined);
  // Several candidates on one filesystem count once, under the first (RUNNER_TEMP is preferred).
  const distinct = usable.filter((f, i) => usable.findIndex((g) => g.dev === f.dev) === i);
  if (!distinct.length) {
    const why = considered.map((c) => `${c.path}: ${c.skipped ?? 'not measured'}`).join('; ');
    throw new Error(
      `Input 'root' is auto but no candidate folder can hold the job folder; set 'root' to an absolute folder the job can write to. Candidates: ${why}.`,
    );
  }
  const best = distinct.reduce((a, b) => ((b.free ?? 0) > (a.free ?? 0) ? b : a));
  const others = distinct.filter((f) => f !== best).map((f) => `${formatBytes(f.free ?? 0)} at ${f.candidate.path}`);
  const reason =
    `most free space: ${formatBytes(best.free ?? 0)} on ${best.candidate.source}` +
    (others.length ? ` vs ${others.join(', ')}` : ', the only usable candidate') +
    (distinct.length < usable.length ? ' (candidates on one filesystem counted once)' : '');
  return { path: best.candidate.path, reason, considered };
}

export async function probeCandidates(candidates: RootCandidate[]): Promise<CandidateFacts[]> {
  const rootDev = (await fs.stat('/').catch(() => undefined))?.dev;
  return Promise.all(
    candidates.map(async (candidate): Promise<CandidateFacts> => {
      try {
        // The runner's temp folder may not exist yet; createJobDir would create it anyway.
        const exists = await fs.stat(candidate.path).then(
          () => true,
          (err: unknown) => (errorCode(err) === 'ENOENT' && !candidate.mustBeMountPoint ? false : Promise.reject(err)),
        );
        if (!exists) await fs.mkdir(candidate.path, { recursive: true });
        const st = await fs.stat(candidate.path);
        if (!st.isDirectory()) return { candidate, unusable: 'not a folder' };
        if (candidate.mustBeMountPoint && st.dev === rootDev) return { candidate, unusable: 'not a volume of its own' };
        const free = (await freeSpace(candidate.path)).free;
        if (candidate.mustBeMountPoint && !(await writable(candidate.path))) return scratchFolderFacts(candidate, st.dev, free);
        await fs.access(candidate.path, fs.constants.W_OK);
        return { candidate, dev: st.dev, free };
      } catch (err) {
        const code = errorCode(err);
        return { candidate, unusable: code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? `not writable (${code})` : `unavailable (${code})` };
      }
    }),
  );
}

const writable = (p: string) =>
  fs.access(p, fs.constants.W_OK).then(
    () => true,
    () => false,
  );

/** A root-owned scratch volume: its go-ci-guard folder if a earlier job made it, else one to make. */
async function scratchFolderFacts(candidate: RootCandidate, dev: number, free: number): Promise<CandidateFacts> {
  const folder = path.join(candidate.path, SCRATCH_FOLDER);
  const st = await fs.lstat(folder).catch(() => undefined);
  if (st?.isDirectory() && st.dev === dev && (await writable(folder))) return { candidate: { ...candidate, path: folder }, dev, free };
  if (st || process.getuid?.() === 0) return { candidate, unusable: `not writable (${st ? `${folder} exists but is not ours` : 'read-only'})` };
  return { candidate, dev, free, needsFolder: folder };
}

export function describeChoice(choice: RootChoice): string {
  return `Job folder root ${choice.path} (root: auto): ${choice.reason}.`;
}
