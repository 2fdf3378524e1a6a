// post's disk steps as run-post calls them: stop the sampler before cleanup; after it, measure again,
// warn about what needs the user's attention and write the JSON report. Measuring is measure-post.ts.
import * as core from '@actions/core';
import { errorMessage } from '../lib/errors.js';
import { formatBytes } from '../lib/format.js';
import type { PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';
import { finishDisk, stopSampling, writeReport, type Sampling } from './measure-post.js';
import { homeCacheLeakWarning, type DiskReport } from './report.js';

/** Stops the sampler (its file is in the job folder, and nothing may write there during cleanup). */
export function stopDiskGuard(state: GuardState, rules: PlatformRules): Promise<Sampling> {
  return stopSampling(state, rules);
}

/** Free space after cleanup, leaks, held files; warnings for what needs the user's attention; the JSON report. */
export async function finishDiskGuard(state: GuardState, sampling: Sampling, rules: PlatformRules): Promise<DiskReport | undefined> {
  if (!state.disk) {
    for (const problem of sampling.problems) core.warning(`Sampler: ${problem}`);
    return undefined;
  }
  let disk: DiskReport;
  try {
    disk = await finishDisk(state.disk, sampling, { startedAt: state.startedAt, jobDir: state.jobDir, intervalMs: state.sampler?.intervalMs, rules });
  } catch (err) {
    core.warning(`The disk report is incomplete: ${errorMessage(err)}`);
    return undefined;
  }
  logDiskReport(disk, sampling);
  const { reportPath } = state.disk;
  try {
    await writeReport(reportPath, { version: 1, jobDir: state.jobDir, startedAt: new Date(state.startedAt).toISOString(), matrix: state.matrix, disk });
    core.info(`Report: ${reportPath}`);
  } catch (err) {
    core.warning(`Could not write the report ${reportPath}: ${errorMessage(err)}`);
    disk.problems.push(`the JSON report was not written: ${errorMessage(err)}`);
  }
  return disk;
}

function logDiskReport(disk: DiskReport, sampling: Sampling): void {
  for (const f of disk.filesystems) {
    const after = f.after === undefined ? 'unknown' : formatBytes(f.after);
    core.info(`${f.mount}: free ${formatBytes(f.before)} before, lowest ${formatBytes(f.lowest)}, ${after} after`);
  }
  const homeLeaks = homeCacheLeakWarning(disk);
  if (homeLeaks) core.warning(homeLeaks);
  for (const l of disk.leaks.filter((leak) => leak.kind === 'module-cache')) {
    core.warning(
      `Go added ${l.approximate ? 'at least ' : ''}${formatBytes(l.added)} (space on disk) to its module cache ${l.path} during the job, ` +
        `outside the job folder: it stays after the job, read-only, and grows with every job. ` +
        `Add GOMODCACHE to the input redirect (cache: true adds it too) to keep modules in the job folder.`,
    );
  }
  for (const h of disk.held.filter((g) => g.inJobDir)) {
    const pids = h.holders.map((p) => p.pid).join(', ');
    core.warning(
      `${formatBytes(h.bytes)} of disk space stay in use after cleanup: ${h.path} was deleted but is still open in pid ${pids} ` +
        `(${h.holders[0].command.slice(0, 80)}). Stop that process to get the space back.`,
    );
  }
  if (sampling.stop?.how === 'left running' || sampling.stop?.how === 'killed') core.warning(`Sampler: ${sampling.stop.problem}`);
}
