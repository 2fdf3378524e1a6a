import { describe, expect, it } from '@jest/globals';
import { buildCellTable, type CellRow } from '../../src/cells/table.js';
import { PASSED, cellReport, failedCell } from '../fixtures/cells.js';

const order = (rows: CellRow[]) => rows.map((r) => `${r.verdict} ${r.job} ${r.label}`);

describe('buildCellTable: a row', () => {
  it('carries every column of the report', () => {
    const report = cellReport({
      leaks: [
        { tool: 'go', path: '/home/runner/.cache/go-build', added: 1000 },
        { tool: 'pip', path: '/home/runner/.cache/pip', added: 24 },
      ],
    });
    expect(buildCellTable([report], []).rows).toEqual([
      {
        verdict: 'warned',
        job: 'build',
        label: 'glibc',
        runAttempt: 1,
        runner: 'GitHub Actions 2',
        os: 'Linux',
        arch: 'X64',
        libc: 'glibc',
        libcVersion: '2.36',
        goVersion: '1.22.3',
        cgoEnabled: '1',
        cc: '/usr/bin/gcc',
        ccVersion: 'gcc (Debian 12.2.0-14) 12.2.0',
        ccTarget: 'x86_64-linux-gnu',
        fingerprint: '0123456789abcdef',
        checks: { passed: 2, warned: 0, failed: 0 },
        lowestFree: 10 * 1024 ** 3,
        reclaimedBytes: 512 * 1024 ** 2,
        leakCount: 2,
        leakedBytes: 1024,
        cleanup: 'removed',
        cleanupFailures: 0,
        finishedAt: '2026-11-29T08:00:00.000Z',
      },
    ]);
  });

  it('names the cell by its matrix values when it has them, in their order, else by its label', () => {
    const rows = buildCellTable(
      [cellReport({ label: '{"libc":"musl","go":"1.22"}', matrixValues: { libc: 'musl', go: '1.22' } }), cellReport({ job: 'lint', label: 'my cell' })],
      [],
    ).rows;
    expect(rows.map((r) => r.label)).toEqual(['libc=musl, go=1.22', 'my cell']);
  });

  it('leaves out checks, first problem and lowest free when the cell has none', () => {
    const row = buildCellTable([cellReport({ checks: undefined, lowestFree: undefined })], []).rows[0];
    expect(row).not.toHaveProperty('checks');
    expect(row).not.toHaveProperty('firstProblem');
    expect(row).not.toHaveProperty('lowestFree');
    expect(row.verdict).toBe('ok');
  });

  it('gives the first failed check as the first problem, else the first that warned', () => {
    expect(buildCellTable([failedCell()], []).rows[0].firstProblem).toEqual({
      status: 'fail',
      title: 'cgo',
      found: 'CGO_ENABLED=0: set in the job environment',
    });
    const warned = cellReport({
      checks: {
        passed: 1,
        warned: 2,
        failed: 0,
        list: [PASSED[0], { id: 'libc', title: 'libc', status: 'warn', found: 'musl (x)' }, { id: 'cc', title: 'CC', status: 'warn', found: 'y' }],
      },
    });
    expect(buildCellTable([warned], []).rows[0].firstProblem).toEqual({ status: 'warn', title: 'libc', found: 'musl (x)' });
  });
});

describe('buildCellTable: verdicts', () => {
  const cases: [string, ReturnType<typeof cellReport>, CellRow['verdict']][] = [
    ['a failed check', failedCell(), 'failed'],
    ['a partial cleanup', cellReport({ cleanup: { status: 'partial', reclaimedBytes: 5, failures: 2 } }), 'failed'],
    ['a refused cleanup', cellReport({ cleanup: { status: 'refused', reclaimedBytes: 0, failures: 0 } }), 'failed'],
    ['a failed check and a leak', failedCell({ leaks: [{ tool: 'go', path: '/h/.cache/go-build', added: 1 }] }), 'failed'],
    ['a warned check', cellReport({ checks: { passed: 1, warned: 1, failed: 0, list: PASSED } }), 'warned'],
    ['a leak', cellReport({ leaks: [{ tool: 'go', path: '/h/.cache/go-build', added: 1 }] }), 'warned'],
    ['all passed, cleaned up', cellReport(), 'ok'],
    ['nothing to clean up, no checks', cellReport({ checks: undefined, cleanup: { status: 'nothing', reclaimedBytes: 0, failures: 0 } }), 'ok'],
    ['folder already gone', cellReport({ cleanup: { status: 'gone', reclaimedBytes: 0, failures: 0 } }), 'ok'],
  ];
  it.each(cases)('%s', (_name, report, verdict) => {
    expect(buildCellTable([report], []).rows[0].verdict).toBe(verdict);
  });

  it('counts cells by verdict, and the unreadable reports', () => {
    const reports = [failedCell({ label: 'a' }), cellReport({ label: 'b' }), cellReport({ label: 'c', checks: { passed: 0, warned: 1, failed: 0, list: [] } })];
    const unreadable = [{ name: 'z.json', reason: 'not JSON' }];
    expect(buildCellTable([...reports, cellReport({ label: 'd' })], unreadable).counts).toEqual({
      cells: 4,
      failed: 1,
      warned: 1,
      ok: 2,
      unreadable: 1,
      earlierAttempts: 0,
    });
  });
});

describe('buildCellTable: order and attempts', () => {
  it('puts failed cells first, then warned, then ok; within a verdict by job, then label (numbers as numbers)', () => {
    const leak = [{ tool: 'go', path: '/h/.cache/go-build', added: 1 }];
    const reports = [
      cellReport({ job: 'test', label: 'go=1.22' }),
      cellReport({ job: 'build', label: 'go=1.22' }),
      cellReport({ job: 'build', label: 'go=1.9' }),
      cellReport({ job: 'build', label: 'go=1.10', leaks: leak }),
      failedCell({ job: 'test', label: 'go=1.21' }),
      cellReport({ job: 'build', label: 'go=1.21', leaks: leak }),
      failedCell({ job: 'build', label: 'go=1.23' }),
    ];
    expect(order(buildCellTable(reports, []).rows)).toEqual([
      'failed build go=1.23',
      'failed test go=1.21',
      'warned build go=1.10',
      'warned build go=1.21',
      'ok build go=1.9',
      'ok build go=1.22',
      'ok test go=1.22',
    ]);
  });

  it('does not depend on the order of the reports', () => {
    const reports = [cellReport({ label: 'x', runner: { os: 'Linux', arch: 'ARM64', name: 'r' } }), cellReport({ label: 'x' }), cellReport({ label: 'a' })];
    const forward = buildCellTable(reports, []);
    expect(buildCellTable([...reports].reverse(), [])).toEqual(forward);
    expect(forward.rows.map((r) => `${r.label} ${r.arch}`)).toEqual(['a X64', 'x ARM64', 'x X64']);
  });

  it('keeps only the highest attempt of a job+label, and counts the reports left out', () => {
    const reports = [
      failedCell({ label: 'musl', runAttempt: 1 }),
      cellReport({ label: 'musl', runAttempt: 3 }),
      failedCell({ label: 'musl', runAttempt: 2 }),
      failedCell({ label: 'glibc', runAttempt: 1 }),
      // Another job with the same label is another cell.
      cellReport({ job: 'test', label: 'musl', runAttempt: 1 }),
    ];
    const table = buildCellTable(reports, []);
    expect(table.rows.map((r) => `${r.verdict} ${r.job} ${r.label} #${r.runAttempt}`)).toEqual([
      'failed build glibc #1',
      'ok build musl #3',
      'ok test musl #1',
    ]);
    expect(table.counts).toMatchObject({ cells: 3, failed: 1, ok: 2, earlierAttempts: 2 });
  });

  it('keeps both reports of one attempt that share a job and label (two cells named alike)', () => {
    const table = buildCellTable([cellReport({ runAttempt: 2 }), cellReport({ runAttempt: 2, toolchain: { fingerprint: 'ffff' } })], []);
    expect(table.rows.map((r) => r.fingerprint)).toEqual(['0123456789abcdef', 'ffff']);
  });

  it('sorts the unreadable reports by name', () => {
    const unreadable = [
      { name: 'cell-10.json', reason: 'not JSON' },
      { name: 'cell-9.json', reason: 'version 2, this action reads version 1' },
    ];
    expect(buildCellTable([], unreadable).unreadable.map((u) => u.name)).toEqual(['cell-9.json', 'cell-10.json']);
  });
});

describe('buildCellTable: differences', () => {
  it('finds alike cells with different fingerprints and names the fields that differ', () => {
    const reports = [
      cellReport({ label: 'a' }),
      cellReport({ label: 'b', toolchain: { fingerprint: 'bbbbbbbbbbbbbbbb', ccVersion: 'gcc 13.1.0' } }),
      cellReport({ label: 'c' }),
      // Another libc: not expected to match.
      cellReport({ label: 'd', toolchain: { libc: 'musl', libcVersion: '1.2.4', fingerprint: 'dddddddddddddddd' } }),
    ];
    expect(buildCellTable(reports, []).differences).toEqual([
      {
        os: 'Linux',
        arch: 'X64',
        goVersion: '1.22.3',
        libc: 'glibc',
        libcVersion: '2.36',
        cgoEnabled: '1',
        fields: ['ccVersion'],
        variants: [
          {
            fingerprint: '0123456789abcdef',
            cc: '/usr/bin/gcc',
            ccVersion: 'gcc (Debian 12.2.0-14) 12.2.0',
            ccTarget: 'x86_64-linux-gnu',
            cells: [
              { job: 'build', label: 'a' },
              { job: 'build', label: 'c' },
            ],
          },
          { fingerprint: 'bbbbbbbbbbbbbbbb', cc: '/usr/bin/gcc', ccVersion: 'gcc 13.1.0', ccTarget: 'x86_64-linux-gnu', cells: [{ job: 'build', label: 'b' }] },
        ],
      },
    ]);
  });

  it('lists several differing fields, in a fixed order', () => {
    const reports = [cellReport({ label: 'a' }), cellReport({ label: 'b', toolchain: { fingerprint: 'b', ccTarget: 'x86_64-pc-linux-gnu', cc: '/opt/cc' } })];
    expect(buildCellTable(reports, []).differences[0].fields).toEqual(['cc', 'ccTarget']);
  });

  it('gives no field when only the fingerprint differs (the compiler identity hash or its arguments)', () => {
    const d = buildCellTable([cellReport({ label: 'a' }), cellReport({ label: 'b', toolchain: { fingerprint: 'b' } })], []).differences;
    expect(d).toHaveLength(1);
    expect(d[0].fields).toEqual([]);
    expect(d[0].variants.map((v) => v.fingerprint)).toEqual(['0123456789abcdef', 'b']);
  });

  it('finds none when alike cells share the fingerprint, or cells with different fingerprints differ in what they should', () => {
    const differ: Parameters<typeof cellReport>[0][] = [
      { runner: { os: 'macOS', arch: 'X64', name: 'r' } },
      { runner: { os: 'Linux', arch: 'ARM64', name: 'r' } },
      { toolchain: { goVersion: '1.23.0' } },
      { toolchain: { libc: 'musl' } },
      { toolchain: { libcVersion: '2.39' } },
      { toolchain: { cgoEnabled: '0' } },
    ];
    const reports = [
      cellReport({ label: 'base' }),
      cellReport({ label: 'same', toolchain: { ccVersion: 'other, but the same fingerprint' } }),
      ...differ.map((c, i) => cellReport({ ...c, label: `c${i}`, toolchain: { ...c?.toolchain, fingerprint: `f${i}` } })),
    ];
    expect(buildCellTable(reports, []).differences).toEqual([]);
  });

  it('does not compare cells without a fingerprint (validation off)', () => {
    const reports = [cellReport({ label: 'a' }), cellReport({ label: 'b', toolchain: { fingerprint: '' } })];
    expect(buildCellTable(reports, []).differences).toEqual([]);
  });

  it('compares only the latest attempt of each cell', () => {
    const reports = [cellReport({ label: 'a' }), cellReport({ label: 'b', toolchain: { fingerprint: 'old' } }), cellReport({ label: 'b', runAttempt: 2 })];
    expect(buildCellTable(reports, []).differences).toEqual([]);
  });
});
