import { describe, expect, it } from '@jest/globals';
import { CHECK_ICON, type Check, type MatrixReport } from '../../src/matrix/report.js';
import type { ToolchainOutputs } from '../../src/matrix/fingerprint.js';
import { renderChecks } from '../../src/summary/render-checks.js';
import { newReport } from '../../src/cleanup/report.js';
import { renderSummary } from '../../src/summary/render.js';

const OUTPUTS: ToolchainOutputs = {
  'go-version': '1.22.3',
  'cgo-enabled': '1',
  cc: '/usr/bin/gcc',
  'cc-version': 'gcc (Debian 12.2.0-14) 12.2.0',
  'cc-target': 'x86_64-linux-gnu',
  libc: 'glibc',
  'libc-version': '2.36',
  'toolchain-fingerprint': '0123456789abcdef',
};
const FACTS_LINE = 'Go 1.22.3 · CGO_ENABLED=1 · CC target `x86_64-linux-gnu` · libc glibc 2.36 · fingerprint `0123456789abcdef`';
// Inside <summary> GitHub renders no Markdown: the same facts in HTML.
const FACTS_HTML = 'Go 1.22.3 · CGO_ENABLED=1 · CC target <code>x86_64-linux-gnu</code> · libc glibc 2.36 · fingerprint <code>0123456789abcdef</code>';
const HEADER = ['| | Check | Expected | Found | Fix |', '|---|---|---|---|---|'];

const PASSING: Check[] = [
  { id: 'go', title: 'Go version', status: 'pass', expected: 'Go 1.22.x', found: 'go1.22.3 (/usr/local/go/bin/go)' },
  { id: 'cgo', title: 'cgo (effective CGO_ENABLED)', status: 'pass', expected: 'CGO_ENABLED=1', found: 'CGO_ENABLED=1 with gcc' },
  { id: 'cc', title: 'C compiler (CC)', status: 'pass', expected: 'gcc runs', found: 'gcc 12.2.0, /usr/bin/gcc' },
  { id: 'probe', title: 'cgo probe', status: 'skip', expected: 'a cgo program builds and runs', found: 'not built' },
];

function matrix(changes: Partial<MatrixReport> = {}): MatrixReport {
  return { cell: '[go 1.22.x; cgo true]', onMismatch: 'fail', checks: PASSING, outputs: OUTPUTS, ms: 12, ...changes };
}

/** Pipes that end a table cell (those not escaped with a backslash). */
const cellPipes = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;
/** The table's data rows (after the header and the separator). */
const rows = (md: string) => {
  const lines = md.split('\n');
  const start = lines.indexOf(HEADER[1]);
  expect(start).toBeGreaterThan(0);
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('|')) break;
    body.push(line);
  }
  return body;
};

describe('CHECK_ICON', () => {
  it('has one icon per status', () => {
    expect(CHECK_ICON).toEqual({ pass: '✅', warn: '⚠️', fail: '❌', skip: '➖' });
  });
});

describe('renderChecks: every check passed', () => {
  it('folds into a <details> whose summary gives the pass count and the facts', () => {
    expect(renderChecks(matrix())).toBe(
      [
        `<details><summary>✅ Matrix cell [go 1.22.x; cgo true]: 3 checks passed · ${FACTS_HTML}</summary>`,
        '',
        ...HEADER,
        '| ✅ | Go version | Go 1.22.x | go1.22.3 (/usr/local/go/bin/go) |  |',
        '| ✅ | cgo (effective CGO_ENABLED) | CGO_ENABLED=1 | CGO_ENABLED=1 with gcc |  |',
        '| ✅ | C compiler (CC) | gcc runs | gcc 12.2.0, /usr/bin/gcc |  |',
        '| ➖ | cgo probe | a cgo program builds and runs | not built |  |',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('leaves unknown facts out of the facts line, keeping the fingerprint', () => {
    const outputs: ToolchainOutputs = { ...OUTPUTS, 'go-version': '', 'cgo-enabled': '', 'cc-target': '', libc: '', 'libc-version': '' };
    expect(renderChecks(matrix({ outputs })).split('\n')[0]).toBe(
      '<details><summary>✅ Matrix cell [go 1.22.x; cgo true]: 3 checks passed · fingerprint <code>0123456789abcdef</code></summary>',
    );
    expect(renderChecks(matrix({ cell: '[go >=1.21 <1.23]' })).split('\n')[0]).toContain('Matrix cell [go &gt;=1.21 &lt;1.23]: 3 checks passed');
    expect(renderChecks(matrix({ outputs: { ...OUTPUTS, 'libc-version': '' } })).split('\n')[0]).toContain(' · libc glibc · fingerprint ');
  });
});

describe('renderChecks: problems', () => {
  const failing: Check[] = [
    PASSING[0],
    {
      id: 'cgo',
      title: 'cgo (effective CGO_ENABLED)',
      status: 'fail',
      expected: 'CGO_ENABLED=1',
      found: 'CGO_ENABLED=0: CGO_ENABLED=0 is set in the job environment',
      fix: 'remove CGO_ENABLED=0 from the job environment',
    },
    { id: 'libc', title: 'libc', status: 'warn', expected: 'musl >=1.2', found: 'musl (x)', fix: 'cannot tell the musl version to compare with >=1.2' },
    { id: 'probe', title: 'cgo probe', status: 'skip', expected: 'a cgo program builds and runs', found: 'not built: cgo is off' },
  ];

  it('shows a visible ❌ verdict with the facts, then the table with an icon per check', () => {
    expect(renderChecks(matrix({ checks: failing }))).toBe(
      [
        `❌ Matrix cell [go 1.22.x; cgo true]: 1 check failed · ${FACTS_LINE}`,
        '',
        ...HEADER,
        '| ✅ | Go version | Go 1.22.x | go1.22.3 (/usr/local/go/bin/go) |  |',
        '| ❌ | cgo (effective CGO_ENABLED) | CGO_ENABLED=1 | CGO_ENABLED=0: CGO_ENABLED=0 is set in the job environment | remove CGO_ENABLED=0 from the job environment |',
        '| ⚠️ | libc | musl >=1.2 | musl (x) | cannot tell the musl version to compare with >=1.2 |',
        '| ➖ | cgo probe | a cgo program builds and runs | not built: cgo is off |  |',
      ].join('\n'),
    );
  });

  it('counts failures in the plural and says when on-mismatch: warn let the job go on', () => {
    const two = failing.map((c) => (c.status === 'warn' ? { ...c, status: 'fail' as const } : c));
    expect(renderChecks(matrix({ checks: two })).split('\n')[0]).toBe(`❌ Matrix cell [go 1.22.x; cgo true]: 2 checks failed · ${FACTS_LINE}`);
    expect(renderChecks(matrix({ checks: failing, onMismatch: 'warn' })).split('\n')[0]).toBe(
      `❌ Matrix cell [go 1.22.x; cgo true]: 1 check failed (on-mismatch: warn, so the job went on) · ${FACTS_LINE}`,
    );
  });

  it('only warnings: a ⚠️ verdict counting them, not folded', () => {
    const warned = failing.filter((c) => c.status !== 'fail');
    const md = renderChecks(matrix({ checks: warned }));
    expect(md.split('\n')[0]).toBe(`⚠️ Matrix cell [go 1.22.x; cgo true]: 1 warning · ${FACTS_LINE}`);
    expect(md).not.toContain('<details>');
    const twoWarnings = [...warned, { ...warned[1], id: 'flags', title: 'Flag folders' }];
    expect(renderChecks(matrix({ checks: twoWarnings, onMismatch: 'warn' })).split('\n')[0]).toBe(
      `⚠️ Matrix cell [go 1.22.x; cgo true]: 2 warnings · ${FACTS_LINE}`,
    );
  });

  it("adds the probe's compiler output in a folded text block, neutralising backtick fences", () => {
    const probeOutput = '# go-ci-guard/cgo-probe\n```\n./main.go:4:10: fatal error: stdio.h: No such file or directory\n``` `x`';
    const md = renderChecks(matrix({ checks: failing, probeOutput }));
    const expectedBlock = [
      "<details><summary>cgo probe: the compiler's output</summary>",
      '',
      '```text',
      "# go-ci-guard/cgo-probe\n'''\n./main.go:4:10: fatal error: stdio.h: No such file or directory\n''' `x`",
      '```',
      '',
      '</details>',
    ].join('\n');
    expect(md.endsWith(`\n\n${expectedBlock}`)).toBe(true);
    // Exactly the two fences of the block itself remain.
    expect(md.match(/```/g)).toHaveLength(2);
  });

  it('escapes pipes and newlines in every cell, so each check stays one table row', () => {
    const nasty: Check[] = [
      {
        id: 'go',
        title: 'Go | version',
        status: 'fail',
        expected: '1.21.x || 1.22.x',
        found: 'go1.20\n(/usr/bin/go)\r\nsecond | line',
        fix: 'use a | b\nor c',
      },
      { id: 'probe', title: 'cgo probe', status: 'fail', expected: 'runs', found: 'built, but running it failed: line 1\nline 2 | x' },
    ];
    const md = renderChecks(matrix({ checks: nasty }));
    const body = rows(md);
    expect(body).toEqual([
      '| ❌ | Go \\| version | 1.21.x \\|\\| 1.22.x | go1.20 (/usr/bin/go) second \\| line | use a \\| b or c |',
      '| ❌ | cgo probe | runs | built, but running it failed: line 1 line 2 \\| x |  |',
    ]);
    for (const row of body) expect(cellPipes(row)).toBe(6);
  });

  it('clips a long found text to 400 characters', () => {
    const found = 'x'.repeat(450);
    const body = rows(renderChecks(matrix({ checks: [{ id: 'go', title: 'Go version', status: 'fail', expected: 'Go 1.22', found }] })));
    expect(body).toEqual([`| ❌ | Go version | Go 1.22 | ${'x'.repeat(399)}… |  |`]);
  });

  it('escapes pipes in the cell name in the verdict', () => {
    const md = renderChecks(matrix({ cell: '[go 1.21.x || 1.22.x]', checks: failing }));
    expect(md.split('\n')[0]).toBe(`❌ Matrix cell [go 1.21.x \\|\\| 1.22.x]: 1 check failed · ${FACTS_LINE}`);
  });
});

describe('renderSummary with a matrix report', () => {
  it('puts the checks right after the heading, before the cleanup part', () => {
    const cleanup = newReport('nothing', { reasons: ['no job folder was set up'] });
    const checks = renderChecks(matrix());
    expect(renderSummary(cleanup, matrix())).toBe(['### Go CI Guard', checks, 'ℹ️ Nothing to clean up:', '- no job folder was set up'].join('\n\n') + '\n');
  });

  it('keeps the cleanup part after a failing cell, job folder and tables included', () => {
    const cleanup = newReport('removed', {
      jobDir: '/runner/_temp/job',
      folders: [{ folder: 'tmp', variables: ['TMPDIR'] }],
      groups: new Map([['tmp', { files: 3, dirs: 1, bytes: 512, ms: 4, removed: true }]]),
      totalMs: 5,
    });
    const failed = matrix({ checks: [{ id: 'cgo', title: 'cgo', status: 'fail', expected: 'CGO_ENABLED=1', found: 'CGO_ENABLED=0' }] });
    const md = renderSummary(cleanup, failed);
    const verdict = md.indexOf('❌ Matrix cell');
    const headline = md.indexOf('✅ Job folder removed');
    expect(md.startsWith('### Go CI Guard\n\n❌ Matrix cell [go 1.22.x; cgo true]: 1 check failed · ')).toBe(true);
    expect(verdict).toBeGreaterThan(0);
    expect(headline).toBeGreaterThan(verdict);
    expect(md.indexOf('| Variable | Folder in the job folder |')).toBeGreaterThan(headline);
    expect(md).toContain(`${renderChecks(failed)}\n\n✅ Job folder removed: reclaimed **512 B** in 3 files in 5 ms.\n\nJob folder: \`/runner/_temp/job\``);
  });

  it('without a matrix report, has no checks at all', () => {
    const md = renderSummary(newReport('nothing'));
    expect(md).toBe('### Go CI Guard\n\nℹ️ Nothing to clean up.\n');
  });
});
