// main's side of disk guarding: measure the watched filesystems, judge them against min-free and
// warn-free, take the baseline of HOME's cache folders, find the biggest consumers when space is
// short, and start the sampler. Measuring is kept apart from logging so it can run beside the checks.
import { INPUT } from '../constants.js';
import { errorMessage } from '../lib/errors.js';
import type { PlatformRules } from '../lib/platform.js';
import { formatBytes } from '../lib/format.js';
import { homeCachePlaces, homeCacheRoots, scanPlaces, topConsumers, usualPlaces, type Consumer, type PlaceFacts, type PlaceScan } from './consumers.js';
import type { SizeEntry } from './folder-sizes.js';
import type { RootChoice } from './choose-root.js';
import { locateModuleCache, MODULE_CACHE_LABEL, moduleCachePlace, moduleCacheSize, type ModuleCache } from './module-cache.js';
import { startSampler, type SamplerHandle } from './sampler-control.js';
import { watchedFilesystems } from './space.js';
import { judgeSpace, type SpaceVerdict, type Threshold, type WatchedFilesystem } from './thresholds.js';

export interface DiskInputs {
  minFree?: Threshold;
  warnFree?: Threshold;
  /** 0: no sampler. */
  sampleIntervalMs: number;
}

/** What main hands post about the disk (part of GuardState). */
export interface DiskState {
  /** Free space when main ran is each one's `free`. */
  filesystems: WatchedFilesystem[];
  verdicts: { mount: string; status: SpaceVerdict['status']; needed?: number; threshold?: string }[];
  cacheRoots: string[];
  cacheBefore: SizeEntry[];
  /** Cache roots whose count the time limit cut short: children missing from cacheBefore are unknown, not empty. */
  cacheCut?: string[];
  /** Whether XDG_CACHE_HOME points into the job folder (growth in HOME's cache then ignored it). */
  xdgRedirected: boolean;
  /** Go's module cache where it lies outside the job folder, with its size when main ran. */
  modCache?: ModuleCache;
  consumers?: Consumer[];
  rootChoice?: RootChoice;
  /** Why no sampler runs (it failed to start); the handle of one that runs is GuardState.sampler. */
  samplerProblem?: string;
  /** Where post writes the JSON report (the output `report`). */
  reportPath: string;
  problems: string[];
}

/** Scans stop here: main stays quick even with a huge cache. */
const BASELINE_SCAN_MS = 5_000;
const CONSUMER_SCAN_MS = 10_000;

export interface MeasureOptions {
  jobDir: string;
  token: string;
  places: PlaceFacts;
  rules: PlatformRules;
  inputs: DiskInputs;
  xdgRedirected: boolean;
  /** Every redirected variable (GOMODCACHE among them keeps the module cache in the job folder). */
  redirected: string[];
  /** The job's environment as main sees it, redirects applied (default: process.env). */
  env?: NodeJS.ProcessEnv;
  reportPath: string;
  rootChoice?: RootChoice;
  samplerScript: URL;
  /** The job's process: the sampler stops when it is gone (default: main's parent, the runner). */
  ownerPid?: number;
  /** Called as soon as the sampler runs, so main can save its pid before anything else can fail. */
  onSamplerStarted: (handle: SamplerHandle) => void;
}

export interface DiskMeasurement {
  state: DiskState;
  verdicts: SpaceVerdict[];
  scans: PlaceScan[];
}

export async function measureDisk(o: MeasureOptions): Promise<DiskMeasurement> {
  const { filesystems, problems } = await watchedFilesystems(
    [
      // Measured at the root, on the same filesystem: the job folder itself is gone when post measures again.
      { role: 'job folder', path: o.rules.path.dirname(o.jobDir) },
      { role: 'workspace', path: o.places.workspace },
      { role: o.rules.homeLabel, path: o.places.home },
    ],
    o.rules,
  );
  const verdicts = judgeSpace(filesystems, o.inputs.minFree, o.inputs.warnFree);
  const short = verdicts.some((v) => v.status !== 'ok');
  const cacheRoots = homeCacheRoots(o.places.home, o.rules);
  const sampler: Promise<{ handle?: SamplerHandle; problem?: string }> = o.inputs.sampleIntervalMs
    ? startSampler({
        jobDir: o.jobDir,
        token: o.token,
        watch: filesystems.map((f) => f.path),
        intervalMs: o.inputs.sampleIntervalMs,
        script: o.samplerScript,
        ownerPid: o.ownerPid,
      }).then(
        (handle) => {
          o.onSamplerStarted(handle);
          return { handle };
        },
        (err: unknown) => ({ problem: `the sampler did not start: ${errorMessage(err)}` }),
      )
    : Promise.resolve({});
  const env = o.env ?? process.env;
  const modCacheAt = await locateModuleCache({ env, home: o.places.home, jobDir: o.jobDir, cacheRoots, redirected: o.redirected, rules: o.rules });
  // When space is short every usual place is measured; otherwise only HOME's cache and Go's module
  // cache, for the leak report.
  const places = [
    ...(short ? usualPlaces(o.places, o.rules) : homeCachePlaces(cacheRoots, o.rules)),
    ...(modCacheAt ? [moduleCachePlace(modCacheAt.path)] : []),
  ];
  const scans = await scanPlaces(places, Date.now() + (short ? CONSUMER_SCAN_MS : BASELINE_SCAN_MS));
  const modScan = scans.find((s) => s.place.label === MODULE_CACHE_LABEL);
  const modCache = modCacheAt && { ...modCacheAt, before: await moduleCacheSize(modCacheAt.path, modScan?.sizes.total, !!modScan) };
  const cacheScans = scans.filter((s) => cacheRoots.includes(s.place.path));
  const cacheBefore = cacheScans.flatMap((s) => s.sizes.children);
  const cacheCut = cacheScans.filter((s) => !s.sizes.complete).map((s) => s.place.path);
  for (const s of scans) if (s.sizes.problem) problems.push(`${s.place.label} ${s.place.path}: ${s.sizes.problem}`);
  const started = await sampler;
  const state: DiskState = {
    filesystems,
    verdicts: verdicts.map((v) => ({ mount: v.filesystem.mount, status: v.status, needed: v.needed, threshold: v.threshold?.raw })),
    cacheRoots,
    cacheBefore,
    cacheCut,
    xdgRedirected: o.xdgRedirected,
    modCache,
    consumers: short ? topConsumers(scans, o.rules, { limit: 12 }) : undefined,
    rootChoice: o.rootChoice,
    samplerProblem: started.problem,
    reportPath: o.reportPath,
    problems,
  };
  return { state, verdicts, scans };
}

/** The message for a filesystem below its threshold: which, how much is free and needed, and what fills it. */
export function shortageMessage(v: SpaceVerdict, consumers: Consumer[]): string {
  const f = v.filesystem;
  const head =
    `Free space on ${f.mount} (holds the ${f.roles.join(', ')}) is ${formatBytes(f.free)} of ${formatBytes(f.total)}, ` +
    `below ${v.status === 'fail' ? INPUT.minFree : INPUT.warnFree} ${v.threshold?.raw} (${formatBytes(v.needed ?? 0)} needed).`;
  if (!consumers.length) return `${head} No big consumers found in the usual places.`;
  const list = consumers
    .slice(0, 5)
    .map((c) => `${c.path} ${c.complete ? '' : '≥ '}${formatBytes(c.bytes)}`)
    .join(', ');
  return `${head} Biggest consumers (space on disk): ${list}.`;
}
