// post's cleanup as run-post calls it: remove the job folder in a log group with a line per folder,
// then warn about whatever needs the user's attention.
import * as core from '@actions/core';
import { formatBytes, formatCount, formatMs } from '../lib/format.js';
import type { PlatformRules } from '../lib/platform.js';
import type { GuardState } from '../state.js';
import { cleanJobDir } from './clean-job-dir.js';
import type { CleanupReport } from './report.js';

export function cleanUpJobDir(state: GuardState, env: NodeJS.ProcessEnv, rules: PlatformRules, workerScript?: URL): Promise<CleanupReport> {
  return core.group('Cleaning up the job folder', async () => {
    const r = await cleanJobDir(state, env, rules, workerScript);
    for (const [name, g] of r.groups) {
      core.info(`${name}: ${formatCount(g.files)} files, ${formatBytes(g.bytes)} in ${formatMs(g.ms)}${g.removed ? '' : ' (not fully removed)'}`);
    }
    // The summary lists the first few; the log has every one kept (up to 200).
    for (const f of r.failures) core.info(`could not remove ${f.path}: ${f.code}`);
    if (r.moreFailures) core.info(`… and ${formatCount(r.moreFailures)} more not listed`);
    if (r.engine) core.info(`Removal ran on ${r.engine}.`);
    for (const w of r.warnings) core.warning(`Cleanup: ${w}`);
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
    core.warning(`Could not remove ${formatCount(failed)} entries of the job folder, e.g. ${examples}. See the job summary.`);
  }
  if (report.skippedMounts.length) {
    const shown = report.skippedMounts.slice(0, 3).join(', ');
    core.warning(`Left ${report.skippedMounts.length} mount point(s) in the job folder untouched: ${shown}`);
  }
}
