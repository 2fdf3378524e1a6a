// main's disk steps as run-main calls them: pick the root (root: auto), measure beside the checks,
// then log the verdicts and say what fails the step. The measuring itself is measure-main.ts.
import * as core from '@actions/core';
import { errorMessage } from '../lib/errors.js';
import { execTool } from '../lib/exec.js';
import { formatBytes } from '../lib/format.js';
import { reportPathFor } from '../lib/job-dir.js';
import type { PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';
import { describeChoice, pickRoot, probeCandidates, rootCandidates, type RootChoice } from './choose-root.js';
import { topConsumers } from './consumers.js';
import { measureDisk, shortageMessage, type DiskInputs, type DiskMeasurement } from './measure-main.js';
import type { SamplerHandle } from './sampler-control.js';

export async function chooseRootAutomatically(env: NodeJS.ProcessEnv, rules: PlatformRules): Promise<RootChoice> {
  const facts = await probeCandidates(rootCandidates(env, rules));
  for (;;) {
    const choice = pickRoot(facts);
    const chosen = facts.find((f) => f.candidate.path === choice.path && !f.unusable);
    if (chosen?.needsFolder) {
      // GitHub's hosted runners mount /mnt for root and give the job passwordless sudo.
      const folder = chosen.needsFolder;
      const made = await makeOwnFolder(folder);
      chosen.needsFolder = undefined;
      if (made) {
        chosen.unusable = `not writable, and \`sudo -n\` could not make ${folder} (${made})`;
        continue;
      }
      Object.assign(choice, { path: folder, reason: `${choice.reason}; ${folder} made with sudo, as ${chosen.candidate.path} belongs to root` });
    }
    core.info(describeChoice(choice));
    for (const c of choice.considered) if (c.skipped) core.info(`  skipped ${c.path} (${c.source}): ${c.skipped}`);
    return choice;
  }
}

/** Makes `folder` ours with passwordless sudo; returns why not, or undefined when done. */
async function makeOwnFolder(folder: string): Promise<string | undefined> {
  const [uid, gid] = [process.getuid?.(), process.getgid?.()];
  if (uid === undefined || gid === undefined) return 'no user ids on this platform';
  const r = await execTool('sudo', ['-n', 'install', '-d', '-m', '0755', '-o', String(uid), '-g', String(gid), folder], { timeoutMs: 10_000 });
  return r.code === 0 ? undefined : (r.error ?? r.stderr.trim().split('\n')[0]) || `exit ${r.code}`;
}

export interface DiskGuardOptions {
  state: GuardState;
  inputs: DiskInputs;
  rules: PlatformRules;
  systemTemp: string;
  rootChoice?: RootChoice;
  samplerScript: URL;
  /** The job's process: the sampler stops when it is gone (0: no such check). */
  ownerPid: number;
  onSamplerStarted: (handle: SamplerHandle) => void;
}

/** Starts measuring; never rejects (a fault becomes a warning and no disk report). */
export function startDiskGuard(o: DiskGuardOptions): Promise<DiskMeasurement | Error> {
  const { state, rules } = o;
  return measureDisk({
    jobDir: state.jobDir,
    token: state.token,
    places: { home: state.home, workspace: state.workspace, systemTemp: o.systemTemp, toolCache: process.env.RUNNER_TOOL_CACHE ?? '' },
    rules,
    inputs: o.inputs,
    xdgRedirected: state.folders.some((f) => f.variables.includes('XDG_CACHE_HOME')),
    redirected: state.folders.flatMap((f) => f.variables),
    reportPath: reportPathFor(state.jobDir, process.env.RUNNER_TEMP, rules),
    rootChoice: o.rootChoice,
    samplerScript: o.samplerScript,
    ownerPid: o.ownerPid,
    onSamplerStarted: o.onSamplerStarted,
  }).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
}

/** Logs what was measured; returns the message that fails main when a filesystem is below min-free. */
export async function logDisk(measured: DiskMeasurement | Error, sampler: SamplerHandle | undefined, rules: PlatformRules): Promise<string | undefined> {
  if (measured instanceof Error) {
    core.warning(`Free space was not checked: ${errorMessage(measured)}`);
    return undefined;
  }
  const { state, verdicts, scans } = measured;
  const messages = new Map(verdicts.map((v) => [v, shortageMessage(v, topConsumers(scans, rules, { dev: v.filesystem.dev }))]));
  await core.group('Checking free space', async () => {
    for (const f of state.filesystems) core.info(`${f.mount} (${f.roles.join(', ')}): ${formatBytes(f.free)} free of ${formatBytes(f.total)}`);
    if (sampler) core.info(`Sampling free space every ${sampler.intervalMs / 1000} s (pid ${sampler.pid}).`);
    for (const problem of state.problems) core.debug(problem);
  });
  if (state.samplerProblem) core.warning(`No free-space samples will be taken during the job: ${state.samplerProblem}`);
  for (const v of verdicts) if (v.status === 'warn') core.warning(messages.get(v)!);
  const failing = verdicts.filter((v) => v.status === 'fail');
  if (!failing.length) return undefined;
  return `${failing.map((v) => messages.get(v)).join(' ')} Free some space (remove the folders named) or lower min-free.`;
}
