// The local runner's model of the real one's process tree and job lifecycle: one Runner.Worker per
// job as the parent of every step and hook, the self-hosted job hooks and their environment,
// "Complete job" killing what the job left running, and a runner killed mid-job. Real processes.
import { afterEach, describe, expect, it } from '@jest/globals';
import * as esbuild from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from '../../harness/job-cleanup.js';
import { LocalRunner, type RunnerOptions } from '../../harness/local-runner.js';
import { RunnerWorker } from '../../harness/runner-worker.js';
import { repoRoot, unprivileged } from '../e2e/support.js';

const runAs = unprivileged();
const uid = runAs?.uid ?? process.getuid?.();
const runners: LocalRunner[] = [];
const leftovers: string[] = [];
const strays: number[] = [];

afterEach(() => {
  for (const pid of strays.splice(0)) spawnSync('kill', ['-9', String(pid)]);
  for (const r of runners.splice(0)) r.dispose();
  for (const dir of leftovers.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function newRunner(opts: Partial<RunnerOptions> = {}): LocalRunner {
  const runner = LocalRunner.create({ actionDir: repoRoot, runAs, ...opts });
  runners.push(runner);
  return runner;
}

/** Writes hook scripts (readable by the runner's user) and returns their paths. */
function hookScripts(scripts: { started?: string; completed?: string }): { started?: string; completed?: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-hooks-'));
  fs.chmodSync(dir, 0o755);
  leftovers.push(dir);
  const out: { started?: string; completed?: string } = {};
  for (const [name, body] of Object.entries(scripts) as ['started' | 'completed', string][]) {
    out[name] = path.join(dir, `${name}.sh`);
    fs.writeFileSync(out[name], body, { mode: 0o755 });
  }
  return out;
}

/** `key=value` words a script printed, as a map. */
function fields(stdout: string): Record<string, string> {
  return Object.fromEntries([...stdout.matchAll(/(\w+)=(\S*)/g)].map((m) => [m[1], m[2]]));
}

/** A step that leaves a detached `sleep` behind; returns its pid (its unique duration finds it). */
async function leaveSleeper(runner: LocalRunner): Promise<number> {
  const duration = `300.${process.hrtime.bigint() % 1000000000n}`;
  expect((await runner.step(`setsid sleep ${duration} >/dev/null 2>&1 </dev/null &`)).exitCode).toBe(0);
  for (let i = 0; i < 100; i++, await sleep(20)) {
    const pid = Number(spawnSync('pgrep', ['-fx', `sleep ${duration}`], { encoding: 'utf8' }).stdout.trim());
    if (pid) return strays.push(pid) && pid;
  }
  throw new Error(`no process sleep ${duration}`);
}

async function waitUntilGone(pid: number, ms = 5000) {
  for (const end = Date.now() + ms; isRunning(pid) && Date.now() < end;) await sleep(20);
}

const PROBE = [
  'echo "cwd=$PWD parent=$(cat /proc/$PPID/comm) ppid=$PPID uid=$(id -u) track=$RUNNER_TRACKING_ID"',
  'echo "job_env=${JOB_LEVEL-unset} step_env=${FROM_STEP-unset} started_env=${FROM_STARTED-unset} dotenv=${FROM_DOTENV-unset}"',
  'echo "gh_job=$GITHUB_JOB run=$GITHUB_RUN_ID temp=$RUNNER_TEMP ws=$GITHUB_WORKSPACE home=$HOME ci=$CI os=$RUNNER_OS"',
  'for f in GITHUB_ENV GITHUB_PATH GITHUB_OUTPUT GITHUB_STATE GITHUB_STEP_SUMMARY; do [ -f "${!f}" ] && [ ! -s "${!f}" ] && echo "$f=fresh"; done',
].join('\n');

describe('Runner.Worker', () => {
  it('is the parent of every step of a job, one process per job, running as the runner user', async () => {
    const runner = newRunner();
    expect(runner.workerPid()).toBeUndefined();
    const first = fields((await runner.step(PROBE)).stdout);
    const second = fields((await runner.step(PROBE)).stdout);
    expect(first.parent).toBe('Runner.Worker');
    expect(first.ppid).toBe(String(runner.workerPid()));
    expect(second.ppid).toBe(first.ppid);
    expect(first.uid).toBe(String(uid));
    expect(fs.readFileSync(`/proc/${first.ppid}/status`, 'utf8')).toMatch(new RegExp(`^Uid:\\s+${uid}\\s`, 'm'));
    const file = path.join(runner.base, 'Runner.Worker');
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toBe(`#!${process.execPath}`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o755);
  });

  it('passes several MB of stdout and stderr back whole', async () => {
    const runner = newRunner();
    const step = await runner.step("head -c 6000000 /dev/zero | tr '\\0' o; head -c 3000000 /dev/zero | tr '\\0' e >&2; exit 7");
    expect(step.exitCode).toBe(7);
    expect(step.stdout).toHaveLength(6000000);
    expect(step.stderr).toHaveLength(3000000);
    expect(step.stdout.replace(/o/g, '')).toBe('');
  });

  it('reports a command it cannot start, and runs the next one', async () => {
    const runner = newRunner();
    const path_ = runner.env.PATH;
    runner.env.PATH = '/nonexistent';
    await expect(runner.step('true')).rejects.toThrow(/ENOENT/);
    runner.env.PATH = path_;
    expect((await runner.step('echo ok')).stdout).toBe('ok\n');
  });

  it('keeps the process that drives it alive while a step runs, and not once idle; then exits too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-idle-'));
    leftovers.push(dir);
    const script = path.join(dir, 'idle.mjs');
    const contents = [
      `import { LocalRunner } from ${JSON.stringify(path.join(repoRoot, 'harness', 'local-runner.ts'))};`,
      `const runner = LocalRunner.create({ actionDir: ${JSON.stringify(repoRoot)}, base: ${JSON.stringify(path.join(dir, 'runner'))} });`,
      "const step = await runner.step('sleep 0.5; echo done');",
      'console.log(step.stdout.trim(), runner.workerPid());',
    ].join('\n');
    const banner = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
    esbuild.buildSync({
      stdin: { contents, resolveDir: dir, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      banner: { js: banner },
    });
    fs.mkdirSync(path.join(dir, 'runner'));
    // Hangs (and times out) if the idle worker holds the process; prints nothing if a running step does not.
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8', timeout: 15000 });
    const [, pid] = /^done (\d+)\n$/.exec(out) ?? [];
    expect(pid).toBeDefined();
    await waitUntilGone(Number(pid));
    expect(isRunning(Number(pid))).toBe(false);
  }, 30000);

  it('exits by itself when its channel closes', async () => {
    const worker = new RunnerWorker({ dir: newRunner().base, runAs, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, cwd: '/' });
    const pid = await worker.start();
    expect(isRunning(pid)).toBe(true);
    await worker.stop(60000); // SIGKILL only after 60 s, beyond this test's timeout
    expect(isRunning(pid)).toBe(false);
  }, 20000);
});

describe('job hooks', () => {
  it('run under Runner.Worker with the runner environment; the started hook exports to steps, not to the completed hook', async () => {
    const hooks = hookScripts({
      started: [
        PROBE,
        'echo FROM_STARTED=yes >> "$GITHUB_ENV"',
        'echo /opt/from-started-hook >> "$GITHUB_PATH"',
        'echo S=1 >> "$GITHUB_STATE"; echo O=1 >> "$GITHUB_OUTPUT"',
        'echo "## started hook" >> "$GITHUB_STEP_SUMMARY"',
        'echo "::warning::from the started hook"',
      ].join('\n'),
      completed: `${PROBE}\necho "## completed hook" >> "$GITHUB_STEP_SUMMARY"\n`,
    });
    const runner = newRunner({ hooks, env: { JOB_LEVEL: 'job' }, runnerEnv: { FROM_DOTENV: 'dotenv' } });
    const started = await runner.startJob();
    expect(started?.name).toBe('job-started');
    expect(started?.exitCode).toBe(0);
    expect(started?.outputs).toEqual({});
    expect(started?.annotations).toEqual([{ level: 'warning', message: 'from the started hook', properties: {} }]);
    const common = {
      cwd: runner.workspace,
      parent: 'Runner.Worker',
      ppid: String(runner.workerPid()),
      uid: String(uid),
      track: runner.trackingId,
      dotenv: 'dotenv',
      gh_job: 'build',
      run: runner.env.GITHUB_RUN_ID,
      temp: runner.runnerTemp,
      ws: runner.workspace,
      home: runner.home,
      ci: 'true',
      os: 'Linux',
    };
    const files = { GITHUB_ENV: 'fresh', GITHUB_PATH: 'fresh', GITHUB_OUTPUT: 'fresh', GITHUB_STATE: 'fresh', GITHUB_STEP_SUMMARY: 'fresh' };
    expect(fields(started!.stdout)).toEqual({ ...common, ...files, job_env: 'unset', step_env: 'unset', started_env: 'unset' });
    expect(runner.trackingId).toMatch(/^github_[0-9a-f-]{36}$/);

    const step = await runner.step(`${PROBE}\necho FROM_STEP=step >> "$GITHUB_ENV"\necho "path=$PATH"`);
    expect(fields(step.stdout)).toMatchObject({ ...common, job_env: 'job', step_env: 'unset', started_env: 'yes' });
    expect(fields(step.stdout).path.split(':')[0]).toBe('/opt/from-started-hook');
    expect(runner.getState('S')).toBeUndefined();

    const completed = await runner.completeJob();
    expect(completed?.name).toBe('job-completed');
    expect(completed?.exitCode).toBe(0);
    expect(fields(completed!.stdout)).toEqual({ ...common, ...files, job_env: 'unset', step_env: 'unset', started_env: 'unset' });
    expect(runner.summary).toMatch(/## started hook\n[^]*## completed hook\n$/);
  });

  it('run with bash -e and no pipefail; a failing started hook skips the steps, and the completed hook still runs', async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-marker-')), 'completed');
    leftovers.push(path.dirname(marker));
    fs.chmodSync(path.dirname(marker), 0o777);
    const hooks = hookScripts({ started: 'false | true\necho piped\nfalse\necho after-false\n', completed: `touch ${marker}\n` });
    const runner = newRunner({ hooks });
    await expect(runner.step('true')).rejects.toThrow(/call startJob\(\) before the steps/);
    const started = await runner.startJob();
    expect(started?.exitCode).toBe(1);
    expect(started?.stdout).toBe('piped\n');
    await expect(runner.step('true')).rejects.toThrow(/job-started hook failed/);
    await expect(runner.main()).rejects.toThrow(/job-started hook failed/);
    expect((await runner.completeJob())?.exitCode).toBe(0);
    expect(fs.existsSync(marker)).toBe(true);
  });

  it('a hook exiting non-zero gives that exit code', async () => {
    const runner = newRunner({ hooks: hookScripts({ completed: 'exit 5\n' }) });
    expect(await runner.startJob()).toBeUndefined();
    expect((await runner.completeJob())?.exitCode).toBe(5);
  });
});

describe('Complete job', () => {
  it('empties RUNNER_TEMP at set-up and at the end, and kills what the job left running after the completed hook', async () => {
    const hooks = hookScripts({ completed: 'kill -0 "$(cat "$(dirname "$0")/sleeper.pid")" && echo still-running\n' });
    const runner = newRunner({ hooks });
    fs.writeFileSync(path.join(runner.runnerTemp, 'from-an-earlier-job'), 'x');
    await runner.startJob();
    expect(fs.readdirSync(runner.runnerTemp)).toEqual([]);
    const sleeper = await leaveSleeper(runner);
    fs.writeFileSync(path.join(path.dirname(hooks.completed!), 'sleeper.pid'), String(sleeper));
    expect(fs.readFileSync(`/proc/${sleeper}/environ`, 'utf8').split('\0')).toContain(`RUNNER_TRACKING_ID=${runner.trackingId}`);
    expect((await runner.step('mkdir -p "$RUNNER_TEMP/d/e" && echo x > "$RUNNER_TEMP/d/e/f" && echo y > "$RUNNER_TEMP/g"')).exitCode).toBe(0);
    const worker = runner.workerPid() as number;
    await sleep(200);
    expect(isRunning(sleeper)).toBe(true);

    const completed = await runner.completeJob();
    expect(completed?.stdout).toBe('still-running\n');
    expect(isRunning(sleeper)).toBe(false);
    await waitUntilGone(worker);
    expect(isRunning(worker)).toBe(false);
    expect(fs.readdirSync(runner.runnerTemp)).toEqual([]);
    expect(fs.statSync(runner.runnerTemp).isDirectory()).toBe(true);
    await expect(runner.step('true')).rejects.toThrow(/job is complete/);
  });

  it('leaves processes that dropped the tracking id, and those of other jobs', async () => {
    const runner = newRunner();
    const other = newRunner();
    const ours = await leaveSleeper(runner);
    const theirs = await leaveSleeper(other);
    runner.env.RUNNER_TRACKING_ID = '';
    const escaped = await leaveSleeper(runner);
    await runner.completeJob();
    expect(isRunning(ours)).toBe(false);
    expect(isRunning(theirs)).toBe(true);
    expect(isRunning(escaped)).toBe(true);
  });
});

describe('a killed runner', () => {
  it("takes its worker down, leaves the job's processes and RUNNER_TEMP, runs no hook; the next job starts afresh", async () => {
    const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-marker-')), 'completed');
    leftovers.push(path.dirname(marker));
    fs.chmodSync(path.dirname(marker), 0o777);
    const runner = newRunner({ hooks: { completed: hookScripts({ completed: `touch ${marker}\n` }).completed } });
    const exported = await runner.step('echo FROM_STEP=1 >> "$GITHUB_ENV"; echo x > "$RUNNER_TEMP/left"; echo "## first" >> "$GITHUB_STEP_SUMMARY"');
    expect(exported.exitCode).toBe(0);
    const sleeper = await leaveSleeper(runner);
    const worker = runner.workerPid() as number;
    const firstTrackingId = runner.trackingId;
    const firstRunId = runner.env.GITHUB_RUN_ID;
    expect(() => runner.newJob()).toThrow(/still running/);

    runner.killRunner();
    await waitUntilGone(worker);
    expect(isRunning(worker)).toBe(false);
    await sleep(200);
    expect(isRunning(sleeper)).toBe(true);
    expect(fs.readdirSync(runner.runnerTemp)).toEqual(['left']);
    expect(fs.existsSync(marker)).toBe(false);
    await expect(runner.step('true')).rejects.toThrow(/runner was killed/);
    await expect(runner.completeJob()).rejects.toThrow(/killed/);

    runner.newJob();
    expect(runner.trackingId).not.toBe(firstTrackingId);
    expect(runner.env.GITHUB_RUN_ID).not.toBe(firstRunId);
    expect(runner.env.FROM_STEP).toBeUndefined();
    expect(runner.summary).toBe('');
    const probe = fields((await runner.step(PROBE)).stdout);
    expect(probe).toMatchObject({ parent: 'Runner.Worker', track: runner.trackingId, step_env: 'unset' });
    expect(Number(probe.ppid)).not.toBe(worker);
    expect(fs.existsSync(marker)).toBe(false);
    await runner.completeJob();
    expect(fs.existsSync(marker)).toBe(true);
    // Complete job kills only this job's processes: the dead runner's sleeper is another job's.
    expect(isRunning(sleeper)).toBe(true);
  });
});
