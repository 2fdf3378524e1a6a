// One unit of removal work, done with synchronous calls (in a worker thread, or inline for small
// trees): deletes every non-folder entry of one folder and hands its subfolders back. Never follows
// a symbolic link, never enters another filesystem, makes folders its owner locked writable first.
import fs from 'node:fs';
import { errorCode } from '../lib/errors.js';
import {
  entryOf,
  failure,
  fdBase,
  isDenied,
  isMount,
  isNotFolder,
  isTransient,
  mayBeUndecodable,
  openFolderSync,
  renameUndecodable,
  ownerFull,
  type AccessOptions,
  type RemovalFailure,
} from './folder-access.js';

/** A folder to empty: `at` is how calls reach it (Linux: its parent's `/proc/self/fd/P/name`), `shown` its path for reports. */
export interface Unit {
  at: string;
  shown: string;
}

export interface DirOutcome {
  /** listed: its files are done and `subdirs` remain; file: it was a file or link and is handled. */
  kind: 'listed' | 'file' | 'gone' | 'mount' | 'failed';
  files: number;
  /** Names of its subfolders, reached through `base`. */
  subdirs: string[];
  /** Where the subfolders' calls go: `/proc/self/fd/N` of a descriptor kept open for them (Linux), or the folder's path. */
  base: string;
  /** That descriptor, for the caller to close once the subfolders are done. */
  fd?: number;
  failures: RemovalFailure[];
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function retrySync<T>(op: () => T, opts: AccessOptions): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return op();
    } catch (err) {
      if (!isTransient(errorCode(err), opts.rules) || attempt >= opts.attempts) throw err;
      sleepSync(opts.delayMs * 2 ** (attempt - 1));
    }
  }
}

/** Unlinks a file or link; on a refusal makes it removable (`repair`, where there is one) once and tries again. */
function unlinkEntry(at: string, repair: (() => void) | undefined, opts: AccessOptions): void {
  try {
    retrySync(() => fs.unlinkSync(at), opts);
  } catch (err) {
    if (!isDenied(errorCode(err)) || !repair) throw err;
    try {
      repair();
    } catch {
      throw err;
    }
    retrySync(() => fs.unlinkSync(at), opts);
  }
}

const outcome = (kind: DirOutcome['kind'], unit: Unit, more: Partial<DirOutcome> = {}): DirOutcome => ({
  kind,
  files: 0,
  subdirs: [],
  base: unit.shown,
  failures: [],
  ...more,
});

/**
 * How a refused unlink is repaired: where there are Unix modes its folder was not writable. On
 * Windows there is nothing to repair: Node's unlink clears a read-only attribute itself, and a
 * refusal means a program runs from the file or another process holds it (retried later).
 */
function unlinkRepair(makeFolderWritable: () => void, opts: AccessOptions): (() => void) | undefined {
  return opts.rules.hasUnixModes ? makeFolderWritable : undefined;
}

/** The entry turned out not to be a folder (a link or file, maybe swapped in since it was listed): unlink it. */
function unlinkInPlace(unit: Unit, opts: AccessOptions): DirOutcome {
  try {
    const makeParentWritable = () => fs.chmodSync(opts.rules.path.dirname(unit.at), 0o700);
    unlinkEntry(unit.at, unlinkRepair(makeParentWritable, opts), opts);
    return outcome('file', unit, { files: 1 });
  } catch (err) {
    return outcome('file', unit, { failures: errorCode(err) === 'ENOENT' ? [] : [failure(unit.shown, err)] });
  }
}

export function emptyDir(unit: Unit, opts: AccessOptions): DirOutcome {
  return opts.rules.os === 'linux' ? emptyDirLinux(unit, opts) : emptyDirByPath(unit, opts);
}

function emptyDirLinux(unit: Unit, opts: AccessOptions): DirOutcome {
  let fd: number;
  try {
    const opened = openFolderSync(unit.at, unit.shown, opts);
    if (opened === 'mount') return outcome('mount', unit);
    fd = opened;
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT') return outcome('gone', unit);
    if (isNotFolder(code)) return unlinkInPlace(unit, opts);
    return outcome('failed', unit, { failures: [failure(unit.shown, err)] });
  }
  let keep = false;
  try {
    const st = fs.fstatSync(fd);
    if (isMount(st, unit.shown, opts)) return outcome('mount', unit);
    const makeWritable = () => fs.fchmodSync(fd, ownerFull(st.mode));
    // Go's module cache is 0555: without write permission on a folder its entries cannot be unlinked.
    if ((st.mode & 0o700) !== 0o700) {
      try {
        makeWritable();
      } catch {
        // Not ours to change (another user's folder): the unlinks below report why.
      }
    }
    const base = fdBase(fd);
    const out = listAndUnlink(unit, base, makeWritable, opts);
    keep = out.kind === 'listed' && out.subdirs.length > 0;
    return keep ? { ...out, fd } : out;
  } finally {
    if (!keep) fs.closeSync(fd);
  }
}

/** `stillSame`: checked after listing, before anything is unlinked. */
function listAndUnlink(unit: Unit, base: string, makeWritable: () => void, opts: AccessOptions, stillSame = () => true): DirOutcome {
  let entries: fs.Dirent[];
  try {
    entries = retrySync(() => fs.readdirSync(base, { withFileTypes: true }), opts);
    if (opts.rules.os === 'linux' && mayBeUndecodable(entries) && renameUndecodable(base)) entries = fs.readdirSync(base, { withFileTypes: true });
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return outcome('gone', unit);
    return outcome('failed', unit, { failures: [failure(unit.shown, err)] });
  }
  if (!stillSame()) {
    return outcome('failed', unit, {
      failures: [{ path: unit.shown, code: 'ECHANGED', message: `${unit.shown} was replaced while being removed; left alone` }],
    });
  }
  const out = outcome('listed', unit, { base });
  for (const entry of entries) {
    if (entry.isDirectory()) {
      out.subdirs.push(entry.name);
      continue;
    }
    const at = entryOf(base, entry.name, opts.rules);
    try {
      unlinkEntry(at, unlinkRepair(makeWritable, opts), opts);
      out.files++;
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') out.failures.push(failure(opts.rules.path.join(unit.shown, entry.name), err));
    }
  }
  return out;
}

/** macOS and Windows: calls by path, the folder's identity checked again after listing. */
function emptyDirByPath(unit: Unit, opts: AccessOptions): DirOutcome {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(unit.at);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return outcome('gone', unit);
    return outcome('failed', unit, { failures: [failure(unit.shown, err)] });
  }
  if (!st.isDirectory()) return unlinkInPlace(unit, opts);
  if (isMount(st, unit.shown, opts)) return outcome('mount', unit);
  const makeWritable = () => fs.chmodSync(unit.at, ownerFull(st.mode));
  if (opts.rules.hasUnixModes && (st.mode & 0o700) !== 0o700) {
    try {
      makeWritable();
    } catch {
      // Not ours to change: the unlinks below report why.
    }
  }
  return listAndUnlink(unit, unit.at, makeWritable, opts, () => sameFolder(unit.at, st));
}

function sameFolder(path: string, before: fs.Stats): boolean {
  try {
    const now = fs.lstatSync(path);
    return now.isDirectory() && now.dev === before.dev && now.ino === before.ino;
  } catch {
    return false;
  }
}
