// Removes a folder tree fast and safely: never follows symbolic links, never enters another mounted
// filesystem, makes read-only folders (Go's module cache) writable first, retries busy entries with
// backoff and reports what it could not remove instead of throwing.
//
// Speed: a pool of workers takes tasks from one stack (depth first, so it stays small) and keeps the
// libuv thread pool busy; with two cores that beats a single-threaded `rm -rf`. Memory stays flat
// because only the entries of folders being worked on are held.
import fs from 'node:fs';
import { errorCode } from '../errors.js';
import { pathKey, type PlatformRules } from '../platform.js';

export interface RemovalFailure {
  path: string;
  code: string;
  message: string;
}

/** Totals for one group of paths (one redirected folder). */
export interface GroupTotals {
  files: number;
  dirs: number;
  bytes: number;
  /** Milliseconds from the start of the removal until the group's last entry was done. */
  ms: number;
  /** Whether the group's top entry is gone. */
  removed: boolean;
}

export interface RemovalResult {
  groups: Map<string, GroupTotals>;
  failures: RemovalFailure[];
  /** Failures beyond those kept in `failures`. */
  moreFailures: number;
  skippedMounts: string[];
}

export interface RemoverOptions {
  rules: PlatformRules;
  /** Device of the folder being emptied; a subfolder on another device is a mount and is left alone. */
  dev: number;
  /** Path keys of mount points below it (bind mounts share the device number). */
  mountPoints: ReadonlySet<string>;
  /** Attempts for a busy entry, and the first backoff delay (doubled each time). */
  attempts?: number;
  delayMs?: number;
  workers?: number;
  maxFailuresKept?: number;
}

interface DirNode {
  path: string;
  parent: DirNode | undefined;
  group: GroupTotals;
  pending: number;
  /** A child could not be removed, so this folder cannot be either (already reported). */
  blocked: boolean;
  rescans: number;
}

type Task = { kind: 'dir'; path: string; parent: DirNode; group: GroupTotals } | { kind: 'file'; path: string; parent: DirNode; regular: boolean };

// Codes that may clear up if we wait: a busy mount or device, fd exhaustion; on Windows also a file
// another process holds open (EPERM/EACCES) and a folder whose deleted entries are still pending.
const TRANSIENT = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN']);
const TRANSIENT_WINDOWS = new Set([...TRANSIENT, 'EPERM', 'EACCES', 'ENOTEMPTY']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p = fs.promises;

/**
 * Removes each of `tops` (entries directly inside a folder on device `dev`), tallying per group.
 * `groupOf` names the group a top entry belongs to.
 */
export async function removeEntries(tops: string[], groupOf: (top: string) => string, opts: RemoverOptions): Promise<RemovalResult> {
  const attempts = opts.attempts ?? 6;
  const delayMs = opts.delayMs ?? 25;
  const maxKept = opts.maxFailuresKept ?? 200;
  const started = performance.now();
  const result: RemovalResult = { groups: new Map(), failures: [], moreFailures: 0, skippedMounts: [] };
  const stack: Task[] = [];
  let active = 0;
  let waiters: (() => void)[] = [];
  const transient = opts.rules.os === 'win32' ? TRANSIENT_WINDOWS : TRANSIENT;

  const notify = () => {
    const waiting = waiters;
    waiters = [];
    for (const resolve of waiting) resolve();
  };
  const fail = (path: string, err: unknown) => {
    if (result.failures.length < maxKept) result.failures.push({ path, code: errorCode(err), message: (err as Error).message ?? String(err) });
    else result.moreFailures++;
  };
  const push = (task: Task) => {
    stack.push(task);
    notify();
  };

  /** Runs `op`, retrying transient errors with exponential backoff. */
  async function withRetry<T>(op: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await op();
      } catch (err) {
        if (!transient.has(errorCode(err)) || attempt >= attempts) throw err;
        await sleep(delayMs * 2 ** (attempt - 1));
      }
    }
  }

  // A root-level pseudo node: the top entries' parent, never removed here.
  const topParent: DirNode = { path: '', parent: undefined, group: newGroup(), pending: 0, blocked: false, rescans: 0 };
  for (const top of tops) {
    const name = groupOf(top);
    if (!result.groups.has(name)) result.groups.set(name, newGroup());
    const group = result.groups.get(name)!;
    group.removed = true;
    topParent.pending++;
    push({ kind: 'dir', path: top, parent: topParent, group });
  }

  function childDone(node: DirNode, blocked: boolean) {
    if (blocked) node.blocked = true;
    node.pending--;
    if (node.pending === 0 && node !== topParent) void finishDir(node);
  }

  async function finishDir(node: DirNode): Promise<void> {
    active++;
    try {
      while (!node.blocked) {
        try {
          await withRetry(() => p.rmdir(node.path));
          node.group.dirs++;
          break;
        } catch (err) {
          const code = errorCode(err);
          if (code === 'ENOENT') break;
          if (code !== 'ENOTEMPTY' || node.rescans >= attempts) {
            fail(node.path, err);
            node.blocked = true;
            break;
          }
          // Something wrote new entries meanwhile (a process still running): wait, then scan again.
          node.rescans++;
          await sleep(delayMs * 2 ** node.rescans);
          if (await scan(node)) return;
        }
      }
      finishNode(node);
    } finally {
      active--;
      notify();
    }
  }

  function finishNode(node: DirNode) {
    if (node.parent === topParent) {
      node.group.ms = performance.now() - started;
      if (node.blocked) node.group.removed = false;
    }
    childDone(node.parent!, node.blocked);
  }

  /** Lists a folder and queues its entries. Returns false if it had none (caller finishes it). */
  async function scan(node: DirNode): Promise<boolean> {
    let entries: fs.Dirent[];
    try {
      entries = await withRetry(() => p.readdir(node.path, { withFileTypes: true }));
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') {
        fail(node.path, err);
        node.blocked = true;
      }
      finishNode(node);
      return true;
    }
    if (entries.length === 0) return false;
    node.pending += entries.length;
    for (const entry of entries) {
      const path = opts.rules.path.join(node.path, entry.name);
      push(entry.isDirectory() ? { kind: 'dir', path, parent: node, group: node.group } : { kind: 'file', path, parent: node, regular: entry.isFile() });
    }
    return true;
  }

  async function removeFile(path: string, regular: boolean, parent: DirNode) {
    let bytes = 0;
    try {
      if (regular) {
        const st = await p.lstat(path);
        // A hard link elsewhere keeps the data alive: only the last link gives space back.
        if (st.nlink <= 1) bytes = st.size;
      }
      await withRetry(() => p.unlink(path)).catch(async (err) => {
        if (!['EPERM', 'EACCES'].includes(errorCode(err))) throw err;
        // Permissions changed under us; on Windows a read-only file needs its attribute cleared. One repair, one retry.
        await p.chmod(opts.rules.os === 'win32' ? path : parent.path, opts.rules.os === 'win32' ? 0o666 : 0o700).catch(() => undefined);
        await withRetry(() => p.unlink(path));
      });
      parent.group.files++;
      parent.group.bytes += bytes;
      childDone(parent, false);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'ENOENT') return childDone(parent, false);
      fail(path, err);
      childDone(parent, true);
    }
  }

  async function enterDir(task: Extract<Task, { kind: 'dir' }>) {
    const node: DirNode = { path: task.path, parent: task.parent, group: task.group, pending: 0, blocked: false, rescans: 0 };
    let st: fs.Stats;
    try {
      st = await p.lstat(task.path);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return childDone(task.parent, false);
      fail(task.path, err);
      return childDone(task.parent, true);
    }
    if (!st.isDirectory()) {
      // A top entry that is a file or link, or a folder replaced by a link since it was listed.
      return removeFile(task.path, st.isFile(), task.parent);
    }
    if (st.dev !== opts.dev || opts.mountPoints.has(pathKey(task.path, opts.rules))) {
      result.skippedMounts.push(task.path);
      if (task.parent === topParent) task.group.removed = false;
      return childDone(task.parent, true);
    }
    // Go's module cache is 0555: without write permission on a folder its entries cannot be unlinked.
    if (opts.rules.os !== 'win32' && (st.mode & 0o700) !== 0o700) {
      await p.chmod(task.path, (st.mode & 0o7777) | 0o700).catch(() => undefined);
    }
    if (!(await scan(node))) await finishDir(node);
  }

  async function worker() {
    for (;;) {
      const task = stack.pop();
      if (!task) {
        if (active === 0) {
          notify();
          return;
        }
        await new Promise<void>((r) => waiters.push(r));
        continue;
      }
      active++;
      try {
        if (task.kind === 'file') await removeFile(task.path, task.regular, task.parent);
        else await enterDir(task);
      } finally {
        active--;
        if (active === 0) notify();
      }
    }
  }

  await Promise.all(Array.from({ length: opts.workers ?? 24 }, worker));
  return result;
}

function newGroup(): GroupTotals {
  return { files: 0, dirs: 0, bytes: 0, ms: 0, removed: false };
}
