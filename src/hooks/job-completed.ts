// The runner's job-completed hook: what post does, from the state job-started kept in its own file
// (never from the job's environment, which this hook does not see anyway). Never fails the job
// unless fail-on-cleanup-error asked for it.
import * as core from '@actions/core';
import { cleanupIncomplete } from '../cleanup/report.js';
import { finishJob, writeSummary } from '../finish-job.js';
import type { BundlePaths } from '../lib/bundle-paths.js';
import { errorMessage } from '../lib/errors.js';
import { readSettings } from './job-started.js';
import { HookStateFile, jobKey, stateDirFor } from './state-file.js';

export async function jobCompleted(env: NodeJS.ProcessEnv, paths: BundlePaths): Promise<void> {
  let stateDir: string | undefined;
  try {
    stateDir = readSettings(env).stateDir;
  } catch (err) {
    // job-started failed on the same settings; the default folder is where it would have written.
    core.warning(`Settings not read (${errorMessage(err)}): looking for the job's state in the default folder.`);
  }
  const stateFile = new HookStateFile(stateDirFor(stateDir, env), jobKey(env));
  const outcome = await finishJob(stateFile.read(), paths, env, { failOnErrorWithoutState: () => false, restoreVariables: false, starter: 'job-started' });
  // Its job is done: a folder left behind is the janitor's, found by its marker under the root.
  stateFile.remove();
  await writeSummary(outcome);
  if (cleanupIncomplete(outcome.report) && outcome.failOnError) {
    core.setFailed('Cleanup did not complete and fail-on-cleanup-error is set (see the warnings above).');
  }
}
