// post's side of disk guarding: stop the sampler and read its file (before cleanup deletes it), then
// after cleanup measure free space again, HOME's cache folders and the files still held open.
import fs from 'node:fs/promises';
import { errorMessage } from '../errors.js';
import type { PlatformRules } from '../platform.js';
import { scanPlaces } from './consumers.js';
import { scanHeldDeleted } from './held-deleted.js';
import type { DiskState } from './measure.js';
import { buildDiskReport, type DiskReport } from './report.js';
import { readSamples, stopSampler, type StopOutcome } from './sampler-control.js';
import type { SampleRecord } from './samples.js';
import { freeSpace } from './space.js';

const AFTER_SCAN_MS = 5_000;

export interface Sampling {
  records: SampleRecord[];
  stop?: StopOutcome;
  problems: string[];
}

export async function stopSampling(disk: DiskState): Promise<Sampling> {
  if (!disk.sampler) return { records: [], problems: disk.samplerProblem ? [disk.samplerProblem] : [] };
  const problems: string[] = [];
  let stop: StopOutcome | undefined;
  try {
    stop = await stopSampler(disk.sampler);
    if (stop.problem) problems.push(stop.problem);
  } catch (err) {
    problems.push(`stopping the sampler failed: ${errorMessage(err)}`);
  }
  const { records, problem } = await readSamples(disk.sampler.samplesFile);
  if (problem) problems.push(problem);
  return { records, stop, problems };
}

export async function finishDisk(disk: DiskState, sampling: Sampling, o: { startedAt: number; jobDir: string; rules: PlatformRules }): Promise<DiskReport> {
  const problems = [...sampling.problems];
  const [after, cacheScans, held] = await Promise.all([
    Promise.all(disk.filesystems.map((f) => freeSpace(f.path).then((s) => s.free, () => undefined))),
    scanPlaces(disk.cacheRoots.map((path) => ({ label: "HOME's cache", path, byChild: true })), Date.now() + AFTER_SCAN_MS),
    scanHeldDeleted(),
  ]);
  for (const s of cacheScans) if (s.sizes.problem) problems.push(`HOME's cache ${s.place.path}: ${s.sizes.problem}`);
  return buildDiskReport(disk, {
    startedAt: o.startedAt,
    jobDir: o.jobDir,
    records: sampling.records,
    stop: sampling.stop,
    after,
    afterAt: Date.now(),
    cacheAfter: cacheScans.flatMap((s) => s.sizes.children),
    held,
    problems,
    basename: (p) => o.rules.path.basename(p),
    sep: o.rules.path.sep,
  });
}

/** Writes the JSON report beside the job folder: a fresh file renamed into place, so a link planted there is replaced, not followed. */
export async function writeReport(file: string, report: unknown): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, JSON.stringify(report, null, 2) + '\n', { flag: 'wx', mode: 0o644 });
  try {
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
