// The job's `Runner.Worker` process, as on the real runner: one per job, and the parent of every step
// and job hook. The action finds "its job" as the nearest ancestor whose /proc/<pid>/comm reads
// Runner.Worker, so the worker is a script file of that name run by node through its shebang (the
// kernel names the process after the file). The test process sends it commands over IPC.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';

export interface RunAs {
  uid: number;
  gid: number;
}

export interface WorkerRequest {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}

export interface WorkerReply {
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

type Message = ({ id: number } & WorkerReply) | { id: number; error: string };

// CommonJS: the file has no .js name and no package.json near it. It exits when its IPC channel
// closes (the test process is gone); a step it started then runs on, as under a dead runner.
const WORKER_SOURCE = `'use strict';
const { spawn } = require('node:child_process');
process.on('disconnect', () => process.exit(0));
process.on('message', ({ id, command, args, env, cwd }) => {
  let settled = false;
  const reply = (message) => {
    if (settled) return;
    settled = true;
    process.send({ id, ...message });
  };
  let child;
  try {
    child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    reply({ error: String(err && err.message ? err.message : err) });
    return;
  }
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  child.on('error', (err) => reply({ error: err.message }));
  child.on('close', (code, signal) => reply({ exitCode: code ?? (signal ? 128 : 1), signal, stdout, stderr }));
});
`;

export const WORKER_FILE_NAME = 'Runner.Worker';

/**
 * Writes `dir/Runner.Worker` (mode 0755, run by this process's node) unless it is already there.
 * Runners may share `dir`, so a changed file is replaced by a rename, never rewritten in place.
 */
export function writeWorkerScript(dir: string): string {
  const file = path.join(dir, WORKER_FILE_NAME);
  const text = `#!${process.execPath}\n${WORKER_SOURCE}`;
  let current: string | undefined;
  try {
    current = fs.readFileSync(file, 'utf8');
  } catch {
    // not written yet
  }
  if (current !== text) {
    const tmp = `${file}.${randomUUID()}`;
    fs.writeFileSync(tmp, text);
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, file);
  } else {
    fs.chmodSync(file, 0o755);
  }
  return file;
}

/** The worker of one job: started on first use, as `runAs` (else as this process's user). */
export class RunnerWorker {
  private child?: ChildProcess;
  private starting?: Promise<ChildProcess>;
  private readonly pending = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (err: Error) => void }>();
  private nextId = 1;
  private killed = false;
  private exited = false;
  private exit?: Promise<void>;
  private diagnostics = '';

  /** `dir` gets the Runner.Worker file; `env` is the worker's own environment (steps get theirs per request). */
  constructor(private readonly opts: { dir: string; runAs?: RunAs; env: Record<string, string>; cwd: string }) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** True from start until the worker exits. */
  get alive(): boolean {
    return this.child !== undefined && !this.exited;
  }

  /** Starts the worker unless it runs; resolves to its pid. */
  async start(): Promise<number> {
    this.starting ??= this.spawn();
    return (await this.starting).pid as number;
  }

  private async spawn(): Promise<ChildProcess> {
    if (this.killed) throw new Error(`harness: ${WORKER_FILE_NAME} was killed`);
    const file = writeWorkerScript(this.opts.dir);
    const { runAs, env, cwd } = this.opts;
    const child = spawn(file, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], uid: runAs?.uid, gid: runAs?.gid, env, cwd });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (err) => reject(new Error(`harness: cannot start ${file}: ${err.message}`)));
    });
    this.child = child;
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (this.diagnostics += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (this.diagnostics += d));
    child.on('message', (message: Message) => this.settle(message));
    child.on('error', (err) => (this.diagnostics += `${err.message}\n`));
    this.exit = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exited = true;
        const err = new Error(`harness: ${WORKER_FILE_NAME} (pid ${child.pid}) exited (${signal ?? `code ${code}`}) during a step\n${this.diagnostics}`);
        for (const { reject } of this.pending.values()) reject(err);
        this.pending.clear();
        resolve();
      });
    });
    this.keepAlive(false);
    if (this.killed) child.kill('SIGKILL'); // killed while starting
    return child;
  }

  /** Runs one command as a child of the worker; rejects when it cannot be started or the worker dies. */
  async run(request: WorkerRequest): Promise<WorkerReply> {
    await this.start();
    const child = this.child as ChildProcess;
    if (this.exited || !child.connected) throw new Error(`harness: ${WORKER_FILE_NAME} (pid ${child.pid}) is gone`);
    const id = this.nextId++;
    const reply = new Promise<WorkerReply>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    if (this.pending.size === 1) this.keepAlive(true);
    child.send({ id, ...request }, (err) => {
      if (err) this.settle({ id, error: `harness: cannot send to ${WORKER_FILE_NAME}: ${err.message}` });
    });
    return reply;
  }

  private settle(message: Message) {
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    if (this.pending.size === 0) this.keepAlive(false);
    if ('error' in message) waiter.reject(new Error(message.error));
    else waiter.resolve({ exitCode: message.exitCode, signal: message.signal, stdout: message.stdout, stderr: message.stderr });
  }

  /** An idle worker must not keep the test process alive; one running a step must. */
  private keepAlive(on: boolean) {
    const child = this.child as ChildProcess;
    for (const handle of [child, child.channel, child.stdout as Socket | null, child.stderr as Socket | null]) {
      if (on) handle?.ref();
      else handle?.unref();
    }
  }

  /** SIGKILL, as when the runner dies (now, or once it has started): the worker's children live on. */
  kill() {
    this.killed = true;
    if (this.child && !this.exited) this.child.kill('SIGKILL');
  }

  /** Closes the channel so the worker exits by itself; SIGKILL if it has not after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.child || this.exited) return;
    this.keepAlive(true);
    if (this.child.connected) this.child.disconnect();
    const timer = setTimeout(() => this.kill(), graceMs);
    await this.exit;
    clearTimeout(timer);
  }
}
