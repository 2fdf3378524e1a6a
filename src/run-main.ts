// main: create the job folder, redirect caches and temp folders into it, check the matrix cell and
// the free space, save state for post (startJob does the work; here: inputs, state, adoption).
import * as core from '@actions/core';
import fs from 'node:fs';
import { JOB_DIR_VAR, STATE_KEY } from './constants.js';
import { readInputs } from './inputs.js';
import { bundlePaths, type BundlePaths } from './lib/bundle-paths.js';
import { errorMessage } from './lib/errors.js';
import { checkJobDir, readMarker, type CreatedJobDir } from './lib/job-dir.js';
import { findJobOwner, sameOwner, type JobOwner } from './lib/job-owner.js';
import { platformRules, type PlatformRules } from './lib/platform.js';
import { runReport } from './report-job.js';
import { startJob } from './start-job.js';

export interface MainOptions {
  /** The sibling bundles; by default next to the running one (dist/). */
  paths?: BundlePaths;
}

export async function run(options: MainOptions = {}): Promise<void> {
  try {
    const rules = platformRules();
    const inputs = readInputs((name) => core.getInput(name), rules);
    const paths = options.paths ?? bundlePaths();
    if (inputs.mode === 'report') return await runReport(process.env, paths.artifactClient);
    const owner = await findJobOwner({ hook: false });
    const { failures } = await startJob({
      paths,
      env: process.env,
      inputs,
      rules,
      owner,
      adopted: hookFolder(process.env, owner, rules),
      saveState: (encoded) => core.saveState(STATE_KEY, encoded),
    });
    for (const failure of failures) core.setFailed(failure);
  } catch (err) {
    core.setFailed(errorMessage(err));
  }
}

/**
 * The folder the runner's job-started hook made for this job, when it proves to be one: its marker
 * names this very job's process. Anything else in the variable is ignored and main makes its own.
 */
function hookFolder(env: NodeJS.ProcessEnv, owner: JobOwner | undefined, rules: PlatformRules): CreatedJobDir | undefined {
  const jobDir = env[JOB_DIR_VAR];
  if (!jobDir) return undefined;
  const marker = readMarker(jobDir, rules);
  const problem =
    checkJobDir(jobDir, {}, rules)[0]?.message ??
    (!marker
      ? 'it has no readable marker'
      : !marker.owner || !owner
        ? "this job's process is not known, so it cannot be proven this job's"
        : !sameOwner(marker.owner, owner)
          ? 'its marker names another job'
          : undefined);
  if (problem) {
    core.info(`${JOB_DIR_VAR} names ${jobDir}, which is not this job's folder (${problem}): making one.`);
    return undefined;
  }
  const st = fs.lstatSync(jobDir);
  return { root: rules.path.dirname(jobDir), jobDir, token: marker!.token, dev: st.dev, ino: st.ino };
}
