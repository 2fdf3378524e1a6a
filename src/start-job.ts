// What main and the job-started hook both do for a job: remove leftovers of jobs that are over, make
// the job folder, redirect caches and temp folders into it, check the matrix cell and the free
// space, restore the cache. They differ in where inputs come from and where state is kept.
import * as core from '@actions/core';
import os from 'node:os';
import { loadCacheSteps } from './cache/client.js';
import { runJanitor } from './cleanup/janitor.js';
import type { JanitorReport } from './cleanup/janitor-plan.js';
import { OUTPUT } from './constants.js';
import { chooseRootAutomatically, logDisk, startDiskGuard } from './disk/guard-main.js';
import type { Inputs } from './inputs.js';
import type { BundlePaths } from './lib/bundle-paths.js';
import { errorMessage } from './lib/errors.js';
import { chooseRoot, createJobDir, reportPathFor, type CreatedJobDir } from './lib/job-dir.js';
import type { JobOwner } from './lib/job-owner.js';
import type { PlatformRules } from './lib/platform.js';
import { addMatchers } from './matrix/problem-matcher.js';
import type { Check } from './matrix/report.js';
import { toolchainFacts, validateCell } from './matrix/validate.js';
import { applyRedirects } from './redirect/apply.js';
import { planRedirects } from './redirect/plan.js';
import { STATE_VERSION, createStateStore } from './state.js';

export interface StartContext {
  paths: BundlePaths;
  env: NodeJS.ProcessEnv;
  inputs: Inputs;
  rules: PlatformRules;
  owner?: JobOwner;
  /** The job-started hook: its parent is a shell that ends with it, never a stand-in for the job's process. */
  hook?: boolean;
  /** A folder the job-started hook made for this very job: used instead of a new one, and not removed by post. */
  adopted?: CreatedJobDir;
  /** Saves the encoded state (GuardState as JSON) where post or the job-completed hook reads it. */
  saveState: (encoded: string) => void;
  /** More to reclaim before the job folder is made (the hook: stale hook state, aged HOME caches). */
  reclaim?: (janitor: JanitorReport) => Promise<JanitorReport>;
}

export interface Started {
  jobDir: string;
  /** What fails the step (the caller calls setFailed). */
  failures: string[];
}

export async function startJob(ctx: StartContext): Promise<Started> {
  const { env, inputs, rules, paths } = ctx;
  // The system temp folder before TMPDIR points into the job folder: a usual place for big leftovers.
  const systemTemp = os.tmpdir();
  const rootChoice = !ctx.adopted && inputs.root === 'auto' ? await chooseRootAutomatically(env, rules) : undefined;
  const root = ctx.adopted?.root ?? rootChoice?.path ?? chooseRoot(inputs.root, env.RUNNER_TEMP);
  const folders = planRedirects(inputs.redirect, rules);
  const home = os.homedir();
  const workspace = env.GITHUB_WORKSPACE ?? '';
  // Before this job's folder exists: what is reclaimed counts towards the free space checked below.
  let janitor = ctx.adopted ? undefined : await runJanitor({ root, home, workspace, rules, env, reapScript: paths.reap, workerScript: paths.removeWorker });
  if (janitor && ctx.reclaim) janitor = await ctx.reclaim(janitor);

  const created = ctx.adopted ?? (await createJobDir(root, env, rules, ctx.owner));
  // Saved before anything else can fail, so post always cleans up what exists; saved again on every update.
  const store = createStateStore(
    {
      version: STATE_VERSION,
      ...created,
      home,
      workspace,
      folders,
      previous: {},
      failOnCleanupError: inputs.failOnCleanupError,
      startedAt: Date.now(),
      matcherOwners: [],
      owner: ctx.owner,
      adopted: !!ctx.adopted,
      janitor,
      cells: inputs.cells,
    },
    (_key, value) => ctx.saveState(value),
  );
  core.setOutput(OUTPUT.jobDir, created.jobDir);
  core.setOutput(OUTPUT.report, reportPathFor(created.jobDir, env.RUNNER_TEMP, rules));

  await core.group('Redirecting caches and temp folders', async () => {
    store.update({ previous: await applyRedirects(created.jobDir, folders, rules) });
    core.info(`Job folder: ${created.jobDir}${ctx.adopted ? " (the runner's job-started hook made it; its job-completed hook removes it)" : ''}`);
    for (const { folder, variables } of folders) core.info(`  ${variables.join(', ')} → ${folder}/`);
  });

  if (ctx.adopted && inputs.root) core.info(`Input 'root' (${inputs.root}) is not used: the job folder is the job-started hook's.`);
  // Measuring runs beside the checks, logged after them. In the hook's folder the thresholds are
  // checked, but the hook's sampler and report cover the job: no second sampler.
  const measuring = startDiskGuard({
    state: store.state,
    inputs: ctx.adopted ? { ...inputs.disk, sampleIntervalMs: 0 } : inputs.disk,
    rules,
    systemTemp,
    rootChoice,
    samplerScript: paths.sampler,
    // Without a known job process: main's parent, as the runner's; a hook's sampler only the stop file or its lifetime ends.
    ownerPid: ctx.owner?.pid ?? (ctx.hook ? 0 : process.ppid),
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
        cache: await restoreCache({ settings: inputs.cache, jobDir: created.jobDir, workspace: workspace || process.cwd(), toolchain, failedChecks, env }),
      });
    } catch (err) {
      // Its own faults are warnings already; this is the bundle failing to load. A cache never fails a job.
      core.warning(`Cache not restored: ${errorMessage(err)}`);
    }
  }
  // Registered after the checks, so the probe's compiler output in this log is not annotated twice.
  if (inputs.problemMatcher) store.update({ matcherOwners: addMatchers(paths.matchers) });

  const failures: string[] = [];
  const failed: Check[] = checked?.failed ?? [];
  if (checked && failed.length && inputs.cell.onMismatch === 'fail') {
    const names = failed.map((c) => c.title).join(', ');
    failures.push(
      `Matrix cell ${checked.report.cell} does not match this job's toolchain: ${names} failed. ` +
        'See the errors above and the job summary; on-mismatch: warn makes these warnings.',
    );
  }
  if (diskFailure) failures.push(diskFailure);
  return { jobDir: created.jobDir, failures };
}
