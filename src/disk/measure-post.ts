// post's disk measuring, without logging (guard-post.ts logs): stop the sampler, read its file and
// measure the job folder's subfolders (before cleanup deletes them), then after cleanup measure free
// space again, HOME's cache folders, Go's module cache and the files still held open.
import fs from 'node:fs/promises';
import { errorCode, errorMessage } from '../lib/errors.js';
import { checkJobDir } from '../lib/job-dir.js';
import type { PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';
import { homeCachePlaces, scanPlaces, type PlaceScan } from './consumers.js';
import { folderSizes, type FolderSizes } from './folder-sizes.js';
import { scanHeldDeleted } from './held-deleted.js';
import type { DiskState } from './measure-main.js';
import { MODULE_CACHE_LABEL, moduleCachePlace, moduleCacheSize } from './module-cache.js';
import { buildDiskReport, homeCacheNaming, type DiskReport } from './report.js';
import { readSamples, stopSampler, type StopOutcome } from './sampler-control.js';
import type { SampleRecord } from './sample-file.js';
import { freeSpace } from './space.js';

const AFTER_SCAN_MS = 5_000;

export interface Sampling {
  records: SampleRecord[];
  stop?: StopOutcome;
  problems: string[];
  /** HOME's cache and Go's module cache, measured again while cleanup runs (cleanup never touches them). */
  cacheScan: Promise<PlaceScan[]>;
  /** The job folder's subfolders as the job left them, measured once the sampler stopped (absent where not measured). */
  endSizes?: FolderSizes;
}

/**
 * Stops the sampler main started and reads its file, before cleanup. The stop file and the samples
 * are touched only while the job folder is still the one main made: a step may have swapped in a link.
 */
export async function stopSampling(state: GuardState, rules: PlatformRules): Promise<Sampling> {
  const { disk, sampler } = state;
  let scan: Promise<PlaceScan[]> | undefined;
  // Started once the sampler has been asked to stop (its du overlaps the sampler's exit, not the asking).
  const places = disk ? [...homeCachePlaces(disk.cacheRoots, rules), ...(disk.modCache ? [moduleCachePlace(disk.modCache.path)] : [])] : [];
  const cacheScan = () => (scan ??= scanPlaces(places, Date.now() + AFTER_SCAN_MS));
  const problems = disk?.samplerProblem ? [disk.samplerProblem] : [];
  // Identity only: a job step that removed the marker does not stop post from reading the samples.
  const folderIsOurs = checkJobDir(state.jobDir, { dev: state.dev, ino: state.ino }, rules).length === 0;
  // What the job left, for "at the end": the sampler's last reading may be long before the job ended.
  const measureEnd = async (): Promise<FolderSizes | undefined> => {
    if (!disk) return undefined;
    if (folderIsOurs) return folderSizes(state.jobDir, { deadline: Date.now() + AFTER_SCAN_MS });
    // A job step removed the whole folder: everything in it ended at zero.
    const gone = errorCode(await fs.lstat(state.jobDir).catch((e: unknown) => e)) === 'ENOENT';
    return gone ? { dir: state.jobDir, children: [], complete: true, tool: 'node' } : undefined;
  };
  if (!sampler) {
    const scanning = cacheScan();
    return { records: [], problems, cacheScan: scanning, endSizes: await measureEnd() };
  }
  let stop: StopOutcome | undefined;
  try {
    stop = await stopSampler(sampler, folderIsOurs, cacheScan);
    if (stop.problem) problems.push(stop.problem);
  } catch (err) {
    problems.push(`stopping the sampler failed: ${errorMessage(err)}`);
  }
  // Already started unless the sampler had ended before it was asked.
  const scanning = cacheScan();
  if (!folderIsOurs) {
    const unread = [...problems, 'the samples were not read: the job folder was removed or replaced'];
    return { records: [], stop, problems: unread, cacheScan: scanning, endSizes: await measureEnd() };
  }
  const [{ records, problem }, endSizes] = await Promise.all([readSamples(sampler.samplesFile), measureEnd()]);
  if (problem) problems.push(problem);
  return { records, stop, problems, cacheScan: scanning, endSizes };
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
  for (const s of cacheScans) if (s.sizes.problem) problems.push(`${s.place.label} ${s.place.path}: ${s.sizes.problem}`);
  if (sampling.endSizes?.problem) problems.push(`the job folder's subfolders at the end: ${sampling.endSizes.problem}`);
  const modScan = cacheScans.find((s) => s.place.label === MODULE_CACHE_LABEL);
  const modCacheAfter = disk.modCache && (await moduleCacheSize(disk.modCache.path, modScan?.sizes.total, !!modScan));
  const report = buildDiskReport(disk, {
    startedAt: o.startedAt,
    jobDir: o.jobDir,
    records: sampling.records,
    intervalMs: o.intervalMs,
    stop: sampling.stop,
    after,
    afterAt: Date.now(),
    cacheAfter: cacheScans.filter((s) => s !== modScan).flatMap((s) => s.sizes.children),
    modCacheAfter,
    endSizes: sampling.endSizes,
    held,
    problems,
    path: o.rules.path,
  });
  return { ...report, homeCache: homeCacheNaming(o.rules) };
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
