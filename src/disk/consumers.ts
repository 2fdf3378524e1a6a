// Where space usually goes on a CI machine, and the biggest consumers found there. The places are
// chosen by a pure function; the scan runs them all at once under one time limit.
import fs from 'node:fs/promises';
import { isWithin, samePath, type PlatformRules } from '../lib/platform.js';
import { folderSizes, type FolderSizes, type SizeEntry } from './folder-sizes.js';

export interface UsualPlace {
  label: string;
  path: string;
  /** List each child (HOME's cache: wasmtime, go-build, …) or only the folder as a whole. */
  byChild: boolean;
}

/** HOME's cache folders (lib/platform.ts homeCacheDirs): tools that ignore the redirect write here, and post compares them with main. */
export function homeCacheRoots(home: string, rules: PlatformRules): string[] {
  if (!home) return [];
  return rules.homeCacheDirs.map((d) => rules.path.join(home, ...d.segments));
}

/** HOME's cache roots as places measured child by child. */
export function homeCachePlaces(roots: string[], rules: PlatformRules): UsualPlace[] {
  return roots.map((path) => ({ label: rules.homeCacheLabel, path, byChild: true }));
}

export interface PlaceFacts {
  home: string;
  /** The system temp folder as it was before main redirected TMPDIR. */
  systemTemp: string;
  workspace: string;
  toolCache: string;
}

export function usualPlaces(facts: PlaceFacts, rules: PlatformRules): UsualPlace[] {
  const places: UsualPlace[] = [
    ...homeCachePlaces(homeCacheRoots(facts.home, rules), rules),
    { label: 'tool cache', path: facts.toolCache, byChild: true },
    { label: 'system temp folder', path: facts.systemTemp, byChild: false },
    { label: 'workspace', path: facts.workspace, byChild: false },
  ];
  const seen: string[] = [];
  return places.filter((place) => {
    if (!place.path || !rules.path.isAbsolute(place.path) || seen.some((s) => samePath(s, place.path, rules))) return false;
    seen.push(place.path);
    return true;
  });
}

export interface Consumer extends SizeEntry {
  label: string;
}

export interface PlaceScan {
  place: UsualPlace;
  sizes: FolderSizes;
  /** Device of the filesystem the place is on. */
  dev: number;
}

/** Measures every place at once; each stops at `deadline`. Missing places are left out. */
export async function scanPlaces(places: UsualPlace[], deadline: number): Promise<PlaceScan[]> {
  const scans = await Promise.all(
    places.map(async (place): Promise<PlaceScan | undefined> => {
      const st = await fs.lstat(place.path).catch(() => undefined);
      if (!st?.isDirectory()) return undefined;
      return { place, dev: st.dev, sizes: await folderSizes(place.path, { deadline }) };
    }),
  );
  return scans.filter((s): s is PlaceScan => s !== undefined);
}

/**
 * The biggest consumers, largest first. A place measured by child lists its children; a whole-folder
 * place lists its total, less any other place inside it (HOME's cache inside the workspace is counted once).
 */
export function topConsumers(scans: PlaceScan[], rules: PlatformRules, options: { dev?: number; limit?: number } = {}): Consumer[] {
  const out: Consumer[] = [];
  for (const { place, sizes: scan, dev } of scans) {
    if (options.dev !== undefined && dev !== options.dev) continue;
    if (place.byChild) {
      for (const child of scan.children) out.push({ ...child, label: place.label });
      continue;
    }
    const entry =
      scan.total ?? (scan.children.length ? { path: place.path, bytes: scan.children.reduce((n, c) => n + c.bytes, 0), complete: false } : undefined);
    if (!entry) continue;
    let bytes = entry.bytes;
    const strictlyInside = (inner: string, outer: string) => isWithin(inner, outer, rules) && !samePath(inner, outer, rules);
    const nested = scans.filter((o) => o.dev === dev && strictlyInside(o.place.path, place.path));
    // Only the outermost nested places: one inside another nested place is already in that one's total.
    for (const other of nested.filter((o) => !nested.some((n) => n !== o && strictlyInside(o.place.path, n.place.path)))) {
      bytes -= other.sizes.total?.bytes ?? 0;
    }
    out.push({ ...entry, bytes: Math.max(0, bytes), label: place.label });
  }
  return out
    .filter((c) => c.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, options.limit ?? 8);
}
