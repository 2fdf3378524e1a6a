// Linux's /proc, read the few ways the action needs: mount points, whether a process runs and what
// its command line is, this process's CPU time. Elsewhere each answers "unknown" its own way.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { errorCode } from './errors.js';
import { platformRules } from './platform.js';

export interface MountEntry {
  point: string;
  /** Per-mount options (field 6: `rw,noatime,…`). */
  options: string;
  /** The filesystem type, first field after the ` - ` separator ('' when the line has none). */
  type: string;
}

/** Each mountinfo line: field 5 is the mount point, with space, tab, newline and backslash octal-escaped. */
export function parseMountInfoEntries(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    if (fields.length < 5 || !fields[4]) continue;
    const dash = fields.indexOf('-', 5);
    entries.push({
      point: fields[4].replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8))),
      options: fields[5] ?? '',
      type: dash >= 0 ? (fields[dash + 1] ?? '') : '',
    });
  }
  return entries;
}

/** The mount points of mountinfo, in order. */
export function parseMountInfo(text: string): string[] {
  return parseMountInfoEntries(text).map((e) => e.point);
}

export interface ProcessFacts {
  ppid: number;
  name: string;
  start?: string;
  /** Linux: Z (zombie) or X (dead) count as gone. */
  state?: string;
}

/** Linux /proc/<pid>/stat: the name is in parentheses and may hold spaces; ppid is field 4, start time field 22. */
export function parseProcStat(stat: string): ProcessFacts {
  const close = stat.lastIndexOf(')');
  const name = stat.slice(stat.indexOf('(') + 1, close);
  const fields = stat.slice(close + 2).split(' ');
  return { name, state: fields[0], ppid: Number(fields[1]), start: fields[19] };
}

let mountInfo: Promise<string[] | undefined> | undefined;

/**
 * Every mount point (Linux); undefined when unreadable. Read once per process for measuring, but
 * `fresh` reads it again: cleanup must see a mount a job step made a moment ago.
 */
export function mountPoints(options: { fresh?: boolean } = {}): Promise<string[] | undefined> {
  const read = () => fsp.readFile('/proc/self/mountinfo', 'utf8').then(parseMountInfo, () => undefined);
  if (options.fresh) return read();
  mountInfo ??= read();
  return mountInfo;
}

/** Linux: gone or a zombie (not yet reaped by whoever inherited it) counts as not running. */
export async function processRunning(pid: number, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  if (platformRules(platform).hasProcFs) {
    const stat = await fsp.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined) return false;
    const { state } = parseProcStat(stat);
    return state !== 'Z' && state !== 'X';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM';
  }
}

/** A process's arguments (Linux); empty when it is gone or not ours to read. */
export async function processArguments(pid: number): Promise<string[]> {
  const cmdline = await fsp.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmdline.split('\0');
}

/**
 * CPU milliseconds this process and its reaped children have used, on Linux (children's time comes
 * in clock ticks, 10 ms). Elsewhere undefined.
 */
export function cpuMsWithChildren(): number | undefined {
  if (!platformRules().hasProcFs) return undefined;
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command: state is field 3, cutime 16 and cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const { user, system } = process.cpuUsage();
    return (Number(fields[13]) + Number(fields[14])) * 10 + (user + system) / 1000;
  } catch {
    return undefined;
  }
}
