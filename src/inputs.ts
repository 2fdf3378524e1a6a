// Pure: turns raw input strings into validated settings. Every error names the input, the value
// and what is accepted.
import { parseBoolean } from './boolean-input.js';
import { InputError } from './errors.js';
import { parseCgo, parseGoVersionRange, parseLibc, parseOnMismatch, parsePkgConfigList, type CellExpectations } from './matrix/expectations.js';
import { parseRedirectList } from './redirect/plan.js';
import type { PlatformRules } from './platform.js';
import { checkThresholdOrder, defaultWarnFree, parseSampleInterval, parseThreshold } from './disk/thresholds.js';
import type { DiskInputs } from './disk/measure.js';

export interface Inputs {
  /** Absolute folder to create the job folder in ('' when the runner's temp folder is meant, 'auto' for the roomiest). */
  root: string;
  disk: DiskInputs;
  redirect: string[];
  failOnCleanupError: boolean;
  /** What the matrix cell expects of the toolchain. */
  cell: CellExpectations;
  problemMatcher: boolean;
}

export type InputReader = (name: string) => string;
export { parseBoolean };

export function parseRoot(raw: string, rules: PlatformRules): string {
  const value = raw.trim();
  if (value === '') return '';
  if (value.toLowerCase() === 'auto') return 'auto';
  if (!rules.path.isAbsolute(value)) {
    throw new InputError('root', raw, "expected an absolute folder path, empty for the runner temp folder (RUNNER_TEMP), or 'auto' for the writable filesystem with the most free space");
  }
  return rules.path.normalize(value);
}

/** validate: false turns the checks off; expectations stated beside it would silently do nothing. */
function checkValidateAgreement(read: InputReader, cell: CellExpectations): void {
  if (cell.validate) return;
  const stated = ['go-version', 'cgo', 'libc', 'pkg-config', 'cgo-probe'].filter((name) => {
    const value = read(name).trim().toLowerCase();
    return value !== '' && value !== 'auto' && value !== 'any' && value !== 'false';
  });
  if (stated.length) {
    throw new InputError('validate', read('validate'), `expected true while ${stated.join(', ')} ${stated.length > 1 ? 'state' : 'states'} what the cell expects`);
  }
}

export function readInputs(read: InputReader, rules: PlatformRules): Inputs {
  const inputs = parseInputs(read, rules);
  checkValidateAgreement(read, inputs.cell);
  checkThresholdOrder(inputs.disk.minFree, inputs.disk.warnFree);
  return inputs;
}

function parseDiskInputs(read: InputReader): DiskInputs {
  const minFree = parseThreshold('min-free', read('min-free'));
  const warnRaw = read('warn-free');
  return {
    minFree,
    warnFree: warnRaw.trim() === '' ? defaultWarnFree(minFree) : parseThreshold('warn-free', warnRaw),
    sampleIntervalMs: parseSampleInterval(read('sample-interval')),
  };
}

function parseInputs(read: InputReader, rules: PlatformRules): Inputs {
  return {
    root: parseRoot(read('root'), rules),
    disk: parseDiskInputs(read),
    redirect: parseRedirectList(read('redirect'), rules.os),
    failOnCleanupError: parseBoolean('fail-on-cleanup-error', read('fail-on-cleanup-error'), false),
    cell: {
      validate: parseBoolean('validate', read('validate'), true),
      goVersion: parseGoVersionRange(read('go-version')),
      cgo: parseCgo(read('cgo')),
      libc: parseLibc(read('libc')),
      pkgConfig: parsePkgConfigList(read('pkg-config')),
      probe: parseBoolean('cgo-probe', read('cgo-probe'), false),
      onMismatch: parseOnMismatch(read('on-mismatch')),
    },
    problemMatcher: parseBoolean('problem-matcher', read('problem-matcher'), true),
  };
}
