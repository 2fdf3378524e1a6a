// post's cleanup as run-post calls it: remove the job folder in a log group with a line per folder,
// then warn about whatever needs the user's attention.
import * as core from '@actions/core';
import { formatBytes, formatCount, formatMs } from '../lib/format.js';
import type { PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';
import { cleanJobDir } from './clean-job-dir.js';
import { recheckJobDir } from './recheck.js';
import { failureHints, leftoverTies, type CleanupReport } from './report.js';

export function cleanUpJobDir(state: GuardState, env: NodeJS.ProcessEnv, rules: PlatformRules, workerScript?: URL): Promise<CleanupReport> {
  return core.group('Cleaning up the job folder', async () => {
    const r = await cleanJobDir(state, env, rules, workerScript);
    for (const [name, g] of r.groups) {
      core.info(`${name}: ${formatCount(g.files)} files, ${formatBytes(g.bytes)} freed on disk in ${formatMs(g.ms)}${g.removed ? '' : ' (not fully removed)'}`);
    }
    // The summary lists the first few; the log has every one kept (up to 200).
    for (const f of r.failures) core.info(`could not remove ${f.path}: ${f.code}`);
    if (r.moreFailures) core.info(`… and ${formatCount(r.moreFailures)} more not listed`);
    if (r.engine) core.info(`Removal ran on ${r.engine}.`);
    for (const w of r.warnings) core.warning(`Cleanup: ${w}`);
    // Once removed, looked at again: a process the job left running may write there still.
    const running = await recheckJobDir(r, state.jobDir, rules);
    if (running.length && !r.leftovers) core.info(`Still running from the job (nothing written into the job folder again): ${leftoverList(running)}.`);
    if (r.rewritten) {
      const more = r.rewritten.moreEntries ? ` … and ${formatCount(r.rewritten.moreEntries)} more` : '';
      core.info(`In the job folder again after removal: ${r.rewritten.entries.join(', ') || 'the folder itself, empty'}${more}`);
    }
    return r;
  });
}

export function warnAboutCleanup(report: CleanupReport, jobDir: string): void {
  if (report.status === 'refused') core.warning(`Cleanup refused, nothing was deleted: ${report.reasons.join('; ')}`);
  if (report.status === 'gone') core.info(`The job folder ${jobDir} was already removed by a job step.`);
  const failed = report.failures.length + report.moreFailures;
  if (failed) {
    const examples = report.failures
      .slice(0, 3)
      .map((f) => `${f.path} (${f.code})`)
      .join(', ');
    const hints = failureHints(report).map((h) => ` ${h}.`);
    core.warning(`Could not remove ${formatCount(failed)} entries of the job folder, e.g. ${examples}.${hints.join('')} See the job summary.`);
  }
  const back = report.rewritten;
  if (back) {
    const what = back.entries.length
      ? back.entries
          .slice(0, 3)
          .map((name) => `${jobDir}/${name}`)
          .join(', ') + (back.entries.length + back.moreEntries > 3 ? ', …' : '')
      : `${jobDir} itself`;
    core.warning(`The job folder was written to again after cleanup removed it: ${what}. ${stillRunning(report)}See the job summary.`);
  } else if (report.leftovers) core.warning(`${stillRunning(report)}See the job summary.`);
  if (report.skippedMounts.length) {
    const shown = report.skippedMounts.slice(0, 3).join(', ');
    core.warning(`Left ${report.skippedMounts.length} mount point(s) in the job folder untouched: ${shown}`);
  }
}

function leftoverList(processes: NonNullable<CleanupReport['leftovers']>): string {
  return processes
    .slice(0, 3)
    .map((p) => `pid ${p.pid} (${p.command.slice(0, 80)}): ${leftoverTies(p)}`)
    .join('; ');
}

/** The processes that may keep writing, and what to do about them ('' when none are known). */
function stillRunning(report: CleanupReport): string {
  if (!report.leftovers?.length) return '';
  const them = report.leftovers.length === 1 ? 'it' : 'them';
  return `Still running from the job and may be writing there: ${leftoverList(report.leftovers)}. Stop ${them} in a job step before the job ends. `;
}
