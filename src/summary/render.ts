// Pure: turns what main set up and what post did into a compact Markdown job summary.
import type { CellUpload } from '../cells/upload-post.js';
import type { CacheReport } from '../cache/report.js';
import type { JanitorReport } from '../cleanup/janitor-plan.js';
import { failureHints, leftoverTies, type CleanupReport } from '../cleanup/report.js';
import type { GroupTotals } from '../cleanup/remove.js';
import type { DiskReport } from '../disk/report.js';
import { formatBytes, formatCount, formatMs } from '../lib/format.js';
import type { MatrixReport } from '../matrix/report.js';
import { cell, code, escapeHtml } from './markdown.js';
import { renderCache } from './render-cache.js';
import { renderChecks } from './render-checks.js';
import { renderDisk } from './render-disk.js';
import { renderJanitor } from './render-janitor.js';

/** What the sizes in the summary measure: the few that are file lengths say so where they stand. */
export const SIZES_LEGEND =
  '<sub>Sizes are space on disk: blocks allocated, as du counts them, or given back to the filesystem. Those marked file data are sums of file lengths.</sub>';

/** Lists in the summary stop here; the step log has every entry. */
export const MAX_LISTED_PROBLEMS = 20;

const STATUS_LINE: Record<CleanupReport['status'], string> = {
  removed: '✅ Job folder removed',
  partial: '⚠️ Job folder only partly removed',
  refused: '⛔ Cleanup refused: nothing was deleted',
  nothing: 'ℹ️ Nothing to clean up',
  gone: 'ℹ️ Job folder was already gone',
};

function sum(groups: Iterable<GroupTotals>) {
  const total = { files: 0, bytes: 0 };
  for (const g of groups) {
    total.files += g.files;
    total.bytes += g.bytes;
  }
  return total;
}

function list(items: string[], more = 0): string {
  const shown = items.slice(0, MAX_LISTED_PROBLEMS);
  const hidden = items.length - shown.length + more;
  return [...shown.map((i) => `- ${i}`), ...(hidden > 0 ? [`- … and ${formatCount(hidden)} more (see the step log)`] : [])].join('\n');
}

/** One line on the cell's report artifact. */
function renderCellUpload(upload: CellUpload): string {
  if (upload.status === 'uploaded')
    return `📤 This cell's report is the artifact ${code(upload.name)} (${formatBytes(upload.size)} of file data), for a job with ${code('mode: report')}.`;
  const icon = upload.status === 'failed' ? '⚠️' : '➖';
  return `${icon} This cell's report was not uploaded: ${escapeHtml(cell(upload.reason))}.`;
}

export function renderSummary(
  report: CleanupReport,
  matrix?: MatrixReport,
  disk?: DiskReport,
  cache?: CacheReport,
  janitor?: JanitorReport,
  cellUpload?: CellUpload,
): string {
  const total = sum(report.groups.values());
  const parts: string[] = ['### Go CI Guard'];
  const headline =
    report.status === 'removed' || report.status === 'partial'
      ? `${STATUS_LINE[report.status]}: reclaimed **${formatBytes(total.bytes)}** in ${formatCount(total.files)} files in ${formatMs(report.totalMs)}.`
      : STATUS_LINE[report.status] + (report.reasons.length ? ':' : '.');
  if (matrix) parts.push(renderChecks(matrix));
  if (cache) parts.push(renderCache(cache));
  // The reasons belong to the headline that ends with a colon; the folder comes after them.
  parts.push(headline);
  if (report.reasons.length) parts.push(list(report.reasons.map((r) => cell(r))));
  if (report.jobDir) parts.push(`Job folder: ${code(report.jobDir)}`);

  if (report.folders.length) {
    const rows = report.folders.map((f) => `| ${f.variables.map((v) => code(v)).join(', ')} | ${code(f.folder)} |`);
    parts.push(['| Variable | Folder in the job folder |', '|---|---|', ...rows].join('\n'));
  }

  if (report.groups.size) {
    const rows = [...report.groups].map(
      ([name, g]) => `| ${code(name)} | ${formatCount(g.files)} | ${formatBytes(g.bytes)} | ${formatMs(g.ms)} | ${g.removed ? '✅ removed' : '⚠️ left'} |`,
    );
    rows.push(`| **Total** | **${formatCount(total.files)}** | **${formatBytes(total.bytes)}** | **${formatMs(report.totalMs)}** | |`);
    parts.push(['| Folder | Files | Freed on disk | Time | Status |', '|---|--:|--:|--:|---|', ...rows].join('\n'));
  }

  if (report.failures.length || report.moreFailures) {
    const items = report.failures.map((f) => `${code(f.path)}: ${cell(f.code)}`);
    parts.push(`**Could not remove** (${formatCount(report.failures.length + report.moreFailures)}):\n\n${list(items, report.moreFailures)}`);
    for (const hint of failureHints(report)) parts.push(`💡 ${hint}.`);
  }
  if (report.rewritten) {
    const r = report.rewritten;
    const what = r.entries.length
      ? list(
          r.entries.map((name) => code(name)),
          r.moreEntries,
        )
      : '- the job folder itself, empty';
    parts.push(`**⚠️ Written into the job folder again after cleanup removed it** (a process of the job still writes there):\n\n${what}`);
  }
  if (report.leftovers?.length) {
    const items = report.leftovers.map((p) => `pid ${p.pid} ${code(p.command.slice(0, 80))}: ${leftoverTies(p)}`);
    parts.push(`**Still running from the job**, and may be writing into the job folder (stop it in a job step before the job ends):\n\n${list(items)}`);
  }
  if (report.skippedMounts.length) {
    parts.push(`**Mount points left in place** (never entered):\n\n${list(report.skippedMounts.map((m) => code(m)))}`);
  }
  if (report.warnings.length) parts.push(`**Warnings**\n\n${list(report.warnings.map((w) => cell(w)))}`);
  const reclaimed = janitor && renderJanitor(janitor);
  if (reclaimed) parts.push(reclaimed);
  if (disk) parts.push(renderDisk(disk));
  if (cellUpload) parts.push(renderCellUpload(cellUpload));
  if (report.groups.size || disk || cache || reclaimed) parts.push(SIZES_LEGEND);
  return parts.join('\n\n') + '\n';
}
