// Pure: the disk part of the job summary. A job with nothing to say folds into one line; the chart
// (Mermaid, rendered by GitHub itself) stays folded, so a big matrix's page stays short.
import { INPUT } from '../constants.js';
import { freeSpaceMoved, freeSpaceRange, homeCacheNaming, type DiskReport, type FilesystemReport, type Grower, type SeriesPoint } from '../disk/report.js';
import type { Leak } from '../disk/leaks.js';
import { formatBytes, formatCount, formatMs } from '../lib/format.js';
import { cell, code, escapeHtml } from './markdown.js';

const BARS = '▁▂▃▄▅▆▇█';
const MAX_LISTED = 10;

/**
 * At most `n` points; each bucket keeps its lowest reading, so a dip is never averaged away. The last
 * reading (after cleanup) stays a point of its own: in a bucket it would hide behind the job's low.
 */
export function downsample(series: SeriesPoint[], n: number): SeriesPoint[] {
  if (series.length <= n) return series;
  const body = series.slice(0, -1);
  const out: SeriesPoint[] = [];
  for (let b = 0; b < n - 1; b++) {
    const bucket = body.slice(Math.floor((b * body.length) / (n - 1)), Math.floor(((b + 1) * body.length) / (n - 1)));
    if (bucket.length) out.push(bucket.reduce((low, p) => (p.free < low.free ? p : low)));
  }
  out.push(series[series.length - 1]);
  return out;
}

export function sparkline(series: SeriesPoint[], width = 24): string {
  const points = downsample(series, width);
  if (points.length < 2) return '';
  // Scaled from zero, not from the lowest reading: a small wobble on a roomy disk stays flat.
  const high = Math.max(...points.map((p) => p.free));
  if (high <= 0) return BARS[0].repeat(points.length);
  return points.map((p) => BARS[Math.round((Math.max(0, p.free) / high) * (BARS.length - 1))]).join('');
}

/** Free text that may carry names from the job (du's messages, a sampler's record): no HTML, one line. */
const safe = (text: string) => escapeHtml(cell(text));

const at = (ms?: number) => (ms === undefined ? '' : ` at ${formatMs(ms)}`);

/**
 * The sparkline where free space moved enough to show in it; else how little it moved (a flat line
 * says nothing: scaled from zero, 0.5 % of a roomy disk is one bar height throughout).
 */
function overTheJob(f: FilesystemReport): string {
  const line = freeSpaceMoved(f) ? sparkline(f.series) : '';
  if (new Set(line).size > 1) return line;
  const range = freeSpaceRange(f);
  return range > 0 ? `${line ? 'moved' : 'steady'}, within ${formatBytes(range)}` : 'unchanged';
}

function filesystemTable(filesystems: FilesystemReport[]): string {
  const rows = filesystems.map((f) => {
    const after = f.after === undefined ? '?' : formatBytes(f.after);
    return `| ${code(f.mount)} | ${cell(f.roles.join(', '))} | ${formatBytes(f.before)} | ${formatBytes(f.lowest)}${at(f.lowestAt)} | ${after} | ${overTheJob(f)} |`;
  });
  return ['| Filesystem | Holds | Free before | Lowest | After | Over the job |', '|---|---|--:|--:|--:|---|', ...rows].join('\n');
}

/** A Mermaid xychart of free space over the job, one per filesystem with enough readings. */
export function chart(f: FilesystemReport): string | undefined {
  const points = downsample(f.series, 40);
  if (points.length < 3) return undefined;
  const gib = Math.max(...points.map((p) => p.free)) >= 1024 ** 3;
  const unit = gib ? 1024 ** 3 : 1024 ** 2;
  const values = points.map((p) => Number((p.free / unit).toFixed(gib ? 2 : 1)));
  // The whole job, not the last bucket's lowest point.
  const span = f.series[f.series.length - 1].t;
  const minutes = span > 300_000;
  const end = Number((span / (minutes ? 60_000 : 1000)).toFixed(1)) || 1;
  // Zero to a little above the highest reading: a disk filling up shows as a line heading for zero.
  const top = Number((Math.max(...values) * 1.1 || 1).toFixed(gib ? 2 : 1));
  // Quotes, backticks and line breaks would end the title or the code fence.
  const title = `Free space on ${f.mount} (${gib ? 'GiB' : 'MiB'})`.replace(/["`]/g, "'").replace(/[\r\n]+/g, ' ');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis "${minutes ? 'minutes' : 'seconds'} since main" 0 --> ${end}`,
    `  y-axis "${gib ? 'GiB' : 'MiB'} free" 0 --> ${top}`,
    `  line [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

function list(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).map((i) => `- ${i}`);
  if (items.length > MAX_LISTED) shown.push(`- … and ${formatCount(items.length - MAX_LISTED)} more (see the JSON report)`);
  return shown.join('\n');
}

/** A folder's peak and its size at the end (post's count; the sampler's last reading where post had none). */
function growerText(g: Grower): string {
  const end =
    g.end !== undefined
      ? `, at the end ${g.endApproximate ? '≥ ' : ''}${formatBytes(g.end)}`
      : g.lastSampled !== undefined
        ? `, last sampled ${formatBytes(g.lastSampled)}`
        : '';
  return `${code(g.folder)} peak ${formatBytes(g.peak)}${end}`;
}

function leakItem(l: Leak): string {
  return `${code(l.path)} +${l.approximate ? '≥ ' : ''}${formatBytes(l.added)} (${formatBytes(l.before)} → ${formatBytes(l.after)})${l.hint ? ` · ${l.hint}` : ''}`;
}

function samplerLine(r: DiskReport): string {
  const s = r.sampler;
  if (s.intervalMs === undefined) return 'No samples during the job (sample-interval: 0, or the sampler did not start).';
  const parts = [`Sampled every ${formatMs(s.intervalMs)}: ${formatCount(s.records)} records, ${formatCount(s.sizeScans)} folder-size scans`];
  if (s.end) parts.push(`stopped: ${safe(s.end)}`);
  if (s.lastError) parts.push(`last problem: ${safe(s.lastError)}`);
  if (s.writeErrors) parts.push(`${formatCount(s.writeErrors)} writes failed`);
  return parts.join(' · ') + '.';
}

export function renderDisk(r: DiskReport): string {
  const short = r.verdicts.filter((v) => v.status !== 'ok');
  const held = r.held.reduce((n, h) => n + h.bytes, 0);
  const worst = r.filesystems.reduce<FilesystemReport | undefined>((w, f) => (!w || f.lowest < w.lowest ? f : w), undefined);
  const headline = (html: boolean) =>
    worst ? `lowest free ${formatBytes(worst.lowest)} on ${html ? `<code>${escapeHtml(worst.mount)}</code>` : code(worst.mount)}` : 'no filesystem measured';
  const notes: string[] = [];
  const extra: string[] = [];

  if (short.length) {
    const line = (v: DiskReport['verdicts'][number]) => {
      const [icon, input] = v.status === 'fail' ? ['❌', INPUT.minFree] : ['⚠️', INPUT.warnFree];
      return `${icon} ${code(v.mount)} was below ${input} ${cell(v.threshold ?? '')} (${formatBytes(v.needed ?? 0)}) when main ran`;
    };
    notes.push(list(short.map(line)));
  }
  if (r.consumers?.length) {
    const rows = r.consumers.map((c) => `| ${code(c.path)} | ${cell(c.label)} | ${c.complete ? '' : '≥ '}${formatBytes(c.bytes)} |`);
    notes.push(['**Biggest consumers in the usual places** (when main ran):', '', '| Folder | Where | On disk |', '|---|---|--:|', ...rows].join('\n'));
  }
  const homeLeaks = r.leaks.filter((l) => l.kind !== 'module-cache');
  if (homeLeaks.length) {
    const { homeCacheLabel, toolsReadXdgCache } = homeCacheNaming(r.homeCache);
    const why = !toolsReadXdgCache ? '' : r.xdgRedirected ? ' despite XDG_CACHE_HOME pointing into the job folder' : ' (XDG_CACHE_HOME was not redirected)';
    notes.push(`**⚠️ Written to ${homeCacheLabel}${why}**, so it outlives the job:\n\n${list(homeLeaks.map(leakItem))}`);
  }
  const modLeaks = r.leaks.filter((l) => l.kind === 'module-cache');
  if (modLeaks.length) {
    notes.push(
      `**⚠️ Written to Go's module cache outside the job folder** (GOMODCACHE was not redirected), so it outlives the job:\n\n${list(modLeaks.map(leakItem))}`,
    );
  }
  if (r.held.length) {
    const rows = r.held
      .slice(0, MAX_LISTED)
      .map((h) => `| ${h.holders.map((p) => p.pid).join(', ')} | ${code(h.holders[0].command.slice(0, 80))} | ${code(h.path)} | ${formatBytes(h.bytes)} |`);
    notes.push(
      [
        `**⚠️ Space held by deleted files: ${formatBytes(held)}** (comes back only when these processes end):`,
        '',
        '| PID | Command | File | On disk |',
        '|---|---|---|--:|',
        ...rows,
      ].join('\n'),
    );
  }
  if (r.heldUnavailable) extra.push(`Held deleted files were not checked: ${safe(r.heldUnavailable)}.`);
  else if (r.heldDenied) extra.push(`Held deleted files: ${formatCount(r.heldDenied)} processes of other users could not be inspected (not permitted).`);
  if (r.rootChoice) extra.push(`Root (auto): ${code(r.rootChoice.path)}, ${safe(r.rootChoice.reason)}.`);
  if (r.growers.length) extra.push(`Biggest folders in the job folder (space on disk): ${r.growers.slice(0, 5).map(growerText).join('; ')}.`);
  extra.push(samplerLine(r));
  if (r.problems.length) extra.push(`Notes:\n\n${list(r.problems.map(safe))}`);

  // A chart only where free space moved (freeSpaceMoved): a flat line says nothing the table does not.
  const charts = r.filesystems
    .filter(freeSpaceMoved)
    .map(chart)
    .filter((c): c is string => !!c);
  const details = [filesystemTable(r.filesystems), ...extra, ...charts].join('\n\n');
  const attention = short.length || r.leaks.length || r.held.length;
  if (!attention) {
    const biggest = r.growers.length ? `, biggest in the job folder: ${escapeHtml(r.growers[0].folder)} ${formatBytes(r.growers[0].peak)}` : '';
    return `<details><summary>💽 Disk: ${headline(true)}${biggest}</summary>\n\n${details}\n\n</details>`;
  }
  return [`**💽 Disk**: ${headline(false)}`, ...notes, `<details><summary>Free space over the job</summary>\n\n${details}\n\n</details>`].join('\n\n');
}
