import { describe, expect, it } from '@jest/globals';
import { cellTableCsv, cellTableJson } from '../../src/cells/export.js';
import { buildCellTable } from '../../src/cells/table.js';
import { cellReport, failedCell } from '../fixtures/cells.js';

const HEADER =
  'verdict,job,label,run_attempt,runner,os,arch,libc,libc_version,go_version,cgo_enabled,cc,cc_version,cc_target,fingerprint,' +
  'checks_passed,checks_warned,checks_failed,first_problem,lowest_free_bytes,reclaimed_bytes,leaks,leaked_bytes,cleanup,cleanup_failures,finished_at';

describe('cellTableCsv', () => {
  it('puts a quote mark before cell text a spreadsheet would take for a formula', () => {
    const table = buildCellTable([cellReport({ label: '=HYPERLINK("http://x")' }), cellReport({ label: '@SUM(A1)', job: 'other' })], []);
    const lines = cellTableCsv(table).split('\r\n');
    expect(lines.find((l) => l.includes('HYPERLINK'))).toContain(',"\'=HYPERLINK(""http://x"")",');
    expect(lines.find((l) => l.includes('SUM'))).toContain(",'@SUM(A1),");
  });

  it('writes a header, then a line per row in table order, with CRLF line ends', () => {
    const table = buildCellTable([cellReport({ label: 'plain', checks: undefined, lowestFree: undefined }), failedCell({ label: 'bad' })], []);
    expect(cellTableCsv(table)).toBe(
      [
        HEADER,
        'failed,build,bad,1,GitHub Actions 2,Linux,X64,glibc,2.36,1.22.3,1,/usr/bin/gcc,gcc (Debian 12.2.0-14) 12.2.0,x86_64-linux-gnu,0123456789abcdef,' +
          '1,1,1,cgo: CGO_ENABLED=0: set in the job environment,10737418240,536870912,0,0,removed,0,2026-11-29T08:00:00.000Z',
        // Absent values (no checks, no lowest free) are empty fields.
        'ok,build,plain,1,GitHub Actions 2,Linux,X64,glibc,2.36,1.22.3,1,/usr/bin/gcc,gcc (Debian 12.2.0-14) 12.2.0,x86_64-linux-gnu,0123456789abcdef,' +
          ',,,,,536870912,0,0,removed,0,2026-11-29T08:00:00.000Z',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    const report = cellReport({
      job: 'say "hi"',
      matrixValues: { libc: 'musl', go: '1.22' },
      runner: { os: 'Linux', arch: 'X64', name: 'line\nbreak' },
      toolchain: { ccVersion: 'cr\rhere', ccTarget: 'plain;semicolon' },
    });
    const line = cellTableCsv(buildCellTable([report], [])).split('\r\n')[1];
    expect(line.startsWith('ok,"say ""hi""","libc=musl, go=1.22",1,"line\nbreak",Linux,X64,glibc,2.36,1.22.3,1,/usr/bin/gcc,"cr\rhere",plain;semicolon,')).toBe(
      true,
    );
  });

  it('is only the header for no cells', () => {
    expect(cellTableCsv(buildCellTable([], [{ name: 'x.json', reason: 'not JSON' }]))).toBe(`${HEADER}\r\n`);
  });
});

describe('cellTableJson', () => {
  it('writes kind, version, counts, rows, differences and unreadable, two-space indented', () => {
    const table = buildCellTable([cellReport()], [{ name: 'x.json', reason: 'not JSON' }]);
    const json = cellTableJson(table);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.startsWith('{\n  "kind": "go-ci-guard-cells",\n  "version": 1,\n  "counts": {\n    "cells": 1,')).toBe(true);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual(['kind', 'version', 'counts', 'rows', 'differences', 'unreadable']);
    expect(parsed).toEqual({ kind: 'go-ci-guard-cells', version: 1, ...JSON.parse(JSON.stringify(table)) });
  });

  it('is the same text for the same reports in any order', () => {
    const reports = [failedCell({ label: 'a' }), cellReport({ label: 'b', toolchain: { fingerprint: 'b' } }), cellReport({ label: 'c' })];
    expect(cellTableJson(buildCellTable([...reports].reverse(), []))).toBe(cellTableJson(buildCellTable(reports, [])));
  });
});
