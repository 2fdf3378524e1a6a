// Pure: the cache inputs, validated. Every error names the input, the value and what is accepted.
import { INPUT, type InputName } from '../constants.js';
import { parseBoolean } from '../lib/boolean-input.js';
import { InputError } from '../lib/errors.js';

export type CachePathName = 'gocache' | 'gomodcache';
export type CacheSaveMode = 'on-change' | 'always' | 'never';

export interface CacheSettings {
  enabled: boolean;
  /** Globs of the dependency files hashed into the key, relative to the workspace. */
  dependencyPaths: string[];
  keyPrefix: string;
  paths: CachePathName[];
  save: CacheSaveMode;
}

/** Each cached path: the variable that must point into the job folder (its folder there: redirect's folderFor). */
export const CACHE_PATHS: Record<CachePathName, { variable: string }> = {
  gocache: { variable: 'GOCACHE' },
  gomodcache: { variable: 'GOMODCACHE' },
};

const SAVE_MODES: readonly CacheSaveMode[] = ['on-change', 'always', 'never'];
// GitHub's keys may not hold commas and stay under 512 characters; the rest of the key is ours.
const PREFIX_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;

const list = (raw: string) =>
  raw
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

function parsePaths(raw: string): CachePathName[] {
  const names = list(raw.toLowerCase());
  if (!names.length) return ['gocache'];
  const known = Object.keys(CACHE_PATHS) as CachePathName[];
  const unknown = names.filter((n) => !known.includes(n as CachePathName));
  if (unknown.length) throw new InputError(INPUT.cachePaths, raw, `expected a list of ${known.join(', ')} (unknown: ${unknown.join(', ')})`);
  return known.filter((n) => names.includes(n));
}

export function parseCacheSettings(read: (name: InputName) => string): CacheSettings {
  const prefixRaw = read(INPUT.cacheKeyPrefix);
  const keyPrefix = prefixRaw.trim() || 'go-ci-guard';
  if (!PREFIX_PATTERN.test(keyPrefix)) {
    throw new InputError(INPUT.cacheKeyPrefix, prefixRaw, 'expected 1 to 100 letters, digits, dots, underscores or hyphens');
  }
  const saveRaw = read(INPUT.cacheSave);
  const save = (saveRaw.trim().toLowerCase() || 'on-change') as CacheSaveMode;
  if (!SAVE_MODES.includes(save)) throw new InputError(INPUT.cacheSave, saveRaw, `expected one of ${SAVE_MODES.join(', ')}`);
  const dependencyPaths = list(read(INPUT.cacheDependencyPath));
  return {
    enabled: parseBoolean(INPUT.cache, read(INPUT.cache), false),
    dependencyPaths: dependencyPaths.length ? dependencyPaths : ['**/go.sum'],
    keyPrefix,
    paths: parsePaths(read(INPUT.cachePaths)),
    save,
  };
}

/** The variables caching needs redirected into the job folder, added to the redirect list where missing. */
export function withCacheRedirects(redirect: string[], cache: CacheSettings): string[] {
  if (!cache.enabled) return redirect;
  const needed = cache.paths.map((p) => CACHE_PATHS[p].variable).filter((v) => !redirect.includes(v));
  return [...redirect, ...needed];
}
