// Pure: one matrix cell's results in a small JSON document that post uploads as an artifact and the
// report mode reads back from every cell. Versioned: a report from another version is listed, not read.
import type { CleanupReport } from '../cleanup/report.js';
import type { DiskReport } from '../disk/report.js';
import type { CheckStatus, MatrixReport } from '../matrix/report.js';

export const CELL_REPORT_VERSION = 1;
export const CELL_REPORT_KIND = 'go-ci-guard-cell';

export interface CellCheck {
  id: string;
  title: string;
  status: CheckStatus;
  found: string;
  fix?: string;
}

export interface CellReport {
  kind: typeof CELL_REPORT_KIND;
  version: typeof CELL_REPORT_VERSION;
  /** Who and where: the workflow job, the cell's label (the job's matrix values as JSON, or what the user named it). */
  job: string;
  label: string;
  /** The matrix values when the label is a JSON object (toJSON(matrix)); else empty. */
  matrixValues: Record<string, string>;
  runAttempt: number;
  runner: { os: string; arch: string; name: string };
  /** When post finished, ISO 8601. */
  finishedAt: string;
  /** The toolchain as main found it (empty strings when unknown or validation was off). */
  toolchain: {
    goVersion: string;
    cgoEnabled: string;
    cc: string;
    ccVersion: string;
    ccTarget: string;
    libc: string;
    libcVersion: string;
    fingerprint: string;
  };
  /** The checks, absent when validation was off. */
  checks?: { passed: number; warned: number; failed: number; list: CellCheck[] };
  /** The lowest free space seen on any watched filesystem, in bytes (absent when not measured). */
  lowestFree?: number;
  /** What post's cleanup did. */
  cleanup: { status: 'removed' | 'partial' | 'refused' | 'nothing' | 'gone'; reclaimedBytes: number; failures: number };
  /** What leaked into HOME's cache (bytes added, by tool). */
  leaks: { tool: string; path: string; added: number }[];
}

const MAX_LABEL = 2000;

export interface CellFacts {
  label: string;
  env: NodeJS.ProcessEnv;
  matrix?: MatrixReport;
  disk?: DiskReport;
  cleanup: CleanupReport;
  finishedAt: Date;
}

/** `{"libc":"musl","go":"1.22"}` → { libc: 'musl', go: '1.22' }; anything else (not a JSON object) → {}. */
export function matrixValuesOf(label: string): Record<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(label);
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

export function buildCellReport(f: CellFacts): CellReport {
  const outputs = f.matrix?.outputs;
  const checks = f.matrix?.checks;
  const lows = (f.disk?.filesystems ?? []).map((fs) => fs.lowest).filter((n) => Number.isFinite(n));
  const reclaimed = [...f.cleanup.groups.values()].reduce((sum, g) => sum + Math.max(0, g.bytes), 0);
  return {
    kind: CELL_REPORT_KIND,
    version: CELL_REPORT_VERSION,
    job: f.env.GITHUB_JOB ?? '',
    // A matrix of many values makes a long label: the report keeps enough to tell cells apart.
    label: f.label.length > MAX_LABEL ? `${f.label.slice(0, MAX_LABEL - 1)}…` : f.label,
    matrixValues: matrixValuesOf(f.label),
    runAttempt: Number(f.env.GITHUB_RUN_ATTEMPT) || 1,
    runner: { os: f.env.RUNNER_OS ?? '', arch: f.env.RUNNER_ARCH ?? '', name: f.env.RUNNER_NAME ?? '' },
    finishedAt: f.finishedAt.toISOString(),
    toolchain: {
      goVersion: outputs?.['go-version'] ?? '',
      cgoEnabled: outputs?.['cgo-enabled'] ?? '',
      cc: outputs?.cc ?? '',
      ccVersion: outputs?.['cc-version'] ?? '',
      ccTarget: outputs?.['cc-target'] ?? '',
      libc: outputs?.libc ?? '',
      libcVersion: outputs?.['libc-version'] ?? '',
      fingerprint: outputs?.['toolchain-fingerprint'] ?? '',
    },
    checks: checks && {
      passed: checks.filter((c) => c.status === 'pass').length,
      warned: checks.filter((c) => c.status === 'warn').length,
      failed: checks.filter((c) => c.status === 'fail').length,
      list: checks.map((c) => ({ id: c.id, title: c.title, status: c.status, found: c.found, ...(c.fix ? { fix: c.fix } : {}) })),
    },
    ...(lows.length ? { lowestFree: Math.min(...lows) } : {}),
    cleanup: { status: f.cleanup.status, reclaimedBytes: reclaimed, failures: f.cleanup.failures.length + f.cleanup.moreFailures },
    leaks: (f.disk?.leaks ?? []).map((l) => ({ tool: l.tool, path: l.path, added: l.added })),
  };
}
