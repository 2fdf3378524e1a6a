// What cleanup did, for post's log, the job summary and the decision on failing the job.
import { platformRules, type OS } from '../lib/platform.js';
import type { RedirectFolder } from '../redirect/plan.js';
import type { LeftoverProcess } from './leftovers.js';
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
  /** What was in the job folder again when post looked after removal (a process of the job still writing). */
  rewritten?: {
    /** The job folder itself was back after it had been removed. */
    folderBack: boolean;
    /** Entries cleanup had removed that were there again (at most 200 named). */
    entries: string[];
    moreEntries: number;
  };
  /** Processes the job left running that may write into the job folder, when cleanup ended partial (Linux). */
  leftovers?: LeftoverProcess[];
  /** The OS that cleaned (what a failure code means differs); Linux when not said. */
  os?: OS;
}

/** A report with nothing done yet; `changes` fill in what is known. */
export function newReport(status: CleanupReport['status'], changes: Partial<CleanupReport> = {}): CleanupReport {
  return { status, reasons: [], folders: [], groups: new Map(), totalMs: 0, failures: [], moreFailures: 0, skippedMounts: [], warnings: [], ...changes };
}

/** The hint for each failure code in the report that has one (lib/platform.ts removalHints, by the OS that cleaned), in the order the codes first occur. */
export function failureHints(report: Pick<CleanupReport, 'failures' | 'os'>): string[] {
  const hints = platformRules(report.os ?? 'linux').removalHints;
  const codes = [...new Set(report.failures.map((f) => f.code))];
  return codes.filter((code) => code in hints).map((code) => hints[code]);
}

const TIES: Record<LeftoverProcess['why'], string> = {
  environment: 'the job folder is in its environment',
  'working folder': 'its working folder is in the job folder',
  'open file': 'it has files open in the job folder',
};

/** What ties a leftover process to the job folder, in words. */
export function leftoverTies(p: LeftoverProcess): string {
  return TIES[p.why];
}

/** Cleanup that did not finish: what fail-on-cleanup-error fails the job over. */
export function cleanupIncomplete(report: CleanupReport): boolean {
  return report.status === 'refused' || report.status === 'partial';
}
