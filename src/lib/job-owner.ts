// Which process a job folder belongs to, and whether that job is over. The runner runs each job in
// one Runner.Worker process whose children are the steps and the job hooks; when the job ends, so
// does it. A folder records that process (with its start time, the machine, the boot and the pid
// namespace, so a reused process id, another machine or a container's view never passes for it),
// and the janitor judges by it. Whatever cannot be read proves nothing: the verdict is then
// 'unknown', and an unknown folder is never removed.
import fs from 'node:fs';
import os from 'node:os';
import { execTool } from './exec.js';
import { platformRules } from './platform.js';
import { parseProcStat, type ProcessFacts } from './proc.js';

export { parseProcStat, type ProcessFacts };

/** The runner's per-job process, as /proc/<pid>/comm and `ps -o comm=` name it. */
export const RUNNER_WORKER = 'Runner.Worker';
const MAX_DEPTH = 12;

export interface JobOwner {
  pid: number;
  /** Start time in the kernel's terms (Linux: clock ticks after boot; macOS: `ps -o lstart`). */
  start?: string;
  /** Linux /etc/machine-id, macOS IOPlatformUUID, Windows MachineGuid: two hosts of one name are told apart by it. */
  machine?: string;
  /** Linux: the boot this process belongs to; a new boot of the same machine means every earlier process is gone. */
  boot?: string;
  /** Linux: the pid namespace the pid is valid in (a container sees other numbers). */
  pidNs?: string;
  host: string;
  /** How it was found: the runner's worker, main's parent where no worker is an ancestor, or the janitor itself (in a claim). */
  found: 'runner-worker' | 'parent' | 'self';
}

/** This host as the owner's record names it. */
export interface HostFacts {
  host: string;
  machine?: string;
  boot?: string;
  pidNs?: string;
}

/** What a process id is now: its facts, provably no process, or not known (unreadable, a tool that failed). */
export type ProcessNow = ProcessFacts | 'gone' | 'unknown';

export type OwnerVerdict = { verdict: 'running' | 'over' | 'unknown'; reason: string };

/**
 * Pure: whether the job `owner` recorded is over, given this host and what its pid is now.
 * `sharedRoot`: the folder is on a network filesystem, where a machine that merely looks like this
 * one (a clone of one image) may have made it; only this very boot's processes are judged there.
 */
export function judgeOwner(owner: JobOwner | undefined, here: HostFacts, now: ProcessNow, sharedRoot = false): OwnerVerdict {
  const unknown = (reason: string): OwnerVerdict => ({ verdict: 'unknown', reason });
  if (!owner) return unknown('its marker names no job process');
  if (owner.host !== here.host) return unknown(`it was made on another host (${owner.host})`);
  // Without a machine id a clone of this machine (same name, same process ids) cannot be ruled out.
  if (!here.machine) return unknown("this machine's id cannot be read, so the folder cannot be proven made here");
  if (owner.machine !== here.machine) return unknown('it was made on another machine of the same name');
  if (owner.boot !== here.boot) {
    // A new boot ends every process of the old one, on this machine; without a machine id nothing proves it is this one.
    if (!owner.boot || !here.boot || sharedRoot) return unknown('it was made before this host last started, perhaps by another machine');
    return { verdict: 'over', reason: 'it was made before this host last started' };
  }
  if (owner.pidNs !== here.pidNs) return unknown('it was made in another process namespace (a container)');
  if (now === 'unknown') return unknown(`whether its job's process ${owner.pid} runs cannot be read`);
  if (now === 'gone') return { verdict: 'over', reason: `its job's process ${owner.pid} is gone` };
  if (owner.start && now.start && owner.start !== now.start) {
    return { verdict: 'over', reason: `its job's process ${owner.pid} is gone (the id is another process's now)` };
  }
  return { verdict: 'running', reason: `its job's process ${owner.pid} is running` };
}

/**
 * Pure: the job's process among this process's ancestors (nearest first). For main the parent
 * stands in where there is no Runner.Worker (main is the runner's direct child); a hook's parent is
 * its wrapper's shell, which ends with it, so a hook takes the Runner.Worker or nothing.
 */
export function pickOwner(
  chain: { pid: number; facts: ProcessFacts }[],
  hook: boolean,
): { pid: number; facts: ProcessFacts; found: JobOwner['found'] } | undefined {
  const worker = chain.find((p) => p.facts.name === RUNNER_WORKER);
  if (worker) return { ...worker, found: 'runner-worker' };
  const parent = hook ? undefined : chain[0];
  return parent && parent.pid > 1 ? { ...parent, found: 'parent' } : undefined;
}

/** What `pid` is now. Only a definite "no such process" is 'gone'; any other failure is 'unknown'. */
export async function processFacts(pid: number, platform: NodeJS.Platform = process.platform): Promise<ProcessNow> {
  const rules = platformRules(platform);
  if (rules.hasProcFs) {
    try {
      const facts = parseProcStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
      return facts.state === 'Z' || facts.state === 'X' ? 'gone' : facts;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unknown';
    }
  }
  if (rules.readsProcessTable) {
    // macOS: ps. The C locale and UTC: lstart is written in the caller's language and time zone otherwise.
    const ps = await execTool('ps', ['-o', 'ppid=,lstart=,comm=', '-p', String(pid)], { timeoutMs: 10_000, env: { ...process.env, LC_ALL: 'C', TZ: 'UTC0' } });
    // ps exits 1 with no output when no process has that id, but also on its own errors: the kernel decides.
    if (ps.code === 1 && !ps.stdout.trim()) return pidInUse(pid);
    const m = /^\s*(\d+)\s+(\w{3}\s+\w{3}\s+\d+\s+[\d:]+\s+\d{4})\s+(.*)$/.exec(ps.stdout.trim());
    return ps.code === 0 && m ? { ppid: Number(m[1]), start: m[2], name: m[3].split('/').pop() ?? m[3] } : 'unknown';
  }
  // Elsewhere (Windows) only whether the id is in use: a reused id counts as the same process (safe).
  return pidInUse(pid);
}

/** Only ESRCH proves there is no such process; a process we may not signal still runs. */
function pidInUse(pid: number): ProcessNow {
  try {
    process.kill(pid, 0);
    return { ppid: 0, name: '' };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ESRCH' ? 'gone' : code === 'EPERM' ? { ppid: 0, name: '' } : 'unknown';
  }
}

const hostCache = new Map<NodeJS.Platform, Promise<HostFacts>>();

/** This host's facts (read once per process). */
export function hostFacts(platform: NodeJS.Platform = process.platform): Promise<HostFacts> {
  let facts = hostCache.get(platform);
  if (!facts) hostCache.set(platform, (facts = readHostFacts(platform)));
  return facts;
}

async function readHostFacts(platform: NodeJS.Platform): Promise<HostFacts> {
  const read = (how: () => string) => {
    try {
      return how().trim() || undefined;
    } catch {
      return undefined;
    }
  };
  const host = os.hostname();
  if (platform === 'darwin') {
    const io = await execTool('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], { timeoutMs: 10_000 });
    return { host, machine: /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(io.stdout)?.[1] };
  }
  if (platform === 'win32') {
    const reg = await execTool('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], { timeoutMs: 10_000 });
    return { host, machine: /MachineGuid\s+REG_SZ\s+(\S+)/.exec(reg.stdout)?.[1] };
  }
  if (platform !== 'linux') return { host };
  const text = (f: string) => () => fs.readFileSync(f, 'utf8');
  return {
    host,
    machine: read(text('/etc/machine-id')) ?? read(text('/var/lib/dbus/machine-id')),
    boot: read(text('/proc/sys/kernel/random/boot_id')),
    pidNs: read(() => fs.readlinkSync('/proc/self/ns/pid')),
  };
}

/**
 * The job's process: the nearest Runner.Worker above this one; for main, else its parent (main runs
 * as the runner's direct child). A hook without a Runner.Worker above it, and any entry where
 * ancestors are not read (Windows) except main's parent, get none.
 */
export async function findJobOwner(options: { hook: boolean }, platform: NodeJS.Platform = process.platform): Promise<JobOwner | undefined> {
  const here = await hostFacts(platform);
  const chain: { pid: number; facts: ProcessFacts }[] = [];
  const readable = platformRules(platform).readsProcessTable;
  for (let pid = process.ppid; readable && pid > 1 && chain.length < MAX_DEPTH;) {
    const facts = await processFacts(pid, platform);
    if (typeof facts === 'string') break;
    chain.push({ pid, facts });
    if (facts.name === RUNNER_WORKER) break;
    pid = facts.ppid;
  }
  const picked = pickOwner(chain, options.hook);
  if (picked) return { pid: picked.pid, start: picked.facts.start, ...here, found: picked.found };
  if (options.hook || readable || process.ppid <= 1) return undefined;
  return { pid: process.ppid, ...here, found: 'parent' };
}

/** Whether the job `owner` names is over, judged on this host now (`sharedRoot`: see judgeOwner). */
export async function judgeOwnerNow(owner: JobOwner | undefined, sharedRoot = false, platform: NodeJS.Platform = process.platform): Promise<OwnerVerdict> {
  return judgeOwner(owner, await hostFacts(platform), owner ? await processFacts(owner.pid, platform) : 'unknown', sharedRoot);
}

/** This very process, as a claim names the janitor that made it: gone once this process ends. */
export async function thisProcess(platform: NodeJS.Platform = process.platform): Promise<JobOwner> {
  const facts = await processFacts(process.pid, platform);
  return { pid: process.pid, start: typeof facts === 'object' ? facts.start : undefined, ...(await hostFacts(platform)), found: 'self' };
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
    optionalString(o.machine) &&
    optionalString(o.boot) &&
    optionalString(o.pidNs) &&
    (o.found === 'runner-worker' || o.found === 'parent' || o.found === 'self')
  );
}

/** Same process, by every fact both records hold (the host name may change under a running process: DHCP). */
export function sameOwner(a: JobOwner, b: JobOwner): boolean {
  return a.pid === b.pid && a.start === b.start && a.machine === b.machine && a.boot === b.boot && a.pidNs === b.pidNs;
}
