// Every difference between Linux, macOS and Windows that the action cares about lives here.
import path from 'node:path';

export type OS = 'linux' | 'darwin' | 'win32';

export interface PlatformRules {
  os: OS;
  path: path.PlatformPath;
  /** Windows and macOS (default APFS) compare paths without regard to case. */
  caseInsensitive: boolean;
  /** Variables naming the user's home folder, in the order the OS consults them. */
  homeVars: string[];
  /** How removal retries an entry that may come free (see BusyRetry). */
  busyRetry: BusyRetry;
}

/**
 * Retries for an entry that may come free if we wait. On Windows a file another process holds open
 * cannot be deleted until it is closed (a compiler, a test binary or a log writer finishing), so
 * removal keeps trying for up to `budgetMs` in all — one budget for the whole cleanup, not per
 * file. Elsewhere an open file is deleted at once and only brief faults are retried.
 */
export interface BusyRetry {
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** 0: no overall limit beyond the attempts. */
  budgetMs: number;
}

const BRIEF_RETRY: BusyRetry = { attempts: 6, firstDelayMs: 25, maxDelayMs: 400, budgetMs: 0 };
const WINDOWS_RETRY: BusyRetry = { attempts: 1000, firstDelayMs: 25, maxDelayMs: 1000, budgetMs: 10_000 };

export function platformRules(platform: NodeJS.Platform = process.platform): PlatformRules {
  if (platform === 'win32') {
    return { os: 'win32', path: path.win32, caseInsensitive: true, homeVars: ['USERPROFILE', 'HOME'], busyRetry: WINDOWS_RETRY };
  }
  const os: OS = platform === 'darwin' ? 'darwin' : 'linux';
  return { os, path: path.posix, caseInsensitive: os === 'darwin', homeVars: ['HOME'], busyRetry: BRIEF_RETRY };
}

/** A normalised form of an absolute path for comparisons (no trailing separator, folded case where the OS folds it). */
export function pathKey(p: string, rules: PlatformRules): string {
  let key = rules.path.resolve(p);
  const rootLen = rules.path.parse(key).root.length;
  while (key.length > rootLen && (key.endsWith('/') || key.endsWith(rules.path.sep))) key = key.slice(0, -1);
  return rules.caseInsensitive ? key.toLowerCase() : key;
}

export function samePath(a: string, b: string, rules: PlatformRules): boolean {
  return pathKey(a, rules) === pathKey(b, rules);
}

/** True when `inner` is `outer` itself or lies below it. */
export function isWithin(inner: string, outer: string, rules: PlatformRules): boolean {
  const rel = rules.path.relative(pathKey(outer, rules), pathKey(inner, rules));
  // '..c' is a child named '..c'; only '..' itself or '../…' leaves the folder.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${rules.path.sep}`) && !rules.path.isAbsolute(rel));
}

/** True when `p` is a filesystem root such as `/` or `C:\`. */
export function isFilesystemRoot(p: string, rules: PlatformRules): boolean {
  const resolved = rules.path.resolve(p);
  return rules.path.parse(resolved).root === resolved || pathKey(resolved, rules) === pathKey(rules.path.parse(resolved).root, rules);
}
