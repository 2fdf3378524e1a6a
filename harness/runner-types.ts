// What the local runner is given (RunnerOptions) and what it reports of each step (StepResult).
import type { Annotation, CommandFiles, WorkflowCommand } from './file-commands.js';
import type { MatcherAnnotation } from './problem-matchers.js';
import type { RunAs } from './runner-worker.js';
import type { WindowsHost } from './windows-host.js';

export interface StepResult {
  name: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  annotations: Annotation[];
  /** Every `::command::` line other than annotations (add-matcher, add-mask, group, …). */
  commands: WorkflowCommand[];
  /** Annotations the registered problem matchers made from this step's output lines. */
  matched: MatcherAnnotation[];
  /** What the process wrote to each file-command file, as written (a background step: none). */
  files?: CommandFiles;
}

export interface RunnerOptions {
  /** Folder holding action.yml and dist/. It is copied under the runner's _actions, as the runner does. */
  actionDir: string;
  /** Base folder for this runner's files; a fresh temp folder when omitted. */
  base?: string;
  /** Share these with another runner to model matrix cells on one self-hosted host. */
  runnerTemp?: string;
  home?: string;
  /** The runner's user: Runner.Worker, and so every step and hook, runs as it. */
  runAs?: RunAs;
  /** Extra job-level environment (steps only, not hooks). */
  env?: Record<string, string>;
  /** Extra variables of the runner's own environment (its .env file): they reach hooks and steps. */
  runnerEnv?: Record<string, string>;
  /** A self-hosted runner's ACTIONS_RUNNER_HOOK_JOB_STARTED / _COMPLETED: .sh scripts, relative ones inside the action's copy. */
  hooks?: { started?: string; completed?: string };
  runId?: string;
  job?: string;
  /** The job's matrix values (the `matrix` context of input defaults); none: not a matrix job. */
  matrix?: Record<string, string | number | boolean>;
  /** Copied into the workspace before the job starts, as actions/checkout would. */
  checkout?: string;
  node?: string;
  /** Windows mode (prepareWindowsHost()): a Windows runner's variables; the entries run on Node for Windows under wine. */
  windows?: WindowsHost;
  /** Called with each step's combined output as it ends (the demo prints it). */
  onStepEnd?: (result: StepResult) => void;
}
