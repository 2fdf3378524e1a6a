// Applies the cleanup decision: checks the saved state against the paths it must protect and the
// folder on disk, then empties and removes the job folder.
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import v8 from 'node:v8';
import { CC_TESTS_DIR, MARKER_FILE, PROBE_DIR, REMOVAL_ENGINE_VAR } from '../constants.js';
import { errorCode, errorMessage } from '../lib/errors.js';
import { nowMs } from '../lib/clock.js';
import { formatBytes } from '../lib/format.js';
import type { PlatformRules } from '../lib/platform.js';
import { ownershipProblems, protectedPaths, refusalReasons, type CleanupTarget, type ProtectedPath } from './guard.js';
import { mountPointsBelow } from './mounts.js';
import { parseForcedEngine } from './engine.js';
import { fdBase, FOLDER_FLAGS, PATH_FLAGS } from './folder-access.js';
import { heldRetryFor, removePatiently, retryWhileHeld, type HeldRetry } from './held-retry.js';
import { removeEntries, type ParentFolder, type RemovalResult } from './remove.js';
import { OTHER_GROUP, newReport, type CleanupReport } from './report.js';

/** Folders main's checks make in the job folder, only when they run. */
const CHECK_FOLDERS = [PROBE_DIR, CC_TESTS_DIR];

/**
 * `workerScript`: dist/remove-worker.js (lib/bundle-paths.ts); without it the removal runs inline.
 * `held`: what the cleanup may spend waiting for files held open (Windows; held-retry.ts).
 */
export async function cleanJobDir(
  state: CleanupTarget,
  env: NodeJS.ProcessEnv,
  rules: PlatformRules,
  workerScript?: URL,
  held: HeldRetry = heldRetryFor(rules),
): Promise<CleanupReport> {
  const report = newReport('refused', { jobDir: state.jobDir, folders: state.folders, os: rules.os });
  report.reasons = refusalReasons(state, await withRealPaths(protectedPaths(state, env, rules)), rules);
  if (report.reasons.length) return report;
  if (errorCode(await fs.lstat(state.jobDir).catch((e: unknown) => e)) === 'ENOENT') return { ...report, status: 'gone' };
  unlockJobDir(state, rules);
  report.reasons = ownershipProblems(state, rules);
  if (report.reasons.length) return report;
  const mountPoints = await mountPointsBelow(state.jobDir, rules);
  if (!mountPoints) return { ...report, reasons: ['/proc/self/mountinfo is unreadable, so bind mounts inside the job folder cannot be recognised'] };

  const started = nowMs();
  withoutOptimizingCompilers();
  let parent: ParentFolder;
  let names: string[];
  try {
    parent = openJobDir(state, rules);
  } catch (err) {
    return { ...report, reasons: [`the job folder could not be opened as the one main made: ${errorMessage(err)}`] };
  }
  try {
    names = fsSync.readdirSync(parent.fd === undefined ? state.jobDir : fdBase(parent.fd)).filter((name) => name !== MARKER_FILE);
  } catch (err) {
    closeJobDir(parent);
    return { ...report, reasons: [`the job folder could not be listed: ${errorMessage(err)}`] };
  }
  // Folders the matrix checks make (the cgo probe's, the library tests') get a row of their own only
  // where they were made: a probe that was off made nothing to list.
  const planned = new Set([...state.folders.map((f) => f.folder), ...CHECK_FOLDERS.filter((name) => names.includes(name))]);
  const groups = new Map<string, string[]>([...planned].map((folder) => [folder, []]));
  groups.set(OTHER_GROUP, []);
  for (const name of names) groups.get(planned.has(name) ? name : OTHER_GROUP)!.push(name);
  const forced = parseForcedEngine(env[REMOVAL_ENGINE_VAR]);
  if (forced.problem) report.warnings.push(`${REMOVAL_ENGINE_VAR}: ${forced.problem}`);
  const stillThere = (names: string[]) => names.filter((name) => entryMayBeThere(rules.path.join(state.jobDir, name)));
  try {
    // One group after another, so the space each gives back can be read off the filesystem: cheaper
    // than a stat per file, and it counts only what was truly freed (not a file a process holds open).
    for (const [name, members] of groups) {
      if (!members.length && name === OTHER_GROUP) continue;
      const free = freeBytes(state.jobDir);
      const remove = (names: string[]) => removeEntries(parent, names, { rules, dev: state.dev, mountPoints, workerScript, engine: forced.engine });
      const r = await removePatiently(members, remove, stillThere, held, rules);
      // Every planned folder gets a row, even one a job step already deleted.
      report.groups.set(name, {
        files: r.files,
        dirs: r.dirs,
        bytes: Math.max(0, freeBytes(state.jobDir) - free),
        ms: nowMs() - started,
        removed: r.removed,
      });
      report.failures.push(...r.failures);
      report.moreFailures += r.moreFailures;
      report.skippedMounts.push(...r.skippedMounts);
      report.warnings.push(...r.notes);
      if (r.engine !== 'inline') report.engine = engineText(r);
    }
    if (!report.failures.length && !report.moreFailures && !report.skippedMounts.length) {
      // The marker goes last, through the folder's own descriptor: while anything is left, the folder
      // can still be proven ours. The folder itself goes by path; rmdir never follows a link.
      try {
        fsSync.unlinkSync(parent.fd === undefined ? rules.path.join(state.jobDir, MARKER_FILE) : `${fdBase(parent.fd)}/${MARKER_FILE}`);
        closeJobDir(parent);
        await retryWhileHeld(() => fs.rmdir(state.jobDir), held, rules);
      } catch (err) {
        report.failures.push({ path: state.jobDir, code: errorCode(err), message: errorMessage(err) });
      }
    }
  } finally {
    closeJobDir(parent);
  }
  report.totalMs = nowMs() - started;
  report.status = report.failures.length || report.moreFailures || report.skippedMounts.length ? 'partial' : 'removed';
  report.reasons = [];
  return report;
}

function engineText(r: RemovalResult): string {
  if (r.engine === 'threads') return `the main thread and ${r.workers} worker thread${r.workers === 1 ? '' : 's'}`;
  const rss = r.childRssKiB ? ` (its peak memory ${formatBytes(r.childRssKiB * 1024)})` : '';
  return `a child process with 64 calls in flight${rss}`;
}

/** Each protected path, plus its resolved form where it differs: a HOME reached through a link counts too. */
async function withRealPaths(paths: ProtectedPath[]): Promise<ProtectedPath[]> {
  const resolved = await Promise.all(paths.map(async (p) => ({ label: `${p.label}, resolved`, path: await fs.realpath(p.path).catch(() => p.path) })));
  return [...paths, ...resolved.filter((r, i) => r.path !== paths[i].path)];
}

/** Linux: a descriptor on the job folder, checked to be the one main made, that every removal call goes through. */
function openJobDir(state: CleanupTarget, rules: PlatformRules): ParentFolder {
  if (rules.os !== 'linux') return { path: state.jobDir };
  const fd = fsSync.openSync(state.jobDir, FOLDER_FLAGS);
  const st = fsSync.fstatSync(fd);
  if (st.dev !== state.dev || st.ino !== state.ino) {
    fsSync.closeSync(fd);
    throw new Error(`${state.jobDir} changed while cleanup was checking it`);
  }
  return { path: state.jobDir, fd };
}

function closeJobDir(parent: ParentFolder): void {
  if (parent.fd === undefined) return;
  fsSync.closeSync(parent.fd);
  parent.fd = undefined;
}

/** Free bytes of the filesystem holding `dir` (0 where it cannot be read: the group then shows 0). */
/** False only when the entry is certainly gone: any other answer (a delete still pending: EPERM) keeps it for the next pass. */
function entryMayBeThere(p: string): boolean {
  try {
    return fsSync.lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}

function freeBytes(dir: string): number {
  try {
    const s = fsSync.statfsSync(dir);
    return s.bfree * s.bsize;
  } catch {
    return 0;
  }
}

/**
 * A step may have locked the job folder itself (mode 000, 0500). Where it is still the very folder
 * main made (same device and inode, reached without following a link), its owner makes it 0700.
 * Without Unix modes (Windows) no folder mode keeps its entries from being removed.
 */
function unlockJobDir(state: CleanupTarget, rules: PlatformRules): void {
  if (!rules.hasUnixModes) return;
  let fd: number | undefined;
  try {
    fd = fsSync.openSync(state.jobDir, rules.os === 'linux' ? PATH_FLAGS : FOLDER_FLAGS);
    const st = fsSync.fstatSync(fd);
    if (st.dev !== state.dev || st.ino !== state.ino || (st.mode & 0o700) === 0o700) return;
    if (rules.os === 'linux') fsSync.chmodSync(fdBase(fd), 0o700);
    else fsSync.fchmodSync(fd, 0o700);
  } catch {
    // Not ours, or not there: the ownership check says why.
  } finally {
    if (fd !== undefined) fsSync.closeSync(fd);
  }
}

/**
 * Removal is bound by system calls, not by JavaScript: V8's optimizing compilers (Maglev, TurboFan)
 * gain it nothing measurable but cost about 12 MiB on Node 24 (measured on 100,000 files), and post
 * must stay under 80 MiB. Both flags are read when a function would tier up, so setting them now
 * takes effect, for this thread and the removal worker.
 */
function withoutOptimizingCompilers(): void {
  v8.setFlagsFromString('--no-maglev');
  v8.setFlagsFromString('--no-opt');
}
