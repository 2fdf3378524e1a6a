// The variables the runner gives every process of a job, as a Linux or (Windows mode) a Windows runner.
import type { RunnerOptions } from './runner-types.js';
import { windowsRunnerEnv } from './windows-process.js';

export interface JobIds {
  runId: string;
  job: string;
  trackingId: string;
  home: string;
  workspace: string;
  runnerTemp: string;
}

/** The runner's own environment (`own`) and what it adds for the job; hooks get only these. */
export function jobRunnerEnv(own: Record<string, string>, job: JobIds, opts: Pick<RunnerOptions, 'windows' | 'runnerEnv'>): Record<string, string> {
  const env: Record<string, string> = {
    ...own,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_RUN_ID: job.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: job.job,
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_REPOSITORY: 'example/repo',
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'local-runner',
    RUNNER_TRACKING_ID: job.trackingId,
  };
  if (!opts.windows) return env;
  // Windows has USERPROFILE, not HOME, and no LANG.
  delete env.HOME;
  delete env.LANG;
  return { ...env, ...windowsRunnerEnv(job), ...opts.runnerEnv };
}
