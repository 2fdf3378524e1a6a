// post: runs even when the job failed. Removes the job folder main created and writes the summary.
// It never fails the job unless the user asked for it with fail-on-cleanup-error.
import * as core from '@actions/core';
import { STATE_KEY } from './constants.js';
import type { CacheReport, CacheState } from './cache/report.js';
import { loadCacheSteps } from './cache/client.js';
import { cleanUpJobDir, warnAboutCleanup } from './cleanup/cleanup-step.js';
import { cleanupIncomplete, newReport, type CleanupReport } from './cleanup/report.js';
import { finishDiskGuard, stopDiskGuard } from './disk/guard-post.js';
import type { DiskReport } from './disk/report.js';
import { readFailOnCleanupError } from './lib/boolean-input.js';
import { bundlePaths, type BundlePaths } from './lib/bundle-paths.js';
import { errorMessage } from './lib/errors.js';
import { platformRules } from './lib/platform.js';
import type { MatrixReport } from './matrix/report.js';
import { unregisterMatchers } from './matrix/problem-matcher.js';
import { restoreRedirects } from './redirect/apply.js';
import { decodeState, type DecodedState } from './state.js';
import { renderSummary } from './summary/render.js';

export interface PostOptions {
  /** The sibling bundles; by default next to the running one (dist/). */
  paths?: BundlePaths;
}

interface Outcome {
  report: CleanupReport;
  failOnError: boolean;
  matrix?: MatrixReport;
  disk?: DiskReport;
  cache?: CacheReport;
}

export async function run(options: PostOptions = {}): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = await cleanUp(options.paths ?? bundlePaths(), process.env);
  } catch (err) {
    // An unexpected fault must not fail the job on its own: report it like any cleanup problem.
    core.warning(`Cleanup stopped by an unexpected error: ${errorMessage(err)}`);
    const report = newReport('partial', { warnings: [`cleanup stopped by an unexpected error: ${errorMessage(err)}`] });
    outcome = { report, failOnError: failOnErrorFromInput() };
  }
  await writeSummary(outcome);
  if (cleanupIncomplete(outcome.report) && outcome.failOnError) {
    core.setFailed('Cleanup did not complete and fail-on-cleanup-error is true (see the warnings above).');
  }
}

async function cleanUp(paths: BundlePaths, env: NodeJS.ProcessEnv): Promise<Outcome> {
  const decoded = decodeState(core.getState(STATE_KEY));
  unregisterMatchers(decoded.kind === 'ok' ? decoded.state.matcherOwners : undefined, paths.matchers);
  if (decoded.kind !== 'ok') return withoutState(decoded);
  const { state } = decoded;
  const rules = platformRules();
  // The sampler goes first: its file is in the job folder, and nothing may write there during cleanup.
  const sampling = await stopDiskGuard(state, rules);
  // Saved before cleanup removes the folders; after the sampler, which writes into the job folder.
  const cache = state.cache && (await saveCacheSafely(state.cache, state.jobDir, paths.cacheClient));
  const report = await cleanUpJobDir(state, env, rules, paths.removeWorker);
  restoreRedirects(state.folders, state.previous);
  warnAboutCleanup(report, state.jobDir);
  const disk = await finishDiskGuard(state, sampling, rules);
  return { report, failOnError: state.failOnCleanupError, matrix: state.matrix, disk, cache };
}

function withoutState(decoded: Exclude<DecodedState, { kind: 'ok' }>): Outcome {
  if (decoded.kind === 'missing') {
    core.info('Nothing to clean up: main saved no state (it did not run, or failed before creating the job folder).');
    return { report: newReport('nothing', { reasons: ['main created no job folder (it did not run, or failed first)'] }), failOnError: false };
  }
  core.warning(`Cleanup skipped, nothing was deleted: ${decoded.reason}.`);
  return { report: newReport('refused', { reasons: [decoded.reason] }), failOnError: failOnErrorFromInput() };
}

/** With no usable state, the input is the only word on failing the job; a bad value means no. */
function failOnErrorFromInput(): boolean {
  try {
    return readFailOnCleanupError((name) => core.getInput(name));
  } catch {
    return false;
  }
}

async function writeSummary({ report, matrix, disk, cache }: Outcome): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(report, matrix, disk, cache)).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}

/** The cache's own faults are warnings already; this catches one loading its bundle, so cleanup still runs. */
async function saveCacheSafely(cache: CacheState, jobDir: string, module: URL): Promise<CacheReport> {
  try {
    return await (await loadCacheSteps(module)).saveCache(cache, jobDir);
  } catch (err) {
    core.warning(`Cache not saved: ${errorMessage(err)}`);
    return { ...cache, saved: { status: 'failed', reason: errorMessage(err) } };
  }
}
