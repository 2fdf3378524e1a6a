// Pure: the report mode's job summary — every matrix cell in one table, failed cells first. One short
// row a cell (no nested detail, the first problem clipped) keeps a 256-cell matrix's page readable;
// the CSV and JSON exports carry everything.
import type { CellDifference, CellRow, CellTable, CellVerdict, ToolchainField } from '../cells/table.js';
import { formatBytes, formatCount } from '../lib/format.js';
import { CHECK_ICON } from '../matrix/report.js';
import { cell, code, escapeHtml } from './markdown.js';

/** The first problem's text in a row stops here. */
export const MAX_PROBLEM_CHARS = 120;
/** Difference groups and unreadable reports listed; the JSON export has them all. */
export const MAX_LISTED = 20;
/** Cells named per toolchain in a difference group. */
const MAX_CELLS_NAMED = 8;

const VERDICT_ICON: Record<CellVerdict, string> = { failed: CHECK_ICON.fail, warned: CHECK_ICON.warn, ok: CHECK_ICON.pass };

const CLEANUP: Record<CellRow['cleanup'], string> = {
  removed: '✅ removed',
  partial: '⚠️ partly removed',
  refused: '⛔ refused',
  nothing: 'ℹ️ nothing to do',
  gone: 'ℹ️ already gone',
};

const FIELD_NAME: Record<ToolchainField, string> = { cc: 'compiler path', ccVersion: 'compiler version', ccTarget: 'compiler target' };

/** Text from a job (names, labels, check results): no HTML, no pipe that ends the cell, one line. */
const safe = (text: string, max?: number) => escapeHtml(cell(text, max));

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

function headline(c: CellTable['counts']): string {
  const parts = [
    !c.cells
      ? 'ℹ️ No cell reports to show'
      : c.failed
        ? `**${CHECK_ICON.fail} ${formatCount(c.failed)} of ${plural(c.cells, 'cell')} failed**`
        : c.warned
          ? `**${CHECK_ICON.warn} ${formatCount(c.warned)} of ${plural(c.cells, 'cell')} warned**`
          : `**${CHECK_ICON.pass} ${plural(c.cells, 'cell')} passed**`,
  ];
  if (c.failed && c.warned) parts.push(`${CHECK_ICON.warn} ${formatCount(c.warned)} warned`);
  if (c.failed || c.warned) parts.push(`${CHECK_ICON.pass} ${formatCount(c.ok)} passed`);
  if (c.unreadable) parts.push(`${CHECK_ICON.warn} ${plural(c.unreadable, 'report')} could not be read`);
  return parts.join(' · ');
}

function row(r: CellRow): string {
  const checks = r.checks ? `${r.checks.passed} / ${r.checks.warned} / ${r.checks.failed}` : 'off';
  const p = r.firstProblem;
  const problem = p ? `${CHECK_ICON[p.status]} ${safe(`${p.title}: ${p.found}`, MAX_PROBLEM_CHARS)}` : '';
  const compiler = [r.cc && code(r.cc, 40), r.ccVersion && safe(r.ccVersion, 60)].filter(Boolean).join(' ');
  const leaked = r.leakCount ? `${formatCount(r.leakCount)} · ${formatBytes(r.leakedBytes)}` : '';
  const cleanup = CLEANUP[r.cleanup] + (r.cleanupFailures ? `, ${plural(r.cleanupFailures, 'failure')}` : '');
  const fields = [
    VERDICT_ICON[r.verdict],
    safe(r.job, 60),
    safe(r.label, 120),
    safe(`${r.os}/${r.arch}`, 40),
    safe(`${r.libc} ${r.libcVersion}`.trim(), 40),
    safe(r.goVersion, 40),
    safe(r.cgoEnabled, 10),
    compiler,
    r.fingerprint && code(r.fingerprint, 40),
    checks,
    problem,
    r.lowestFree === undefined ? '' : formatBytes(r.lowestFree),
    formatBytes(r.reclaimedBytes),
    leaked,
    cleanup,
  ];
  return `| ${fields.join(' | ')} |`;
}

const TABLE_HEAD = [
  '| | Job | Cell | OS/arch | libc | Go | cgo | Compiler | Fingerprint | Checks ✅/⚠️/❌ | First problem | Lowest free | Reclaimed | Leaked to HOME | Cleanup |',
  '|---|---|---|---|---|---|---|---|---|---|---|--:|--:|--:|---|',
];

function names(cells: { job: string; label: string }[]): string {
  const named = cells.slice(0, MAX_CELLS_NAMED).map((c) => safe(c.label ? `${c.job} (${c.label})` : c.job, 120));
  if (cells.length > MAX_CELLS_NAMED) named.push(`and ${formatCount(cells.length - MAX_CELLS_NAMED)} more`);
  return named.join(', ');
}

function difference(d: CellDifference): string {
  const alike = [`${d.os}/${d.arch}`, d.goVersion && `Go ${d.goVersion}`, d.libc && `${d.libc} ${d.libcVersion}`.trim(), `CGO_ENABLED=${d.cgoEnabled}`];
  const why = d.fields.length
    ? `${d.fields.map((f) => FIELD_NAME[f]).join(', ')} differ${d.fields.length === 1 ? 's' : ''}`
    : "no field shown differs: the compiler's identity does (a hash of its program, or its arguments)";
  const rows = d.variants.map(
    (v) =>
      `| ${code(v.fingerprint, 40)} | ${v.cc && code(v.cc, 60)} | ${safe(v.ccVersion, 80)} | ${safe(v.ccTarget, 60)} | ${formatCount(v.cells.length)}: ${names(v.cells)} |`,
  );
  return [
    `${safe(alike.filter(Boolean).join(' · '))}: ${why}.`,
    '',
    '| Fingerprint | Compiler | Version | Target | Cells |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const more = (total: number) => `… and ${formatCount(total - MAX_LISTED)} more (see the JSON export).`;

export function renderCellTable(table: CellTable): string {
  const parts = [headline(table.counts)];
  if (table.rows.length) parts.push([...TABLE_HEAD, ...table.rows.map(row)].join('\n'));
  if (table.counts.earlierAttempts) {
    parts.push(`ℹ️ Each cell shows its latest attempt: ${plural(table.counts.earlierAttempts, 'report')} of earlier attempts left out.`);
  }
  const ds = table.differences;
  if (ds.length) {
    parts.push(
      `**${CHECK_ICON.warn} Cells that should match but do not** (same OS, arch, Go, libc and CGO_ENABLED, different toolchain fingerprints: their builds differ, and their caches are kept apart):`,
      ...ds.slice(0, MAX_LISTED).map(difference),
    );
    if (ds.length > MAX_LISTED) parts.push(more(ds.length));
  }
  const u = table.unreadable;
  if (u.length) {
    const listed = u.slice(0, MAX_LISTED).map((r) => `${code(r.name, 80)} (${safe(r.reason, 120)})`);
    parts.push(`${CHECK_ICON.warn} Could not read ${plural(u.length, 'report')}: ${listed.join('; ')}.${u.length > MAX_LISTED ? ` ${more(u.length)}` : ''}`);
  }
  return parts.join('\n\n');
}
