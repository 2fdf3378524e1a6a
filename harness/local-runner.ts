// A local stand-in for the GitHub Actions runner, enough to run this action as the runner does:
// each entry is a separate node process; inputs arrive as INPUT_* (defaults from action.yml);
// GITHUB_ENV / GITHUB_PATH / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY are fresh files per
// step, read back after it; saved state reaches post as STATE_*; exported variables and PATH
// additions reach every later step. Steps can run as an unprivileged user, as on hosted runners.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ProblemMatchers, type MatcherAnnotation } from './problem-matchers.js';

export interface RunAs {
  uid: number;
  gid: number;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface StepResult {
  name: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  annotations: Annotation[];
  /** Every `::command::` line other than annotations (add-matcher, add-mask, group, …). */
  commands: { command: string; properties: Record<string, string>; value: string }[];
  /** Annotations the registered problem matchers made from this step's output lines. */
  matched: MatcherAnnotation[];
}

export interface RunnerOptions {
  /** Folder holding action.yml and dist/. It is copied under the runner's _actions, as the runner does. */
  actionDir: string;
  /** Base folder for this runner's files; a fresh temp folder when omitted. */
  base?: string;
  /** Share these with another runner to model matrix cells on one self-hosted host. */
  runnerTemp?: string;
  home?: string;
  runAs?: RunAs;
  /** Extra job-level environment. */
  env?: Record<string, string>;
  runId?: string;
  job?: string;
  /** Copied into the workspace before the job starts, as actions/checkout would. */
  checkout?: string;
  node?: string;
  /** Called with each step's combined output as it ends (the demo prints it). */
  onStepEnd?: (result: StepResult) => void;
}

/** Parses a file-command file: `NAME=value` lines and the `NAME<<DELIM … DELIM` form. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`file command: no closing delimiter ${delimiter} for ${name}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`file command: malformed line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

// The toolkit escapes '%' first, so '%25' is decoded last.
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Parses `::command k=v,k=v::value` lines from a step's stdout. */
export function parseWorkflowCommands(stdout: string): Pick<StepResult, 'annotations' | 'commands'> {
  const annotations: Annotation[] = [];
  const commands: StepResult['commands'] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props = '', value] = m;
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    if (command === 'error' || command === 'warning' || command === 'notice') annotations.push({ level: command, message: unescapeData(value), properties });
    else commands.push({ command, properties, value: unescapeData(value) });
  }
  return { annotations, commands };
}

/** The inputs an action declares, with their defaults. */
export function actionInputDefaults(actionYml: string): Record<string, string> {
  const doc = parseYaml(actionYml) as { inputs?: Record<string, { default?: unknown }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) out[name] = spec?.default === undefined ? '' : String(spec.default);
  return out;
}

export class LocalRunner {
  readonly base: string;
  readonly runnerTemp: string;
  readonly workspace: string;
  readonly home: string;
  readonly actionPath: string;
  /** The job's environment as later steps see it. */
  readonly env: Record<string, string>;
  summary = '';
  /** Problem matchers registered by ::add-matcher:: so far, applied to every later output line. */
  readonly matchers: ProblemMatchers;
  private state: Record<string, string> = {};
  private inputs: Record<string, string> = {};
  private readonly node: string;
  private readonly commandDir: string;

  private constructor(private readonly opts: RunnerOptions) {
    this.base = opts.base ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-runner-'));
    fs.chmodSync(this.base, 0o755);
    this.runnerTemp = opts.runnerTemp ?? path.join(this.base, '_work', '_temp');
    this.workspace = path.join(this.base, '_work', 'repo', 'repo');
    this.home = opts.home ?? path.join(this.base, 'home');
    this.actionPath = path.join(this.base, '_work', '_actions', 'go-ci-guard');
    this.commandDir = path.join(this.base, '_work', '_file_commands');
    for (const dir of [this.runnerTemp, this.workspace, this.home, this.commandDir]) this.ensureDir(dir);
    if (opts.checkout) {
      fs.cpSync(opts.checkout, this.workspace, { recursive: true });
      if (opts.runAs) this.chownTree(this.workspace, opts.runAs);
    }
    fs.mkdirSync(path.join(this.actionPath, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(opts.actionDir, 'action.yml'), path.join(this.actionPath, 'action.yml'));
    for (const dir of ['dist', 'matchers']) fs.cpSync(path.join(opts.actionDir, dir), path.join(this.actionPath, dir), { recursive: true });
    this.chmodTree(path.join(this.base, '_work', '_actions'));
    this.node = opts.node ?? process.execPath;
    this.matchers = new ProblemMatchers({ workspace: this.workspace });
    this.env = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      LANG: process.env.LANG ?? 'C.UTF-8',
      HOME: this.home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: opts.runId ?? String(Date.now()),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: opts.job ?? 'build',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_REPOSITORY: 'example/repo',
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_OS: 'Linux',
      GOPROXY: 'off',
      GOFLAGS: '-mod=mod',
      ...opts.env,
    };
  }

  static create(opts: RunnerOptions): LocalRunner {
    return new LocalRunner(opts);
  }

  private ensureDir(dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    if (this.opts.runAs) fs.chownSync(dir, this.opts.runAs.uid, this.opts.runAs.gid);
  }

  private chownTree(dir: string, to: RunAs) {
    fs.chownSync(dir, to.uid, to.gid);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) this.chownTree(p, to);
      else fs.lchownSync(p, to.uid, to.gid);
    }
  }

  private chmodTree(dir: string) {
    fs.chmodSync(dir, 0o755);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) this.chmodTree(p);
      else fs.chmodSync(p, 0o644);
    }
  }

  private newCommandFile(kind: string): string {
    const file = path.join(this.commandDir, `${kind}_${randomUUID()}`);
    fs.writeFileSync(file, '');
    if (this.opts.runAs) fs.chownSync(file, this.opts.runAs.uid, this.opts.runAs.gid);
    return file;
  }

  private async exec(name: string, command: string, args: string[], env: Record<string, string>, acceptState: boolean): Promise<StepResult> {
    const files = {
      GITHUB_ENV: this.newCommandFile('set_env'),
      GITHUB_PATH: this.newCommandFile('add_path'),
      GITHUB_OUTPUT: this.newCommandFile('set_output'),
      GITHUB_STATE: this.newCommandFile('save_state'),
      GITHUB_STEP_SUMMARY: this.newCommandFile('step_summary'),
    };
    const child = spawn(command, args, {
      cwd: this.workspace,
      env: { ...env, ...files },
      stdio: ['ignore', 'pipe', 'pipe'],
      uid: this.opts.runAs?.uid,
      gid: this.opts.runAs?.gid,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
    const read = (f: string) => fs.readFileSync(f, 'utf8');
    Object.assign(this.env, parseKeyValueFile(read(files.GITHUB_ENV)));
    const added = read(files.GITHUB_PATH).split(/\r?\n/).filter(Boolean).reverse();
    if (added.length) this.env.PATH = [...added, this.env.PATH].join(path.delimiter);
    if (acceptState) Object.assign(this.state, parseKeyValueFile(read(files.GITHUB_STATE)));
    this.summary += read(files.GITHUB_STEP_SUMMARY);
    const outputs = parseKeyValueFile(read(files.GITHUB_OUTPUT));
    for (const f of Object.values(files)) fs.rmSync(f, { force: true });
    const result: StepResult = { name, exitCode, stdout, stderr, outputs, ...parseWorkflowCommands(stdout), matched: this.applyMatchers(stdout, stderr) };
    this.opts.onStepEnd?.(result);
    return result;
  }

  /**
   * As the runner does: (add|remove)-matcher commands change the matchers; other command lines never
   * reach them; every other line of stdout, then of stderr, is offered to them.
   */
  private applyMatchers(stdout: string, stderr: string): MatcherAnnotation[] {
    const matched: MatcherAnnotation[] = [];
    for (const line of [...stdout.split(/\r?\n/), ...stderr.split(/\r?\n/)]) {
      const add = /^::add-matcher::(.+)$/.exec(line);
      const remove = /^::remove-matcher owner=([^:,]+)::/.exec(line);
      if (add) this.matchers.add(add[1]);
      else if (remove) this.matchers.remove(remove[1]);
      else if (!line.startsWith('::')) {
        const annotation = this.matchers.match(line);
        if (annotation) matched.push(annotation);
      }
    }
    return matched;
  }

  private inputEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    // INPUT_<NAME>: upper-cased, spaces to underscores, hyphens kept.
    for (const [name, value] of Object.entries(this.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    return env;
  }

  /** Runs the action's main entry with `inputs` over action.yml's defaults. */
  async main(inputs: Record<string, string> = {}): Promise<StepResult> {
    const defaults = actionInputDefaults(fs.readFileSync(path.join(this.actionPath, 'action.yml'), 'utf8'));
    for (const name of Object.keys(inputs)) {
      if (!(name in defaults)) throw new Error(`harness: action.yml declares no input ${name}`);
    }
    this.inputs = { ...defaults, ...inputs };
    return this.exec('main', this.node, [path.join(this.actionPath, 'dist', 'main.js')], { ...this.env, ...this.inputEnv() }, true);
  }

  /** Runs the action's post entry with the state main saved. */
  async post(): Promise<StepResult> {
    const stateEnv = Object.fromEntries(Object.entries(this.state).map(([k, v]) => [`STATE_${k}`, v]));
    return this.exec('post', this.node, [path.join(this.actionPath, 'dist', 'post.js')], { ...this.env, ...this.inputEnv(), ...stateEnv }, false);
  }

  /** Runs a `run:` step with bash, like `shell: bash` (`bash -e {0}`). */
  async step(script: string, name = 'run'): Promise<StepResult> {
    const file = this.newCommandFile('script');
    fs.writeFileSync(file, script);
    const result = await this.exec(name, 'bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', file], { ...this.env }, false);
    fs.rmSync(file, { force: true });
    return result;
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
    fs.rmSync(this.base, { recursive: true, force: true });
  }
}
