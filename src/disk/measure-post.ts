// post's disk measuring, without logging (guard-post.ts logs): stop the sampler and read its file
// (before cleanup deletes it), then after cleanup measure free space again, HOME's cache folders and
// the files still held open.
import fs from 'node:fs/promises';
import { errorCode, errorMessage } from '../lib/errors.js';
import { checkJobDir } from '../lib/job-dir.js';
import type { PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';
import { homeCachePlaces, scanPlaces, type PlaceScan } from './consumers.js';
import { scanHeldDeleted } from './held-deleted.js';
import type { DiskState } from './measure-main.js';
import { buildDiskReport, type DiskReport } from './report.js';
import { readSamples, stopSampler, type StopOutcome } from './sampler-control.js';
import type { SampleRecord } from './sample-file.js';
import { freeSpace } from './space.js';

const AFTER_SCAN_MS = 5_000;

export interface Sampling {
  records: SampleRecord[];
  stop?: StopOutcome;
  problems: string[];
  /** HOME's cache, measured again while cleanup runs (cleanup never touches it). */
  cacheScan: Promise<PlaceScan[]>;
}

/**
 * Stops the sampler main started and reads its file, before cleanup. The stop file and the samples
 * are touched only while the job folder is still the one main made: a step may have swapped in a link.
 */
export async function stopSampling(state: GuardState, rules: PlatformRules): Promise<Sampling> {
  const { disk, sampler } = state;
  let scan: Promise<PlaceScan[]> | undefined;
  // Started once the sampler has been asked to stop (its du overlaps the sampler's exit, not the asking).
  const cacheScan = () => (scan ??= disk ? scanPlaces(homeCachePlaces(disk.cacheRoots), Date.now() + AFTER_SCAN_MS) : Promise.resolve([]));
  const problems = disk?.samplerProblem ? [disk.samplerProblem] : [];
  if (!sampler) return { records: [], problems, cacheScan: cacheScan() };
  // Identity only: a job step that removed the marker does not stop post from reading the samples.
  const folderIsOurs = checkJobDir(state.jobDir, { dev: state.dev, ino: state.ino }, rules).length === 0;
  let stop: StopOutcome | undefined;
  try {
    stop = await stopSampler(sampler, folderIsOurs, cacheScan);
    if (stop.problem) problems.push(stop.problem);
  } catch (err) {
    problems.push(`stopping the sampler failed: ${errorMessage(err)}`);
  }
  // Already started unless the sampler had ended before it was asked.
  const scanning = cacheScan();
  if (!folderIsOurs)
    return { records: [], stop, problems: [...problems, 'the samples were not read: the job folder was removed or replaced'], cacheScan: scanning };
  const { records, problem } = await readSamples(sampler.samplesFile);
  if (problem) problems.push(problem);
  return { records, stop, problems, cacheScan: scanning };
}

export async function finishDisk(
  disk: DiskState,
  sampling: Sampling,
  o: { startedAt: number; jobDir: string; intervalMs?: number; rules: PlatformRules },
): Promise<DiskReport> {
  const problems = [...sampling.problems];
  const [after, cacheScans, held] = await Promise.all([
    Promise.all(
      disk.filesystems.map((f) =>
        freeSpace(f.path).then(
          (s) => s.free,
          () => undefined,
        ),
      ),
    ),
    sampling.cacheScan,
    scanHeldDeleted(),
  ]);
  for (const s of cacheScans) if (s.sizes.problem) problems.push(`HOME's cache ${s.place.path}: ${s.sizes.problem}`);
  return buildDiskReport(disk, {
    startedAt: o.startedAt,
    jobDir: o.jobDir,
    records: sampling.records,
    intervalMs: o.intervalMs,
    stop: sampling.stop,
    after,
    afterAt: Date.now(),
    cacheAfter: cacheScans.flatMap((s) => s.sizes.children),
    held,
    problems,
    path: o.rules.path,
  });
}

/** Writes the JSON report beside the job folder: a fresh file renamed into place, so a link planted there is replaced, not followed. */
export async function writeReport(file: string, report: unknown): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temp, JSON.stringify(report, null, 2) + '\n', { flag: 'wx', mode: 0o644 });
    await fs.rename(temp, file);
  } catch (err) {
    // A half-written temp file (a full disk) must not stay behind; an existing one is not ours to remove.
    if (errorCode(err) !== 'EEXIST') await fs.rm(temp, { force: true });
    throw err;
  }
}
