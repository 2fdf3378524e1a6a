// Runs folder units (empty-dir.ts) for the coordinator (remove.ts): inline until the tree proves big,
// then on the main thread and a worker thread side by side, or not at all (handed to the child).
//
// One worker, not two: the main thread takes units too. Each worker is a V8 instance of its own,
// 12 to 25 MiB on Node 24, and post must stay within 80 MiB. The worker is kept two units ahead so
// it never waits while the main thread is busy with a unit of its own.
import type { Worker } from 'node:worker_threads';
import { nowMs } from '../lib/clock.js';
import { emptyDir, type DirOutcome, type Unit } from './empty-dir.js';
import { chooseEngine, INLINE_LIMIT, type Engine } from './engine.js';
import type { AccessOptions } from './folder-access.js';

/** What a worker thread needs to rebuild the options (workerData must be cloneable). */
export interface WorkerSetup extends Omit<AccessOptions, 'rules' | 'mountPoints'> {
  platform: NodeJS.Platform;
  mountPoints: string[];
}

export const HANDOFF = { kind: 'handoff' } as const;
export type RunOutcome = DirOutcome | typeof HANDOFF;
type Job = { unit: Unit; resolve: (o: DirOutcome) => void; reject: (e: unknown) => void };

const AHEAD = 2;

export class UnitRunner {
  engine: Engine = 'inline';
  private chosen = false;
  private seen = 0;
  private readonly startedAt = nowMs();
  private readonly cpuAtStart = process.cpuUsage();
  private started = 0;
  /** Units sent to each live worker, oldest first (a worker answers in order). */
  private readonly sent = new Map<Worker, Job[]>();
  private queue: Job[] = [];
  private mainTurnScheduled = false;

  constructor(
    private readonly opts: AccessOptions,
    private readonly workers: number,
    private readonly script: URL | undefined,
    private readonly canHandOff: boolean,
    private readonly forced?: Engine,
  ) {}

  get threadsStarted(): number {
    return this.started;
  }

  run(unit: Unit): Promise<RunOutcome> {
    if (!this.chosen && this.seen >= INLINE_LIMIT) this.choose();
    if (this.engine === 'lanes') return Promise.resolve(HANDOFF);
    // Inline while small, and if every worker has died.
    if (this.sent.size === 0) {
      const outcome = emptyDir(unit, this.opts);
      this.seen += outcome.files + outcome.subdirs.length;
      return Promise.resolve(outcome);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ unit, resolve, reject });
      this.pump();
    });
  }

  private choose() {
    this.chosen = true;
    const cpu = process.cpuUsage(this.cpuAtStart);
    this.engine = chooseEngine({
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: nowMs() - this.startedAt,
      canHandOff: this.canHandOff,
      canThread: this.script !== undefined && this.workers >= 1,
      forced: this.forced,
    });
    if (this.engine === 'threads') this.start();
  }

  private start() {
    // Loaded here, not at start-up: most jobs' trees never need a thread.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const { rules, mountPoints, ...rest } = this.opts;
    const setup: WorkerSetup = { ...rest, platform: rules.os, mountPoints: [...mountPoints] };
    for (let i = 0; i < this.workers; i++) {
      // The heap cap bounds post's memory. trackUnmanagedFds off: a worker opens descriptors the main
      // thread closes (and may reuse), so a worker exiting must never close what it once opened.
      let worker: Worker;
      try {
        worker = new Worker(this.script!, {
          workerData: setup,
          trackUnmanagedFds: false,
          resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 256 },
        });
      } catch {
        return; // no thread to be had: the main thread does it all
      }
      this.started++;
      this.sent.set(worker, []);
      worker.on('message', (outcome: DirOutcome) => {
        this.sent.get(worker)?.shift()?.resolve(outcome);
        this.pump();
      });
      // A dead worker's folders go back in the queue, for the other workers or the main thread; only
      // the one it was on fails (it may be what killed it, e.g. a folder too big for its memory cap).
      const die = (err: unknown) => {
        const held = this.sent.get(worker);
        if (!held) return;
        this.sent.delete(worker);
        held.shift()?.reject(err);
        this.queue.push(...held);
        this.pump();
      };
      worker.on('error', die);
      worker.on('exit', (code) => die(new Error(`removal worker exited with code ${code}`)));
    }
  }

  /** Keeps every worker `AHEAD` units busy (last in, first out: folders finish, and close, early); the main thread takes the rest. */
  private pump() {
    for (const [worker, held] of this.sent) {
      while (held.length < AHEAD && this.queue.length) {
        const job = this.queue.pop()!;
        held.push(job);
        worker.postMessage(job.unit);
      }
    }
    if (this.queue.length && !this.mainTurnScheduled) {
      this.mainTurnScheduled = true;
      // After pending messages, so a worker's answer is never held up behind a run of main-thread units.
      setImmediate(() => this.mainTurn());
    }
  }

  private mainTurn() {
    this.mainTurnScheduled = false;
    const job = this.queue.pop();
    if (job) {
      try {
        job.resolve(emptyDir(job.unit, this.opts));
      } catch (err) {
        job.reject(err);
      }
    }
    this.pump();
  }

  async close() {
    const workers = [...this.sent.keys()];
    this.sent.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
