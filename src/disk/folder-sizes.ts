// Measures a folder and each of its children, bounded in time, never following symbolic links nor
// crossing into another filesystem. `du` does it close to disk speed; where there is none (Windows)
// a Node walker does the same job more slowly.
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from '../lib/errors.js';
import { execTool } from '../lib/exec.js';
import { platformRules } from '../lib/platform.js';

export interface SizeEntry {
  path: string;
  /** Bytes allocated on disk (what fills it), as du counts them. */
  bytes: number;
  /** False when the time limit or unreadable folders cut the count short: then a lower bound. */
  complete: boolean;
}

export interface FolderSizes {
  dir: string;
  /** The whole folder; absent when the time limit stopped the count first. */
  total?: SizeEntry;
  children: SizeEntry[];
  complete: boolean;
  /** Why the count is incomplete, or why the folder could not be measured. */
  problem?: string;
  tool: 'du' | 'node';
}

export interface SizeOptions {
  /** Absolute time (Date.now()) by which the count stops. */
  deadline: number;
  signal?: AbortSignal;
  /** Force the Node walker (tests; platforms without du). */
  walker?: 'du' | 'node';
}

export async function folderSizes(given: string, options: SizeOptions): Promise<FolderSizes> {
  // du prints paths as given: without the normalising a trailing slash would hide every child.
  const dir = path.resolve(given);
  const walker = options.walker ?? platformRules().sizeWalker;
  if (walker === 'du') {
    const result = await duSizes(dir, options);
    if (result) return result;
  }
  return nodeSizes(dir, options);
}

/** `du -k -x -d 1`: GNU, BSD (macOS) and BusyBox du all take these. Undefined when there is no du. */
async function duSizes(dir: string, { deadline, signal }: SizeOptions): Promise<FolderSizes | undefined> {
  const result: FolderSizes = { dir, children: [], complete: true, tool: 'du' };
  if (Date.now() >= deadline || signal?.aborted) return { ...result, complete: false, problem: 'time limit reached before the count began' };
  const take = (line: string) => {
    const tab = line.indexOf('\t');
    const kib = Number(line.slice(0, tab));
    const p = line.slice(tab + 1);
    if (tab <= 0 || !Number.isFinite(kib)) return;
    const entry = { path: p, bytes: kib * 1024, complete: true };
    if (p === dir) result.total = entry;
    else if (path.dirname(p) === dir) result.children.push(entry);
  };
  let pending = '';
  // Read line by line as it comes: what du printed before a time limit still counts (as a lower bound).
  const onStdout = (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(take);
  };
  const run = await execTool('du', ['-k', '-x', '-d', '1', dir], { timeoutMs: Math.max(0, deadline - Date.now()), signal, onStdout });
  // A line cut off by a time limit or a kill is not a figure.
  if (pending && !run.stopped && !run.signal) take(pending);
  if (run.errorCode === 'ENOENT') return undefined;
  if (run.stopped) {
    const why = run.stopped === 'timeout' ? 'time limit reached' : 'stopped';
    return Object.assign(result, { complete: false, problem: `${why} before the count finished` });
  }
  if (run.error) return { ...result, complete: false, problem: `du could not start: ${run.errorCode ?? run.error}` };
  if (run.code !== 0) {
    const first = run.stderr.split('\n').find(Boolean) ?? (run.signal ? `du was killed by ${run.signal}` : `du exited ${run.code}`);
    Object.assign(result, { complete: false, problem: first.replace(/^du: /, '') });
    // du still prints what it could read: those figures are lower bounds.
    for (const e of [result.total, ...result.children]) if (e) e.complete = false;
    if (!result.total && !result.children.length) result.problem ??= 'unreadable';
  }
  return result;
}

/** Bytes allocated to an entry: blocks where the OS reports them, else its length. */
const allocated = (st: import('node:fs').Stats) => (st.blocks ? st.blocks * 512 : st.blocks === 0 ? 0 : st.size);

async function nodeSizes(dir: string, { deadline, signal }: SizeOptions): Promise<FolderSizes> {
  const result: FolderSizes = { dir, children: [], complete: true, tool: 'node' };
  let top;
  try {
    top = await fs.lstat(dir);
  } catch (err) {
    return { ...result, complete: false, problem: `cannot read ${dir}: ${errorCode(err)}` };
  }
  const out = () => Date.now() > deadline || signal?.aborted === true;
  let unreadable = 0;
  /** Sums one subtree, breadth by breadth; returns [bytes, complete]. */
  const sum = async (root: string): Promise<[number, boolean]> => {
    let bytes = 0;
    let queue = [root];
    while (queue.length) {
      if (out()) return [bytes, false];
      const next: string[] = [];
      await Promise.all(
        queue.map(async (d) => {
          let names: string[];
          try {
            names = await fs.readdir(d);
          } catch {
            unreadable++;
            return;
          }
          await Promise.all(
            names.map(async (name) => {
              const p = path.join(d, name);
              const st = await fs.lstat(p).catch(() => undefined);
              if (!st || st.dev !== top.dev) return;
              bytes += allocated(st);
              if (st.isDirectory()) next.push(p);
            }),
          );
        }),
      );
      queue = next;
    }
    return [bytes, true];
  };
  let total = allocated(top);
  let complete = true;
  const names = await fs.readdir(dir).catch(() => undefined);
  if (!names) return { ...result, complete: false, problem: `cannot read ${dir}` };
  for (const name of names) {
    const p = path.join(dir, name);
    const st = await fs.lstat(p).catch(() => undefined);
    if (!st) continue;
    if (!st.isDirectory() || st.dev !== top.dev) {
      total += st.dev === top.dev ? allocated(st) : 0;
      continue;
    }
    if (out()) {
      complete = false;
      break;
    }
    const [inside, done] = await sum(p);
    const bytes = inside + allocated(st);
    result.children.push({ path: p, bytes, complete: done });
    total += bytes;
    complete &&= done;
  }
  if (complete && !unreadable) result.total = { path: dir, bytes: total, complete: true };
  else {
    result.complete = false;
    result.problem = unreadable ? `${unreadable} folders were unreadable` : 'time limit reached before the count finished';
    if (!out()) result.total = { path: dir, bytes: total, complete: false };
  }
  return result;
}
