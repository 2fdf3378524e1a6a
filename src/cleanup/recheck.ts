// After removal post looks at the job folder again: a process the job left running (a build server,
// a test that outlived its step) may write into it after cleanup removed it, and then "removed" would
// not be true. What came back makes the cleanup partial, named with the processes that may write it.
import fs from 'node:fs';
import { MARKER_FILE } from '../constants.js';
import { isWithin, samePath, type PlatformRules } from '../lib/platform.js';
import { leftoverProcesses, type LeftoverProcess } from './leftovers.js';
import type { CleanupReport } from './report.js';

/** How long post watches for writes when a leftover process of the job is still running. */
export const WATCH_MS = 1000;
const POLL_MS = 50;

/** Names kept of what came back (the summary lists the first 20, the log all kept). */
const MAX_NAMED = 200;

/**
 * Pure: of the names now in the job folder, those cleanup did remove (not the marker, nor anything
 * it reported as left: a failure or a mount, or a folder holding one).
 */
export function writtenAgain(names: string[], jobDir: string, left: string[], rules: PlatformRules): string[] {
  const reasons = left.filter((p) => !samePath(p, jobDir, rules));
  return names
    .filter((name) => name !== MARKER_FILE)
    .filter((name) => {
      const p = rules.path.join(jobDir, name);
      return !reasons.some((r) => isWithin(r, p, rules) || isWithin(p, r, rules));
    })
    .sort();
}

/** The names in the job folder, or undefined when it is not there (a link planted there is not read). */
function listJobDir(jobDir: string): string[] | undefined {
  try {
    if (!fs.lstatSync(jobDir).isDirectory()) return [];
    return fs.readdirSync(jobDir);
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Looks again after removal. Where a process the job left runs on, watches up to `watchMs` for what
 * it writes. Anything back makes the report partial (`rewritten`); the processes are named
 * (`leftovers`) whenever cleanup ends partial. Returns the processes found.
 */
export async function recheckJobDir(report: CleanupReport, jobDir: string, rules: PlatformRules, watchMs = WATCH_MS): Promise<LeftoverProcess[]> {
  if (report.status !== 'removed' && report.status !== 'partial') return [];
  const wasRemoved = report.status === 'removed';
  // With failures left unnamed (more than the report keeps), what is there cannot be told from what came back.
  if (report.moreFailures > 0) return [];
  const left = [...report.failures.map((f) => f.path), ...report.skippedMounts];
  const processes = leftoverProcesses(jobDir, rules.os);
  const look = () => {
    const names = listJobDir(jobDir);
    return { back: wasRemoved && names !== undefined, entries: names ? writtenAgain(names, jobDir, left, rules) : [] };
  };
  let seen = look();
  for (const end = Date.now() + (processes.length ? watchMs : 0); !seen.back && !seen.entries.length && Date.now() < end; seen = look()) await sleep(POLL_MS);
  if (seen.back || seen.entries.length) {
    report.rewritten = { folderBack: seen.back, entries: seen.entries.slice(0, MAX_NAMED), moreEntries: Math.max(0, seen.entries.length - MAX_NAMED) };
    report.status = 'partial';
  }
  if (report.status === 'partial' && processes.length) report.leftovers = processes;
  return processes;
}
