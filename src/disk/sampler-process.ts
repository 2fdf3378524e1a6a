// The sampler: a small detached process main starts and post stops. Every interval it records the
// free space of the watched filesystems; the sizes of the job folder's subfolders are measured as
// often as a budget of wall time allows (du over a big GOCACHE is not free). It never throws, needs
// no new disk space (see sample-file.ts), and stops by itself when the job folder or the runner is gone.
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../lib/errors.js';
import { checkJobDir } from '../lib/job-dir.js';
import { platformRules } from '../lib/platform.js';
import { cpuMsWithChildren } from '../lib/proc.js';
import { folderSizes } from './folder-sizes.js';
import { SLOT_COUNT, SLOT_SIZE, blankSlot, encodeSlot, type SampleRecord, type SamplerConfig } from './sample-file.js';

export class Sampler {
  private fd: number;
  private kept: SampleRecord[] = [];
  private stride = 1;
  private tick = 0;
  private lows: (number | null)[];
  private lowTimes: (number | null)[];
  private sizes?: Record<string, number>;
  // Null-prototype objects: a job folder named `constructor` or `__proto__` is an ordinary key.
  private peaks: Record<string, number> = Object.create(null) as Record<string, number>;
  private writeErrors = 0;
  private scans = 0;
  private lastError?: string;
  private nextScanAt = 0;
  private scanning?: AbortController;
  private timer?: NodeJS.Timeout;
  private watcher?: fs.FSWatcher;
  private done = false;
  private readonly started = Date.now();
  private readonly rules = platformRules();

  constructor(private readonly config: SamplerConfig) {
    this.fd = fs.openSync(config.samplesFile, 'r+');
    this.lows = config.watch.map(() => null);
    this.lowTimes = config.watch.map(() => null);
  }

  start() {
    const stop = () => this.finish('stopped by post');
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, stop);
    process.on('uncaughtException', (err) => {
      this.lastError = errorMessage(err);
      this.finish('stopped by an error');
    });
    try {
      // React to post's stop file at once; the tick checks for it too where watching is not possible.
      this.watcher = fs.watch(path.dirname(this.config.stopFile), (_event, name) => {
        if (name === path.basename(this.config.stopFile)) stop();
      });
      this.watcher.on('error', () => this.watcher?.close());
    } catch {
      // polled by the tick instead
    }
    this.sample();
    this.timer = setInterval(() => this.sample(), this.config.intervalMs);
  }

  /** Why the sampler should stop now, if it should. */
  private reasonToStop(): string | undefined {
    const c = this.config;
    if (fs.existsSync(c.stopFile)) return 'stopped by post';
    const problem = checkJobDir(c.jobDir, { token: c.token }, this.rules)[0];
    if (problem) return ['gone', 'unreadable', 'no-marker'].includes(problem.kind) ? 'job folder gone' : 'job folder replaced';
    if (c.parentPid > 1) {
      try {
        process.kill(c.parentPid, 0);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ESRCH') return 'runner gone';
      }
    }
    if (Date.now() - this.started > c.maxLifetimeMs) return 'lifetime limit reached';
    return undefined;
  }

  private sample() {
    if (this.done) return;
    try {
      const reason = this.reasonToStop();
      if (reason) return this.finish(reason);
      const free = this.measureFree();
      this.maybeScanSizes();
      if (this.tick % this.stride === 0) this.record(undefined, free);
      this.tick++;
    } catch (err) {
      this.lastError = errorMessage(err);
    }
  }

  private measureFree(): (number | null)[] {
    const now = Date.now();
    return this.config.watch.map((p, i) => {
      try {
        const s = fs.statfsSync(p);
        const free = s.bavail * s.bsize;
        if (this.lows[i] === null || free < (this.lows[i] as number)) {
          this.lows[i] = free;
          this.lowTimes[i] = now;
        }
        return free;
      } catch (err) {
        this.lastError = errorMessage(err);
        return null;
      }
    });
  }

  private maybeScanSizes() {
    if (this.scanning || Date.now() < this.nextScanAt) return;
    const controller = new AbortController();
    this.scanning = controller;
    const began = Date.now();
    const cpuBefore = cpuMsWithChildren();
    void folderSizes(this.config.jobDir, { deadline: began + 60_000, signal: controller.signal })
      .then((result) => {
        this.scanning = undefined;
        if (this.done) return;
        this.scans++;
        // Scans may cost at most `scanBudget` of one core: a du taking 150 ms of CPU starts 30 s after
        // the last one began. The slack lets a tick a few ms early still scan. CPU time where Linux tells it;
        // elsewhere the scan's wall time stands in, which overstates the cost on a busy machine.
        const cpuAfter = cpuMsWithChildren();
        const cost = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : Date.now() - began;
        const { intervalMs, scanBudget } = this.config;
        this.nextScanAt = began + Math.max(intervalMs, cost / scanBudget) - intervalMs / 10;
        const sizes = Object.create(null) as Record<string, number>;
        for (const child of result.children) sizes[path.basename(child.path)] = child.bytes;
        this.sizes = sizes;
        for (const [name, bytes] of Object.entries(sizes)) this.peaks[name] = Math.max(this.peaks[name] ?? 0, bytes);
        if (result.problem) this.lastError = `size scan: ${result.problem}`;
      })
      .catch((err: unknown) => {
        this.scanning = undefined;
        this.lastError = `size scan: ${errorMessage(err)}`;
        this.nextScanAt = Date.now() + this.config.intervalMs;
      });
  }

  private current(free: (number | null)[], end?: string): SampleRecord {
    return {
      q: this.tick,
      t: Date.now(),
      f: free,
      lo: [...this.lows],
      lt: [...this.lowTimes],
      d: this.sizes,
      pk: Object.assign(Object.create(null) as Record<string, number>, this.peaks),
      we: this.writeErrors,
      sc: this.scans,
      ...(this.lastError ? { err: this.lastError } : {}),
      ...(end ? { end } : {}),
    };
  }

  private record(end?: string, free = this.measureFree()) {
    const record = this.current(free, end);
    try {
      if (this.kept.length >= SLOT_COUNT) this.thin();
      fs.writeSync(this.fd, encodeSlot(record), 0, SLOT_SIZE, this.kept.length * SLOT_SIZE);
      this.kept.push(record);
    } catch (err) {
      // ENOSPC where overwriting needs new blocks (copy-on-write filesystems): keep sampling, try again.
      this.writeErrors++;
      this.lastError = `write: ${errorMessage(err)}`;
    }
  }

  /** Keeps every other sample in the first half of the slots and records half as often from now on. */
  private thin() {
    this.kept = this.kept.filter((_, i) => i % 2 === 0);
    this.stride *= 2;
    for (let slot = 0; slot < SLOT_COUNT; slot++) {
      const record = this.kept[slot];
      fs.writeSync(this.fd, record ? encodeSlot(record) : blankSlot(), 0, SLOT_SIZE, slot * SLOT_SIZE);
    }
  }

  finish(reason: string) {
    if (this.done) return;
    this.done = true;
    clearInterval(this.timer);
    this.watcher?.close();
    this.scanning?.abort();
    try {
      this.record(reason);
    } catch {
      // nothing more can be done; post reports what the file holds
    }
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    process.exit(0);
  }
}

export function runSampler(configPath: string | undefined): void {
  try {
    if (!configPath) throw new Error('usage: sampler.js CONFIG');
    const config = JSON.parse(fs.readFileSync(configPath, 'utf8')) as SamplerConfig;
    new Sampler(config).start();
  } catch (err) {
    // Main starts it with its output ignored, so post learns of this from a file without records;
    // the message and the exit status are for anyone who runs it by hand.
    process.stderr.write(`go-ci-guard sampler: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  }
}
