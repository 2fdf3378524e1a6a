// Pure: everything post learned about the disk, in one report for the job summary and the JSON file.
import type { Consumer } from './consumers.js';
import { heldFilesToReport, type HeldGroup, type HeldScan } from './held-deleted.js';
import { findLeaks, type Leak } from './leaks.js';
import type { DiskState } from './measure-main.js';
import type { SampleRecord } from './sample-file.js';
import type { StopOutcome } from './sampler-control.js';
import type { SizeEntry } from './folder-sizes.js';

export interface SeriesPoint {
  /** Milliseconds since main started. */
  t: number;
  free: number;
}

export interface FilesystemReport {
  mount: string;
  roles: string[];
  total: number;
  before: number;
  lowest: number;
  /** When it was lowest, in milliseconds since main started (0: before the job); absent when unknown. */
  lowestAt?: number;
  after?: number;
  series: SeriesPoint[];
}

export interface Grower {
  folder: string;
  peak: number;
  last: number;
}

export interface DiskReport {
  filesystems: FilesystemReport[];
  verdicts: DiskState['verdicts'];
  consumers?: Consumer[];
  rootChoice?: DiskState['rootChoice'];
  growers: Grower[];
  leaks: Leak[];
  xdgRedirected: boolean;
  held: HeldGroup[];
  heldDenied: number;
  heldUnavailable?: string;
  sampler: {
    intervalMs?: number;
    records: number;
    /** How post stopped it; why it stopped, from its last record. */
    how?: StopOutcome['how'];
    end?: string;
    writeErrors: number;
    sizeScans: number;
    lastError?: string;
  };
  problems: string[];
}

export interface PostFacts {
  startedAt: number;
  jobDir: string;
  records: SampleRecord[];
  /** The sampler's interval; undefined when none ran. */
  intervalMs?: number;
  stop?: StopOutcome;
  /** Free bytes after cleanup, per watched filesystem (undefined where unreadable). */
  after: (number | undefined)[];
  afterAt: number;
  cacheAfter: SizeEntry[];
  held: HeldScan;
  problems: string[];
  path: { basename: (p: string) => string; dirname: (p: string) => string; sep: string };
}

export function buildDiskReport(disk: DiskState, facts: PostFacts): DiskReport {
  const last = facts.records.at(-1);
  const filesystems = disk.filesystems.map((fs, i): FilesystemReport => {
    const series: SeriesPoint[] = [{ t: 0, free: fs.free }];
    for (const r of facts.records) {
      const free = r.f[i];
      if (typeof free === 'number') series.push({ t: Math.max(0, r.t - facts.startedAt), free });
    }
    const after = facts.after[i];
    if (after !== undefined) series.push({ t: Math.max(0, facts.afterAt - facts.startedAt), free: after });
    // The sampler's running minimum saw every tick, also those thinning dropped from the file.
    const sampledLow = last?.lo[i];
    let lowest = Math.min(...series.map((p) => p.free));
    let lowestAt: number | undefined = series.find((p) => p.free === lowest)?.t;
    if (typeof sampledLow === 'number' && sampledLow < lowest) {
      lowest = sampledLow;
      lowestAt = typeof last?.lt[i] === 'number' ? Math.max(0, (last.lt[i] as number) - facts.startedAt) : undefined;
    }
    return { mount: fs.mount, roles: fs.roles, total: fs.total, before: fs.free, lowest, lowestAt, after, series };
  });
  const peaks = last?.pk ?? {};
  const growers = Object.entries(peaks)
    .map(([folder, peak]) => ({ folder, peak, last: last?.d?.[folder] ?? 0 }))
    .filter((g) => g.peak > 0)
    .sort((a, b) => b.peak - a.peak);
  return {
    filesystems,
    verdicts: disk.verdicts,
    consumers: disk.consumers,
    rootChoice: disk.rootChoice,
    growers,
    leaks: findLeaks(disk.cacheBefore, facts.cacheAfter, facts.path, disk.cacheCut),
    xdgRedirected: disk.xdgRedirected,
    held: heldFilesToReport(
      facts.held.files,
      disk.filesystems.map((f) => f.dev),
      facts.jobDir,
      undefined,
      facts.path.sep,
    ),
    heldDenied: facts.held.denied,
    heldUnavailable: facts.held.unavailable,
    sampler: {
      intervalMs: facts.intervalMs,
      records: facts.records.length,
      how: facts.stop?.how,
      end: last?.end,
      writeErrors: last?.we ?? 0,
      sizeScans: last?.sc ?? 0,
      lastError: last?.err,
    },
    problems: [...disk.problems, ...facts.problems],
  };
}
