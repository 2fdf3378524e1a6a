// Mount points below a folder. A bind mount of the same filesystem has the same device number as
// its parent, so comparing st_dev alone would walk straight into it; /proc/self/mountinfo lists it.
import fs from 'node:fs/promises';
import { isWithin, pathKey, samePath, type PlatformRules } from '../platform.js';

/** Field 5 of each mountinfo line is the mount point, with space, tab, newline and backslash octal-escaped. */
export function parseMountInfo(text: string): string[] {
  const points: string[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    if (fields.length < 5 || !fields[4]) continue;
    points.push(fields[4].replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8))));
  }
  return points;
}

/**
 * Path keys of every mount point strictly below `dir`; empty where the OS has no mountinfo (macOS has
 * no bind mounts and Windows junctions are links, which cleanup never follows). `undefined` when
 * Linux's mountinfo cannot be read: then only device numbers guard the walk.
 */
export async function mountPointsBelow(dir: string, rules: PlatformRules): Promise<Set<string> | undefined> {
  if (rules.os !== 'linux') return new Set();
  const text = await fs.readFile('/proc/self/mountinfo', 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  return new Set(
    parseMountInfo(text)
      .filter((p) => isWithin(p, dir, rules) && !samePath(p, dir, rules))
      .map((p) => pathKey(p, rules)),
  );
}
