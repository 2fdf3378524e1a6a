// main: create the job folder, redirect caches and temp folders into it, check the matrix cell and
// the free space, save state for post.
import * as core from '@actions/core';
import os from 'node:os';
import { loadCacheSteps } from './cache/client.js';
import { OUTPUT } from './constants.js';
import { chooseRootAutomatically, logDisk, startDiskGuard } from './disk/guard-main.js';
import { readInputs } from './inputs.js';
import { bundlePaths, type BundlePaths } from './lib/bundle-paths.js';
import { errorMessage } from './lib/errors.js';
import { chooseRoot, createJobDir, reportPathFor } from './lib/job-dir.js';
import { platformRules } from './lib/platform.js';
import { addMatchers } from './matrix/problem-matcher.js';
import type { Check } from './matrix/report.js';
import { toolchainFacts, validateCell } from './matrix/validate.js';
import { applyRedirects } from './redirect/apply.js';
import { planRedirects } from './redirect/plan.js';
import { STATE_VERSION, createStateStore } from './state.js';

export interface MainOptions {
  /** The sibling bundles; by default next to the running one (dist/). */
  paths?: BundlePaths;
}

export async function run(options: MainOptions = {}): Promise<void> {
  try {
    await guardJob(options.paths ?? bundlePaths(), process.env);
  } catch (err) {
    core.setFailed(errorMessage(err));
  }
}

async function guardJob(paths: BundlePaths, env: NodeJS.ProcessEnv): Promise<void> {
  const rules = platformRules();
  const inputs = readInputs((name) => core.getInput(name), rules);
  // The system temp folder before TMPDIR points into the job folder: a usual place for big leftovers.
  const systemTemp = os.tmpdir();
  const rootChoice = inputs.root === 'auto' ? await chooseRootAutomatically(env, rules) : undefined;
  const root = rootChoice?.path ?? chooseRoot(inputs.root, env.RUNNER_TEMP);
  const folders = planRedirects(inputs.redirect, rules);

  const created = await createJobDir(root, env, rules);
  // Saved before anything else can fail, so post always cleans up what exists; saved again on every update.
  const store = createStateStore(
    {
      version: STATE_VERSION,
      ...created,
      home: os.homedir(),
      workspace: env.GITHUB_WORKSPACE ?? '',
      folders,
      previous: {},
      failOnCleanupError: inputs.failOnCleanupError,
      startedAt: Date.now(),
      matcherOwners: [],
    },
    (key, value) => core.saveState(key, value),
  );
  core.setOutput(OUTPUT.jobDir, created.jobDir);
  core.setOutput(OUTPUT.report, reportPathFor(created.jobDir, env.RUNNER_TEMP, rules));

  await core.group('Redirecting caches and temp folders', async () => {
    store.update({ previous: await applyRedirects(created.jobDir, folders, rules) });
    core.info(`Job folder: ${created.jobDir}`);
    for (const { folder, variables } of folders) core.info(`  ${variables.join(', ')} → ${folder}/`);
  });

  // Disk measuring runs beside the checks; its findings are logged after theirs.
  const measuring = startDiskGuard({
    state: store.state,
    inputs: inputs.disk,
    rules,
    systemTemp,
    rootChoice,
    samplerScript: paths.sampler,
    // Saved at once: whatever stops main later, post must be able to stop the sampler.
    onSamplerStarted: (sampler) => store.update({ sampler }),
  });
  // Checked with the redirects in place: the job's own environment is what the build sees.
  const checked = inputs.cell.validate ? await validateCell(inputs.cell, created.jobDir) : undefined;
  const measured = await measuring;
  store.update({ matrix: checked?.report, disk: measured instanceof Error ? undefined : measured.state });
  const diskFailure = await logDisk(measured, store.state.sampler, rules);
  // Not into a disk that is already too full: main fails then anyway.
  if (inputs.cache.enabled && !diskFailure) {
    const toolchain = checked?.report.outputs ?? (await toolchainFacts(created.jobDir));
    const failedChecks = (checked?.failed ?? []).map((c) => c.title);
    try {
      const { restoreCache } = await loadCacheSteps(paths.cacheClient);
      store.update({
        cache: await restoreCache({
          settings: inputs.cache,
          jobDir: created.jobDir,
          workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
          toolchain,
          failedChecks,
          env,
        }),
      });
    } catch (err) {
      // Its own faults are warnings already; this is the bundle failing to load. A cache never fails a job.
      core.warning(`Cache not restored: ${errorMessage(err)}`);
    }
  }
  // Registered after the checks, so the probe's compiler output in this log is not annotated twice.
  if (inputs.problemMatcher) store.update({ matcherOwners: addMatchers(paths.matchers) });

  const failed: Check[] = checked?.failed ?? [];
  if (checked && failed.length && inputs.cell.onMismatch === 'fail') {
    const names = failed.map((c) => c.title).join(', ');
    core.setFailed(
      `Matrix cell ${checked.report.cell} does not match this job's toolchain: ${names} failed. ` +
        'See the errors above and the job summary; on-mismatch: warn makes these warnings.',
    );
  }
  if (diskFailure) core.setFailed(diskFailure);
}
