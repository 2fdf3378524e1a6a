// Pure: the free-space inputs (`min-free`, `warn-free`, `sample-interval`) and the verdict on each
// watched filesystem.
import { INPUT } from '../constants.js';
import { InputError } from '../lib/errors.js';

/** A free-space threshold: an absolute size or a share of the filesystem. */
export type Threshold = { raw: string; bytes: number } | { raw: string; percent: number };

const UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kib: 1024,
  kb: 1e3,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1e6,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1e9,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1e12,
};
const SIZE_ACCEPTED =
  'a size with a unit (500MB, 10GiB, 1.5G: KB/MB/GB/TB are powers of 1000, KiB/MiB/GiB/TiB and K/M/G/T powers of 1024), a percentage of the filesystem (5%), or empty or 0 for no threshold';

/** Parses `min-free` / `warn-free`; undefined means no threshold. */
export function parseThreshold(input: string, raw: string): Threshold | undefined {
  const value = raw.trim();
  if (value === '' || value === '0' || value.toLowerCase() === 'off') return undefined;
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (percent) {
    const p = Number(percent[1]);
    if (p > 0 && p < 100) return { raw: value, percent: p };
    throw new InputError(input, raw, `a percentage must lie between 0 and 100; expected ${SIZE_ACCEPTED}`);
  }
  const size = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(value);
  const factor = size && UNITS[size[2].toLowerCase()];
  if (!size || !factor) {
    const hint = /^\d+(\.\d+)?$/.test(value) ? 'a number needs a unit; ' : '';
    throw new InputError(input, raw, `${hint}expected ${SIZE_ACCEPTED}`);
  }
  const bytes = Math.round(Number(size[1]) * factor);
  if (!Number.isSafeInteger(bytes)) throw new InputError(input, raw, `the size is too large; expected ${SIZE_ACCEPTED}`);
  return { raw: value, bytes };
}

export const DEFAULT_WARN_FREE = { raw: '1GiB', bytes: 1024 ** 3 };

/** `warn-free` left empty: 1 GiB, unless min-free already asks for at least that (then no warning band). */
export function defaultWarnFree(minFree: Threshold | undefined): Threshold | undefined {
  return minFree && 'bytes' in minFree && minFree.bytes >= DEFAULT_WARN_FREE.bytes ? undefined : DEFAULT_WARN_FREE;
}

/** Bytes a threshold asks for on a filesystem of `total` bytes. */
export function requiredBytes(threshold: Threshold, total: number): number {
  return 'bytes' in threshold ? threshold.bytes : Math.ceil((total * threshold.percent) / 100);
}

/** min-free above warn-free (of the same kind) can never warn before it fails: a mistake worth naming. */
export function checkThresholdOrder(minFree: Threshold | undefined, warnFree: Threshold | undefined): void {
  if (!minFree || !warnFree) return;
  const both = (k: 'bytes' | 'percent') => k in minFree && k in warnFree;
  const min = 'bytes' in minFree ? minFree.bytes : minFree.percent;
  const warn = 'bytes' in warnFree ? warnFree.bytes : warnFree.percent;
  if ((both('bytes') || both('percent')) && min > warn) {
    throw new InputError(INPUT.minFree, minFree.raw, `it is more than warn-free (${warnFree.raw}); expected at most warn-free, or raise warn-free`);
  }
}

export const DEFAULT_SAMPLE_INTERVAL_S = 5;
const MIN_INTERVAL_S = 0.1;
const MAX_INTERVAL_S = 3600;

/** Parses `sample-interval` (seconds) into milliseconds; 0 turns the sampler off. */
export function parseSampleInterval(raw: string): number {
  const value = raw.trim();
  if (value === '') return DEFAULT_SAMPLE_INTERVAL_S * 1000;
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (seconds === 0) return 0;
  if (!(seconds >= MIN_INTERVAL_S && seconds <= MAX_INTERVAL_S)) {
    throw new InputError(
      INPUT.sampleInterval,
      raw,
      `expected seconds between ${MIN_INTERVAL_S} and ${MAX_INTERVAL_S} (default ${DEFAULT_SAMPLE_INTERVAL_S}), or 0 to record nothing during the job`,
    );
  }
  return Math.round(seconds * 1000);
}

/** One filesystem the action watches, and what lives on it. */
export interface WatchedFilesystem {
  /** Mount point (Linux) or the first watched path on it. */
  mount: string;
  dev: number;
  /** A path on it that post and the sampler measure again (the first watched one). */
  path: string;
  /** What lives there: 'job folder', 'workspace', 'HOME' (Windows: 'USERPROFILE'). */
  roles: string[];
  total: number;
  free: number;
}

export interface SpaceVerdict {
  filesystem: WatchedFilesystem;
  status: 'ok' | 'warn' | 'fail';
  /** Bytes the threshold that was crossed asks for. */
  needed?: number;
  threshold?: Threshold;
}

export function judgeSpace(filesystems: WatchedFilesystem[], minFree?: Threshold, warnFree?: Threshold): SpaceVerdict[] {
  return filesystems.map((filesystem) => {
    for (const [status, threshold] of [
      ['fail', minFree],
      ['warn', warnFree],
    ] as const) {
      if (!threshold) continue;
      const needed = requiredBytes(threshold, filesystem.total);
      if (filesystem.free < needed) return { filesystem, status, needed, threshold };
    }
    return { filesystem, status: 'ok' };
  });
}
