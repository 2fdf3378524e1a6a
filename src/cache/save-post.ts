// post's cache step, before cleanup: drop the build cache entries this job did not use, then save what
// is left under this run's key, unless nothing new was built or the user said never. Whatever goes
// wrong is a warning: a cache is never worth failing a job over.
import * as core from '@actions/core';
import path from 'node:path';
import { folderSizes } from '../disk/folder-sizes.js';
import { errorMessage } from '../lib/errors.js';
import { formatBytes, formatCount, formatMs } from '../lib/format.js';
import { client as actionsCache } from './actions-cache.js';
import type { CacheClient } from './client.js';
import { newActionEntries, readRestoredActions } from './go-build-new.js';
import { trimGoCache, type TrimResult } from './go-build-trim.js';
import type { CacheReport, CacheSave, CacheState } from './report.js';
import { countFiles } from './restore-main.js';

/** Entries restored by tar keep their (old) mtimes: one used since the restore began is newer. */
const MTIME_SLACK_MS = 60_000;

export async function saveCache(cache: CacheState, jobDir: string, client: CacheClient = actionsCache): Promise<CacheReport> {
  const skip = (reason: string, measured: Partial<CacheSave> = {}): CacheReport => {
    core.info(`Cache not saved: ${reason}.`);
    return { ...cache, saved: { ...measured, status: 'skipped', reason } };
  };
  if (cache.save === 'never') return skip('cache-save is never');
  if (!cache.keys) return skip(cache.restore.reason ?? 'main computed no key');
  const keys = cache.keys;
  return core.group('Saving the Go caches', async () => {
    let saved: CacheSave = { status: 'skipped', key: keys.saveKey };
    try {
      saved = { ...saved, ...(await trimAndMeasure(cache, jobDir)) };
      const why = reasonNotToSave(cache, saved);
      if (why) return skip(why, saved);
      const folders = cache.folders.map((f) => f.folder);
      // Compressing costs as much as the upload: ask first whether a re-run or a parallel cell saved it.
      if (await client.exists(jobDir, folders, keys.saveKey)) {
        return skip(`an entry under ${keys.saveKey} exists already (a re-run, or a cell with the same toolchain saved it)`, saved);
      }
      const started = Date.now();
      const ok = await client.save(jobDir, folders, keys.saveKey);
      saved.ms = Date.now() - started;
      if (!ok) {
        const reason = 'the cache service refused it (another job may be saving the same key, or the service is down or over its limit; see the log above)';
        core.warning(`Cache not saved under ${keys.saveKey}: ${reason}.`);
        return { ...cache, saved: { ...saved, status: 'failed', reason } };
      }
      core.info(`Saved under ${keys.saveKey} in ${formatMs(saved.ms)}.`);
      return { ...cache, saved: { ...saved, status: 'saved' } };
    } catch (err) {
      core.warning(`Cache not saved: ${errorMessage(err)}.`);
      return { ...cache, saved: { ...saved, status: 'failed', reason: errorMessage(err) } };
    }
  });
}

/** Trims the build cache and measures what would be saved: disk usage, files, and files the restore lacked. */
async function trimAndMeasure(cache: CacheState, jobDir: string): Promise<Pick<CacheSave, 'bytes' | 'files' | 'added' | 'trimmed'>> {
  const measured = { bytes: 0, files: 0, added: 0, trimmed: undefined as CacheSave['trimmed'] };
  for (const f of cache.folders) {
    const dir = path.join(jobDir, f.folder);
    if (f.path === 'gocache') {
      const trim = await trimGoCache(dir, cache.restore.startedAt - MTIME_SLACK_MS);
      for (const problem of trim.problems) core.warning(`Build cache trim: ${problem}`);
      measured.trimmed = { ...trim.removed, ms: trim.ms };
      measured.files += trim.kept.files;
      measured.added += newBuildEntries(jobDir, dir, trim, cache);
      core.info(
        `Build cache: kept ${formatCount(trim.kept.files)} entries (${formatBytes(trim.kept.bytes)} of file data), ` +
          `dropped ${formatCount(trim.removed.files)} unused (${formatBytes(trim.removed.bytes)} of file data) in ${formatMs(trim.ms)}.`,
      );
    } else {
      const count = countFiles(dir);
      measured.files += count;
      measured.added += Math.max(0, count - cache.restore.modCacheFiles);
    }
    // Disk usage, as the restore measured it: the two figures compare.
    measured.bytes += (await folderSizes(dir, { deadline: Date.now() + 10_000 })).total?.bytes ?? 0;
  }
  return measured;
}

/**
 * Build results this job added to the restored GOCACHE. More entries than were restored is the cheap
 * first test; where it decides the save (on-change after a hit), the new action entries are read, and
 * module-index entries (new in every job with a fresh checkout, see go-build-new.ts) do not count.
 */
function newBuildEntries(jobDir: string, dir: string, trim: TrimResult, cache: CacheState): number {
  const grew = Math.max(0, trim.entries - cache.restore.goCacheEntries);
  const restored = grew && cache.save === 'on-change' && cache.restore.status === 'hit' ? readRestoredActions(jobDir) : undefined;
  if (!restored) return grew;
  const fresh = newActionEntries(dir, trim.freshActions, restored);
  if (fresh.indexes) {
    const what = fresh.indexes === 1 ? 'entry is' : 'entries are';
    core.info(
      `Build cache: ${formatCount(fresh.indexes)} new ${what} Go's module index of packages whose files have new times (a fresh checkout), not new builds.`,
    );
  }
  return fresh.built;
}

/** Pure: why this job's cache is not worth saving, if it is not. */
export function reasonNotToSave(cache: CacheState, saved: CacheSave): string | undefined {
  if (!saved.files) return 'the cached folders are empty';
  if (cache.save === 'on-change' && cache.restore.status === 'hit' && !saved.added) return 'nothing new was built since the restore (cache-save: on-change)';
  return undefined;
}
