// main: create the job folder, redirect caches and temp folders into it, save state for post.
import * as core from '@actions/core';
import os from 'node:os';
import { errorMessage } from './errors.js';
import { readInputs } from './inputs.js';
import { platformRules } from './platform.js';
import { chooseRoot, createJobDir } from './redirect/job-dir.js';
import { chooseRootAutomatically, logDisk, reportPathFor, startDiskGuard } from './disk/main-disk.js';
import { addMatchers } from './matrix/problem-matcher.js';
import type { Check } from './matrix/checks.js';
import { validateCell } from './matrix/validate.js';
import { applyRedirects } from './redirect/apply.js';
import { planRedirects } from './redirect/plan.js';
import { STATE_KEY, STATE_VERSION, encodeState, type GuardState } from './state.js';

export async function run(): Promise<void> {
  try {
    const rules = platformRules();
    const inputs = readInputs((name) => core.getInput(name), rules);
    // The system temp folder before TMPDIR points into the job folder: a usual place for big leftovers.
    const systemTemp = os.tmpdir();
    const rootChoice = inputs.root === 'auto' ? await chooseRootAutomatically(process.env, rules) : undefined;
    const root = rootChoice?.path ?? chooseRoot(inputs.root, process.env.RUNNER_TEMP);
    const folders = planRedirects(inputs.redirect, rules);

    const created = await createJobDir(root, process.env, rules);
    const state: GuardState = {
      version: STATE_VERSION,
      ...created,
      home: os.homedir(),
      workspace: process.env.GITHUB_WORKSPACE ?? '',
      platform: process.platform,
      folders,
      previous: {},
      failOnCleanupError: inputs.failOnCleanupError,
      startedAt: Date.now(),
      matcherOwners: [],
    };
    // Saved before anything else can fail, so post always cleans up what exists.
    core.saveState(STATE_KEY, encodeState(state));
    core.setOutput('job-dir', created.jobDir);
    core.setOutput('report', reportPathFor(created.jobDir, process.env.RUNNER_TEMP, rules));

    await core.group('Redirecting caches and temp folders', async () => {
      state.previous = await applyRedirects(created.jobDir, folders, rules);
      core.info(`Job folder: ${created.jobDir}`);
      for (const { folder, variables } of folders) core.info(`  ${variables.join(', ')} → ${folder}/`);
    });
    core.saveState(STATE_KEY, encodeState(state));

    // Disk measuring runs beside the checks; its findings are logged after theirs.
    const measuring = startDiskGuard({
      state,
      inputs: inputs.disk,
      rules,
      systemTemp,
      rootChoice,
      samplerScript: new URL('./sampler.js', import.meta.url),
      // Saved at once: whatever stops main later, post must be able to stop the sampler.
      onSamplerStarted: (handle) => {
        state.sampler = handle;
        core.saveState(STATE_KEY, encodeState(state));
      },
    });
    let failed: Check[] = [];
    if (inputs.cell.validate) {
      // Checked with the redirects in place: the job's own environment is what the build sees.
      ({ report: state.matrix, failed } = await validateCell(inputs.cell, created.jobDir));
    }
    const measured = await measuring;
    if (!(measured instanceof Error)) state.disk = measured.state;
    core.saveState(STATE_KEY, encodeState(state));
    const diskFailure = await logDisk(measured, state.sampler, rules);
    // Registered after the checks, so the probe's compiler output in this log is not annotated twice.
    if (inputs.problemMatcher) state.matcherOwners = addMatchers();
    core.saveState(STATE_KEY, encodeState(state));
    if (state.matrix && failed.length && inputs.cell.onMismatch === 'fail') {
      const names = failed.map((c) => c.title).join(', ');
      core.setFailed(`Matrix cell ${state.matrix.cell} does not match this job's toolchain: ${names} failed. See the errors above and the job summary; on-mismatch: warn makes these warnings.`);
    }
    if (diskFailure) core.setFailed(diskFailure);
  } catch (err) {
    core.setFailed(errorMessage(err));
  }
}
