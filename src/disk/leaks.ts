// Pure: which of HOME's cache folders grew during the job, although XDG_CACHE_HOME pointed into the
// job folder (each child folder is usually one tool: wasmtime, go-build, pip, golangci-lint), and
// whether Go's module cache outside the job folder grew.
import type { SizeEntry } from './folder-sizes.js';

/** Growth below this is noise (an index file, a lock). */
export const LEAK_MIN_BYTES = 64 * 1024;

export interface Leak {
  /** A child of HOME's cache, or Go's module cache outside the job folder (GOMODCACHE not redirected). */
  kind: 'home-cache' | 'module-cache';
  path: string;
  tool: string;
  before: number;
  after: number;
  added: number;
  /** A count was cut short by the time limit: the figures are lower bounds. */
  approximate: boolean;
  /** How to send this tool's cache into the job folder too, where known. */
  hint?: string;
}

/** Tools that keep a cache under HOME and the variable that moves it. */
const CACHE_VARIABLES: Record<string, string> = {
  'go-build': 'GOCACHE',
  'golangci-lint': 'GOLANGCI_LINT_CACHE',
  staticcheck: 'STATICCHECK_CACHE',
  ccache: 'CCACHE_DIR',
  '.ccache': 'CCACHE_DIR',
  pip: 'PIP_CACHE_DIR',
};

/**
 * `cutRoots`: cache roots main could not count in full. A child missing from main's count there was
 * not measured rather than empty, so it is not reported (it would read as a leak of its whole size).
 */
export function findLeaks(
  before: SizeEntry[],
  after: SizeEntry[],
  path: { basename: (p: string) => string; dirname: (p: string) => string },
  cutRoots: string[] = [],
): Leak[] {
  const seen = new Map(before.map((e) => [e.path, e]));
  const leaks: Leak[] = [];
  for (const now of after) {
    const then = seen.get(now.path);
    if (!then && cutRoots.includes(path.dirname(now.path))) continue;
    const added = now.bytes - (then?.bytes ?? 0);
    if (added < LEAK_MIN_BYTES) continue;
    const tool = path.basename(now.path);
    const variable = CACHE_VARIABLES[tool];
    leaks.push({
      kind: 'home-cache',
      path: now.path,
      tool,
      before: then?.bytes ?? 0,
      after: now.bytes,
      added,
      approximate: !now.complete || (then !== undefined && !then.complete),
      hint: variable ? `redirect: ${variable}` : undefined,
    });
  }
  return leaks.sort((a, b) => b.added - a.added);
}

/** Growth of Go's module cache, as a leak; none where either count is unknown (cut short, unreadable). */
export function moduleCacheLeak(cache: { path: string; before?: SizeEntry } | undefined, after: SizeEntry | undefined): Leak[] {
  const before = cache?.before;
  if (!cache || !before || !after) return [];
  const added = after.bytes - before.bytes;
  if (added < LEAK_MIN_BYTES) return [];
  return [
    {
      kind: 'module-cache',
      path: cache.path,
      tool: 'go-mod',
      before: before.bytes,
      after: after.bytes,
      added,
      approximate: !before.complete || !after.complete,
      hint: 'redirect: GOMODCACHE',
    },
  ];
}
