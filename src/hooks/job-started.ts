// The runner's job-started hook: what main does, configured by the runner's owner instead of a
// workflow, with state in the hook's own file. The job's steps get the redirects and the job folder
// (GO_CI_GUARD_JOB_DIR) through GITHUB_ENV; a step of the action then uses that folder.
import * as core from '@actions/core';
import fs from 'node:fs';
import os from 'node:os';
import { parse as parseYaml } from 'yaml';
import { removeAgedCaches } from '../cleanup/aged-caches.js';
import { runJanitor } from '../cleanup/janitor.js';
import type { JanitorReport } from '../cleanup/janitor-plan.js';
import { JOB_DIR_VAR } from '../constants.js';
import { readInputs, type Inputs } from '../inputs.js';
import type { BundlePaths } from '../lib/bundle-paths.js';
import { errorMessage } from '../lib/errors.js';
import { findJobOwner } from '../lib/job-owner.js';
import { isFilesystemRoot, isWithin, platformRules, type PlatformRules } from '../lib/platform.js';
import { startJob } from '../start-job.js';
import { CONFIG_VAR, resolveSettings, retell, type HookSettings } from './settings.js';
import { HookStateFile, jobKey, pruneStaleStates, stateDirFor } from './state-file.js';

export async function jobStarted(env: NodeJS.ProcessEnv, paths: BundlePaths): Promise<void> {
  const settings = readSettings(env);
  const rules = platformRules();
  let inputs: Inputs;
  try {
    inputs = readInputs(settings.read, rules);
  } catch (err) {
    throw retell(err, settings);
  }
  const owner = await findJobOwner({ hook: true });
  if (!owner) {
    core.info("The runner's job process (Runner.Worker) was not found: if job-completed never runs, no later job's start can prove this job over.");
  }
  const key = jobKey(env, owner);
  if (key instanceof Error) {
    // Guarding a job whose state could be another's is worse than not guarding it; the job itself is fine.
    core.warning(`Go CI Guard does not guard this job: ${key.message}`);
    return;
  }
  const stateFile = new HookStateFile(stateDirFor(settings.stateDir, env), key);
  if (stateFile.exists()) throw new Error(`${stateFile.file} exists already: job-started ran twice for this job`);
  const { jobDir, failures } = await startJob({
    paths,
    env,
    inputs,
    rules,
    owner,
    hook: true,
    saveState: (encoded) => stateFile.write(encoded),
    reclaim: (janitor) => reclaimMore(janitor, { settings, stateFile, env, rules, paths }),
  });
  core.exportVariable(JOB_DIR_VAR, jobDir);
  for (const failure of failures) core.setFailed(failure);
}

/** The settings from GO_CI_GUARD_* and the file GO_CI_GUARD_CONFIG names (job-completed reads them too). */
export function readSettings(env: NodeJS.ProcessEnv): HookSettings {
  const file = env[CONFIG_VAR];
  if (!file) return resolveSettings(env);
  let content: unknown;
  try {
    content = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${CONFIG_VAR} names ${file}, which cannot be read as YAML: ${errorMessage(err)}`, { cause: err });
  }
  return resolveSettings(env, { path: file, content });
}

interface ReclaimContext {
  settings: HookSettings;
  stateFile: HookStateFile;
  env: NodeJS.ProcessEnv;
  rules: PlatformRules;
  paths: BundlePaths;
}

/** Before the job folder is made: roots of jobs whose completed hook never ran, then aged HOME caches. */
async function reclaimMore(janitor: JanitorReport, c: ReclaimContext): Promise<JanitorReport> {
  const merged = { ...janitor, reaped: [...janitor.reaped] };
  const problems = janitor.problem ? [janitor.problem] : [];
  const stale = await pruneStaleStates(c.stateFile.dir, c.stateFile.file);
  if (stale.problem) {
    problems.push(stale.problem);
    core.warning(`Janitor: ${stale.problem}`);
  }
  if (stale.removed) core.info(`Removed the state of ${stale.removed} earlier job(s) whose job-completed hook never ran.`);
  const home = os.homedir();
  const workspace = c.env.GITHUB_WORKSPACE ?? '';
  // A root named by a state file is looked at only where a root could be: never one holding HOME or the workspace.
  const fit = (r: string) => c.rules.path.isAbsolute(r) && !isFilesystemRoot(r, c.rules) && ![home, workspace].some((p) => p && isWithin(p, r, c.rules));
  for (const root of stale.roots.filter((r) => r !== janitor.root && fit(r))) {
    const more = await runJanitor({
      root,
      home,
      workspace,
      rules: c.rules,
      env: c.env,
      reapScript: c.paths.reap,
      workerScript: c.paths.removeWorker,
    });
    merged.reaped.push(...more.reaped);
    merged.running += more.running;
    merged.unjudged += more.unjudged;
    merged.ms += more.ms;
    if (more.problem) problems.push(`${root}: ${more.problem}`);
  }
  if (problems.length) merged.problem = problems.join('; ');
  if (c.settings.homeCacheMaxAgeDays !== undefined) {
    merged.aged = await core.group(`Removing HOME caches unused for over ${c.settings.homeCacheMaxAgeDays} days`, async () => {
      const aged = await removeAgedCaches(home, c.settings.homeCacheMaxAgeDays!, c.rules);
      for (const a of aged.removed) core.info(`${a.path}: unused for ${a.idleDays} days, removed`);
      for (const p of aged.problems) core.warning(`HOME cache age limit: ${p}`);
      return aged;
    });
  }
  return merged;
}
