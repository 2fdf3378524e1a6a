// What the cache did, from main's restore to post's save: kept in the state, rendered by summary/.
import type { CacheKeys } from './key.js';
import type { CachePathName, CacheSaveMode } from './settings.js';

export interface CacheFolder {
  path: CachePathName;
  /** Its folder's name inside the job folder ('go-build'): what the archive holds. */
  folder: string;
}

export interface CacheRestore {
  status: 'hit' | 'partial' | 'miss' | 'skipped' | 'failed';
  /** Why it was skipped or failed. */
  reason?: string;
  matchedKey?: string;
  /** When the restore began (ms since the epoch): a build cache entry used since then has a newer mtime. */
  startedAt: number;
  ms: number;
  /** Disk usage of the restored folders. */
  bytes: number;
  /** Entries in the build cache and files in the module cache right after the restore. */
  goCacheEntries: number;
  modCacheFiles: number;
}

export interface CacheSave {
  status: 'saved' | 'skipped' | 'failed';
  reason?: string;
  key?: string;
  ms?: number;
  /** Build cache entries this job did not use, dropped before saving. */
  trimmed?: { files: number; bytes: number; ms: number };
  /** What went into the archive (disk usage before compression) and how many files. */
  bytes?: number;
  files?: number;
  /** Entries and files that were not in the restored cache. */
  added?: number;
}

export interface CacheState {
  save: CacheSaveMode;
  folders: CacheFolder[];
  keys?: CacheKeys;
  restore: CacheRestore;
}

export interface CacheReport extends CacheState {
  saved?: CacheSave;
}
