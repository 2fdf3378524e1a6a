// The runner's job-completed hook: what post does, from the state job-started kept in its own file
// (never from the job's environment, which this hook does not see anyway). Never fails the job
// unless fail-on-cleanup-error asked for it.
import * as core from '@actions/core';
import { cleanupIncomplete, newReport } from '../cleanup/report.js';
import { finishJob, writeSummary } from '../finish-job.js';
import type { BundlePaths } from '../lib/bundle-paths.js';
import { errorMessage } from '../lib/errors.js';
import { findJobOwner, sameOwner } from '../lib/job-owner.js';
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
  const owner = await findJobOwner({ hook: true });
  const key = jobKey(env, owner);
  if (key instanceof Error) {
    core.info(`Nothing to clean up: job-started could not guard this job either (${key.message}).`);
    return;
  }
  const stateFile = new HookStateFile(stateDirFor(stateDir, env), key);
  const decoded = stateFile.read();
  // Proof the state is this job's wherever both sides know the job's process: another job's is left alone.
  const saved = decoded.kind === 'ok' ? decoded.state.owner : undefined;
  if (saved && owner && !sameOwner(saved, owner)) {
    const reason = `the hooks' state file ${stateFile.file} belongs to another job (its job's process is ${saved.pid}, this job's ${owner.pid})`;
    core.warning(`Cleanup skipped, nothing was deleted: ${reason}.`);
    await writeSummary({ report: newReport('refused', { reasons: [reason] }), failOnError: false });
    return;
  }
  const outcome = await finishJob(decoded, paths, env, { failOnErrorWithoutState: () => false, restoreVariables: false, starter: 'job-started' });
  // Its job is done: a folder left behind is the janitor's, found by its marker under the root.
  stateFile.remove();
  await writeSummary(outcome);
  if (cleanupIncomplete(outcome.report) && outcome.failOnError) {
    core.setFailed('Cleanup did not complete and fail-on-cleanup-error is set (see the warnings above).');
  }
}
