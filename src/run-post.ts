// post: runs even when the job failed. Removes the job folder main created and writes the summary.
// It never fails the job unless the user asked for it with fail-on-cleanup-error.
import * as core from '@actions/core';
import { cleanJobDir } from './cleanup/clean-job-dir.js';
import { finishDisk, stopSampling, writeReport, type Sampling } from './disk/finish.js';
import type { DiskReport } from './disk/report.js';
import { errorMessage } from './errors.js';
import { matcherFile, matcherOwners, removeMatchers } from './matrix/problem-matcher.js';
import type { MatrixReport } from './matrix/validate.js';
import { parseBoolean } from './boolean-input.js';
import { platformRules } from './platform.js';
import { STATE_KEY, decodeState, type GuardState } from './state.js';
import { formatBytes, formatCount, formatMs } from './summary/format.js';
import { newReport, renderSummary, type CleanupReport } from './summary/render.js';

/** With no usable state, the input is the only word on failing the job; a bad value means no. */
function failOnErrorFromInput(): boolean {
  try {
    return parseBoolean('fail-on-cleanup-error', core.getInput('fail-on-cleanup-error'), false);
  } catch {
    return false;
  }
}

/**
 * Post steps of actions listed before this one (setup-go's cache save, say) run after this post: point
 * the redirected variables back to what they were, empty where they were unset (tools read an empty
 * TMPDIR, GOCACHE or XDG_CACHE_HOME as unset).
 */
function restoreVariables(state: GuardState) {
  const names = state.folders.flatMap((f) => f.variables);
  for (const name of names) core.exportVariable(name, state.previous[name] ?? '');
  if (names.length) core.info(`Restored ${names.join(', ')} for the steps after this one.`);
}

interface Outcome {
  report: CleanupReport;
  failOnError: boolean;
  matrix?: MatrixReport;
  disk?: DiskReport;
}

/** Matchers main registered; without usable state, every owner the shipped file declares. */
function unregisterMatchers(state: GuardState | undefined) {
  try {
    removeMatchers(state ? state.matcherOwners : matcherOwners(matcherFile()));
  } catch (err) {
    core.debug(`problem matchers not removed: ${errorMessage(err)}`);
  }
}

async function cleanup(): Promise<Outcome> {
  const decoded = decodeState(core.getState(STATE_KEY));
  unregisterMatchers(decoded.kind === 'ok' ? decoded.state : undefined);
  if (decoded.kind === 'missing') {
    core.info('Nothing to clean up: main saved no state (it did not run, or failed before creating the job folder).');
    return { report: newReport('nothing', { reasons: ['main created no job folder (it did not run, or failed first)'] }), failOnError: false };
  }
  if (decoded.kind === 'damaged') {
    core.warning(`Cleanup skipped, nothing was deleted: ${decoded.reason}.`);
    return { report: newReport('refused', { reasons: [decoded.reason] }), failOnError: failOnErrorFromInput() };
  }
  const { state } = decoded;
  // The sampler goes first: its file is in the job folder, and nothing may write there during cleanup.
  const sampling = await stopSampling(state);
  const report = await core.group('Cleaning up the job folder', async () => {
    const r = await cleanJobDir(state, process.env, platformRules());
    for (const [name, g] of r.groups) {
      core.info(`${name}: ${formatCount(g.files)} files, ${formatBytes(g.bytes)} in ${formatMs(g.ms)}${g.removed ? '' : ' (not fully removed)'}`);
    }
    // The summary lists the first few; the log has every one kept (up to 200).
    for (const f of r.failures) core.info(`could not remove ${f.path}: ${f.code}`);
    if (r.moreFailures) core.info(`… and ${formatCount(r.moreFailures)} more not listed`);
    if (r.workers) core.info(`Removal ran on ${r.workers} worker threads.`);
    return r;
  });
  for (const warning of report.warnings) core.warning(warning);
  restoreVariables(state);
  if (report.status === 'refused') core.warning(`Cleanup refused, nothing was deleted: ${report.reasons.join('; ')}`);
  if (report.status === 'gone') core.info(`The job folder ${state.jobDir} was already removed by a job step.`);
  const failed = report.failures.length + report.moreFailures;
  if (failed) {
    const examples = report.failures.slice(0, 3).map((f) => `${f.path} (${f.code})`).join(', ');
    core.warning(`Could not remove ${formatCount(failed)} entries of the job folder, e.g. ${examples}. See the job summary.`);
  }
  if (report.skippedMounts.length) {
    core.warning(`Left ${report.skippedMounts.length} mount point(s) in the job folder untouched: ${report.skippedMounts.slice(0, 3).join(', ')}`);
  }
  const disk = await diskReport(state, sampling);
  return { report, failOnError: state.failOnCleanupError, matrix: state.matrix, disk };
}

/** Free space after cleanup, leaks, held files; warnings for what needs the user's attention. */
async function diskReport(state: GuardState, sampling: Sampling): Promise<DiskReport | undefined> {
  if (!state.disk) {
    for (const problem of sampling.problems) core.warning(`Sampler: ${problem}`);
    return undefined;
  }
  let disk: DiskReport;
  try {
    disk = await finishDisk(state.disk, sampling, { startedAt: state.startedAt, jobDir: state.jobDir, intervalMs: state.sampler?.intervalMs, rules: platformRules() });
  } catch (err) {
    core.warning(`The disk report is incomplete: ${errorMessage(err)}`);
    return undefined;
  }
  for (const f of disk.filesystems) {
    core.info(`${f.mount}: free ${formatBytes(f.before)} before, lowest ${formatBytes(f.lowest)}, ${f.after === undefined ? 'unknown' : formatBytes(f.after)} after`);
  }
  if (disk.leaks.length) {
    const top = disk.leaks.slice(0, 3).map((l) => `${l.path} +${formatBytes(l.added)}`).join(', ');
    core.warning(`Tools wrote ${formatBytes(disk.leaks.reduce((n, l) => n + l.added, 0))} to HOME's cache during the job${disk.xdgRedirected ? ', ignoring XDG_CACHE_HOME' : ''}: ${top}. It stays after the job; see the job summary.`);
  }
  for (const h of disk.held.filter((g) => g.inJobDir)) {
    core.warning(`${formatBytes(h.bytes)} stay in use after cleanup: ${h.path} was deleted but is still open in pid ${h.holders.map((p) => p.pid).join(', ')} (${h.holders[0].command.slice(0, 80)}). Stop that process to get the space back.`);
  }
  if (sampling.stop?.how === 'left running' || sampling.stop?.how === 'killed') core.warning(`Sampler: ${sampling.stop.problem}`);
  try {
    await writeReport(state.disk.reportPath, { version: 1, jobDir: state.jobDir, startedAt: new Date(state.startedAt).toISOString(), matrix: state.matrix, disk });
    core.info(`Report: ${state.disk.reportPath}`);
  } catch (err) {
    core.warning(`Could not write the report ${state.disk.reportPath}: ${errorMessage(err)}`);
    disk.problems.push(`the JSON report was not written: ${errorMessage(err)}`);
  }
  return disk;
}

export async function run(): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await cleanup();
  } catch (err) {
    // An unexpected fault must not fail the job on its own: report it like any cleanup problem.
    core.warning(`Cleanup stopped by an unexpected error: ${errorMessage(err)}`);
    const report = newReport('partial', { warnings: [`cleanup stopped by an unexpected error: ${errorMessage(err)}`] });
    outcome = { report, failOnError: failOnErrorFromInput() };
  }
  const { report, failOnError, matrix, disk } = outcome;
  try {
    await core.summary.addRaw(renderSummary(report, matrix, disk)).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
  const problem = report.status === 'refused' || report.status === 'partial';
  if (problem && failOnError) core.setFailed('Cleanup did not complete and fail-on-cleanup-error is true (see the warnings above).');
}
