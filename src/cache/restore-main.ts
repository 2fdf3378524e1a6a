// main's cache step: the key from the toolchain facts and the dependency files, then the restore into
// the job's fresh, empty folders (no tar collision with an existing cache can happen there).
import * as core from '@actions/core';
import fs from 'node:fs';
import path from 'node:path';
import { OUTPUT } from '../constants.js';
import { folderSizes } from '../disk/folder-sizes.js';
import { errorMessage } from '../lib/errors.js';
import { formatBytes, formatMs } from '../lib/format.js';
import type { ToolchainOutputs } from '../matrix/fingerprint.js';
import { folderFor } from '../redirect/plan.js';
import { client as actionsCache } from './actions-cache.js';
import type { CacheClient } from './client.js';
import { writeRestoredActions } from './go-build-new.js';
import { prepareRestoredGoCache } from './go-build-trim.js';
import { cacheKeys, isHit, type CacheKeys } from './key.js';
import type { CacheFolder, CacheRestore, CacheState } from './report.js';
import { CACHE_PATHS, type CacheSettings } from './settings.js';

export interface RestoreOptions {
  settings: CacheSettings;
  jobDir: string;
  workspace: string;
  /** The facts the key is made of (gathered even when validation is off). */
  toolchain: ToolchainOutputs;
  /** Titles of the checks that failed: a cell that does not match restores nothing. */
  failedChecks: string[];
  env: NodeJS.ProcessEnv;
  /** The service's client (tests give their own). */
  client?: CacheClient;
}

/** Files below a folder, links not followed; 0 when it does not exist. */
export function countFiles(dir: string): number {
  try {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}

export function cacheFolders(settings: CacheSettings): CacheFolder[] {
  return settings.paths.map((p) => ({ path: p, folder: folderFor(CACHE_PATHS[p].variable) }));
}

const nothing = (status: CacheRestore['status'], reason?: string): CacheRestore => ({
  status,
  reason,
  startedAt: Date.now(),
  ms: 0,
  bytes: 0,
  goCacheEntries: 0,
  modCacheFiles: 0,
});

export async function restoreCache(o: RestoreOptions): Promise<CacheState> {
  const folders = cacheFolders(o.settings);
  const state: CacheState = { save: o.settings.save, folders, restore: nothing('skipped') };
  core.setOutput(OUTPUT.cacheHit, 'false');
  core.setOutput(OUTPUT.cacheRestoredSize, '0');
  return core.group('Restoring the Go caches', async () => {
    if (o.failedChecks.length) {
      state.restore = nothing('skipped', `the matrix cell's checks failed (${o.failedChecks.join(', ')})`);
      core.info(`Nothing restored: ${state.restore.reason}.`);
      return state;
    }
    try {
      const client = o.client ?? actionsCache;
      if (!client.available()) {
        state.restore = nothing('skipped', 'this runner offers no cache service (ACTIONS_RESULTS_URL and ACTIONS_CACHE_URL are unset)');
        core.warning(`cache: true, but ${state.restore.reason}: nothing is restored or saved.`);
        return state;
      }
      const dependencyHash = await client.hashFiles(o.settings.dependencyPaths, o.workspace);
      if (!dependencyHash) core.info(`No dependency files match ${o.settings.dependencyPaths.join(', ')}: the key says nodeps.`);
      const keys = cacheKeys(o.settings, {
        platform: process.platform,
        arch: process.arch,
        toolchain: o.toolchain,
        dependencyHash,
        runId: o.env.GITHUB_RUN_ID ?? '',
        runAttempt: o.env.GITHUB_RUN_ATTEMPT ?? '',
      });
      state.keys = keys;
      core.setOutput(OUTPUT.cacheKey, keys.key);
      core.info(`Cache key: ${keys.key}`);
      const startedAt = Date.now();
      const matched = await client.restore(
        o.jobDir,
        folders.map((f) => f.folder),
        keys.key,
        keys.restoreKeys,
      );
      state.restore = await describeRestore(o.jobDir, folders, keys, matched, startedAt, o.settings.save);
      core.setOutput(OUTPUT.cacheHit, String(state.restore.status === 'hit'));
      if (matched) core.setOutput(OUTPUT.cacheMatchedKey, matched);
      core.setOutput(OUTPUT.cacheRestoredSize, String(state.restore.bytes));
      core.info(
        matched
          ? `Restored ${formatBytes(state.restore.bytes)} on disk from ${matched} (${state.restore.status === 'hit' ? 'same dependencies' : 'other dependencies'}) in ${formatMs(state.restore.ms)}.`
          : `No cache for this toolchain yet (${formatMs(state.restore.ms)}): post saves one.`,
      );
    } catch (err) {
      state.restore = nothing('failed', errorMessage(err));
      core.warning(`Cache not restored: ${state.restore.reason}. The job goes on with empty caches.`);
    }
    return state;
  });
}

/** The restore stands even when its record cannot be written (a full disk): post then compares entry counts. */
function recordRestoredActions(jobDir: string, actionIds: string[]): void {
  try {
    writeRestoredActions(jobDir, actionIds);
  } catch (err) {
    core.warning(`Could not record which build cache entries were restored (${errorMessage(err)}); post compares entry counts instead.`);
  }
}

async function describeRestore(
  jobDir: string,
  folders: CacheFolder[],
  keys: CacheKeys,
  matched: string | undefined,
  startedAt: number,
  save: CacheSettings['save'],
): Promise<CacheRestore> {
  const restore: CacheRestore = { ...nothing(matched ? (isHit(keys, matched) ? 'hit' : 'partial') : 'miss'), matchedKey: matched, startedAt };
  for (const f of folders) {
    const dir = path.join(jobDir, f.folder);
    if (f.path === 'gocache') {
      // A fresh trim.txt keeps Go's own trim from deleting the restored entries (their mtimes are old on purpose).
      const restored = await prepareRestoredGoCache(dir);
      restore.goCacheEntries = restored.entries;
      // Read only to decide an on-change save after a hit (save-post.ts).
      if (save === 'on-change' && restore.status === 'hit') recordRestoredActions(jobDir, restored.actionIds);
    } else restore.modCacheFiles = countFiles(dir);
    if (matched) restore.bytes += (await folderSizes(dir, { deadline: Date.now() + 10_000 })).total?.bytes ?? 0;
  }
  restore.ms = Date.now() - startedAt;
  return restore;
}
