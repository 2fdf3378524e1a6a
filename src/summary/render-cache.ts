// Pure: the cache in one or two lines — what was restored, what the trim dropped, what was saved.
import type { CacheReport } from '../cache/report.js';
import { formatBytes, formatCount, formatMs } from '../lib/format.js';
import { cell, code } from './markdown.js';

const RESTORED: Record<CacheReport['restore']['status'], string> = {
  hit: 'restored (same toolchain and dependencies)',
  partial: 'restored from other dependencies',
  miss: 'nothing to restore yet',
  skipped: 'not restored',
  failed: 'restore failed',
};

export function renderCache(c: CacheReport): string {
  const r = c.restore;
  const failed = r.status === 'failed' || c.saved?.status === 'failed';
  const icon = failed ? '⚠️' : r.status === 'hit' || c.saved?.status === 'saved' ? '✅' : 'ℹ️';
  const restored =
    r.status === 'hit' || r.status === 'partial'
      ? `${RESTORED[r.status]}: **${formatBytes(r.bytes)}** on disk from ${code(r.matchedKey ?? '')} in ${formatMs(r.ms)}`
      : `${RESTORED[r.status]}${r.reason ? ` (${cell(r.reason)})` : ''}`;
  const lines = [`**${icon} Cache** ${c.folders.map((f) => code(f.folder)).join(', ')}: ${restored}.`];
  const s = c.saved;
  if (s) {
    const trimmed = s.trimmed
      ? `Trimmed ${formatCount(s.trimmed.files)} unused entries (${formatBytes(s.trimmed.bytes)} of file data) in ${formatMs(s.trimmed.ms)}; `
      : '';
    const outcome =
      s.status === 'saved'
        ? `${trimmed ? 'saved' : 'Saved'} **${formatBytes(s.bytes ?? 0)}** on disk (${formatCount(s.added ?? 0)} new) under ${code(s.key ?? '')} in ${formatMs(s.ms ?? 0)}`
        : `${trimmed ? 'not saved' : 'Not saved'}: ${cell(s.reason ?? 'unknown')}`;
    lines.push(`${trimmed}${outcome}.`);
  }
  return lines.join(' ');
}
