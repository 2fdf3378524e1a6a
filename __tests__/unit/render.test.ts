import { describe, expect, it } from '@jest/globals';
import type { GroupTotals, RemovalFailure } from '../../src/cleanup/remove.js';
import { OTHER_GROUP, newReport, type CleanupReport } from '../../src/cleanup/report.js';
import { MAX_LISTED_PROBLEMS, SIZES_LEGEND, renderSummary } from '../../src/summary/render.js';

const JOB = '/runner/_temp/go-ci-guard-1-1-build-abc123';

function report(changes: Partial<CleanupReport> = {}): CleanupReport {
  return newReport('nothing', changes);
}

const group = (files: number, bytes: number, ms: number, removed = true): GroupTotals => ({ files, dirs: 1, bytes, ms, removed });

const failures = (n: number, path = (i: number) => `${JOB}/go-build/f${i}`): RemovalFailure[] =>
  Array.from({ length: n }, (_, i) => ({ path: path(i), code: 'EBUSY', message: 'resource busy or locked' }));

/** Pipes that end a table cell (those not escaped with a backslash). */
const cellPipes = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

/** The `- ` list lines of the section starting with `heading`. */
function listAfter(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const section = markdown
    .slice(start + heading.length)
    .split('\n\n')
    .filter(Boolean)[0];
  return section.split('\n').filter(Boolean);
}

describe('renderSummary: a complete removal', () => {
  it('renders the headline, the variable table and the per-folder table with a total', () => {
    const md = renderSummary(
      report({
        status: 'removed',
        jobDir: JOB,
        folders: [
          { folder: 'tmp', variables: ['TMPDIR', 'TMP', 'TEMP'] },
          { folder: 'go-build', variables: ['GOCACHE'] },
        ],
        groups: new Map([
          ['go-build', group(1200, 1.5 * 1024 * 1024, 850)],
          ['tmp', group(3, 512, 4)],
        ]),
        totalMs: 1234,
      }),
    );
    expect(md).toBe(
      [
        '### Go CI Guard',
        '',
        '✅ Job folder removed: reclaimed **1.50 MiB** in 1,203 files in 1.23 s.',
        '',
        `Job folder: \`${JOB}\``,
        '',
        '| Variable | Folder in the job folder |',
        '|---|---|',
        '| `TMPDIR`, `TMP`, `TEMP` | `tmp` |',
        '| `GOCACHE` | `go-build` |',
        '',
        '| Folder | Files | Freed on disk | Time | Status |',
        '|---|--:|--:|--:|---|',
        '| `go-build` | 1,200 | 1.50 MiB | 850 ms | ✅ removed |',
        '| `tmp` | 3 | 512 B | 4 ms | ✅ removed |',
        '| **Total** | **1,203** | **1.50 MiB** | **1.23 s** | |',
        '',
        SIZES_LEGEND,
        '',
      ].join('\n'),
    );
  });
});

describe('renderSummary: headlines', () => {
  it('partial: says only partly removed and marks folders left', () => {
    const md = renderSummary(
      report({
        status: 'partial',
        jobDir: JOB,
        groups: new Map([
          ['go-mod', group(10, 2048, 20, false)],
          [OTHER_GROUP, group(1, 10, 1)],
        ]),
        totalMs: 65_000,
        failures: failures(1),
      }),
    );
    expect(md).toContain('⚠️ Job folder only partly removed: reclaimed **2.01 KiB** in 11 files in 1 min 5 s.');
    expect(md).toContain('| `go-mod` | 10 | 2.00 KiB | 20 ms | ⚠️ left |');
    expect(md).toContain('| `(other)` | 1 | 10 B | 1 ms | ✅ removed |');
    expect(md).toContain('| **Total** | **11** | **2.01 KiB** | **1 min 5 s** | |');
  });

  it('refused: lists the reasons', () => {
    const md = renderSummary(report({ status: 'refused', jobDir: JOB, reasons: [`${JOB} is not inside the root /r`, 'second reason'] }));
    expect(md).toBe(
      `### Go CI Guard\n\n⛔ Cleanup refused: nothing was deleted:\n\n- ${JOB} is not inside the root /r\n- second reason\n\nJob folder: \`${JOB}\`\n`,
    );
  });

  it('nothing, with a reason', () => {
    expect(renderSummary(report({ status: 'nothing', reasons: ['main created no job folder'] }))).toBe(
      '### Go CI Guard\n\nℹ️ Nothing to clean up:\n\n- main created no job folder\n',
    );
  });

  it('nothing, without reasons, ends the headline with a full stop', () => {
    expect(renderSummary(report({ status: 'nothing' }))).toBe('### Go CI Guard\n\nℹ️ Nothing to clean up.\n');
  });

  it('gone: names the job folder', () => {
    expect(renderSummary(report({ status: 'gone', jobDir: JOB }))).toBe(`### Go CI Guard\n\nℹ️ Job folder was already gone.\n\nJob folder: \`${JOB}\`\n`);
  });

  it('lists at most MAX_LISTED_PROBLEMS reasons', () => {
    const reasons = Array.from({ length: 25 }, (_, i) => `reason ${i}`);
    const lines = renderSummary(report({ status: 'refused', reasons }))
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(lines[MAX_LISTED_PROBLEMS - 1]).toBe(`- reason ${MAX_LISTED_PROBLEMS - 1}`);
    expect(lines[MAX_LISTED_PROBLEMS]).toBe('- … and 5 more (see the step log)');
  });

  it('omits the tables and problem sections when there is nothing to show', () => {
    const md = renderSummary(report({ status: 'removed', jobDir: JOB }));
    expect(md).toBe(`### Go CI Guard\n\n✅ Job folder removed: reclaimed **0 B** in 0 files in 0 ms.\n\nJob folder: \`${JOB}\`\n`);
  });
});

describe('renderSummary: escaping', () => {
  it('keeps every table row at its column count when names contain pipes and backticks', () => {
    const md = renderSummary(
      report({
        status: 'partial',
        jobDir: '/t/a|b`c/go-ci-guard-x',
        folders: [{ folder: 'we|rd`', variables: ['A|B', 'C`D'] }],
        groups: new Map([['we|rd`', group(1, 1, 1, false)]]),
        failures: [{ path: '/t/go-ci-guard-x/x|y/`f`', code: 'E|X', message: 'm' }],
        skippedMounts: ['/t/go-ci-guard-x/m|n'],
        warnings: ['w|1\nline2'],
      }),
    );
    const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
    expect(tableLines).toHaveLength(2 + 1 + 2 + 2);
    for (const line of tableLines.slice(0, 3)) expect(cellPipes(line)).toBe(3);
    for (const line of tableLines.slice(3)) expect(cellPipes(line)).toBe(6);

    expect(md).toContain("Job folder: `/t/a\\|b'c/go-ci-guard-x`");
    expect(md).toContain("| `A\\|B`, `C'D` | `we\\|rd'` |");
    expect(md).toContain("| `we\\|rd'` | 1 | 1 B | 1 ms | ⚠️ left |");
    expect(md).toContain("- `/t/go-ci-guard-x/x\\|y/'f'`: E\\|X");
    expect(md).toContain('- `/t/go-ci-guard-x/m\\|n`');
    expect(md).toContain('- w\\|1 line2');
  });
});

describe('renderSummary: failures, mounts and warnings', () => {
  it('with 5000 failures lists MAX_LISTED_PROBLEMS, says exactly how many more, and stays under 64 KiB', () => {
    const md = renderSummary(report({ status: 'partial', jobDir: JOB, failures: failures(5000) }));
    expect(MAX_LISTED_PROBLEMS).toBe(20);
    const items = listAfter(md, '**Could not remove** (5,000):');
    expect(items).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(items[0]).toBe(`- \`${JOB}/go-build/f0\`: EBUSY`);
    expect(items[MAX_LISTED_PROBLEMS - 1]).toBe(`- \`${JOB}/go-build/f19\`: EBUSY`);
    expect(items[MAX_LISTED_PROBLEMS]).toBe('- … and 4,980 more (see the step log)');
    expect(md).not.toContain('/f20`');
    expect(Buffer.byteLength(md)).toBeLessThan(64 * 1024);
  });

  it('stays under 64 KiB with thousands of very long paths, mounts and warnings', () => {
    const long = (i: number) => `${JOB}/${'d'.repeat(4000)}/${i}`;
    const md = renderSummary(
      report({
        status: 'partial',
        jobDir: long(0),
        failures: failures(5000, long),
        moreFailures: 100_000,
        skippedMounts: Array.from({ length: 5000 }, (_, i) => long(i)),
        warnings: Array.from({ length: 5000 }, (_, i) => `${'w'.repeat(5000)} ${i}`),
      }),
    );
    expect(Buffer.byteLength(md)).toBeLessThan(64 * 1024);
    expect(md).toContain('**Could not remove** (105,000):');
    expect(md).toContain('- … and 104,980 more (see the step log)');
    expect(md).toContain('- … and 4,980 more (see the step log)');
  });

  it('adds moreFailures to the count and to the hidden line', () => {
    const md = renderSummary(report({ status: 'partial', failures: failures(3), moreFailures: 100 }));
    const items = listAfter(md, '**Could not remove** (103):');
    expect(items).toEqual([
      `- \`${JOB}/go-build/f0\`: EBUSY`,
      `- \`${JOB}/go-build/f1\`: EBUSY`,
      `- \`${JOB}/go-build/f2\`: EBUSY`,
      '- … and 100 more (see the step log)',
    ]);
  });

  it('counts both the failures beyond the list and moreFailures as hidden', () => {
    const md = renderSummary(report({ status: 'partial', failures: failures(25), moreFailures: 10 }));
    const items = listAfter(md, '**Could not remove** (35):');
    expect(items).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(items[MAX_LISTED_PROBLEMS]).toBe('- … and 15 more (see the step log)');
  });

  it('shows the section for moreFailures alone', () => {
    const md = renderSummary(report({ status: 'partial', moreFailures: 7 }));
    expect(listAfter(md, '**Could not remove** (7):')).toEqual(['- … and 7 more (see the step log)']);
  });

  it('has no failure section without failures', () => {
    expect(renderSummary(report({ status: 'removed' }))).not.toContain('Could not remove');
  });

  it('lists mount points left in place and warnings', () => {
    const md = renderSummary(report({ status: 'partial', skippedMounts: [`${JOB}/mnt`], warnings: ['slow disk'] }));
    expect(md.endsWith(`**Mount points left in place** (never entered):\n\n- \`${JOB}/mnt\`\n\n**Warnings**\n\n- slow disk\n`)).toBe(true);
  });
});

describe('renderSummary: what to do about what was left', () => {
  it('hints at the cause and the fix of EACCES and EPERM, once per code, in the order they occur; none for other codes', () => {
    const coded = (...codes: string[]) => codes.map((code, i) => ({ path: `${JOB}/tmp/f${i}`, code, message: code }));
    const md = renderSummary(report({ status: 'partial', failures: coded('EPERM', 'EACCES', 'EPERM', 'EBUSY') }));
    const hints = md.split('\n').filter((l) => l.startsWith('💡'));
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatch(/^💡 EPERM \(not permitted\) means entries owned by another user, .* or marked immutable \(chattr \+i\): /);
    expect(hints[1]).toBe(
      '💡 EACCES (permission denied) usually means entries owned by another user, such as root-owned files a container or a sudo step wrote: ' +
        'run the step that wrote them as the runner user (docker run --user), or chown them back or remove them with sudo rm -rf in a later step.',
    );
    expect(renderSummary(report({ status: 'partial', failures: coded('EBUSY') }))).not.toContain('💡');
  });

  it('names what was written into the job folder after removal, and the processes that may write it', () => {
    const leftovers = [{ pid: 4242, command: 'bash -c while :; do date > "$TMPDIR/x"; done', why: 'environment' as const }];
    const md = renderSummary(report({ status: 'partial', rewritten: { folderBack: true, entries: ['tmp'], moreEntries: 2 }, leftovers }));
    expect(md).toContain(
      '**⚠️ Written into the job folder again after cleanup removed it** (a process of the job still writes there):\n\n- `tmp`\n- … and 2 more (see the step log)',
    );
    expect(md).toContain(
      '**Still running from the job**, and may be writing into the job folder (stop it in a job step before the job ends):\n\n' +
        '- pid 4242 `bash -c while :; do date > "$TMPDIR/x"; done`: the job folder is in its environment',
    );
    const empty = renderSummary(report({ status: 'partial', rewritten: { folderBack: true, entries: [], moreEntries: 0 } }));
    expect(empty).toContain('after cleanup removed it** (a process of the job still writes there):\n\n- the job folder itself, empty');
    expect(empty).not.toContain('Still running');
  });

  it('says what the sizes measure wherever there are sizes', () => {
    expect(SIZES_LEGEND).toContain('space on disk');
    expect(
      renderSummary(report({ status: 'removed', groups: new Map([['tmp', group(1, 1, 1)]]) }))
        .trimEnd()
        .endsWith(SIZES_LEGEND),
    ).toBe(true);
    expect(renderSummary(report({ status: 'refused', reasons: ['x'] }))).not.toContain(SIZES_LEGEND);
  });
});

describe('renderSummary: refusal reasons', () => {
  it('are escaped and clipped like other cells', () => {
    const md = renderSummary({
      status: 'refused',
      reasons: ['a\n# b | c', 'x'.repeat(70_000)],
      folders: [],
      groups: new Map(),
      totalMs: 0,
      failures: [],
      moreFailures: 0,
      skippedMounts: [],
      warnings: [],
    });
    expect(md).toContain('- a # b \\| c\n');
    expect(md.length).toBeLessThan(2000);
  });
});
