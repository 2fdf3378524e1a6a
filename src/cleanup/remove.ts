// Removes folder trees fast and safely, and reports what it could not remove instead of throwing.
//
// The work unit is one folder (empty-dir.ts: delete its files, hand back its subfolders), done with
// synchronous calls. Small trees are done inline; once a tree proves big, a few worker threads take
// the units in parallel: with two cores that beats a single-threaded `rm -rf`, and on a disk that
// waits for I/O several removals in flight beat it by more. Folders are removed here, after their
// contents, and a folder that gained entries meanwhile (a process still writing) is scanned again.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { errorCode } from '../lib/errors.js';
import type { PlatformRules } from '../lib/platform.js';
import { emptyDir, isTransient, type DirOutcome, type EmptyDirOptions, type RemovalFailure } from './empty-dir.js';

export type { RemovalFailure } from './empty-dir.js';

/** Totals for one group of paths (one redirected folder). */
export interface GroupTotals {
  files: number;
  dirs: number;
  bytes: number;
  /** Milliseconds from the start of the removal until the group's last entry was done. */
  ms: number;
  /** Whether the group's top entries are gone. */
  removed: boolean;
}

export interface RemovalResult {
  groups: Map<string, GroupTotals>;
  failures: RemovalFailure[];
  /** Failures beyond those kept in `failures`. */
  moreFailures: number;
  skippedMounts: string[];
  /** Worker threads used (0: the tree was small enough to do inline). */
  workers: number;
}

export interface RemoverOptions {
  rules: PlatformRules;
  /** Device of the folder being emptied; a subfolder on another device is a mount and is left alone. */
  dev: number;
  /** Path keys of mount points below it (bind mounts share the device number). */
  mountPoints: ReadonlySet<string>;
  /** Attempts for a busy entry, and the first backoff delay (doubled each time). */
  attempts?: number;
  delayMs?: number;
  /** Worker threads once a tree is big; where the worker script is (dist/remove-worker.js). */
  workers?: number;
  workerScript?: URL;
  maxFailuresKept?: number;
}

/** What a worker thread needs to rebuild the options (workerData must be cloneable). */
export interface WorkerSetup extends Omit<EmptyDirOptions, 'rules' | 'mountPoints'> {
  platform: NodeJS.Platform;
  mountPoints: string[];
}

/** Entries seen before the work moves to worker threads: below it, starting threads costs more than it saves. */
const INLINE_LIMIT = 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Job = { path: string; resolve: (o: DirOutcome) => void; reject: (e: unknown) => void };

/** Runs folder units inline until the tree proves big, then on a pool of worker threads. */
class UnitRunner {
  private seen = 0;
  private started = 0;
  private idle: Worker[] = [];
  private readonly alive = new Set<Worker>();
  private readonly current = new Map<Worker, Job>();
  private queue: Job[] = [];

  constructor(
    private readonly opts: EmptyDirOptions,
    private readonly workers: number,
    private readonly script: URL | undefined,
  ) {}

  get threadsStarted(): number {
    return this.started;
  }

  run(path: string): Promise<DirOutcome> {
    const big = this.seen >= INLINE_LIMIT && this.script !== undefined && this.workers >= 2;
    if (big && this.started === 0) this.start();
    // Inline while small, and if every worker has died.
    if (this.alive.size === 0) {
      const outcome = emptyDir(path, this.opts);
      this.seen += outcome.files + outcome.subdirs.length;
      return Promise.resolve(outcome);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ path, resolve, reject });
      this.dispatch();
    });
  }

  private start() {
    const setup: WorkerSetup = {
      platform: this.opts.rules.os,
      dev: this.opts.dev,
      mountPoints: [...this.opts.mountPoints],
      attempts: this.opts.attempts,
      delayMs: this.opts.delayMs,
    };
    for (let i = 0; i < this.workers; i++) {
      // The heap cap bounds post's memory; a folder too big for it fails that folder only.
      const worker = new Worker(this.script!, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 256 } });
      this.started++;
      this.alive.add(worker);
      this.idle.push(worker);
      worker.on('message', (outcome: DirOutcome) => {
        const job = this.current.get(worker);
        this.current.delete(worker);
        this.idle.push(worker);
        job?.resolve(outcome);
        this.dispatch();
      });
      // A dead worker fails only the folder it held; the rest goes to the others, or inline.
      const die = (err: unknown) => {
        if (!this.alive.delete(worker)) return;
        this.idle = this.idle.filter((w) => w !== worker);
        const job = this.current.get(worker);
        this.current.delete(worker);
        job?.reject(err);
        if (this.alive.size === 0) this.drainInline();
        else this.dispatch();
      };
      worker.on('error', die);
      worker.on('exit', (code) => die(new Error(`removal worker exited with code ${code}`)));
    }
  }

  private drainInline() {
    for (const job of this.queue.splice(0)) {
      try {
        job.resolve(emptyDir(job.path, this.opts));
      } catch (err) {
        job.reject(err);
      }
    }
  }

  private dispatch() {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      // Last in, first out: depth first, so folders finish (and memory is freed) early.
      const job = this.queue.pop()!;
      this.current.set(worker, job);
      worker.postMessage(job.path);
    }
  }

  async close() {
    const workers = [...this.alive];
    this.alive.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Removes each of `tops` (entries directly inside a folder on device `dev`), tallying per group.
 * `groupOf` names the group a top entry belongs to.
 */
export async function removeEntries(tops: string[], groupOf: (top: string) => string, opts: RemoverOptions): Promise<RemovalResult> {
  const unitOpts: EmptyDirOptions = {
    rules: opts.rules,
    dev: opts.dev,
    mountPoints: opts.mountPoints,
    attempts: opts.attempts ?? 6,
    delayMs: opts.delayMs ?? 25,
  };
  const maxKept = opts.maxFailuresKept ?? 200;
  const runner = new UnitRunner(unitOpts, opts.workers ?? 2, opts.workerScript);
  const started = performance.now();
  const result: RemovalResult = { groups: new Map(), failures: [], moreFailures: 0, skippedMounts: [], workers: 0 };

  const fail = (f: RemovalFailure) => {
    if (result.failures.length < maxKept) result.failures.push(f);
    else result.moreFailures++;
  };

  /** Removes `path` and everything below it; true when it is gone. */
  async function removeTree(path: string, group: GroupTotals): Promise<boolean> {
    for (let rescans = 0; ; rescans++) {
      let outcome: DirOutcome;
      try {
        outcome = await runner.run(path);
      } catch (err) {
        fail({ path, code: errorCode(err), message: `could not empty this folder: ${(err as Error).message ?? String(err)}` });
        return false;
      }
      group.files += outcome.files;
      group.bytes += outcome.bytes;
      outcome.failures.forEach(fail);
      if (outcome.kind === 'gone') return true;
      if (outcome.kind === 'file') return outcome.failures.length === 0;
      if (outcome.kind === 'mount') {
        result.skippedMounts.push(path);
        return false;
      }
      if (outcome.kind === 'failed') return false;
      const children = await Promise.all(outcome.subdirs.map((dir) => removeTree(dir, group)));
      if (outcome.failures.length || children.includes(false)) return false;
      try {
        await rmdirWithRetry(path, unitOpts);
        group.dirs++;
        return true;
      } catch (err) {
        const code = errorCode(err);
        if (code === 'ENOENT') return true;
        if (code !== 'ENOTEMPTY' || rescans >= unitOpts.attempts) {
          fail({ path, code, message: (err as Error).message });
          return false;
        }
        // Something wrote new entries meanwhile (a process still running): wait, then scan again.
        await sleep(unitOpts.delayMs * 2 ** (rescans + 1));
      }
    }
  }

  try {
    await Promise.all(
      tops.map(async (top) => {
        const name = groupOf(top);
        if (!result.groups.has(name)) result.groups.set(name, { files: 0, dirs: 0, bytes: 0, ms: 0, removed: true });
        const group = result.groups.get(name)!;
        const removed = await removeTree(top, group);
        group.removed &&= removed;
        group.ms = performance.now() - started;
      }),
    );
  } finally {
    result.workers = runner.threadsStarted;
    await runner.close();
  }
  return result;
}

async function rmdirWithRetry(path: string, opts: EmptyDirOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fs.promises.rmdir(path);
    } catch (err) {
      if (!isTransient(errorCode(err), opts.rules) || attempt >= opts.attempts) throw err;
      await sleep(opts.delayMs * 2 ** (attempt - 1));
    }
  }
}
