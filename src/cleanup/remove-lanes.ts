// The remover for a disk that makes each removal wait (a device that discards every freed block,
// a network volume): many unlinks in flight through libuv's thread pool, so the waits overlap.
// It runs in a child process (lanes-child.ts) because the pool's size is fixed when it first starts,
// which in an ES module entry has already happened. Linux only: it walks by descriptor, with the
// same rules as empty-dir.ts (no links followed, no other filesystem entered, locked folders reopened).
import fs from 'node:fs';
import { errorCode } from '../lib/errors.js';
import {
  entryOf,
  failure,
  fdBase,
  FOLDER_FLAGS,
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

/** Totals for one entry of the job folder. */
export interface TopTotals {
  files: number;
  dirs: number;
  removed: boolean;
  skippedMounts: string[];
}

export interface LanesResult {
  tops: TopTotals[];
  /** Peak resident memory of the process that ran it, KiB (set by the child). */
  maxRssKiB?: number;
  failures: RemovalFailure[];
  moreFailures: number;
}

interface Folder {
  at: string;
  shown: string;
  parent?: Folder;
  top: TopTotals;
  fd: number;
  base: string;
  mode: number;
  /** Entries listed and not yet settled. */
  pending: number;
  /** Something below it stays, so it stays too. */
  blocked: boolean;
  repaired: boolean;
  rescans: number;
}

/**
 * Removes the entries `names` of the folder open at `parentFd` (the job folder, shown as `parentPath`),
 * with `lanes` calls in flight.
 */
export function removeWithLanes(
  parentFd: number,
  parentPath: string,
  names: string[],
  opts: AccessOptions & { lanes: number; maxFailuresKept: number },
): Promise<LanesResult> {
  const result: LanesResult = { tops: names.map(() => ({ files: 0, dirs: 0, removed: false, skippedMounts: [] })), failures: [], moreFailures: 0 };
  const files: [Folder, string][] = [];
  const folders: Folder[] = [];
  let active = 0;
  let topsLeft = names.length;
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const { rules } = opts;
  const sleep = (attempt: number, then: () => void) => setTimeout(then, opts.delayMs * 2 ** (attempt - 1));

  const fail = (f: RemovalFailure) => {
    if (result.failures.length < opts.maxFailuresKept) result.failures.push(f);
    else result.moreFailures++;
  };
  const folderFor = (at: string, shown: string, top: TopTotals, parent?: Folder): Folder => ({
    at,
    shown,
    parent,
    top,
    fd: -1,
    base: '',
    mode: 0,
    pending: 0,
    blocked: false,
    repaired: false,
    rescans: 0,
  });

  /** A folder, file or link is settled: gone (`ok`) or left; its parent may now be finished. */
  function settle(f: Folder, ok: boolean) {
    const parent = f.parent;
    if (!parent) {
      f.top.removed = ok;
      if (--topsLeft === 0) done();
      return;
    }
    if (!ok) parent.blocked = true;
    if (--parent.pending === 0) finishFolder(parent);
  }

  function finishFolder(f: Folder) {
    fs.close(f.fd, () => undefined);
    if (f.blocked) return settle(f, false);
    const attempt = (n: number) =>
      fs.rmdir(f.at, (err) => {
        const code = err ? errorCode(err) : '';
        if (!err || code === 'ENOENT') {
          if (!err) f.top.dirs++;
          return settle(f, true);
        }
        if (code === 'ENOTEMPTY' && f.rescans < opts.attempts) {
          // Something wrote new entries meanwhile (a process still running): wait, then list again.
          f.rescans++;
          return sleep(f.rescans + 1, () => push(f));
        }
        if (isTransient(code, rules) && n < opts.attempts) return sleep(n, () => attempt(n + 1));
        fail(failure(f.shown, err));
        settle(f, false);
      });
    attempt(1);
  }

  function push(f: Folder) {
    folders.push(f);
    wake();
  }

  function unlinkFile(f: Folder, name: string, next: () => void) {
    const at = entryOf(f.base, name, rules);
    const attempt = (n: number) =>
      fs.unlink(at, (err) => {
        const code = err ? errorCode(err) : '';
        if (!err || code === 'ENOENT') {
          if (!err) f.top.files++;
          settleChild(f);
          return next();
        }
        if (isDenied(code) && !f.repaired) {
          f.repaired = true;
          return fs.fchmod(f.fd, ownerFull(f.mode), () => attempt(n));
        }
        if (isTransient(code, rules) && n < opts.attempts) return sleep(n, () => attempt(n + 1));
        fail(failure(rules.path.join(f.shown, name), err));
        f.blocked = true;
        settleChild(f);
        next();
      });
    attempt(1);
  }

  /** One of `f`'s entries is settled. */
  function settleChild(f: Folder) {
    if (--f.pending === 0) finishFolder(f);
  }

  function openFolder(f: Folder, next: () => void) {
    fs.open(f.at, FOLDER_FLAGS, (err, fd) => {
      if (err && isDenied(errorCode(err))) {
        // Locked by its owner (mode 000, 0300): rare, so repaired synchronously.
        try {
          const opened = openFolderSync(f.at, f.shown, opts);
          if (opened === 'mount') {
            f.top.skippedMounts.push(f.shown);
            settle(f, false);
            return next();
          }
          fd = opened;
          err = null;
        } catch (again) {
          err = again as NodeJS.ErrnoException;
        }
      }
      if (err) {
        const code = errorCode(err);
        if (code === 'ENOENT') settle(f, true);
        else if (isNotFolder(code)) return unlinkInPlace(f, next);
        else {
          fail(failure(f.shown, err));
          settle(f, false);
        }
        return next();
      }
      listFolder(f, fd, next);
    });
  }

  function listFolder(f: Folder, fd: number, next: () => void) {
    fs.fstat(fd, (err, st) => {
      if (err || isMount(st, f.shown, opts)) {
        fs.close(fd, () => undefined);
        if (err) fail(failure(f.shown, err));
        else f.top.skippedMounts.push(f.shown);
        settle(f, false);
        return next();
      }
      Object.assign(f, { fd, base: fdBase(fd), mode: st.mode });
      const list = (renamed = false) =>
        fs.readdir(f.base, { withFileTypes: true }, (err2, entries) => {
          if (!err2 && !renamed && mayBeUndecodable(entries)) {
            // Rare: names that are not UTF-8, renamed (synchronously) to ones a string can reach.
            try {
              if (renameUndecodable(f.base)) return list(true);
            } catch (err3) {
              err2 = err3 as NodeJS.ErrnoException;
            }
          }
          if (err2) {
            fs.close(fd, () => undefined);
            fail(failure(f.shown, err2));
            settle(f, false);
            return next();
          }
          f.pending = entries.length;
          if (!entries.length) finishFolder(f);
          for (const e of entries) {
            if (e.isDirectory()) folders.push(folderFor(entryOf(f.base, e.name, rules), rules.path.join(f.shown, e.name), f.top, f));
            else files.push([f, e.name]);
          }
          wake();
          next();
        });
      // Go's module cache is 0555: without write permission on a folder its entries cannot be unlinked.
      if ((st.mode & 0o700) === 0o700) return list();
      f.repaired = true;
      fs.fchmod(fd, ownerFull(st.mode), () => list());
    });
  }

  /** Not a folder (a link or file, maybe swapped in since it was listed): unlink the entry itself. */
  function unlinkInPlace(f: Folder, next: () => void) {
    fs.unlink(f.at, (err) => {
      if (!err) f.top.files++;
      else if (errorCode(err) !== 'ENOENT') fail(failure(f.shown, err));
      settle(f, !err || errorCode(err) === 'ENOENT');
      next();
    });
  }

  // A lane does one call at a time; files first, so open folders finish (and close) early.
  function lane() {
    const file = files.pop();
    if (file) return unlinkFile(file[0], file[1], lane);
    const folder = folders.pop();
    if (folder) return openFolder(folder, lane);
    active--;
  }

  function wake() {
    while (active < opts.lanes && (files.length || folders.length)) {
      active++;
      lane();
    }
  }

  if (!names.length) return Promise.resolve(result);
  const parentBase = fdBase(parentFd);
  names.forEach((name, i) => folders.push(folderFor(entryOf(parentBase, name, rules), rules.path.join(parentPath, name), result.tops[i])));
  wake();
  return finished.then(() => result);
}
