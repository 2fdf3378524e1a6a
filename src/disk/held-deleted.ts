// Linux: files that were deleted but are still open. Their space comes back only when the process
// holding them ends (a leftover QEMU, a test server with its log), so cleanup cannot reclaim it.
// Synchronous on purpose: thousands of tiny /proc reads cost several times more through promises.
import fs from 'node:fs';
import { errorCode } from '../lib/errors.js';
import { platformRules } from '../lib/platform.js';

export interface HeldFile {
  pid: number;
  command: string;
  path: string;
  bytes: number;
  dev: number;
  ino: number;
}

export interface HeldScan {
  files: HeldFile[];
  /** Processes whose open files we may not look at (another user's, without root). */
  denied: number;
  /** Set where the scan cannot run at all (no /proc). */
  unavailable?: string;
}

const DELETED = ' (deleted)';

const readOr = (file: string, fallback: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
};

function commandOf(pid: number): string {
  const command = readOr(`/proc/${pid}/cmdline`, '').split('\0').filter(Boolean).join(' ');
  return (command || readOr(`/proc/${pid}/comm`, '?').trim()).slice(0, 200);
}

function scanProcess(pid: number, files: HeldFile[]): 'ok' | 'denied' | 'gone' {
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch (err) {
    return errorCode(err) === 'EACCES' || errorCode(err) === 'EPERM' ? 'denied' : 'gone';
  }
  let command: string | undefined;
  for (const fd of fds) {
    const link = `/proc/${pid}/fd/${fd}`;
    let target: string;
    try {
      target = fs.readlinkSync(link);
    } catch {
      continue;
    }
    if (!target.endsWith(DELETED) || !target.startsWith('/')) continue;
    // stat follows the magic link to the open file itself, deleted or not.
    const st = fs.statSync(link, { throwIfNoEntry: false });
    if (!st?.isFile() || st.nlink !== 0) continue;
    command ??= commandOf(pid);
    files.push({ pid, command, path: target.slice(0, -DELETED.length), bytes: st.blocks * 512 || st.size, dev: st.dev, ino: st.ino });
  }
  return 'ok';
}

/** Every deleted-but-open regular file of every process we may inspect, except this one. */
export async function scanHeldDeleted(platform: NodeJS.Platform = process.platform): Promise<HeldScan> {
  if (!platformRules(platform).hasProcFs) return { files: [], denied: 0, unavailable: 'only Linux shows which processes hold deleted files' };
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch (err) {
    return { files: [], denied: 0, unavailable: `/proc is unreadable (${errorCode(err)})` };
  }
  const pids = entries
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => pid !== process.pid);
  const files: HeldFile[] = [];
  const outcomes = pids.map((pid) => scanProcess(pid, files));
  return { files, denied: outcomes.filter((o) => o === 'denied').length };
}

export interface HeldGroup {
  path: string;
  bytes: number;
  /** Each process holding it, with its command. */
  holders: { pid: number; command: string }[];
  inJobDir: boolean;
}

/**
 * Pure: the held files worth reporting, biggest first. One file held by several processes (or
 * several descriptors) counts once. Only files on the watched filesystems count, and there only
 * those of at least `minBytes` or inside the job folder.
 */
export function heldFilesToReport(files: HeldFile[], watchedDevs: number[], jobDir: string, minBytes = 1024 * 1024, sep = '/'): HeldGroup[] {
  const groups = new Map<string, HeldGroup>();
  for (const f of files) {
    if (!watchedDevs.includes(f.dev)) continue;
    const inJobDir = f.path === jobDir || f.path.startsWith(jobDir + sep);
    if (f.bytes < minBytes && !inJobDir) continue;
    const key = `${f.dev}:${f.ino}`;
    const group = groups.get(key) ?? { path: f.path, bytes: f.bytes, holders: [], inJobDir };
    if (!group.holders.some((h) => h.pid === f.pid)) group.holders.push({ pid: f.pid, command: f.command });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}
