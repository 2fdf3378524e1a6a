// Which process a job folder belongs to, and whether that job is over. The runner runs each job in
// one Runner.Worker process whose children are the steps and the job hooks; when the job ends, so
// does it. A folder records that process (with its start time, the boot and the pid namespace, so a
// reused process id or a container's view never passes for it), and the janitor judges by it.
import fs from 'node:fs';
import os from 'node:os';
import { execTool } from './exec.js';

/** The runner's per-job process, as /proc/<pid>/comm and `ps -o comm=` name it. */
export const RUNNER_WORKER = 'Runner.Worker';
/** Interpreters a hook's wrapper runs in: never the job's owner, they end with the hook. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'pwsh', 'powershell', 'env']);
const MAX_DEPTH = 12;

export interface JobOwner {
  pid: number;
  /** Start time in the kernel's terms (Linux: clock ticks after boot; macOS: `ps -o lstart`). */
  start?: string;
  /** Linux: the boot this process belongs to; a new boot means every earlier process is gone. */
  boot?: string;
  /** Linux: the pid namespace the pid is valid in (a container sees other numbers). */
  pidNs?: string;
  host: string;
  /** How it was found: the runner's worker, or the parent process where no worker is an ancestor. */
  found: 'runner-worker' | 'parent';
}

export interface ProcessFacts {
  ppid: number;
  name: string;
  start?: string;
  /** Linux: Z (zombie) or X (dead) count as gone. */
  state?: string;
}

/** This host as the owner's record names it. */
export interface HostFacts {
  host: string;
  boot?: string;
  pidNs?: string;
}

export type OwnerVerdict = { verdict: 'running' | 'over' | 'unknown'; reason: string };

/** Pure: whether the job `owner` recorded is over, given this host and what its pid is now (undefined: no such process). */
export function judgeOwner(owner: JobOwner | undefined, here: HostFacts, now: ProcessFacts | undefined): OwnerVerdict {
  if (!owner) return { verdict: 'unknown', reason: 'its marker names no job process' };
  if (owner.host !== here.host) return { verdict: 'unknown', reason: `it was made on another host (${owner.host})` };
  if (owner.boot && here.boot && owner.boot !== here.boot) return { verdict: 'over', reason: 'it was made before this host last started' };
  if ((owner.pidNs ?? '') !== (here.pidNs ?? '')) return { verdict: 'unknown', reason: 'it was made in another process namespace (a container)' };
  if (!now) return { verdict: 'over', reason: `its job's process ${owner.pid} is gone` };
  if (owner.start && now.start && owner.start !== now.start)
    return { verdict: 'over', reason: `its job's process ${owner.pid} is gone (the id is another process's now)` };
  return { verdict: 'running', reason: `its job's process ${owner.pid} is running` };
}

/** Pure: walks up from the parent of this process; `skipShells` for hooks, whose parent is their wrapper. */
export function pickOwner(
  chain: { pid: number; facts: ProcessFacts }[],
  skipShells: boolean,
): { pid: number; facts: ProcessFacts; found: JobOwner['found'] } | undefined {
  const worker = chain.find((p) => p.facts.name === RUNNER_WORKER);
  if (worker) return { ...worker, found: 'runner-worker' };
  const parent = skipShells ? chain.find((p) => !SHELLS.has(p.facts.name.replace(/\.exe$/i, '').toLowerCase())) : chain[0];
  return parent && parent.pid > 1 ? { ...parent, found: 'parent' } : undefined;
}

/** Linux /proc/<pid>/stat: the name is in parentheses and may hold spaces; ppid is field 4, start time field 22. */
export function parseProcStat(stat: string): ProcessFacts {
  const close = stat.lastIndexOf(')');
  const name = stat.slice(stat.indexOf('(') + 1, close);
  const fields = stat.slice(close + 2).split(' ');
  return { name, state: fields[0], ppid: Number(fields[1]), start: fields[19] };
}

export async function processFacts(pid: number, platform: NodeJS.Platform = process.platform): Promise<ProcessFacts | undefined> {
  if (platform === 'linux') {
    try {
      const facts = parseProcStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
      return facts.state === 'Z' || facts.state === 'X' ? undefined : facts;
    } catch {
      return undefined;
    }
  }
  if (platform === 'darwin') {
    const ps = await execTool('ps', ['-o', 'ppid=,lstart=,comm=', '-p', String(pid)], { timeoutMs: 10_000 });
    const m = /^\s*(\d+)\s+(\w{3}\s+\w{3}\s+\d+\s+[\d:]+\s+\d{4})\s+(.*)$/.exec(ps.stdout.trim());
    return ps.code === 0 && m ? { ppid: Number(m[1]), start: m[2], name: m[3].split('/').pop() ?? m[3] } : undefined;
  }
  return undefined;
}

export function hostFacts(platform: NodeJS.Platform = process.platform): HostFacts {
  const read = (f: string, how: (p: string) => string) => {
    try {
      return how(f).trim();
    } catch {
      return undefined;
    }
  };
  if (platform !== 'linux') return { host: os.hostname() };
  return {
    host: os.hostname(),
    boot: read('/proc/sys/kernel/random/boot_id', (f) => fs.readFileSync(f, 'utf8')),
    pidNs: read('/proc/self/ns/pid', (f) => fs.readlinkSync(f)),
  };
}

/**
 * The job's process: the nearest Runner.Worker above this one, else the parent (main runs as the
 * runner's direct child). Undefined where ancestors cannot be read (Windows), for a hook: its parent
 * is the wrapper's shell, which ends with it.
 */
export async function findJobOwner(options: { hook: boolean }, platform: NodeJS.Platform = process.platform): Promise<JobOwner | undefined> {
  const here = hostFacts(platform);
  const chain: { pid: number; facts: ProcessFacts }[] = [];
  for (let pid = process.ppid; pid > 1 && chain.length < MAX_DEPTH;) {
    const facts = await processFacts(pid, platform);
    if (!facts) break;
    chain.push({ pid, facts });
    if (facts.name === RUNNER_WORKER) break;
    pid = facts.ppid;
  }
  const picked = pickOwner(chain, options.hook);
  if (picked) return { pid: picked.pid, start: picked.facts.start, ...here, found: picked.found };
  if (options.hook || process.ppid <= 1) return undefined;
  return { pid: process.ppid, ...here, found: 'parent' };
}

/** Whether the job `owner` names is over, judged on this host now. */
export async function judgeOwnerNow(owner: JobOwner | undefined, platform: NodeJS.Platform = process.platform): Promise<OwnerVerdict> {
  const here = hostFacts(platform);
  // Without a way to read a process's start (Windows), a live pid counts as the same process: safe.
  const facts = owner
    ? ((await processFacts(owner.pid, platform)) ?? (platform === 'linux' || platform === 'darwin' ? undefined : pidAlive(owner.pid)))
    : undefined;
  return judgeOwner(owner, here, facts);
}

function pidAlive(pid: number): ProcessFacts | undefined {
  try {
    process.kill(pid, 0);
    return { ppid: 0, name: '' };
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? { ppid: 0, name: '' } : undefined;
  }
}

/** Shape check for an owner read back from a marker or state file a job step could have changed. */
export function isJobOwner(value: unknown): value is JobOwner {
  const o = value as Partial<JobOwner> | null | undefined;
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.pid === 'number' &&
    Number.isInteger(o.pid) &&
    o.pid > 1 &&
    typeof o.host === 'string' &&
    optionalString(o.start) &&
    optionalString(o.boot) &&
    optionalString(o.pidNs) &&
    (o.found === 'runner-worker' || o.found === 'parent')
  );
}

/** Same process, by every fact both records hold. */
export function sameOwner(a: JobOwner, b: JobOwner): boolean {
  return a.pid === b.pid && a.host === b.host && a.start === b.start && a.boot === b.boot && a.pidNs === b.pidNs;
}
