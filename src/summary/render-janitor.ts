// Pure: what the janitor reclaimed at job start — leftovers of jobs that are over, HOME caches past
// the runner owner's age limit. Nothing is rendered when it found nothing to do.
import type { JanitorReport } from '../cleanup/janitor-plan.js';
import { formatBytes, formatCount } from '../lib/format.js';
import { cell, code } from './markdown.js';

const STATUS: Record<JanitorReport['reaped'][number]['status'], string> = {
  removed: '✅ removed',
  partial: '⚠️ partly removed',
  refused: '⛔ left (not provably that job’s)',
  taken: 'ℹ️ removed by another job',
};

export function renderJanitor(j: JanitorReport): string | undefined {
  const parts: string[] = [];
  if (j.reaped.length) {
    const done = j.reaped.filter((r) => r.status === 'removed' || r.status === 'partial');
    const bytes = done.reduce((n, r) => n + r.bytes, 0);
    const samplers = j.reaped.filter((r) => r.samplerStopped).length;
    const running = j.running ? ` ${formatCount(j.running)} folder(s) of jobs still running left alone.` : '';
    const stopped = samplers ? `, stopped ${samplers} sampler(s) they left running` : '';
    parts.push(
      `🧹 **Leftovers of earlier jobs**: reclaimed **${formatBytes(bytes)}** from ${done.length} job folder(s) whose jobs are over${stopped}.${running}`,
    );
    const rows = j.reaped.map((r) => `| ${code(r.name, 60)} | ${cell(r.reason)} | ${formatCount(r.files)} | ${formatBytes(r.bytes)} | ${STATUS[r.status]} |`);
    parts.push(['| Folder | Why | Files | Freed on disk | Status |', '|---|---|--:|--:|---|', ...rows].join('\n'));
  }
  if (j.aged?.removed.length) {
    const rows = j.aged.removed.map((a) => `- ${code(a.path)}: ${a.complete ? '' : '≥ '}${formatBytes(a.bytes)} on disk, unused for ${a.idleDays} days`);
    parts.push(`🧹 **HOME caches unused for over ${j.aged.maxAgeDays} days, removed**:\n\n${rows.join('\n')}`);
  }
  const problems = [...(j.problem ? [j.problem] : []), ...(j.aged?.problems ?? [])];
  if (problems.length) parts.push(`**Janitor warnings**\n\n${problems.map((p) => `- ${cell(p)}`).join('\n')}`);
  return parts.length ? parts.join('\n\n') : undefined;
}
