// Pure: turns raw input strings into validated settings. Every error names the input, the value
// and what is accepted.
import { INPUT, type InputName } from './constants.js';
import { parseCellSettings, type CellSettings } from './cells/settings.js';
import type { DiskInputs } from './disk/measure-main.js';
import { checkThresholdOrder, defaultWarnFree, parseSampleInterval, parseThreshold } from './disk/thresholds.js';
import { parseBoolean, readFailOnCleanupError } from './lib/boolean-input.js';
import { InputError } from './lib/errors.js';
import type { PlatformRules } from './lib/platform.js';
import {
  parseCgo,
  parseCgoPackages,
  parseGoVersionRange,
  parseLibc,
  parseOnMismatch,
  parsePkgConfigList,
  type CellExpectations,
} from './matrix/expectations.js';
import { parseRedirectList } from './redirect/plan.js';
import { parseCacheSettings, withCacheRedirects, type CacheSettings } from './cache/settings.js';

export interface Inputs {
  /** Absolute folder to create the job folder in ('' when the runner's temp folder is meant, 'auto' for the roomiest). */
  root: string;
  disk: DiskInputs;
  redirect: string[];
  failOnCleanupError: boolean;
  /** What the matrix cell expects of the toolchain. */
  cell: CellExpectations;
  problemMatcher: boolean;
  cache: CacheSettings;
  /** job: guard this job; report: gather every cell's report of the run into one summary. */
  mode: 'job' | 'report';
  /** Post uploads the cell's report as an artifact; how the report names the cell. */
  cells: CellSettings;
}

export function parseMode(raw: string): Inputs['mode'] {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'job') return 'job';
  if (value === 'report') return 'report';
  throw new InputError(INPUT.mode, raw, 'expected job (guard this job) or report (one summary of every cell of the run, in a job that needs them)');
}

/** Reads one input; typed by the names action.yml declares, so a misspelt name does not compile. */
export type InputReader = (name: InputName) => string;

export function parseRoot(raw: string, rules: PlatformRules): string {
  const value = raw.trim();
  if (value === '') return '';
  if (value.toLowerCase() === 'auto') return 'auto';
  if (!rules.path.isAbsolute(value)) {
    throw new InputError(
      INPUT.root,
      raw,
      "expected an absolute folder path, empty for the runner temp folder (RUNNER_TEMP), or 'auto' for the writable filesystem with the most free space",
    );
  }
  return rules.path.normalize(value);
}

/** validate: false turns the checks off; expectations stated beside it would silently do nothing. */
function checkValidateAgreement(read: InputReader, cell: CellExpectations): void {
  if (cell.validate) return;
  const stated = [INPUT.goVersion, INPUT.cgo, INPUT.libc, INPUT.pkgConfig, INPUT.cgoProbe, INPUT.cgoPackages].filter((name) => {
    const value = read(name).trim().toLowerCase();
    return value !== '' && value !== 'auto' && value !== 'any' && value !== 'false';
  });
  if (stated.length) {
    throw new InputError(
      INPUT.validate,
      read(INPUT.validate),
      `expected true while ${stated.join(', ')} ${stated.length > 1 ? 'state' : 'states'} what the cell expects`,
    );
  }
}

export function readInputs(read: InputReader, rules: PlatformRules): Inputs {
  const inputs = parseInputs(read, rules);
  checkValidateAgreement(read, inputs.cell);
  checkThresholdOrder(inputs.disk.minFree, inputs.disk.warnFree);
  return inputs;
}

function parseDiskInputs(read: InputReader): DiskInputs {
  const minFree = parseThreshold(INPUT.minFree, read(INPUT.minFree));
  const warnRaw = read(INPUT.warnFree);
  return {
    minFree,
    warnFree: warnRaw.trim() === '' ? defaultWarnFree(minFree) : parseThreshold(INPUT.warnFree, warnRaw),
    sampleIntervalMs: parseSampleInterval(read(INPUT.sampleInterval)),
  };
}

function parseInputs(read: InputReader, rules: PlatformRules): Inputs {
  const cache = parseCacheSettings(read);
  return {
    root: parseRoot(read(INPUT.root), rules),
    disk: parseDiskInputs(read),
    // Caching needs GOCACHE (and GOMODCACHE) in the job folder: added where the list lacks them.
    redirect: withCacheRedirects(parseRedirectList(read(INPUT.redirect), rules.os), cache),
    failOnCleanupError: readFailOnCleanupError(read),
    cell: {
      validate: parseBoolean(INPUT.validate, read(INPUT.validate), true),
      goVersion: parseGoVersionRange(read(INPUT.goVersion)),
      cgo: parseCgo(read(INPUT.cgo)),
      libc: parseLibc(read(INPUT.libc)),
      pkgConfig: parsePkgConfigList(read(INPUT.pkgConfig)),
      probe: parseBoolean(INPUT.cgoProbe, read(INPUT.cgoProbe), false),
      cgoPackages: parseCgoPackages(read(INPUT.cgoPackages)),
      onMismatch: parseOnMismatch(read(INPUT.onMismatch)),
    },
    problemMatcher: parseBoolean(INPUT.problemMatcher, read(INPUT.problemMatcher), true),
    cache,
    mode: parseMode(read(INPUT.mode)),
    cells: parseCellSettings(read),
  };
}
