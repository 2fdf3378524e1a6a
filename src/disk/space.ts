// Reads free space: which filesystems the job folder, the workspace and HOME live on, and how full.
import fs from 'node:fs/promises';
import { errorMessage } from '../lib/errors.js';
import { isWithin, type PlatformRules } from '../lib/platform.js';
import { mountPoints } from '../lib/proc.js';
import type { WatchedFilesystem } from './thresholds.js';

export interface Place {
  role: string;
  path: string;
}

export interface FreeSpace {
  total: number;
  /** Space an ordinary user may still use (df's Avail): root's reserve is not counted. */
  free: number;
}

export async function freeSpace(p: string): Promise<FreeSpace> {
  const s = await fs.statfs(p);
  return { total: s.blocks * s.bsize, free: s.bavail * s.bsize };
}

/** The mount point holding `p`: the longest mount point above it (Linux); elsewhere `p` itself. */
export function mountPointOf(p: string, mountPoints: string[], rules: PlatformRules): string {
  let best = '';
  for (const m of mountPoints) if (isWithin(p, m, rules) && m.length > best.length) best = m;
  return best || p;
}

/**
 * One entry per filesystem the places live on, in the order first seen. A place that cannot be
 * measured (missing, no permission) is reported, not fatal.
 */
export async function watchedFilesystems(places: Place[], rules: PlatformRules): Promise<{ filesystems: WatchedFilesystem[]; problems: string[] }> {
  const points = rules.hasProcFs ? ((await mountPoints()) ?? []) : [];
  const filesystems: WatchedFilesystem[] = [];
  const problems: string[] = [];
  for (const place of places) {
    if (!place.path) continue;
    try {
      const real = await fs.realpath(place.path);
      const { dev } = await fs.stat(real);
      const known = filesystems.find((f) => f.dev === dev);
      if (known) {
        if (!known.roles.includes(place.role)) known.roles.push(place.role);
        continue;
      }
      filesystems.push({ mount: mountPointOf(real, points, rules), dev, path: real, roles: [place.role], ...(await freeSpace(real)) });
    } catch (err) {
      problems.push(`cannot measure free space for ${place.role} (${place.path}): ${errorMessage(err)}`);
    }
  }
  return { filesystems, problems };
}
