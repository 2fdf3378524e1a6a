// One unit of removal work, done with synchronous calls (in a worker thread, or inline for small
// trees): deletes every non-folder entry of one folder and hands its subfolders back. Never follows
// a symbolic link, never enters another filesystem, makes read-only folders writable first.
import fs from 'node:fs';
import { errorCode } from '../lib/errors.js';
import { pathKey, type PlatformRules } from '../lib/platform.js';

export interface RemovalFailure {
  path: string;
  code: string;
  message: string;
}

export interface EmptyDirOptions {
  rules: PlatformRules;
  /** Device of the job folder: a folder on another device is a mount point. */
  dev: number;
  /** Path keys of mount points (bind mounts share the device number). */
  mountPoints: ReadonlySet<string>;
  attempts: number;
  delayMs: number;
}

export interface DirOutcome {
  /** listed: its files are done and `subdirs` remain; file: it was a file or link and is handled. */
  kind: 'listed' | 'file' | 'gone' | 'mount' | 'failed';
  files: number;
  bytes: number;
  subdirs: string[];
  failures: RemovalFailure[];
}

// Codes that may clear up if we wait: a busy mount or device, fd exhaustion; on Windows also a file
// another process holds open (EPERM/EACCES) and a folder whose deleted entries are still pending.
const TRANSIENT = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN']);
const TRANSIENT_WINDOWS = new Set([...TRANSIENT, 'EPERM', 'EACCES', 'ENOTEMPTY']);

export function isTransient(code: string, rules: PlatformRules): boolean {
  return (rules.os === 'win32' ? TRANSIENT_WINDOWS : TRANSIENT).has(code);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function retrySync<T>(op: () => T, opts: EmptyDirOptions): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return op();
    } catch (err) {
      if (!isTransient(errorCode(err), opts.rules) || attempt >= opts.attempts) throw err;
      sleepSync(opts.delayMs * 2 ** (attempt - 1));
    }
  }
}

function failure(path: string, err: unknown): RemovalFailure {
  return { path, code: errorCode(err), message: (err as Error).message ?? String(err) };
}

/** Unlinks a file or link; returns the bytes it gave back (0 when another hard link keeps the data). */
function unlinkEntry(path: string, regular: boolean, makeParentWritable: () => void, opts: EmptyDirOptions): number {
  const bytes = regular ? ((st) => (st.nlink <= 1 ? st.size : 0))(fs.lstatSync(path)) : 0;
  try {
    retrySync(() => fs.unlinkSync(path), opts);
  } catch (err) {
    if (!['EPERM', 'EACCES'].includes(errorCode(err))) throw err;
    // Permissions changed under us; on Windows a read-only file needs its attribute cleared. One repair, one retry.
    try {
      if (opts.rules.os === 'win32') fs.chmodSync(path, 0o666);
      else makeParentWritable();
    } catch {
      throw err;
    }
    retrySync(() => fs.unlinkSync(path), opts);
  }
  return bytes;
}

const OPEN_FOLDER_NOFOLLOW = fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/**
 * A handle on the folder that lstat saw. On Linux the folder is opened (never through a final link),
 * checked to be that very folder at that very path, and every later call goes through
 * /proc/self/fd/N: a path component swapped for a link afterwards cannot redirect them. Elsewhere
 * calls use the path, and identity is checked again after listing.
 */
interface Anchor {
  /** Prefix for calls on the folder's entries. */
  base: string;
  makeWritable(mode: number): void;
  stillSame(): boolean;
  close(): void;
}

function anchor(path: string, st: fs.Stats, opts: EmptyDirOptions): Anchor | 'changed' {
  if (opts.rules.os !== 'linux') {
    return {
      base: path,
      makeWritable: (mode) => fs.chmodSync(path, mode),
      stillSame: () => sameFolder(path, st),
      close: () => undefined,
    };
  }
  const fd = fs.openSync(path, OPEN_FOLDER_NOFOLLOW);
  const base = `/proc/self/fd/${fd}`;
  const opened = fs.fstatSync(fd);
  if (opened.dev !== st.dev || opened.ino !== st.ino || fs.readlinkSync(base) !== path) {
    fs.closeSync(fd);
    return 'changed';
  }
  return { base, makeWritable: (mode) => fs.fchmodSync(fd, mode), stillSame: () => true, close: () => fs.closeSync(fd) };
}

function sameFolder(path: string, before: fs.Stats): boolean {
  try {
    const now = fs.lstatSync(path);
    return now.isDirectory() && now.dev === before.dev && now.ino === before.ino;
  } catch {
    return false;
  }
}

const changed = (path: string): RemovalFailure => ({ path, code: 'ECHANGED', message: `${path} was replaced while being removed; left alone` });

export function emptyDir(path: string, opts: EmptyDirOptions): DirOutcome {
  const out: DirOutcome = { kind: 'listed', files: 0, bytes: 0, subdirs: [], failures: [] };
  let st: fs.Stats;
  try {
    st = fs.lstatSync(path);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return { ...out, kind: 'gone' };
    return { ...out, kind: 'failed', failures: [failure(path, err)] };
  }
  if (!st.isDirectory()) {
    // A top entry that is a file or link, or a folder replaced by a link since it was listed.
    try {
      out.bytes = unlinkEntry(path, st.isFile(), () => fs.chmodSync(opts.rules.path.dirname(path), 0o700), opts);
      out.files = 1;
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') out.failures.push(failure(path, err));
    }
    return { ...out, kind: 'file' };
  }
  if (st.dev !== opts.dev || opts.mountPoints.has(pathKey(path, opts.rules))) return { ...out, kind: 'mount' };
  let folder: Anchor | 'changed';
  try {
    folder = anchor(path, st, opts);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT') return { ...out, kind: 'gone' };
    if (code === 'ELOOP' || code === 'ENOTDIR') return { ...out, kind: 'failed', failures: [changed(path)] };
    return { ...out, kind: 'failed', failures: [failure(path, err)] };
  }
  if (folder === 'changed') return { ...out, kind: 'failed', failures: [changed(path)] };
  const { base } = folder;
  const writable = (st.mode & 0o7777) | 0o700;
  try {
    // Go's module cache is 0555: without write permission on a folder its entries cannot be unlinked.
    if (opts.rules.os !== 'win32' && (st.mode & 0o700) !== 0o700) {
      try {
        folder.makeWritable(writable);
      } catch {
        // Not ours to change (another user's folder): the unlinks below report why.
      }
    }
    let entries: fs.Dirent[];
    try {
      entries = retrySync(() => fs.readdirSync(base, { withFileTypes: true }), opts);
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return { ...out, kind: 'gone' };
      return { ...out, kind: 'failed', failures: [failure(path, err)] };
    }
    if (!folder.stillSame()) return { ...out, kind: 'failed', failures: [changed(path)] };
    for (const entry of entries) {
      const shown = opts.rules.path.join(path, entry.name);
      if (entry.isDirectory()) {
        out.subdirs.push(shown);
        continue;
      }
      try {
        out.bytes += unlinkEntry(`${base}${opts.rules.path.sep}${entry.name}`, entry.isFile(), () => folder.makeWritable(writable), opts);
        out.files++;
      } catch (err) {
        if (errorCode(err) !== 'ENOENT') out.failures.push(failure(shown, err));
      }
    }
    return out;
  } finally {
    folder.close();
  }
}
