// What cleanup did, for post's log, the job summary and the decision on failing the job.
import type { RedirectFolder } from '../redirect/plan.js';
import type { GroupTotals, RemovalFailure } from './remove.js';

/** The group of entries in the job folder that belong to no planned folder. */
export const OTHER_GROUP = '(other)';

export interface CleanupReport {
  status: 'removed' | 'partial' | 'refused' | 'nothing' | 'gone';
  /** Why cleanup was refused or had nothing to do. */
  reasons: string[];
  jobDir?: string;
  folders: RedirectFolder[];
  groups: Map<string, GroupTotals>;
  totalMs: number;
  failures: RemovalFailure[];
  moreFailures: number;
  skippedMounts: string[];
  /** Faults that stopped cleanup itself (for the summary; the log has them as warnings already). */
  warnings: string[];
  /** What removed the big groups, when not the main thread alone (for the log). */
  engine?: string;
}

/** A report with nothing done yet; `changes` fill in what is known. */
export function newReport(status: CleanupReport['status'], changes: Partial<CleanupReport> = {}): CleanupReport {
  return { status, reasons: [], folders: [], groups: new Map(), totalMs: 0, failures: [], moreFailures: 0, skippedMounts: [], warnings: [], ...changes };
}

/** Cleanup that did not finish: what fail-on-cleanup-error fails the job over. */
export function cleanupIncomplete(report: CleanupReport): boolean {
  return report.status === 'refused' || report.status === 'partial';
}
