// Pure: a downloaded cell report, checked field by field. A cell's artifact comes from a job whose
// steps could have written anything, or from another version of the action: a report that is not
// exactly this version's shape is listed with the reason, never half read. Unknown fields are dropped.
import type { CheckStatus } from '../matrix/report.js';
import { CELL_REPORT_KIND, CELL_REPORT_VERSION, type CellCheck, type CellReport } from './cell-report.js';

/** A report the table lists by name instead of reading. */
export interface UnreadableReport {
  name: string;
  reason: string;
}

type Obj = Record<string, unknown>;

const CHECK_STATUSES: readonly CheckStatus[] = ['pass', 'warn', 'fail', 'skip'];
const CLEANUP_STATUSES: readonly CellReport['cleanup']['status'][] = ['removed', 'partial', 'refused', 'nothing', 'gone'];

/** Thrown inside this file only, with the first field found wrong; parseCellReport turns it into a reason. */
class Invalid {
  constructor(readonly reason: string) {}
}

const isObject = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** A value as a reason quotes it: short, one line. */
function shown(v: unknown): string {
  if (v === undefined) return 'missing';
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function kindOf(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function str(o: Obj, key: string, at: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new Invalid(`${at}${key} is ${kindOf(v)}, not a string`);
  return v;
}

/** A count or a size: a finite number, not negative. */
function amount(o: Obj, key: string, at: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Invalid(`${at}${key} is ${typeof v === 'number' ? v : kindOf(v)}, not a number ≥ 0`);
  return v;
}

function obj(o: Obj, key: string, at: string): Obj {
  const v = o[key];
  if (!isObject(v)) throw new Invalid(`${at}${key} is ${kindOf(v)}, not an object`);
  return v;
}

function list(o: Obj, key: string, at: string): Obj[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new Invalid(`${at}${key} is ${kindOf(v)}, not a list`);
  return v.map((item, i) => {
    if (!isObject(item)) throw new Invalid(`${at}${key}[${i}] is ${kindOf(item)}, not an object`);
    return item;
  });
}

function oneOf<T extends string>(o: Obj, key: string, at: string, values: readonly T[]): T {
  const v = o[key];
  if (!values.includes(v as T)) throw new Invalid(`${at}${key} is ${shown(v)}, not one of ${values.join(', ')}`);
  return v as T;
}

function matrixValues(o: Obj): Record<string, string> {
  const values = obj(o, 'matrixValues', '');
  // fromEntries defines own properties: a "__proto__" key stays a key.
  return Object.fromEntries(Object.keys(values).map((key) => [key, str(values, key, 'matrixValues.')]));
}

function check(c: Obj, at: string): CellCheck {
  const checked: CellCheck = { id: str(c, 'id', at), title: str(c, 'title', at), status: oneOf(c, 'status', at, CHECK_STATUSES), found: str(c, 'found', at) };
  return c.fix === undefined ? checked : { ...checked, fix: str(c, 'fix', at) };
}

function runAttempt(doc: Obj): number {
  const v = doc.runAttempt;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Invalid(`runAttempt is ${shown(v)}, not a whole number ≥ 1`);
  return v;
}

function runner(doc: Obj): CellReport['runner'] {
  const r = obj(doc, 'runner', '');
  return { os: str(r, 'os', 'runner.'), arch: str(r, 'arch', 'runner.'), name: str(r, 'name', 'runner.') };
}

function toolchain(doc: Obj): CellReport['toolchain'] {
  const tc = obj(doc, 'toolchain', '');
  const keys = ['goVersion', 'cgoEnabled', 'cc', 'ccVersion', 'ccTarget', 'libc', 'libcVersion', 'fingerprint'] as const;
  return Object.fromEntries(keys.map((key) => [key, str(tc, key, 'toolchain.')])) as CellReport['toolchain'];
}

function checks(doc: Obj): CellReport['checks'] {
  const c = obj(doc, 'checks', '');
  const at = 'checks.';
  return {
    passed: amount(c, 'passed', at),
    warned: amount(c, 'warned', at),
    failed: amount(c, 'failed', at),
    list: list(c, 'list', at).map((item, i) => check(item, `${at}list[${i}].`)),
  };
}

function cleanup(doc: Obj): CellReport['cleanup'] {
  const c = obj(doc, 'cleanup', '');
  const at = 'cleanup.';
  return { status: oneOf(c, 'status', at, CLEANUP_STATUSES), reclaimedBytes: amount(c, 'reclaimedBytes', at), failures: amount(c, 'failures', at) };
}

/** The fields in the type's order, so the reason names the first wrong one. */
function read(doc: Obj): CellReport {
  return {
    kind: CELL_REPORT_KIND,
    version: CELL_REPORT_VERSION,
    job: str(doc, 'job', ''),
    label: str(doc, 'label', ''),
    matrixValues: matrixValues(doc),
    runAttempt: runAttempt(doc),
    runner: runner(doc),
    finishedAt: str(doc, 'finishedAt', ''),
    toolchain: toolchain(doc),
    ...(doc.checks !== undefined && { checks: checks(doc) }),
    ...(doc.lowestFree !== undefined && { lowestFree: amount(doc, 'lowestFree', '') }),
    cleanup: cleanup(doc),
    leaks: list(doc, 'leaks', '').map((l, i) => ({
      tool: str(l, 'tool', `leaks[${i}].`),
      path: str(l, 'path', `leaks[${i}].`),
      added: amount(l, 'added', `leaks[${i}].`),
    })),
  };
}

/** The report in `text` (the artifact file `name`), or why it cannot be read. Never throws. */
export function parseCellReport(text: string, name: string): CellReport | UnreadableReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { name, reason: 'not JSON' };
  }
  if (!isObject(doc)) return { name, reason: `not a cell report: the JSON is ${kindOf(doc)}, not an object` };
  if (doc.kind !== CELL_REPORT_KIND) return { name, reason: `not a cell report: kind is ${shown(doc.kind)}, not "${CELL_REPORT_KIND}"` };
  if (doc.version !== CELL_REPORT_VERSION) return { name, reason: `version ${shown(doc.version)}, this action reads version ${CELL_REPORT_VERSION}` };
  try {
    return read(doc);
  } catch (err) {
    return { name, reason: err instanceof Invalid ? err.reason : `cannot be read: ${String(err)}` };
  }
}

/** Tells the two results of parseCellReport apart. */
export function isUnreadable(result: CellReport | UnreadableReport): result is UnreadableReport {
  return !('kind' in result);
}
