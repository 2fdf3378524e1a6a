// Opt-in for long-lived self-hosted runners (the job-started hook's home-cache-max-age): children of
// HOME's cache that no job has used for longer than the limit are removed at job start. "Used" is
// the newest access or change of any file below (directory access times are not counted: listing
// them, as this scan does, changes them). A child whose scan did not finish is never removed.
import fs from 'node:fs';
import { homeCacheRoots } from '../disk/consumers.js';
import { errorMessage } from '../lib/errors.js';
import type { PlatformRules } from '../lib/platform.js';
import type { AgedCache } from './janitor-plan.js';
import { FOLDER_FLAGS } from './folder-access.js';
import { mountPointsBelow } from './mounts.js';
import { removeEntries } from './remove.js';

const DAY_MS = 24 * 3600 * 1000;
/** A scan that takes longer proves nothing: the child stays. */
const SCAN_LIMIT_MS = 20_000;

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

/** Newest file access or change, and blocks in use, below `path` (never following a link). */
export function lastUsed(path: string, rules: PlatformRules, deadline: number): Omit<CacheChild, 'name'> {
  let lastUsedMs = 0;
  let bytes = 0;
  const stack = [path];
  try {
    while (stack.length) {
      if (Date.now() > deadline) return { lastUsedMs, bytes, complete: false };
      const entry = stack.pop()!;
      const st = fs.lstatSync(entry);
      lastUsedMs = Math.max(lastUsedMs, st.mtimeMs);
      bytes += st.blocks * 512;
      if (!st.isDirectory()) {
        lastUsedMs = Math.max(lastUsedMs, st.atimeMs);
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
  for (const root of homeCacheRoots(home, rules)) {
    let fd: number | undefined;
    try {
      const rootStat = fs.lstatSync(root, { throwIfNoEntry: false });
      if (!rootStat?.isDirectory()) continue;
      const deadline = Date.now() + SCAN_LIMIT_MS;
      const children: CacheChild[] = [];
      for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        children.push({ name: entry.name, ...lastUsed(rules.path.join(root, entry.name), rules, deadline) });
      }
      const cut = children.filter((c) => !c.complete).map((c) => c.name);
      if (cut.length) aged.problems.push(`${root}: ${cut.join(', ')} not judged (unreadable, or the scan took over ${SCAN_LIMIT_MS / 1000} s)`);
      const picked = pickAged(children, maxAgeDays, Date.now());
      if (!picked.length) continue;
      const mountPoints = await mountPointsBelow(root, rules);
      if (!mountPoints) throw new Error('/proc/self/mountinfo is unreadable');
      fd = rules.os === 'linux' ? fs.openSync(root, FOLDER_FLAGS) : undefined;
      for (const c of picked) {
        const r = await removeEntries({ path: root, fd }, [c.name], { rules, dev: rootStat.dev, mountPoints });
        const path = rules.path.join(root, c.name);
        if (r.removed) aged.removed.push({ path, bytes: c.bytes, idleDays: c.idleDays, complete: true });
        else aged.problems.push(`${path}: not fully removed (${r.failures[0]?.code ?? 'unknown'})`);
      }
    } catch (err) {
      aged.problems.push(`${root}: ${errorMessage(err)}`);
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
  return aged;
}
