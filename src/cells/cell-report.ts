// Pure: one matrix cell's results in a small JSON document that post uploads as an artifact and the
// report mode reads back from every cell. Versioned: a report from another version is listed, not read.
import type { CheckStatus } from '../matrix/report.js';

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
