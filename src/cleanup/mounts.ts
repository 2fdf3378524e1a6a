// Mount points below a folder. A bind mount of the same filesystem has the same device number as
// its parent, so comparing st_dev alone would walk straight into it; /proc/self/mountinfo lists it.
import { isWithin, pathKey, samePath, type PlatformRules } from '../lib/platform.js';
import { mountPoints } from '../lib/proc.js';

/**
 * Path keys of every mount point strictly below `dir`; empty where the OS has no mountinfo (macOS has
 * no bind mounts and Windows junctions are links, which cleanup never follows). `undefined` when
 * Linux's mountinfo cannot be read: then only device numbers guard the walk.
 */
export async function mountPointsBelow(dir: string, rules: PlatformRules): Promise<Set<string> | undefined> {
  if (rules.os !== 'linux') return new Set();
  // Fresh, never the measuring's memo: a step may have mounted something since.
  const points = await mountPoints({ fresh: true });
  if (points === undefined) return undefined;
  return new Set(points.filter((p) => isWithin(p, dir, rules) && !samePath(p, dir, rules)).map((p) => pathKey(p, rules)));
}
