// What the cache steps ask of the cache service, and how main and post load them: dist/cache.js,
// its own bundle with the steps, the trim and @actions/cache (Azure's blob client, protobuf, undici),
// imported only when caching is on, so a job without it loads and runs exactly what it did before.
export interface CacheClient {
  /** Whether the runner gave this job a cache service (ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL). */
  available(): boolean;
  /** sha256 over the files the globs match inside the workspace; '' when none match. */
  hashFiles(patterns: string[], workspace: string): Promise<string>;
  /** Restores `folders` (names inside `dir`) from the first entry that matches; the matched key. */
  restore(dir: string, folders: string[], key: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Whether an entry is stored under exactly this key (no download). */
  exists(dir: string, folders: string[], key: string): Promise<boolean>;
  /** Saves `folders` of `dir` under `key`; false when the service refused (a taken key, a limit, down). */
  save(dir: string, folders: string[], key: string): Promise<boolean>;
}

/** The steps dist/cache.js exports (a type-only import: nothing of it is bundled into main or post). */
export type CacheSteps = typeof import('../cache-client.js');

export async function loadCacheSteps(module: URL): Promise<CacheSteps> {
  return (await import(module.href)) as CacheSteps;
}
