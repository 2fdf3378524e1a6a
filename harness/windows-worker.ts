// The job's Runner.Worker.exe in Windows mode (harness/windows/worker): started under wine once
// per job, the parent of every Windows step, as on a real Windows runner — where the action finds
// its job as its own parent process. Requests and replies are JSON lines over its stdin/stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { wineEnv, type WindowsHost } from './windows-host.js';
import type { WorkerReply } from './runner-worker.js';

export interface WindowsStepRequest {
  /** A Windows path, or a name looked up on the step's own PATH. */
  program: string;
  args: string[];
  /** The step's whole environment, with Windows paths. */
  env: Record<string, string>;
  /** Windows path of the step's working folder. */
  dir: string;
  /** Leave it running, its output into this Windows path; the reply comes at once. */
  background?: string;
}

interface Reply {
  id: number;
  pid?: number;
  exitCode: number;
  stdout: string;
  stderr: string;
  error?: string;
}

export class WindowsWorker {
  private child?: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private diagnostics = '';
  private exit?: Promise<void>;

  /** `hostEnv`: what wine itself needs (PATH, HOME); the steps never see it. */
  constructor(private readonly opts: { host: WindowsHost; hostEnv: Record<string, string>; cwd: string }) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const { host, hostEnv, cwd } = this.opts;
    const child = spawn(host.wine, [host.worker], { env: { ...hostEnv, ...wineEnv(host) }, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (this.diagnostics += d));
    readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      let reply: Reply;
      try {
        reply = JSON.parse(line) as Reply;
      } catch {
        this.diagnostics += `${line}\n`; // not a reply: wine or Go chatter
        return;
      }
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.error) waiter.reject(new Error(`harness: Runner.Worker.exe: ${reply.error}`));
      else waiter.resolve(reply);
    });
    this.exit = new Promise((resolve) =>
      // 'exit', not 'close': wine hands our pipes on to the programs it starts.
      child.on('exit', (code, signal) => {
        const err = new Error(`harness: Runner.Worker.exe exited (${signal ?? `code ${code}`}) during a step\n${this.diagnostics}`);
        for (const { reject } of this.pending.values()) reject(err);
        this.pending.clear();
        resolve();
      }),
    );
    this.keepAlive(false);
    return child;
  }

  async run(request: WindowsStepRequest): Promise<WorkerReply & { pid?: number }> {
    const child = this.start();
    const id = this.nextId++;
    const env = Object.entries(request.env).map(([k, v]) => `${k}=${v}`);
    const reply = new Promise<Reply>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.keepAlive(true);
    child.stdin?.write(`${JSON.stringify({ id, ...request, env })}\n`);
    try {
      const r = await reply;
      return { exitCode: r.exitCode, signal: null, stdout: r.stdout, stderr: r.stderr, pid: r.pid };
    } finally {
      if (this.pending.size === 0) this.keepAlive(false);
    }
  }

  /** An idle worker must not keep the test process alive. */
  private keepAlive(on: boolean) {
    for (const handle of [this.child, this.child?.stdin, this.child?.stdout, this.child?.stderr]) {
      const h = handle as { ref?: () => void; unref?: () => void } | undefined;
      if (on) h?.ref?.();
      else h?.unref?.();
    }
  }

  /** "Complete job": its stdin closes; it ends the steps it left running, and exits. */
  async stop(): Promise<void> {
    if (!this.child) return;
    this.child.stdin?.end();
    const timer = setTimeout(() => this.kill(), 5000);
    await this.exit;
    clearTimeout(timer);
  }

  /** As when the runner dies: SIGKILL; the steps it left running run on. */
  kill() {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** Without waiting: its stdin closes, so it ends the steps it left running and exits. */
  close() {
    this.child?.stdin?.end();
  }
}
