import { describe, expect, it } from '@jest/globals';
import type { CellReport } from '../../src/cells/cell-report.js';
import { isUnreadable, parseCellReport } from '../../src/cells/parse-report.js';
import { cellReport, failedCell } from '../fixtures/cells.js';

const MISSING = Symbol('missing');

/** The report as JSON with fields changed: a dotted path (list indexes as numbers) → its new value; MISSING deletes it. */
function text(report: CellReport, changes: Record<string, unknown> = {}): string {
  const doc = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce((o, key) => o[key] as Record<string, unknown>, doc);
    if (value === MISSING) delete parent[last];
    else parent[last] = value;
  }
  return JSON.stringify(doc);
}

const parse = (json: string) => parseCellReport(json, 'cell.json');
/** Why the report cannot be read ('read' when it can). */
function reason(json: string): string {
  const result = parse(json);
  return isUnreadable(result) ? result.reason : 'read';
}

describe('parseCellReport: a good report', () => {
  it('reads back what was written, optional parts included', () => {
    const report = failedCell({
      matrixValues: { libc: 'musl', go: '1.22' },
      runAttempt: 2,
      leaks: [{ tool: 'go', path: '/home/runner/.cache/go-build', added: 4096 }],
    });
    expect(report.checks?.list[1].fix).toBe('remove it');
    expect(parseCellReport(JSON.stringify(report), 'cell.json')).toEqual(report);
  });

  it('reads a report without checks or lowest free space', () => {
    const report = cellReport({ checks: undefined, lowestFree: undefined });
    const parsed = parseCellReport(JSON.stringify(report), 'cell.json');
    expect(parsed).toEqual(report);
    expect(parsed).not.toHaveProperty('checks');
    expect(parsed).not.toHaveProperty('lowestFree');
  });

  it('drops fields it does not know', () => {
    const parsed = parseCellReport(text(cellReport(), { extra: 1, 'toolchain.extra': 'x', 'checks.list.0.extra': true }), 'cell.json');
    expect(parsed).toEqual(cellReport());
  });

  it('keeps a "__proto__" matrix key as a key, without touching the prototype', () => {
    const parsed = parseCellReport(text(cellReport(), { matrixValues: JSON.parse('{"__proto__":"x","go":"1.22"}') }), 'cell.json') as CellReport;
    expect(Object.keys(parsed.matrixValues)).toEqual(['__proto__', 'go']);
    expect(Object.getPrototypeOf(parsed.matrixValues)).toBe(Object.prototype);
  });

  it('isUnreadable tells the results apart', () => {
    expect(isUnreadable(parseCellReport(JSON.stringify(cellReport()), 'a'))).toBe(false);
    expect(isUnreadable(parseCellReport('{', 'a'))).toBe(true);
  });
});

describe('parseCellReport: a report it cannot read', () => {
  it('says why, by name: not JSON, not an object, another kind, another version', () => {
    expect(parseCellReport('{"kind":', 'cell-1.json')).toEqual({ name: 'cell-1.json', reason: 'not JSON' });
    expect(parse('')).toEqual({ name: 'cell.json', reason: 'not JSON' });
    expect(parse('[1]')).toEqual({ name: 'cell.json', reason: 'not a cell report: the JSON is an array, not an object' });
    expect(parse('null')).toEqual({ name: 'cell.json', reason: 'not a cell report: the JSON is null, not an object' });
    expect(parse('{"kind":"go-ci-guard-disk","version":1}')).toEqual({
      name: 'cell.json',
      reason: 'not a cell report: kind is "go-ci-guard-disk", not "go-ci-guard-cell"',
    });
    expect(reason('{"version":1}')).toBe('not a cell report: kind is missing, not "go-ci-guard-cell"');
    expect(reason(text(cellReport(), { version: 2 }))).toBe('version 2, this action reads version 1');
    expect(reason(text(cellReport(), { version: '1' }))).toBe('version "1", this action reads version 1');
    expect(reason(text(cellReport(), { kind: 'x'.repeat(100) }))).toBe(`not a cell report: kind is "${'x'.repeat(38)}…, not "go-ci-guard-cell"`);
  });

  const broken: [string, unknown, string][] = [
    ['job', MISSING, 'job is missing, not a string'],
    ['label', 3, 'label is a number, not a string'],
    ['matrixValues', [], 'matrixValues is an array, not an object'],
    ['matrixValues', { go: 1.22 }, 'matrixValues.go is a number, not a string'],
    ['runAttempt', 0, 'runAttempt is 0, not a whole number ≥ 1'],
    ['runAttempt', 1.5, 'runAttempt is 1.5, not a whole number ≥ 1'],
    ['runAttempt', '2', 'runAttempt is "2", not a whole number ≥ 1'],
    ['runner', null, 'runner is null, not an object'],
    ['runner.arch', MISSING, 'runner.arch is missing, not a string'],
    ['finishedAt', 0, 'finishedAt is a number, not a string'],
    ['toolchain.fingerprint', null, 'toolchain.fingerprint is null, not a string'],
    ['checks', null, 'checks is null, not an object'],
    ['checks.failed', -1, 'checks.failed is -1, not a number ≥ 0'],
    ['checks.list', {}, 'checks.list is an object, not a list'],
    ['checks.list.1', 'x', 'checks.list[1] is a string, not an object'],
    ['checks.list.1.status', 'bad', 'checks.list[1].status is "bad", not one of pass, warn, fail, skip'],
    ['checks.list.0.fix', 1, 'checks.list[0].fix is a number, not a string'],
    ['lowestFree', '1 GiB', 'lowestFree is a string, not a number ≥ 0'],
    ['cleanup.status', 'done', 'cleanup.status is "done", not one of removed, partial, refused, nothing, gone'],
    ['cleanup.reclaimedBytes', MISSING, 'cleanup.reclaimedBytes is missing, not a number ≥ 0'],
    ['leaks', MISSING, 'leaks is missing, not a list'],
    ['leaks', [{ tool: 'go', path: '/x' }], 'leaks[0].added is missing, not a number ≥ 0'],
  ];
  it.each(broken)('names the first field that is wrong: %s set to %p', (path, value, expected) => {
    expect(parseCellReport(text(cellReport(), { [path]: value }), 'c.json')).toEqual({ name: 'c.json', reason: expected });
  });

  it('never throws, whatever the text', () => {
    const texts = [
      '',
      ' ',
      '0',
      '"x"',
      'true',
      '{}',
      '[]',
      '{"kind":"go-ci-guard-cell"}',
      '{"kind":"go-ci-guard-cell","version":1}',
      '\u0000',
      '['.repeat(100_000),
    ];
    for (const t of texts) expect(isUnreadable(parseCellReport(t, 'x'))).toBe(true);
    expect(reason('{"kind":"go-ci-guard-cell","version":1}')).toBe('job is missing, not a string');
  });
});
