// The cache client over @actions/cache and @actions/glob; bundled alone into dist/cache.js (see
// client.ts). The library archives paths relative to GITHUB_WORKSPACE and hashes the paths as given
// into the entry's version, so every call runs with the job folder as both the working directory and
// the workspace, and names the folders relatively ('go-build'): the same version and archive layout
// in every job, although each job folder has its own random name.
import * as cache from '@actions/cache';
import * as glob from '@actions/glob';
import path from 'node:path';
import type { CacheClient } from './client.js';

async function inFolder<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  const workspace = process.env.GITHUB_WORKSPACE;
  process.chdir(dir);
  process.env.GITHUB_WORKSPACE = dir;
  try {
    return await work();
  } finally {
    process.chdir(cwd);
    if (workspace === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = workspace;
  }
}

/** A glob relative to the workspace, made absolute (a leading ! stays in front). */
function anchored(pattern: string, workspace: string): string {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const full = path.isAbsolute(body) ? body : path.join(workspace, body);
  return negated ? `!${full}` : full;
}

export const client: CacheClient = {
  available: () => cache.isFeatureAvailable(),
  hashFiles: (patterns, workspace) => glob.hashFiles(patterns.map((p) => anchored(p, workspace)).join('\n'), workspace),
  restore: (dir, folders, key, restoreKeys) => inFolder(dir, () => cache.restoreCache(folders, key, restoreKeys)),
  exists: async (dir, folders, key) => (await inFolder(dir, () => cache.restoreCache(folders, key, [], { lookupOnly: true }))) === key,
  save: async (dir, folders, key) => (await inFolder(dir, () => cache.saveCache(folders, key))) !== -1,
};
