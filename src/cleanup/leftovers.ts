// Linux: processes the job left running that can still write into the job folder — their
// environment names it (every process a job step started inherits TMPDIR, GOCACHE, …), or their
// working folder or an open file lies in it. Post itself, its ancestors and its own children are not
// counted. Synchronous on purpose, as held-deleted.ts: many tiny /proc reads.
import fs from 'node:fs';
import { platformRules } from '../lib/platform.js';
import { parseProcStat } from '../lib/proc.js';

export interface LeftoverProcess {
  pid: number;
  command: string;
  /** What ties it to the job folder. */
  why: 'environment' | 'working folder' | 'open file';
}

const readOr = (file: string, fallback: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
};

const linkOr = (link: string) => {
  try {
    return fs.readlinkSync(link).replace(/ \(deleted\)$/, '');
  } catch {
    return '';
  }
};

/** Whether one of `pid`'s ancestors is in `set`. */
function descends(pid: number, set: Set<number>, parent: Map<number, number>): boolean {
  for (let p = parent.get(pid) ?? 0, steps = 0; p > 1 && steps < 1000; p = parent.get(p) ?? 0, steps++) if (set.has(p)) return true;
  return false;
}

/** Pids that are this process, its ancestors or its descendants (its du, say). */
function ownFamily(pids: number[], parent: Map<number, number>): Set<number> {
  const family = new Set([process.pid]);
  for (let pid = process.ppid, steps = 0; pid > 1 && steps < 1000; pid = parent.get(pid) ?? 0, steps++) family.add(pid);
  const self = new Set([process.pid]);
  for (const pid of pids) if (descends(pid, self, parent)) family.add(pid);
  return family;
}

/** Processes that may still write into `dir` (Linux; elsewhere none are known). */
export function leftoverProcesses(dir: string, platform: NodeJS.Platform = process.platform): LeftoverProcess[] {
  if (!platformRules(platform).hasProcFs) return [];
  let pids: number[];
  try {
    pids = fs
      .readdirSync('/proc')
      .filter((e) => /^\d+$/.test(e))
      .map(Number);
  } catch {
    return [];
  }
  const inside = (p: string) => p === dir || p.startsWith(`${dir}/`);
  const parent = new Map(pids.map((pid) => [pid, parseProcStat(readOr(`/proc/${pid}/stat`, '() ? 0')).ppid]));
  const family = ownFamily(pids, parent);
  const found: LeftoverProcess[] = [];
  for (const pid of pids) {
    if (family.has(pid)) continue;
    const state = parseProcStat(readOr(`/proc/${pid}/stat`, '() Z 0')).state;
    if (state === 'Z' || state === 'X') continue;
    const environ = readOr(`/proc/${pid}/environ`, '');
    const named = environ.split('\0').some((entry) => entry.includes(`=${dir}/`) || entry.endsWith(`=${dir}`) || entry.includes(`:${dir}/`));
    let why: LeftoverProcess['why'] | undefined = named ? 'environment' : inside(linkOr(`/proc/${pid}/cwd`)) ? 'working folder' : undefined;
    if (!why) {
      const fds = (() => {
        try {
          return fs.readdirSync(`/proc/${pid}/fd`);
        } catch {
          return [];
        }
      })();
      if (fds.some((fd) => inside(linkOr(`/proc/${pid}/fd/${fd}`)))) why = 'open file';
    }
    if (!why) continue;
    const command = readOr(`/proc/${pid}/cmdline`, '').split('\0').filter(Boolean).join(' ') || readOr(`/proc/${pid}/comm`, '?').trim();
    found.push({ pid, command: command.slice(0, 200), why });
  }
  // A leftover's own children (the sleep of a shell loop) are named by their parent.
  const pidsFound = new Set(found.map((p) => p.pid));
  return found.filter((p) => !descends(p.pid, pidsFound, parent));
}
