// A local stand-in for the GitHub Actions runner, enough to run this action as the runner does: each
// entry is a separate process, a child of the job's Runner.Worker; inputs arrive as INPUT_* (defaults
// from action.yml); GITHUB_ENV / GITHUB_PATH / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY are
// fresh files per step, read back after it; saved state reaches post as STATE_*; exported variables
// and PATH additions reach every later step. Steps can run as an unprivileged user, as on hosted
// runners. Also modelled: a self-hosted runner's job hooks, "Complete job", a runner killed mid-job.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  actionInputDefaults,
  newCommandFile,
  newCommandFiles,
  parseKeyValueFile,
  parsePathFile,
  parseWorkflowCommands,
  takeCommandFiles,
} from './file-commands.js';
import { jobContexts } from './expressions.js';
import { emptyFolder, killTrackedProcesses } from './job-cleanup.js';
import { ProblemMatchers } from './problem-matchers.js';
import { layOutRunner } from './runner-layout.js';
import { RunnerWorker } from './runner-worker.js';
import type { RunnerOptions, StepResult } from './runner-types.js';
import { toHostPath, toWindowsPath } from './windows-host.js';
import { jobRunnerEnv } from './job-env.js';
import { hostStepEnv, windowsStepRequest } from './windows-process.js';
import { WindowsWorker } from './windows-worker.js';

export { actionInputDefaults, parseKeyValueFile, parseWorkflowCommands, type Annotation, type WorkflowCommand } from './file-commands.js';
export type { RunAs } from './runner-worker.js';
export type { RunnerOptions, StepResult } from './runner-types.js';

/** What the runner takes from a process's file commands besides its step summary (env: GITHUB_ENV and GITHUB_PATH). */
type Accepts = Record<'env' | 'state' | 'outputs', boolean>;

type Phase = 'new' | 'running' | 'completed' | 'killed';
type Env = Record<string, string>;

export class LocalRunner {
  readonly base: string;
  readonly runnerTemp: string;
  readonly workspace: string;
  readonly home: string;
  readonly actionPath: string;
  /** The job's environment as later steps see it. */
  readonly env: Record<string, string> = {};
  summary = '';
  /** Problem matchers registered by ::add-matcher:: so far, applied to every later output line. */
  readonly matchers: ProblemMatchers;
  /** Unique per job, in every step's and hook's environment; "Complete job" kills the processes holding it. */
  trackingId = '';
  private state: Record<string, string> = {};
  private inputs: Record<string, string> = {};
  private runId: string;
  private job: string;
  private phase: Phase = 'new';
  private startedHookFailed = false;
  private worker!: RunnerWorker;
  /** Windows mode: the job's Runner.Worker.exe, parent of its Windows steps. */
  private windowsWorker?: WindowsWorker;
  private readonly node: string;
  private readonly commandDir: string;

  private constructor(private readonly opts: RunnerOptions) {
    const layout = layOutRunner(opts);
    [this.base, this.runnerTemp, this.workspace, this.home] = [layout.base, layout.runnerTemp, layout.workspace, layout.home];
    [this.actionPath, this.commandDir] = [layout.actionPath, layout.commandDir];
    this.node = opts.windows?.node ?? opts.node ?? process.execPath;
    if (opts.windows && opts.hooks) throw new Error('harness: job hooks are .sh scripts: not in Windows mode');
    this.matchers = new ProblemMatchers({ workspace: this.workspace, hostPath: opts.windows ? (p) => this.hostPath(p) : undefined });
    this.runId = opts.runId ?? String(Date.now());
    this.job = opts.job ?? 'build';
    this.resetJob();
  }

  static create = (opts: RunnerOptions): LocalRunner => new LocalRunner(opts);

  /** Per-job state back to a job's start: a new tracking id, no state, inputs, summary, matchers or exported variables. */
  private resetJob() {
    this.trackingId = `github_${randomUUID()}`;
    this.state = {};
    this.inputs = {};
    this.summary = '';
    for (const owner of this.matchers.owners()) this.matchers.remove(owner);
    for (const name of Object.keys(this.env)) delete this.env[name];
    Object.assign(this.env, this.runnerEnv(), { GOPROXY: 'off', GOFLAGS: '-mod=mod' }, this.opts.env);
    this.phase = 'new';
    this.startedHookFailed = false;
    this.worker = new RunnerWorker({ dir: this.base, runAs: this.opts.runAs, env: this.ownEnv(), cwd: this.workspace });
    const host = this.opts.windows;
    this.windowsWorker = host && new WindowsWorker({ host, hostEnv: this.ownEnv(), cwd: this.workspace });
  }

  /** The runner process's own environment; Runner.Worker gets just this. */
  private ownEnv(): Record<string, string> {
    return { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', LANG: process.env.LANG ?? 'C.UTF-8', ...this.opts.runnerEnv, HOME: this.home };
  }

  /** The runner's own environment and the variables it gives every process of the job (hooks get only these). */
  private runnerEnv(): Env {
    const job = { runId: this.runId, job: this.job, trackingId: this.trackingId, home: this.home, workspace: this.workspace, runnerTemp: this.runnerTemp };
    return jobRunnerEnv(this.ownEnv(), job, this.opts);
  }

  /** Starts the job's Runner.Worker unless it runs (steps do it on first use); resolves to its pid. */
  async ensureWorker(): Promise<number> {
    this.checkNotOver();
    return this.worker.start();
  }

  /** The pid of the current job's Runner.Worker, if it has been started. */
  workerPid(): number | undefined {
    return this.worker.pid;
  }

  private checkNotOver() {
    if (this.phase === 'killed') throw new Error('harness: the runner was killed (killRunner); call newJob() to run another job');
    if (this.phase === 'completed') throw new Error('harness: the job is complete (completeJob); call newJob() to run another job');
  }

  /** Runs one process of the job: on the host (Windows mode: with host paths), or a Windows program by Runner.Worker.exe. */
  private start(command: string, args: string[], env: Record<string, string>, windowsProgram: boolean) {
    const host = this.opts.windows;
    if (host && windowsProgram) return (this.windowsWorker as WindowsWorker).run(windowsStepRequest(command, args, env, this.workspace));
    return this.worker.run({ command, args, env: host ? hostStepEnv(host, env, this.ownEnv()) : env, cwd: this.workspace });
  }

  private async exec(name: string, command: string, args: string[], env: Env, accepts: Accepts, windowsProgram = false): Promise<StepResult> {
    this.checkNotOver();
    const files = newCommandFiles(this.commandDir, this.opts.runAs);
    const windows = this.opts.windows !== undefined;
    const fileEnv = windows ? Object.fromEntries(Object.entries(files).map(([k, v]) => [k, toWindowsPath(v)])) : files;
    const { exitCode, stdout, stderr } = await this.start(command, args, { ...env, ...fileEnv }, windowsProgram);
    const written = takeCommandFiles(files);
    if (accepts.env) {
      Object.assign(this.env, parseKeyValueFile(written.GITHUB_ENV, { windows }));
      const added = parsePathFile(written.GITHUB_PATH).reverse();
      if (added.length) this.env.PATH = [...added, this.env.PATH].join(windows ? ';' : ':');
    }
    if (accepts.state) Object.assign(this.state, parseKeyValueFile(written.GITHUB_STATE, { windows }));
    this.summary += written.GITHUB_STEP_SUMMARY;
    const outputs = accepts.outputs ? parseKeyValueFile(written.GITHUB_OUTPUT, { windows }) : {};
    const matched = this.matchers.applyToOutput(stdout, stderr);
    const result: StepResult = { name, exitCode, stdout, stderr, outputs, ...parseWorkflowCommands(stdout), matched, files: written };
    this.opts.onStepEnd?.(result);
    return result;
  }

  private inputEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    // INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept.
    for (const [name, value] of Object.entries(this.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    return env;
  }

  /** Checks that a step may run now: the job is neither over nor skipping its steps. */
  private beginStep() {
    if (this.phase === 'new' && this.opts.hooks?.started) throw new Error('harness: a job-started hook is configured: call startJob() before the steps');
    if (this.startedHookFailed) throw new Error('harness: the job-started hook failed, so the runner skips every step');
    if (this.phase === 'new') this.phase = 'running';
  }

  /** Runs the action's main entry with `inputs` over action.yml's defaults. */
  async main(inputs: Record<string, string> = {}): Promise<StepResult> {
    this.beginStep();
    const contexts = jobContexts(this.env, this.opts.matrix);
    const defaults = actionInputDefaults(fs.readFileSync(path.join(this.actionPath, 'action.yml'), 'utf8'), contexts);
    for (const name of Object.keys(inputs)) {
      if (!(name in defaults)) throw new Error(`harness: action.yml declares no input ${name}`);
    }
    this.inputs = { ...defaults, ...inputs };
    const entry = path.join(this.actionPath, 'dist', 'main.js');
    return this.exec('main', this.node, [this.entryPath(entry)], { ...this.env, ...this.inputEnv() }, { env: true, state: true, outputs: true }, true);
  }

  /** Runs the action's post entry with the state main saved. */
  async post(): Promise<StepResult> {
    this.beginStep();
    const stateEnv = Object.fromEntries(Object.entries(this.state).map(([k, v]) => [`STATE_${k}`, v]));
    const entry = path.join(this.actionPath, 'dist', 'post.js');
    return this.exec(
      'post',
      this.node,
      [this.entryPath(entry)],
      { ...this.env, ...this.inputEnv(), ...stateEnv },
      { env: true, state: false, outputs: true },
      true,
    );
  }

  private entryPath(entry: string): string {
    return this.opts.windows ? toWindowsPath(entry) : entry;
  }

  /**
   * Windows mode: a job step that is a Windows program (a host path of an .exe, or a name on the
   * job's PATH). With `background`, it is left running (its output into that host file) and the
   * step ends at once, as a step that starts a server does.
   */
  async windowsStep(program: string, args: string[], opts: { name?: string; background?: string } = {}): Promise<StepResult> {
    if (!this.opts.windows) throw new Error('harness: windowsStep() needs Windows mode');
    this.beginStep();
    if (!opts.background) return this.exec(opts.name ?? program, program, args, { ...this.env }, { env: true, state: false, outputs: true }, true);
    const request = windowsStepRequest(program, args, { ...this.env }, this.workspace, opts.background);
    const { exitCode, stdout, stderr } = await (this.windowsWorker as WindowsWorker).run(request);
    return { name: opts.name ?? program, exitCode, stdout, stderr, outputs: {}, annotations: [], commands: [], matched: [] };
  }

  /** A path the job's processes name, as a host path (Windows mode: Z:\… and C:\…; else unchanged). */
  hostPath(p: string): string {
    return this.opts.windows ? toHostPath(p, this.opts.windows.prefix) : p;
  }

  /** Runs a `run:` step with bash, like `shell: bash` (`bash -e {0}`). */
  async step(script: string, name = 'run'): Promise<StepResult> {
    this.beginStep();
    const file = newCommandFile(this.commandDir, 'script', this.opts.runAs);
    fs.writeFileSync(file, script);
    const args = ['--noprofile', '--norc', '-e', '-o', 'pipefail', file];
    const result = await this.exec(name, 'bash', args, { ...this.env }, { env: true, state: false, outputs: true });
    fs.rmSync(file, { force: true });
    return result;
  }

  /**
   * A job hook as the runner runs it: `bash -e PATH`, in the workspace, with the runner's environment
   * (no job `env:`, nothing earlier processes exported). Only the started hook's GITHUB_ENV and
   * GITHUB_PATH count (for the steps); its GITHUB_STATE and GITHUB_OUTPUT are ignored.
   */
  private runHook(name: string, script: string, started: boolean): Promise<StepResult> {
    return this.exec(name, 'bash', ['-e', path.resolve(this.actionPath, script)], this.runnerEnv(), { env: started, state: false, outputs: false });
  }

  /**
   * "Set up job" (RUNNER_TEMP emptied: mind runners sharing it) and the job-started hook, if any.
   * Call it before the job's steps; when the hook fails, they are skipped (they throw).
   */
  async startJob(): Promise<StepResult | undefined> {
    if (this.phase !== 'new') throw new Error('harness: startJob() comes once per job, before its steps');
    this.phase = 'running';
    emptyFolder(this.runnerTemp);
    if (!this.opts.hooks?.started) return undefined;
    const result = await this.runHook('job-started', this.opts.hooks.started, true);
    this.startedHookFailed = result.exitCode !== 0;
    return result;
  }

  /**
   * The job-completed hook, if any, then "Complete job": SIGKILL for every process holding this
   * job's RUNNER_TRACKING_ID, the worker stopped, RUNNER_TEMP emptied. Returns the hook's result.
   */
  async completeJob(): Promise<StepResult | undefined> {
    if (this.phase === 'killed' || this.phase === 'completed') throw new Error(`harness: completeJob() after the job was ${this.phase}`);
    this.phase = 'running';
    const result = this.opts.hooks?.completed ? await this.runHook('job-completed', this.opts.hooks.completed, false) : undefined;
    await killTrackedProcesses(this.trackingId);
    await this.worker.stop();
    await this.windowsWorker?.stop();
    emptyFolder(this.runnerTemp);
    this.phase = 'completed';
    return result;
  }

  /** The runner dies mid-job: its worker is SIGKILLed; what the job started runs on; no hook, no cleanup. */
  killRunner() {
    this.worker.kill();
    this.windowsWorker?.kill();
    this.phase = 'killed';
  }

  /**
   * The runner's next job, after completeJob() or killRunner(): same folders, options and hooks; a new
   * run id (unless given), tracking id and worker; no state, inputs, summary or exported variables.
   */
  newJob(opts: { runId?: string; job?: string } = {}) {
    if (this.phase === 'running') throw new Error('harness: the job is still running: completeJob() or killRunner() first');
    this.worker.kill();
    this.windowsWorker?.kill();
    this.runId = opts.runId ?? String(Math.max(Date.now(), Number(this.runId) + 1 || 0));
    this.job = opts.job ?? this.job;
    this.resetJob();
  }

  /** Replaces the saved state (tests use it to model damaged or tampered state). */
  setState(name: string, value: string | undefined) {
    if (value === undefined) delete this.state[name];
    else this.state[name] = value;
  }

  getState(name: string): string | undefined {
    return this.state[name];
  }

  dispose() {
    this.worker.kill();
    this.windowsWorker?.close(); // it ends the Windows steps it left running
    fs.rmSync(this.base, { recursive: true, force: true });
  }
}
