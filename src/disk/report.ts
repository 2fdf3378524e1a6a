// Pure: everything post learned about the disk, in one report for the job summary and the JSON file.
import { formatBytes } from '../lib/format.js';
import { platformRules, type PlatformRules } from '../lib/platform.js';
import type { Consumer } from './consumers.js';
import { heldFilesToReport, type HeldGroup, type HeldScan } from './held-deleted.js';
import { findLeaks, moduleCacheLeak, type Leak } from './leaks.js';
import type { DiskState } from './measure-main.js';
import type { SampleRecord } from './sample-file.js';
import type { StopOutcome } from './sampler-control.js';
import type { FolderSizes, SizeEntry } from './folder-sizes.js';

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

/** A subfolder of the job folder; sizes are space on disk (allocated blocks, as du counts them). */
export interface Grower {
  folder: string;
  /** The most it held: the sampler's peak, or its size at the end where that is more. */
  peak: number;
  /** Its size at the end of the job, measured by post before cleanup (absent where post could not measure it). */
  end?: number;
  /** The count at the end was cut short (time limit, unreadable folders): a lower bound. */
  endApproximate?: boolean;
  /** The sampler's last reading, which may be long before the end. */
  lastSampled?: number;
}

export interface DiskReport {
  filesystems: FilesystemReport[];
  verdicts: DiskState['verdicts'];
  consumers?: Consumer[];
  rootChoice?: DiskState['rootChoice'];
  growers: Grower[];
  leaks: Leak[];
  xdgRedirected: boolean;
  /** How the OS that measured names its home cache (absent: as Linux names it). */
  homeCache?: HomeCacheNaming;
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

/** How messages name the home cache: lib/platform.ts homeCacheLabel and toolsReadXdgCache. */
export type HomeCacheNaming = Pick<PlatformRules, 'homeCacheLabel' | 'toolsReadXdgCache'>;

/** Only the naming, taken from the rules or a report's (none: as Linux names it). */
export function homeCacheNaming(from: HomeCacheNaming = platformRules('linux')): HomeCacheNaming {
  return { homeCacheLabel: from.homeCacheLabel, toolsReadXdgCache: from.toolsReadXdgCache };
}

/** The warning for tools' caches that grew in the home cache during the job; undefined when none did. */
export function homeCacheLeakWarning(r: Pick<DiskReport, 'leaks' | 'xdgRedirected' | 'homeCache'>): string | undefined {
  const leaks = r.leaks.filter((l) => l.kind !== 'module-cache');
  if (!leaks.length) return undefined;
  const top = leaks
    .slice(0, 3)
    .map((l) => `${l.path} +${formatBytes(l.added)}`)
    .join(', ');
  const added = formatBytes(leaks.reduce((n, l) => n + l.added, 0));
  const { homeCacheLabel, toolsReadXdgCache } = homeCacheNaming(r.homeCache);
  const ignoring = toolsReadXdgCache && r.xdgRedirected ? ', ignoring XDG_CACHE_HOME' : '';
  return `Tools wrote ${added} (space on disk) to ${homeCacheLabel} during the job${ignoring}: ${top}. It stays after the job; see the job summary.`;
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
  /** Go's module cache after the job (absent where unknown or not watched). */
  modCacheAfter?: SizeEntry;
  /** The job folder's subfolders as post found them before cleanup. */
  endSizes?: FolderSizes;
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
  return {
    filesystems,
    verdicts: disk.verdicts,
    consumers: disk.consumers,
    rootChoice: disk.rootChoice,
    growers: growersOf(last, facts.endSizes, facts.path.basename),
    leaks: [...findLeaks(disk.cacheBefore, facts.cacheAfter, facts.path, disk.cacheCut), ...moduleCacheLeak(disk.modCache, facts.modCacheAfter)],
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

/**
 * The job folder's subfolders by the most they held. The size at the end is post's own count; a
 * folder missing from a complete count ended empty, one missing from a cut-short count is unknown.
 */
export function growersOf(last: SampleRecord | undefined, end: FolderSizes | undefined, basename: (p: string) => string): Grower[] {
  const peaks = last?.pk ?? {};
  const ends = new Map((end?.children ?? []).map((e) => [basename(e.path), e]));
  const names = new Set([...Object.keys(peaks), ...ends.keys()]);
  return [...names]
    .map((folder): Grower => {
      const atEnd = ends.get(folder);
      const endBytes = atEnd?.bytes ?? (end?.complete ? 0 : undefined);
      const lastSampled = last?.d?.[folder];
      return {
        folder,
        peak: Math.max(peaks[folder] ?? 0, endBytes ?? 0),
        ...(endBytes === undefined ? {} : { end: endBytes }),
        ...(atEnd && !atEnd.complete ? { endApproximate: true } : {}),
        ...(lastSampled === undefined ? {} : { lastSampled }),
      };
    })
    .filter((g) => g.peak > 0)
    .sort((a, b) => b.peak - a.peak);
}

/** Free space counts as having moved over the job from this much (and MOVED_SHARE of the filesystem). */
export const MOVED_MIN_BYTES = 1024 * 1024;
export const MOVED_SHARE = 0.001;

/** How far free space ranged over the job: highest reading minus the lowest (the sampler's running minimum included). */
export function freeSpaceRange(f: Pick<FilesystemReport, 'before' | 'lowest' | 'series'>): number {
  return Math.max(f.before, ...f.series.map((p) => p.free)) - f.lowest;
}

/** Whether free space changed enough over the job to be worth a chart: 1 MiB and 0.1 % of the filesystem. */
export function freeSpaceMoved(f: Pick<FilesystemReport, 'before' | 'lowest' | 'series' | 'total'>): boolean {
  const range = freeSpaceRange(f);
  return range >= MOVED_MIN_BYTES && range >= f.total * MOVED_SHARE;
}
