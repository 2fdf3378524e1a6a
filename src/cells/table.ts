// Pure: every matrix cell's report as one table, for the report mode's job summary and its exports:
// the latest attempt of each cell, failed cells first, and the cells that should build alike but do not.
import type { CellReport } from './cell-report.js';
import type { UnreadableReport } from './parse-report.js';

export type CellVerdict = 'failed' | 'warned' | 'ok';

export interface CellRow {
  verdict: CellVerdict;
  job: string;
  /** The matrix values (`libc=musl, go=1.22`), or the cell's label when it has none. */
  label: string;
  runAttempt: number;
  runner: string;
  os: string;
  arch: string;
  libc: string;
  libcVersion: string;
  goVersion: string;
  cgoEnabled: string;
  cc: string;
  ccVersion: string;
  ccTarget: string;
  fingerprint: string;
  /** Absent when the cell ran without validation. */
  checks?: { passed: number; warned: number; failed: number };
  /** The first failed check; when none failed, the first that warned. */
  firstProblem?: { status: 'fail' | 'warn'; title: string; found: string };
  /** Lowest free space on any watched filesystem, bytes (absent when not measured). */
  lowestFree?: number;
  reclaimedBytes: number;
  leakCount: number;
  leakedBytes: number;
  cleanup: CellReport['cleanup']['status'];
  cleanupFailures: number;
  finishedAt: string;
}

/** The toolchain fields that can tell apart cells of one group in `differences`. */
export type ToolchainField = 'cc' | 'ccVersion' | 'ccTarget';
const TOOLCHAIN_FIELDS: readonly ToolchainField[] = ['cc', 'ccVersion', 'ccTarget'];

/** Cells alike in OS, arch, Go, libc and CGO_ENABLED whose fingerprints still differ. */
export interface CellDifference {
  os: string;
  arch: string;
  goVersion: string;
  libc: string;
  libcVersion: string;
  cgoEnabled: string;
  /** The fields that differ; empty when only what the fingerprint hashes unseen does (the compiler's program, its arguments). */
  fields: ToolchainField[];
  /** One entry per distinct toolchain, in table order, with the cells that have it. */
  variants: { fingerprint: string; cc: string; ccVersion: string; ccTarget: string; cells: { job: string; label: string }[] }[];
}

export interface CellTable {
  rows: CellRow[];
  differences: CellDifference[];
  counts: {
    cells: number;
    failed: number;
    warned: number;
    ok: number;
    unreadable: number;
    /** Reports left out because a later attempt of the same cell reported too. */
    earlierAttempts: number;
  };
  unreadable: UnreadableReport[];
}

const RANK: Record<CellVerdict, number> = { failed: 0, warned: 1, ok: 2 };

/** Text order with digit runs compared as numbers, so `go=1.9` comes before `go=1.22`. No ICU: see lib/format. */
function naturalCompare(a: string, b: string): number {
  const x = a.match(/\d+|\D+/g) ?? [];
  const y = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i], y[i]];
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q)) {
      // By length, then digit by digit: any number of digits, no floating-point rounding.
      const [pn, qn] = [p.replace(/^0+/, ''), q.replace(/^0+/, '')];
      if (pn.length !== qn.length) return pn.length - qn.length;
      if (pn !== qn) return pn < qn ? -1 : 1;
    }
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

function compareRows(a: CellRow, b: CellRow): number {
  if (a.verdict !== b.verdict) return RANK[a.verdict] - RANK[b.verdict];
  // Past job and label, only so that the order never depends on the order of the downloads.
  const keys = ['job', 'label', 'os', 'arch', 'fingerprint', 'runner', 'finishedAt'] as const;
  for (const key of keys) {
    const order = naturalCompare(a[key], b[key]);
    if (order) return order;
  }
  return 0;
}

/** Of each job+label, the reports of its highest attempt (a re-run's cells report again). */
function latestAttempts(reports: CellReport[]): CellReport[] {
  const cellKey = (r: CellReport) => JSON.stringify([r.job, r.label]);
  const latest = new Map<string, number>();
  for (const r of reports) latest.set(cellKey(r), Math.max(latest.get(cellKey(r)) ?? 0, r.runAttempt));
  return reports.filter((r) => r.runAttempt === latest.get(cellKey(r)));
}

function toRow(r: CellReport): CellRow {
  const values = Object.entries(r.matrixValues);
  const t = r.toolchain;
  const c = r.checks;
  const problem = c && (c.list.find((check) => check.status === 'fail') ?? c.list.find((check) => check.status === 'warn'));
  const leakedBytes = r.leaks.reduce((n, l) => n + l.added, 0);
  const failed = (c?.failed ?? 0) > 0 || r.cleanup.status === 'partial' || r.cleanup.status === 'refused';
  const warned = (c?.warned ?? 0) > 0 || r.leaks.length > 0;
  return {
    verdict: failed ? 'failed' : warned ? 'warned' : 'ok',
    job: r.job,
    label: values.length ? values.map(([key, value]) => `${key}=${value}`).join(', ') : r.label,
    runAttempt: r.runAttempt,
    runner: r.runner.name,
    os: r.runner.os,
    arch: r.runner.arch,
    libc: t.libc,
    libcVersion: t.libcVersion,
    goVersion: t.goVersion,
    cgoEnabled: t.cgoEnabled,
    cc: t.cc,
    ccVersion: t.ccVersion,
    ccTarget: t.ccTarget,
    fingerprint: t.fingerprint,
    ...(c && { checks: { passed: c.passed, warned: c.warned, failed: c.failed } }),
    ...(problem && { firstProblem: { status: problem.status as 'fail' | 'warn', title: problem.title, found: problem.found } }),
    ...(r.lowestFree !== undefined && { lowestFree: r.lowestFree }),
    reclaimedBytes: r.cleanup.reclaimedBytes,
    leakCount: r.leaks.length,
    leakedBytes,
    cleanup: r.cleanup.status,
    cleanupFailures: r.cleanup.failures,
    finishedAt: r.finishedAt,
  };
}

/** Groups of alike cells (rows in table order) with more than one fingerprint. Cells without one are not compared. */
function findDifferences(rows: CellRow[]): CellDifference[] {
  const groups = new Map<string, CellRow[]>();
  for (const row of rows.filter((r) => r.fingerprint)) {
    const key = JSON.stringify([row.os, row.arch, row.goVersion, row.libc, row.libcVersion, row.cgoEnabled]);
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  const differences: CellDifference[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((r) => r.fingerprint)).size < 2) continue;
    const variants = new Map<string, CellDifference['variants'][number]>();
    for (const r of group) {
      const key = JSON.stringify([r.fingerprint, r.cc, r.ccVersion, r.ccTarget]);
      const variant = variants.get(key) ?? { fingerprint: r.fingerprint, cc: r.cc, ccVersion: r.ccVersion, ccTarget: r.ccTarget, cells: [] };
      variant.cells.push({ job: r.job, label: r.label });
      variants.set(key, variant);
    }
    const [first] = group;
    differences.push({
      os: first.os,
      arch: first.arch,
      goVersion: first.goVersion,
      libc: first.libc,
      libcVersion: first.libcVersion,
      cgoEnabled: first.cgoEnabled,
      fields: TOOLCHAIN_FIELDS.filter((field) => new Set(group.map((r) => r[field])).size > 1),
      variants: [...variants.values()],
    });
  }
  return differences;
}

export function buildCellTable(reports: CellReport[], unreadable: UnreadableReport[]): CellTable {
  const latest = latestAttempts(reports);
  const rows = latest.map(toRow).sort(compareRows);
  const count = (verdict: CellVerdict) => rows.filter((r) => r.verdict === verdict).length;
  return {
    rows,
    differences: findDifferences(rows),
    counts: {
      cells: rows.length,
      failed: count('failed'),
      warned: count('warned'),
      ok: count('ok'),
      unreadable: unreadable.length,
      earlierAttempts: reports.length - latest.length,
    },
    unreadable: [...unreadable].sort((a, b) => naturalCompare(a.name, b.name) || naturalCompare(a.reason, b.reason)),
  };
}
