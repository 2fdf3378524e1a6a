// The sampler's file: a fixed number of fixed-size slots, written in full by main before the job
// starts. The sampler only ever overwrites slots in place, so it needs no new disk space: on a full
// disk it goes on recording. When the slots run out it keeps every other sample and records half as
// often, so the file covers the whole job however long it runs.

export const SLOT_SIZE = 1024;
export const SLOT_COUNT = 512;

export interface SampleRecord {
  /** Tick number since the sampler started. */
  q: number;
  /** Time (ms since the epoch). */
  t: number;
  /** Free bytes per watched filesystem, in the order of the sampler's config; null when unreadable. */
  f: (number | null)[];
  /** Lowest free bytes seen so far on each, at every tick (not only the recorded ones), and when. */
  lo: (number | null)[];
  lt: (number | null)[];
  /** Latest sizes of the job folder's subfolders (bytes) and the peak of each so far. */
  d?: Record<string, number>;
  pk?: Record<string, number>;
  /** Writes that failed so far, size scans done so far. */
  we?: number;
  sc?: number;
  /** Last error the sampler met. */
  err?: string;
  /** Present on the last record: why the sampler stopped. */
  end?: string;
}

export const blankSlot = (): Buffer => Buffer.from(' '.repeat(SLOT_SIZE - 1) + '\n');

export function blankFile(slots = SLOT_COUNT): Buffer {
  const buf = Buffer.alloc(slots * SLOT_SIZE, ' ');
  for (let i = 1; i <= slots; i++) buf[i * SLOT_SIZE - 1] = 0x0a;
  return buf;
}

/** Keeps the biggest entries of a size map. */
function trimMap(map: Record<string, number> | undefined, keep: number): Record<string, number> | undefined {
  if (!map) return undefined;
  return Object.fromEntries(
    Object.entries(map)
      .sort((a, b) => b[1] - a[1])
      .slice(0, keep),
  );
}

/** One slot: the record as JSON, padded. Folder lists are shortened (smallest first) until it fits. */
export function encodeSlot(record: SampleRecord): Buffer {
  let r = record;
  for (let keep = 16; ; keep = Math.floor(keep / 2)) {
    const text = JSON.stringify(r);
    const length = Buffer.byteLength(text);
    if (length < SLOT_SIZE) {
      const buf = blankSlot();
      buf.write(text, 0, 'utf8');
      return buf;
    }
    if (keep === 0) {
      const { d: _d, pk: _pk, err: _err, ...rest } = r;
      const buf = blankSlot();
      buf.write(JSON.stringify(rest).slice(0, SLOT_SIZE - 1), 0, 'utf8');
      return buf;
    }
    r = { ...record, d: trimMap(record.d, keep), pk: trimMap(record.pk, keep), err: record.err?.slice(0, 200) };
  }
}

/** Every readable record in a samples file, oldest first; blank and damaged slots are skipped. */
export function decodeSamples(buf: Buffer): SampleRecord[] {
  const out: SampleRecord[] = [];
  const blank = blankSlot();
  for (let at = 0; at + 1 < buf.length; at += SLOT_SIZE) {
    // Most slots of a short job are still blank: a byte comparison skips them without making strings.
    if (at + SLOT_SIZE <= buf.length && buf.compare(blank, 0, SLOT_SIZE, at, at + SLOT_SIZE) === 0) continue;
    const text = buf
      .subarray(at, Math.min(buf.length, at + SLOT_SIZE))
      .toString('utf8')
      .trim();
    if (!text) continue;
    try {
      const r = JSON.parse(text) as SampleRecord;
      if (typeof r.q === 'number' && typeof r.t === 'number' && Array.isArray(r.f) && Array.isArray(r.lo) && Array.isArray(r.lt)) out.push(r);
    } catch {
      // a slot torn by a crash mid-write: skip it
    }
  }
  // Thinning rewrites slots in place; a crash in the middle can leave one record twice.
  return out.sort((a, b) => a.q - b.q).filter((r, i, all) => i === 0 || all[i - 1].q !== r.q);
}

/** What the sampler needs, written by main to a file in the job folder. */
export interface SamplerConfig {
  jobDir: string;
  /** The marker's token: the sampler stops when the job folder no longer carries it. */
  token: string;
  samplesFile: string;
  stopFile: string;
  /** One path per watched filesystem. */
  watch: string[];
  intervalMs: number;
  /** The runner's process (main's parent): when it is gone, so is the job. 0 when unknown. */
  parentPid: number;
  /** Stops by itself after this long whatever happens. */
  maxLifetimeMs: number;
  /** Share of wall time the folder-size scans may take (their interval stretches to keep to it). */
  scanBudget: number;
}
