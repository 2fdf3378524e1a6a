// What post and the job-completed hook both do once the job's steps are over: stop the sampler, save
// the cache, remove the job folder, point the variables back, report. They differ in where the
// state comes from (GITHUB_STATE or the hook's own file).
import * as core from '@actions/core';
import type { CacheReport, CacheState } from './cache/report.js';
import type { CellUpload } from './cells/upload-post.js';
import { loadCacheSteps } from './cache/client.js';
import type { JanitorReport } from './cleanup/janitor-plan.js';
import { cleanUpJobDir, warnAboutCleanup } from './cleanup/cleanup-step.js';
import { newReport, type CleanupReport } from './cleanup/report.js';
import { finishDiskGuard, stopDiskGuard } from './disk/guard-post.js';
import type { DiskReport } from './disk/report.js';
import type { BundlePaths } from './lib/bundle-paths.js';
import { errorMessage } from './lib/errors.js';
import { platformRules } from './lib/platform.js';
import type { MatrixReport } from './matrix/report.js';
import { unregisterMatchers } from './matrix/problem-matcher.js';
import { restoreRedirects } from './redirect/apply.js';
import type { DecodedState } from './state.js';
import { renderSummary } from './summary/render.js';

export interface Outcome {
  report: CleanupReport;
  failOnError: boolean;
  matrix?: MatrixReport;
  disk?: DiskReport;
  cache?: CacheReport;
  janitor?: JanitorReport;
  /** What became of the cell's report artifact (post only). */
  cell?: CellUpload;
}

export interface FinishOptions {
  /** Whether to fail when there is no usable state to say so. */
  failOnErrorWithoutState: () => boolean;
  /** Post points the variables back for later post steps; after the job (the hook) nothing reads them. */
  restoreVariables: boolean;
  /** Who should have saved the state, for the message when there is none. */
  starter: string;
}

export async function finishJob(decoded: DecodedState, paths: BundlePaths, env: NodeJS.ProcessEnv, o: FinishOptions): Promise<Outcome> {
  unregisterMatchers(decoded.kind === 'ok' ? decoded.state.matcherOwners : undefined, paths.matchers);
  if (decoded.kind !== 'ok') return withoutState(decoded, o);
  const { state } = decoded;
  const rules = platformRules();
  // The sampler goes first: its file is in the job folder, and nothing may write there during cleanup.
  const sampling = await stopDiskGuard(state, rules);
  // Saved before cleanup removes the folders; after the sampler, which writes into the job folder.
  const cache = state.cache && (await saveCacheSafely(state.cache, state.jobDir, paths.cacheClient));
  const report = state.adopted
    ? newReport('nothing', { jobDir: state.jobDir, reasons: ["the runner's job-completed hook made the job folder and removes it after the job"] })
    : await cleanUpJobDir(state, env, rules, paths.removeWorker);
  if (o.restoreVariables) restoreRedirects(state.folders, state.previous);
  if (!state.adopted) warnAboutCleanup(report, state.jobDir);
  // The hook's report covers the job whose folder it made.
  const disk = state.adopted ? undefined : await finishDiskGuard(state, sampling, rules);
  return { report, failOnError: state.failOnCleanupError, matrix: state.matrix, disk, cache, janitor: state.janitor };
}

function withoutState(decoded: Exclude<DecodedState, { kind: 'ok' }>, o: FinishOptions): Outcome {
  if (decoded.kind === 'missing') {
    core.info(`Nothing to clean up: ${o.starter} saved no state (it did not run, or failed before creating the job folder).`);
    return { report: newReport('nothing', { reasons: [`${o.starter} created no job folder (it did not run, or failed first)`] }), failOnError: false };
  }
  core.warning(`Cleanup skipped, nothing was deleted: ${decoded.reason}.`);
  return { report: newReport('refused', { reasons: [decoded.reason] }), failOnError: o.failOnErrorWithoutState() };
}

export async function writeSummary({ report, matrix, disk, cache, janitor, cell }: Outcome): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(report, matrix, disk, cache, janitor, cell)).write();
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
