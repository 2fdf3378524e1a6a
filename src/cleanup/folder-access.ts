// How the removers reach a folder's entries without following links, on Linux and elsewhere.
//
// On Linux every folder is opened through its parent's descriptor: `/proc/self/fd/P/name` with
// O_NOFOLLOW. The kernel resolves `/proc/self/fd/P` to the very folder P was opened on, so no path
// component can be swapped for a link, and paths stay short however deep the tree is (no
// ENAMETOOLONG past PATH_MAX). A folder its owner left unreadable (mode 000, 0300) is opened with
// O_PATH first, which needs no permission on the folder itself, made 0700 through its /proc link,
// then opened for reading through that same link. Elsewhere calls use plain paths.
import fs from 'node:fs';
import { errorCode } from '../lib/errors.js';
import { pathKey, type PlatformRules } from '../lib/platform.js';

export interface RemovalFailure {
  path: string;
  code: string;
  message: string;
}

export interface AccessOptions {
  rules: PlatformRules;
  /** Device of the job folder: a folder on another device is a mount point. */
  dev: number;
  /** Path keys of mount points (bind mounts share the device number). */
  mountPoints: ReadonlySet<string>;
  /** Attempts for a busy entry, and the first backoff delay (doubled each time): lib/platform.ts BusyRetry. */
  attempts: number;
  delayMs: number;
}

/** Whether a failed call may succeed if tried again later (lib/platform.ts transientCodes). */
export function isTransient(code: string, rules: PlatformRules): boolean {
  return rules.transientCodes.has(code);
}

/** Denied for lack of permission: the owner may repair it by a chmod. */
export const isDenied = (code: string) => code === 'EACCES' || code === 'EPERM';

/** Opened as a link or a file: the entry is not (or no longer) a folder, so it is unlinked as an entry. */
export const isNotFolder = (code: string) => code === 'ELOOP' || code === 'ENOTDIR';

export function failure(path: string, err: unknown): RemovalFailure {
  return { path, code: errorCode(err), message: (err as Error).message ?? String(err) };
}

// O_PATH is not in fs.constants; 010000000 on every Linux architecture Node supports.
const O_PATH = 0o10000000;
export const FOLDER_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
export const PATH_FLAGS = O_PATH | (fs.constants.O_DIRECTORY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
/** Reopening `/proc/self/fd/N` follows that link by design: it names the folder already opened. */
export const REOPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0);

export const fdBase = (fd: number) => `/proc/self/fd/${fd}`;

/** Where calls on a folder's entries go: its descriptor's link on Linux, its path elsewhere. */
export function entryOf(base: string, name: string, rules: PlatformRules): string {
  return `${base}${rules.path.sep}${name}`;
}

/** The mode that lets the owner list and empty a folder. */
export const ownerFull = (mode: number) => (mode & 0o7777) | 0o700;

/** Whether an opened folder is the job folder's filesystem and not a mount point below it. */
export function isMount(st: { dev: number }, shown: string, opts: AccessOptions): boolean {
  return st.dev !== opts.dev || opts.mountPoints.has(pathKey(shown, opts.rules));
}

/**
 * Opens the folder at `at` (Linux: `/proc/self/fd/P/name`, shown as `shown`) for listing. An
 * unreadable folder is opened with O_PATH, checked not to be a mount point (a mount's root lies
 * outside the job folder: never chmod it), made 0700 and reopened. Throws ELOOP/ENOTDIR when it is
 * not a folder. The caller checks a folder opened directly for being a mount.
 */
export function openFolderSync(at: string, shown: string, opts: AccessOptions): number | 'mount' {
  try {
    return fs.openSync(at, FOLDER_FLAGS);
  } catch (err) {
    if (!isDenied(errorCode(err))) throw err;
    const pathFd = fs.openSync(at, PATH_FLAGS);
    try {
      const st = fs.fstatSync(pathFd);
      if (isMount(st, shown, opts)) return 'mount';
      fs.chmodSync(fdBase(pathFd), ownerFull(st.mode));
      return fs.openSync(fdBase(pathFd), REOPEN_FLAGS);
    } catch {
      throw err; // not ours to repair: report the first refusal
    } finally {
      fs.closeSync(pathFd);
    }
  }
}

/** Whether a listed name may be one that is not valid UTF-8 (readdir decodes those bytes to U+FFFD). */
export const mayBeUndecodable = (names: Iterable<{ name: string }>) => [...names].some((e) => e.name.includes('\uFFFD'));

/**
 * Linux: gives each entry of the folder at `base` whose name is not valid UTF-8 — which no string
 * path can reach — a name that is, by a rename through byte paths inside the same folder. A link is
 * renamed as a link. True when something was renamed.
 */
export function renameUndecodable(base: string): boolean {
  let renamed = false;
  for (const raw of fs.readdirSync(base, { encoding: 'buffer' })) {
    if (Buffer.from(raw.toString('utf8'), 'utf8').equals(raw)) continue;
    const fresh = `go-ci-guard-renamed-${process.hrtime.bigint()}-${raw.toString('hex').slice(0, 40)}`;
    fs.renameSync(Buffer.concat([Buffer.from(`${base}/`), raw]), `${base}/${fresh}`);
    renamed = true;
  }
  return renamed;
}
