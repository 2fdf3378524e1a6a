import { describe, expect, it } from '@jest/globals';
import type { CellReport } from '../../src/cells/cell-report.js';
import { buildCellTable, type CellTable } from '../../src/cells/table.js';
import { MAX_LISTED, renderCellTable } from '../../src/summary/render-cells.js';
import { cellReport, failedCell } from '../fixtures/cells.js';

const HEAD = [
  '| | Job | Cell | OS/arch | libc | Go | cgo | Compiler | Fingerprint | Checks ✅/⚠️/❌ | First problem | Lowest free | Reclaimed | Leaked to HOME | Cleanup |',
  '|---|---|---|---|---|---|---|---|---|---|---|--:|--:|--:|---|',
];
const TOOLCHAIN_CELLS = 'Linux/X64 | glibc 2.36 | 1.22.3 | 1 | `/usr/bin/gcc` gcc (Debian 12.2.0-14) 12.2.0 | `0123456789abcdef`';

const render = (reports: CellReport[], unreadable: CellTable['unreadable'] = []) => renderCellTable(buildCellTable(reports, unreadable));
const headline = (md: string) => md.split('\n')[0];
/** Pipes that end a table cell (those not escaped with a backslash). */
const cellPipes = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;
/** The cell table's data rows. */
const rows = (md: string) => {
  const lines = md.split('\n');
  const start = lines.indexOf(HEAD[1]);
  expect(start).toBeGreaterThan(0);
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('|')) break;
    body.push(line);
  }
  return body;
};

describe('renderCellTable', () => {
  it('renders the headline, then a row per cell, failed first', () => {
    const leak = [{ tool: 'go', path: '/home/runner/.cache/go-build', added: 2048 }];
    const md = render([
      cellReport({ label: 'a', checks: undefined, lowestFree: undefined }),
      failedCell({ label: 'b', leaks: leak }),
      cellReport({ label: 'c', leaks: leak, cleanup: { status: 'partial', reclaimedBytes: 1024, failures: 3 } }),
    ]);
    expect(md).toBe(
      [
        '**❌ 2 of 3 cells failed** · ✅ 1 passed',
        '',
        ...HEAD,
        `| ❌ | build | b | ${TOOLCHAIN_CELLS} | 1 / 1 / 1 | ❌ cgo: CGO_ENABLED=0: set in the job environment | 10.0 GiB | 512.0 MiB | 1 · 2.00 KiB | ✅ removed |`,
        `| ❌ | build | c | ${TOOLCHAIN_CELLS} | 2 / 0 / 0 |  | 10.0 GiB | 1.00 KiB | 1 · 2.00 KiB | ⚠️ partly removed, 3 failures |`,
        `| ✅ | build | a | ${TOOLCHAIN_CELLS} | off |  |  | 512.0 MiB |  | ✅ removed |`,
      ].join('\n'),
    );
  });

  it('counts in the headline: all passed, warned only, failed and warned, one cell, unreadable, none', () => {
    const warned = (label: string) => cellReport({ label, checks: { passed: 1, warned: 1, failed: 0, list: [] } });
    expect(headline(render([cellReport({ label: 'a' }), cellReport({ label: 'b' })]))).toBe('**✅ 2 cells passed**');
    expect(headline(render([cellReport()]))).toBe('**✅ 1 cell passed**');
    expect(headline(render([failedCell()]))).toBe('**❌ 1 of 1 cell failed** · ✅ 0 passed');
    expect(headline(render([warned('a'), cellReport({ label: 'b' })]))).toBe('**⚠️ 1 of 2 cells warned** · ✅ 1 passed');
    expect(headline(render([failedCell({ label: 'a' }), warned('b'), warned('c'), cellReport({ label: 'd' })]))).toBe(
      '**❌ 1 of 4 cells failed** · ⚠️ 2 warned · ✅ 1 passed',
    );
    expect(headline(render([cellReport()], [{ name: 'x.json', reason: 'not JSON' }]))).toBe('**✅ 1 cell passed** · ⚠️ 1 report could not be read');
    expect(render([], [])).toBe('ℹ️ No cell reports to show');
  });

  it('escapes HTML and pipes in text from the job, so each cell stays one table row', () => {
    const md = render([
      failedCell({
        job: 'build <b>x</b>',
        matrixValues: { name: '<script>alert(1)</script>', shell: 'a | b\nc' },
        checks: { passed: 0, warned: 0, failed: 1, list: [{ id: 'go', title: 'Go | version', status: 'fail', found: '<img src=x onerror=alert(1)>' }] },
        toolchain: { ccVersion: 'gcc | <12>', cc: '/opt/`cc`|x' },
      }),
    ]);
    const body = rows(md);
    expect(body).toEqual([
      '| ❌ | build &lt;b&gt;x&lt;/b&gt; | name=&lt;script&gt;alert(1)&lt;/script&gt;, shell=a \\| b c | Linux/X64 | glibc 2.36 | 1.22.3 | 1 | ' +
        "`/opt/'cc'\\|x` gcc \\| &lt;12&gt; | `0123456789abcdef` | 0 / 0 / 1 | ❌ Go \\| version: &lt;img src=x onerror=alert(1)&gt; | 10.0 GiB | 512.0 MiB |  | ✅ removed |",
    ]);
    expect(cellPipes(body[0])).toBe(16);
    expect(md).not.toContain('<script');
    expect(cellPipes(HEAD[0])).toBe(16);
  });

  it('clips the first problem to 120 characters', () => {
    const found = 'x'.repeat(300);
    const md = render([failedCell({ checks: { passed: 0, warned: 0, failed: 1, list: [{ id: 'go', title: 'Go', status: 'fail', found }] } })]);
    expect(rows(md)[0]).toContain(` | ❌ Go: ${'x'.repeat(115)}… | `);
  });

  it('says when earlier attempts were left out', () => {
    const md = render([failedCell({ runAttempt: 1 }), cellReport({ runAttempt: 2 })]);
    expect(headline(md)).toBe('**✅ 1 cell passed**');
    expect(md.split('\n\n')[2]).toBe('ℹ️ Each cell shows its latest attempt: 1 report of earlier attempts left out.');
  });

  it('lists the unreadable reports with their reasons on one line', () => {
    const md = render(
      [cellReport()],
      [
        { name: 'cell-b.json', reason: 'version 2, this action reads version 1' },
        { name: 'cell-a.json', reason: 'not JSON' },
      ],
    );
    expect(md.split('\n\n').at(-1)).toBe('⚠️ Could not read 2 reports: `cell-a.json` (not JSON); `cell-b.json` (version 2, this action reads version 1).');
    const many = Array.from({ length: MAX_LISTED + 3 }, (_, i) => ({ name: `c${i}.json`, reason: 'not JSON' }));
    expect(render([], many).split('\n\n').at(-1)).toMatch(
      /^⚠️ Could not read 23 reports: `c0.json` \(not JSON\); .*`c19.json` \(not JSON\)\. … and 3 more \(see the JSON export\)\.$/,
    );
  });
});

describe('renderCellTable: differences', () => {
  const intro =
    '**⚠️ Cells that should match but do not** (same OS, arch, Go, libc and CGO_ENABLED, different toolchain fingerprints: their builds differ, and their caches are kept apart):';
  const tableHead = ['| Fingerprint | Compiler | Version | Target | Cells |', '|---|---|---|---|---|'];

  it('shows each group: what the cells share, what differs, a row per toolchain with its cells', () => {
    const md = render([
      cellReport({ label: 'a' }),
      cellReport({ label: 'b', toolchain: { fingerprint: 'bbbbbbbbbbbbbbbb', ccVersion: 'gcc 13.1.0', ccTarget: 'x86_64-pc-linux-gnu' } }),
      cellReport({ label: 'c' }),
    ]);
    expect(md.slice(md.indexOf(intro))).toBe(
      [
        intro,
        '',
        'Linux/X64 · Go 1.22.3 · glibc 2.36 · CGO_ENABLED=1: compiler version, compiler target differ.',
        '',
        ...tableHead,
        '| `0123456789abcdef` | `/usr/bin/gcc` | gcc (Debian 12.2.0-14) 12.2.0 | x86_64-linux-gnu | 2: build (a), build (c) |',
        '| `bbbbbbbbbbbbbbbb` | `/usr/bin/gcc` | gcc 13.1.0 | x86_64-pc-linux-gnu | 1: build (b) |',
      ].join('\n'),
    );
  });

  it("says the compiler's identity differs when no field shown does, and names at most 8 cells a toolchain", () => {
    const reports = [...Array.from({ length: 10 }, (_, i) => cellReport({ label: `m${i}` })), cellReport({ label: '<x>', toolchain: { fingerprint: 'ffff' } })];
    const md = render(reports);
    const section = md.slice(md.indexOf(intro)).split('\n');
    expect(section[2]).toBe(
      "Linux/X64 · Go 1.22.3 · glibc 2.36 · CGO_ENABLED=1: no field shown differs: the compiler's identity does (a hash of its program, or its arguments).",
    );
    expect(section.slice(6)).toEqual([
      // In table order: '<x>' sorts before 'm0'.
      '| `ffff` | `/usr/bin/gcc` | gcc (Debian 12.2.0-14) 12.2.0 | x86_64-linux-gnu | 1: build (&lt;x&gt;) |',
      '| `0123456789abcdef` | `/usr/bin/gcc` | gcc (Debian 12.2.0-14) 12.2.0 | x86_64-linux-gnu | 10: ' +
        'build (m0), build (m1), build (m2), build (m3), build (m4), build (m5), build (m6), build (m7), and 2 more |',
    ]);
  });

  it('has no such section when the alike cells match', () => {
    expect(render([cellReport({ label: 'a' }), cellReport({ label: 'b' })])).not.toContain('should match');
  });
});

describe('renderCellTable: a 256-cell matrix', () => {
  it('stays one short row a cell', () => {
    const reports = Array.from({ length: 256 }, (_, i) =>
      i % 50 === 0
        ? failedCell({ label: `cell ${i}`, toolchain: { fingerprint: `f${i}` } })
        : cellReport({ label: `cell ${i}`, toolchain: { fingerprint: `f${i}` } }),
    );
    const md = render(reports);
    expect(headline(md)).toBe('**❌ 6 of 256 cells failed** · ✅ 250 passed');
    const body = rows(md);
    expect(body).toHaveLength(256);
    expect(body.slice(0, 7).map((r) => r.split(' | ')[2])).toEqual(['cell 0', 'cell 50', 'cell 100', 'cell 150', 'cell 200', 'cell 250', 'cell 1']);
    for (const row of body) expect(row.length).toBeLessThan(400);
    // Each cell its own fingerprint on one toolchain: one group, its toolchains listed.
    expect(md.split('\n').filter((l) => l.startsWith('| `f')).length).toBe(256);
    expect(md.length).toBeLessThan(200_000);
  });
});
