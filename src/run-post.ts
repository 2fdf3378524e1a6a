// post: runs even when the job failed. Removes the job folder main created and writes the summary.
// It never fails the job unless the user asked for it with fail-on-cleanup-error.
import * as core from '@actions/core';
import { buildCellReport } from './cells/cell-report.js';
import { uploadCellReport, type CellUpload } from './cells/upload-post.js';
import { INPUT, STATE_KEY } from './constants.js';
import { readFailOnCleanupError } from './lib/boolean-input.js';
import { bundlePaths, type BundlePaths } from './lib/bundle-paths.js';
import { errorMessage } from './lib/errors.js';
import { cleanupIncomplete, newReport } from './cleanup/report.js';
import { finishJob, writeSummary, type Outcome } from './finish-job.js';
import { decodeState, type GuardState } from './state.js';

export interface PostOptions {
  /** The sibling bundles; by default next to the running one (dist/). */
  paths?: BundlePaths;
}

export async function run(options: PostOptions = {}): Promise<void> {
  // A report job's main made nothing to clean up, and its summary is the report.
  if (core.getInput(INPUT.mode).trim().toLowerCase() === 'report') return;
  const paths = options.paths ?? bundlePaths();
  const decoded = decodeState(core.getState(STATE_KEY));
  let outcome: Outcome;
  try {
    outcome = await finishJob(decoded, paths, process.env, {
      failOnErrorWithoutState: failOnErrorFromInput,
      restoreVariables: true,
      starter: 'main',
    });
  } catch (err) {
    // An unexpected fault must not fail the job on its own: report it like any cleanup problem.
    core.warning(`Cleanup stopped by an unexpected error: ${errorMessage(err)}`);
    const report = newReport('partial', { warnings: [`cleanup stopped by an unexpected error: ${errorMessage(err)}`] });
    outcome = { report, failOnError: failOnErrorFromInput() };
  }
  if (decoded.kind === 'ok') outcome.cell = await uploadCell(decoded.state, outcome, paths);
  await writeSummary(outcome);
  if (cleanupIncomplete(outcome.report) && outcome.failOnError) {
    core.setFailed('Cleanup did not complete and fail-on-cleanup-error is true (see the warnings above).');
  }
}

/** The cell's report as an artifact (cell-report); never fails post. */
async function uploadCell(state: GuardState, outcome: Outcome, paths: BundlePaths): Promise<CellUpload | undefined> {
  try {
    const report = buildCellReport({
      label: state.cells?.label ?? '',
      env: process.env,
      matrix: outcome.matrix,
      disk: outcome.disk,
      cleanup: outcome.report,
      finishedAt: new Date(),
    });
    return await uploadCellReport(state.cells, report, process.env, paths.artifactClient);
  } catch (err) {
    core.warning(`Cell report not uploaded: ${errorMessage(err)}`);
    return undefined;
  }
}

/** With no usable state, the input is the only word on failing the job; a bad value means no. */
function failOnErrorFromInput(): boolean {
  try {
    return readFailOnCleanupError((name) => core.getInput(name));
  } catch {
    return false;
  }
}
