// The janitor's decision, pure: which job folders under the root belong to jobs that are over. A
// folder is removed only on proof: a marker this user can read whose job process is gone. Anything
// else (another user's folder, one without a marker, a job still running here or elsewhere) stays.
import type { Marker } from '../lib/job-dir.js';
import type { JobOwner, OwnerVerdict } from '../lib/job-owner.js';

/** One entry of the root named like a job folder, with what the scan learnt about it. */
export interface FoundFolder {
  name: string;
  path: string;
  /** lstat: only a real folder is ever a candidate. */
  isFolder: boolean;
  dev: number;
  ino: number;
  marker?: Marker;
  /** Only judged for folders with a marker. */
  verdict?: OwnerVerdict;
  /** A folder another janitor claimed: its claim file (absent: none readable) and whether that janitor's job is over. */
  claim?: { file: string; verdict?: OwnerVerdict };
}

export interface ReapItem {
  name: string;
  path: string;
  token: string;
  dev: number;
  ino: number;
  reason: string;
  /** The claim file of a janitor whose job ended before it finished: removed with the folder. */
  staleClaim?: string;
}

/** The claim file's content. */
export interface Claim {
  claimer?: JobOwner;
}

export interface JanitorPlan {
  reap: ReapItem[];
  /** Folders left alone and why (shown in the log; the summary counts them). */
  leave: { name: string; reason: string; running: boolean }[];
}

export function planJanitor(found: FoundFolder[]): JanitorPlan {
  const plan: JanitorPlan = { reap: [], leave: [] };
  for (const f of found) {
    if (!f.isFolder) continue;
    if (!f.marker) {
      plan.leave.push({ name: f.name, reason: 'no marker this user can read (another user’s folder, or one a step emptied)', running: false });
      continue;
    }
    if (f.claim) {
      // Claimed: another job's start is removing it, unless that job is over too.
      if (f.claim.verdict?.verdict !== 'over') {
        plan.leave.push({
          name: f.name,
          reason: `another job's start is removing it (${f.claim.verdict?.reason ?? 'its claim is not readable yet'})`,
          running: true,
        });
        continue;
      }
      const reason = `the job that began removing it is over too (${f.claim.verdict.reason})`;
      plan.reap.push({ name: f.name, path: f.path, token: f.marker.token, dev: f.dev, ino: f.ino, reason, staleClaim: f.claim.file });
      continue;
    }
    const verdict = f.verdict ?? { verdict: 'unknown', reason: 'not judged' };
    if (verdict.verdict === 'over') {
      plan.reap.push({ name: f.name, path: f.path, token: f.marker.token, dev: f.dev, ino: f.ino, reason: verdict.reason });
    } else {
      plan.leave.push({ name: f.name, reason: verdict.reason, running: verdict.verdict === 'running' });
    }
  }
  return plan;
}

/** What became of one folder the plan named. */
export interface ReapedFolder {
  name: string;
  reason: string;
  /** 'taken': another job's janitor claimed it first. */
  status: 'removed' | 'partial' | 'refused' | 'taken';
  bytes: number;
  files: number;
  /** Entries it could not remove, refusal reasons, a sampler that would not stop. */
  problems: string[];
  /** A sampler of that job was still running and was stopped. */
  samplerStopped: boolean;
}

/** The janitor's result, for the log, the job summary and the JSON report. */
export interface JanitorReport {
  root: string;
  reaped: ReapedFolder[];
  /** Folders left alone: of jobs still running, and those it cannot judge. */
  running: number;
  unjudged: number;
  ms: number;
  /** A fault that stopped the janitor itself (it never fails the job). */
  problem?: string;
  /** HOME's cache children unused for longer than the runner owner's limit (job-started hook only). */
  aged?: AgedCache;
}

export interface AgedCache {
  maxAgeDays: number;
  removed: { path: string; bytes: number; idleDays: number; complete: boolean }[];
  problems: string[];
}
