// Go's module cache ($GOPATH/pkg/mod, ~/go/pkg/mod by default) when the job does not redirect it:
// every job adds to it and nothing removes it (its files are read-only). Main finds it as Go would
// (go env, else the variables and Go's defaults) and measures it; post measures it again.
import fs from 'node:fs/promises';
import { execTool, findExecutable } from '../lib/exec.js';
import { isWithin, type PlatformRules } from '../lib/platform.js';
import type { UsualPlace } from './consumers.js';
import type { SizeEntry } from './folder-sizes.js';

export interface ModuleCache {
  path: string;
  /** Where the path came from: `go env GOMODCACHE`, GOMODCACHE, GOPATH or Go's default. */
  source: string;
  /** Its size when main ran (0 when it did not exist yet); absent when the count was cut short. */
  before?: SizeEntry;
}

export const MODULE_CACHE_LABEL = 'Go module cache';

/** Pure: the module cache as Go finds it from the environment alone (no go env file). */
export function moduleCacheFromEnv(env: NodeJS.ProcessEnv, home: string, rules: PlatformRules): { path: string; source: string } | undefined {
  const p = rules.path;
  if (env.GOMODCACHE && p.isAbsolute(env.GOMODCACHE)) return { path: env.GOMODCACHE, source: 'GOMODCACHE' };
  // Go uses the first entry of GOPATH.
  const gopath = (env.GOPATH ?? '').split(p.delimiter).find(Boolean);
  if (gopath && p.isAbsolute(gopath)) return { path: p.join(gopath, 'pkg', 'mod'), source: 'GOPATH' };
  if (!home) return undefined;
  return { path: p.join(home, 'go', 'pkg', 'mod'), source: "Go's default, ~/go/pkg/mod" };
}

export interface LocateOptions {
  env: NodeJS.ProcessEnv;
  home: string;
  jobDir: string;
  /** HOME's cache folders: a module cache inside one is already measured as one of its children. */
  cacheRoots: string[];
  /** Redirected variables: GOMODCACHE among them puts the module cache into the job folder. */
  redirected: string[];
  rules: PlatformRules;
}

/**
 * The module cache to watch, or undefined where there is none outside the job folder. `go env` sees
 * what `go env -w` wrote too; without Go (it may be installed by a later step) the variables decide.
 */
export async function locateModuleCache(o: LocateOptions): Promise<{ path: string; source: string } | undefined> {
  if (o.redirected.includes('GOMODCACHE')) return undefined;
  const go = findExecutable('go', o.env);
  // In the job folder, with the toolchain at hand: a go.mod asking for a newer Go must not start a download.
  const asked = go ? await execTool(go, ['env', 'GOMODCACHE'], { env: { ...o.env, GOTOOLCHAIN: 'local' }, cwd: o.jobDir, timeoutMs: 10_000 }) : undefined;
  const fromGo = asked?.code === 0 ? asked.stdout.trim() : '';
  const found = fromGo && o.rules.path.isAbsolute(fromGo) ? { path: fromGo, source: 'go env GOMODCACHE' } : moduleCacheFromEnv(o.env, o.home, o.rules);
  if (!found) return undefined;
  if (isWithin(found.path, o.jobDir, o.rules) || o.cacheRoots.some((root) => isWithin(found.path, root, o.rules))) return undefined;
  return found;
}

/** The module cache as a place measured as a whole. */
export function moduleCachePlace(path: string): UsualPlace {
  return { label: MODULE_CACHE_LABEL, path, byChild: false };
}

/** Its size from a scan: the whole folder's total, 0 where it does not exist; undefined where the count was cut short. */
export async function moduleCacheSize(path: string, total: SizeEntry | undefined, scanned: boolean): Promise<SizeEntry | undefined> {
  if (scanned) return total;
  const missing = await fs.lstat(path).then(
    () => false,
    () => true,
  );
  return missing ? { path, bytes: 0, complete: true } : undefined;
}
