// Opt-in for long-lived self-hosted runners (the job-started hook's home-cache-max-age): children of
// HOME's cache (~/.cache; on macOS also ~/Library/Caches — never Windows' AppData\Local, which holds
// programs and profiles) that no job has used for longer than the limit are removed at job start.
// "Used" is the newest access or change of any file below (directory access times are not counted:
// listing them, as this scan does, changes them); on a filesystem mounted noatime reads leave no
// trace, so nothing there is judged. A child whose scan did not finish is never removed.
import fs from 'node:fs';
import { errorMessage } from '../lib/errors.js';
import { parseMountInfoEntries, type MountEntry } from '../lib/proc.js';
import { platformRules, type PlatformRules } from '../lib/platform.js';
import type { AgedCache } from './janitor-plan.js';
import { FOLDER_FLAGS } from './folder-access.js';
import { mountPointsBelow } from './mounts.js';
import { removeEntries } from './remove.js';

const DAY_MS = 24 * 3600 * 1000;
/** A child whose scan takes longer proves nothing: it stays. All children together get a minute. */
const SCAN_LIMIT_MS = 20_000;
const TOTAL_LIMIT_MS = 60_000;

/** The cache folders the age limit looks in (lib/platform.ts homeCacheDirs). */
export function agedCacheRoots(home: string, platform: NodeJS.Platform = process.platform): string[] {
  if (!home) return [];
  const rules = platformRules(platform);
  return rules.homeCacheDirs.filter((d) => d.ageLimited).map((d) => rules.path.join(home, ...d.segments));
}

/**
 * Linux: why access times on the filesystem holding `dir` say nothing — mounted noatime, or an
 * overlay (files of an image's lower layers never get theirs updated) — or undefined.
 */
function accessTimesUnreliable(dir: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return undefined;
  }
  const real = fs.realpathSync(dir);
  let best: MountEntry = { point: '', options: '', type: '' };
  for (const entry of parseMountInfoEntries(text)) {
    const { point } = entry;
    const inside = point === '/' || real === point || real.startsWith(`${point}/`);
    if (inside && point.length >= best.point.length) best = entry;
  }
  if (best.options.split(',').includes('noatime')) return 'its filesystem is mounted noatime (reading a cache leaves no trace)';
  if (best.type === 'overlay') return "it is on an overlay filesystem (files from an image's layers keep old access times)";
  return undefined;
}

export interface CacheChild {
  name: string;
  lastUsedMs: number;
  bytes: number;
  complete: boolean;
}

/** Pure: the children unused for more than `maxAgeDays`, with how long. */
export function pickAged(children: CacheChild[], maxAgeDays: number, nowMs: number): (CacheChild & { idleDays: number })[] {
  return children
    .filter((c) => c.complete && nowMs - c.lastUsedMs > maxAgeDays * DAY_MS)
    .map((c) => ({ ...c, idleDays: Math.floor((nowMs - c.lastUsedMs) / DAY_MS) }));
}

/**
 * Newest file access or change, and blocks in use, below `dir` (never following a link). It stops at
 * the first file used after `recentMs`: such a child stays whatever the rest holds.
 */
export function lastUsed(dir: string, rules: PlatformRules, deadline: number, recentMs = Infinity): Omit<CacheChild, 'name'> {
  let lastUsedMs = 0;
  let bytes = 0;
  const stack = [dir];
  try {
    while (stack.length) {
      if (Date.now() > deadline) return { lastUsedMs, bytes, complete: false };
      const entry = stack.pop()!;
      const st = fs.lstatSync(entry);
      lastUsedMs = Math.max(lastUsedMs, st.mtimeMs);
      bytes += st.blocks * 512;
      if (!st.isDirectory()) {
        lastUsedMs = Math.max(lastUsedMs, st.atimeMs);
        if (lastUsedMs > recentMs) return { lastUsedMs, bytes, complete: true };
        continue;
      }
      for (const name of fs.readdirSync(entry)) stack.push(rules.path.join(entry, name));
    }
  } catch {
    // A part it cannot read may be in use: not judged.
    return { lastUsedMs, bytes, complete: false };
  }
  return { lastUsedMs, bytes, complete: true };
}

export async function removeAgedCaches(home: string, maxAgeDays: number, rules: PlatformRules): Promise<AgedCache> {
  const aged: AgedCache = { maxAgeDays, removed: [], problems: [] };
  const started = Date.now();
  const recentMs = started - maxAgeDays * DAY_MS;
  for (const root of agedCacheRoots(home, rules.os)) {
    let fd: number | undefined;
    try {
      const rootStat = fs.lstatSync(root, { throwIfNoEntry: false });
      if (!rootStat?.isDirectory()) continue;
      const unreliable = rules.hasProcFs ? accessTimesUnreliable(root) : undefined;
      if (unreliable) {
        aged.problems.push(`${root}: not judged, ${unreliable}`);
        continue;
      }
      const children: CacheChild[] = [];
      for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const deadline = Math.min(Date.now() + SCAN_LIMIT_MS, started + TOTAL_LIMIT_MS);
        children.push({ name: entry.name, ...lastUsed(rules.path.join(root, entry.name), rules, deadline, recentMs) });
      }
      const cut = children.filter((c) => !c.complete).map((c) => c.name);
      if (cut.length) aged.problems.push(`${root}: ${cut.join(', ')} not judged (unreadable, or its scan ran out of time)`);
      const picked = pickAged(children, maxAgeDays, Date.now());
      if (!picked.length) continue;
      const mountPoints = await mountPointsBelow(root, rules);
      if (!mountPoints) throw new Error('/proc/self/mountinfo is unreadable');
      fd = rules.os === 'linux' ? fs.openSync(root, FOLDER_FLAGS) : undefined;
      for (const c of picked) {
        const r = await removeEntries({ path: root, fd }, [c.name], { rules, dev: rootStat.dev, mountPoints });
        const where = rules.path.join(root, c.name);
        if (r.removed) aged.removed.push({ path: where, bytes: c.bytes, idleDays: c.idleDays, complete: true });
        else aged.problems.push(`${where}: not fully removed (${r.failures[0]?.code ?? 'unknown'})`);
      }
    } catch (err) {
      aged.problems.push(`${root}: ${errorMessage(err)}`);
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
  return aged;
}
