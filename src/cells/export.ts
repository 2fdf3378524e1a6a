// Pure: the cell table as files to download (CSV for a spreadsheet, JSON for a script).
import type { CellRow, CellTable } from './table.js';

export const CELL_TABLE_KIND = 'go-ci-guard-cells';
export const CELL_TABLE_VERSION = 1;

/** The CSV's columns: header and value. An absent value is an empty field. */
const COLUMNS: [string, (r: CellRow) => string | number | undefined][] = [
  ['verdict', (r) => r.verdict],
  ['job', (r) => r.job],
  ['label', (r) => r.label],
  ['run_attempt', (r) => r.runAttempt],
  ['runner', (r) => r.runner],
  ['os', (r) => r.os],
  ['arch', (r) => r.arch],
  ['libc', (r) => r.libc],
  ['libc_version', (r) => r.libcVersion],
  ['go_version', (r) => r.goVersion],
  ['cgo_enabled', (r) => r.cgoEnabled],
  ['cc', (r) => r.cc],
  ['cc_version', (r) => r.ccVersion],
  ['cc_target', (r) => r.ccTarget],
  ['fingerprint', (r) => r.fingerprint],
  ['checks_passed', (r) => r.checks?.passed],
  ['checks_warned', (r) => r.checks?.warned],
  ['checks_failed', (r) => r.checks?.failed],
  ['first_problem', (r) => r.firstProblem && `${r.firstProblem.title}: ${r.firstProblem.found}`],
  ['lowest_free_bytes', (r) => r.lowestFree],
  ['reclaimed_bytes', (r) => r.reclaimedBytes],
  ['leaks', (r) => r.leakCount],
  ['leaked_bytes', (r) => r.leakedBytes],
  ['cleanup', (r) => r.cleanup],
  ['cleanup_failures', (r) => r.cleanupFailures],
  ['finished_at', (r) => r.finishedAt],
];

/**
 * RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled. Text
 * from the cells that a spreadsheet would take for a formula (= + - @ first) gets a leading '.
 */
function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line, then one line per row, in table order; CRLF line ends as RFC 4180 has them. */
export function cellTableCsv(table: CellTable): string {
  const lines = [COLUMNS.map(([header]) => header), ...table.rows.map((row) => COLUMNS.map(([, value]) => value(row)))];
  return lines.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/** The whole table, keys in a fixed order, two-space indented. */
export function cellTableJson(table: CellTable): string {
  const { counts, rows, differences, unreadable } = table;
  return `${JSON.stringify({ kind: CELL_TABLE_KIND, version: CELL_TABLE_VERSION, counts, rows, differences, unreadable }, null, 2)}\n`;
}
