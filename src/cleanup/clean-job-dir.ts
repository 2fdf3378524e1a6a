// Applies the cleanup decision: checks the saved state against the paths it must protect and the
// folder on disk, then empties and removes the job folder.
import fs from 'node:fs/promises';
import { MARKER_FILE, PROBE_DIR } from '../constants.js';
import { errorCode, errorMessage } from '../lib/errors.js';
import type { PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';
import { ownershipProblems, protectedPaths, refusalReasons, type ProtectedPath } from './guard.js';
import { mountPointsBelow } from './mounts.js';
import { removeEntries } from './remove.js';
import { OTHER_GROUP, newReport, type CleanupReport } from './report.js';

/** `workerScript`: dist/remove-worker.js (lib/bundle-paths.ts); without it the removal runs inline. */
export async function cleanJobDir(state: GuardState, env: NodeJS.ProcessEnv, rules: PlatformRules, workerScript?: URL): Promise<CleanupReport> {
  const report = newReport('refused', { jobDir: state.jobDir, folders: state.folders });
  report.reasons = refusalReasons(state, await withRealPaths(protectedPaths(state, env, rules)), rules);
  if (report.reasons.length) return report;
  if (errorCode(await fs.lstat(state.jobDir).catch((e: unknown) => e)) === 'ENOENT') return { ...report, status: 'gone' };
  report.reasons = ownershipProblems(state, rules);
  if (report.reasons.length) return report;
  const mountPoints = await mountPointsBelow(state.jobDir, rules);
  if (!mountPoints) return { ...report, reasons: ['/proc/self/mountinfo is unreadable, so bind mounts inside the job folder cannot be recognised'] };

  const started = performance.now();
  // A step may have made the job folder itself read-only; it is proven ours, so make it writable.
  if (rules.os !== 'win32') await fs.chmod(state.jobDir, 0o700).catch(() => undefined);
  // Folders main made itself (the cgo probe's) are reported under their own name too.
  const planned = new Set([...state.folders.map((f) => f.folder), PROBE_DIR]);
  const names = (await fs.readdir(state.jobDir)).filter((name) => name !== MARKER_FILE);
  // Every planned folder gets a row, even one a job step already deleted.
  for (const folder of planned) report.groups.set(folder, { files: 0, dirs: 0, bytes: 0, ms: 0, removed: true });
  const result = await removeEntries(
    names.map((name) => rules.path.join(state.jobDir, name)),
    (top) => (planned.has(rules.path.basename(top)) ? rules.path.basename(top) : OTHER_GROUP),
    { rules, dev: state.dev, mountPoints, workerScript },
  );
  for (const [name, totals] of result.groups) report.groups.set(name, totals);
  report.workers = result.workers;
  Object.assign(report, { failures: result.failures, moreFailures: result.moreFailures, skippedMounts: result.skippedMounts });

  const complete = !result.failures.length && !result.moreFailures && !result.skippedMounts.length;
  if (complete) {
    // The marker goes last: while anything is left, the folder can still be proven ours.
    try {
      await fs.unlink(rules.path.join(state.jobDir, MARKER_FILE));
      await fs.rmdir(state.jobDir);
    } catch (err) {
      report.failures.push({ path: state.jobDir, code: errorCode(err), message: errorMessage(err) });
    }
  }
  report.totalMs = performance.now() - started;
  report.status = report.failures.length || report.moreFailures || report.skippedMounts.length ? 'partial' : 'removed';
  report.reasons = [];
  return report;
}

/** Each protected path, plus its resolved form where it differs: a HOME reached through a link counts too. */
async function withRealPaths(paths: ProtectedPath[]): Promise<ProtectedPath[]> {
  const resolved = await Promise.all(paths.map(async (p) => ({ label: `${p.label}, resolved`, path: await fs.realpath(p.path).catch(() => p.path) })));
  return [...paths, ...resolved.filter((r, i) => r.path !== paths[i].path)];
}
