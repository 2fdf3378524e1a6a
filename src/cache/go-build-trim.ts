// Keeps a saved GOCACHE to what this job used. Go's rule (cmd/go/internal/cache/cache.go, the same in
// Go 1.19 — checked in /usr/lib/go-1.19 — and in current Go, where Cache became DiskCache and used()
// became markUsed()):
//
// - Layout: 256 folders `00`…`ff`; `<hex>-a` is an action entry, one 175-byte line
//   "v1 <64 hex action id> <64 hex output id> <size %20d> <unixnano %20d>\n"; `<hex>-d` is an output.
//   Since Go 1.24 a `-d` may be a FOLDER holding one cached executable (PutExecutable, `go run`/`go tool`).
//   `fuzz/` (FuzzDir), `README`, `trim.txt` and `testexpire.txt` are not entries.
// - Use: Get (so GetFile, GetBytes, GetMmap) calls used(<id>-a) after parsing it; OutputFile calls
//   used(<out>-d), and every reader of an output goes through OutputFile. used() stats the file and, only
//   when `now - mtime >= mtimeInterval` (1 h), sets atime and mtime to now (a `-d` folder: the folder's).
// - Put writes `-a` and stamps it now; it writes `-d` and stamps it now, EXCEPT when a `-d` with the same
//   size and sha256 is already there (copyFile returns early): then that `-d` keeps its old mtime while a
//   new `-a` points at it. go test's cached test logs and coverage profiles hit this on every re-run of a
//   changed package; deleting such a `-d` turns the next lookup into a miss ("bad checksum"/not found).
// - Trim() runs when a go command that built something ends (work.Builder.Do defers it; DiskCache.Close
//   in current Go). It returns at once when trim.txt (decimal Unix seconds, no newline, written through
//   lockedfile) parses and `-1h < now - t < 24h` (trimInterval). Otherwise it removes every `-a`/`-d`
//   (a `-d` folder with RemoveAll) whose mtime is before now - 5 days (trimLimit) - 1 h, and writes
//   trim.txt = now. Go never deletes entries otherwise (only `go clean -cache`).
//
// Hence, with every restored entry aged to OLD_MTIME_S (tar restores mtimes) and trim.txt rewritten to the
// restore time: Go refreshes each entry it reads (it is decades over the hour), stamps every entry it
// writes, and never trims during the job (unless a job outlives 24 h). At save, an entry with mtime
// >= usedSince (the restore's start, minus slack) was used or made in this job; an older one was not —
// save for the `-d` a fresh `-a` names, which is kept too (the Put shortcut above).
import fs from 'node:fs';
import path from 'node:path';
import { readFileHead } from '../lib/small-file.js';

/** 2000-01-01T00:00:00Z: what kept entries are aged to, so Go refreshes each one the next job uses. */
export const OLD_MTIME_S = 946684800;
export const TRIM_FILE = 'trim.txt';

export interface TrimResult {
  kept: { files: number; bytes: number };
  removed: { files: number; bytes: number };
  /** entry files (`-a`/`-d` names in 00…ff) before trimming */
  entries: number;
  /** paths of the `-a` files used or made since usedSince (kept, aged since) */
  freshActions: string[];
  ms: number;
  problems: string[];
}

const SUBDIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const MAX_PROBLEMS = 20;
/** Unlinks in flight (libuv runs 4 at a time unless UV_THREADPOOL_SIZE is set at start): on a disk with `discard` each waits on the device. */
const REMOVE_IN_FLIGHT = 64;

export const isEntryName = (name: string): boolean => name.endsWith('-a') || name.endsWith('-d');

/** One `-a`/`-d` as the scan saw it (lstat: a link is `other`). */
export interface ScannedEntry {
  sub: string;
  name: string;
  kind: 'file' | 'dir' | 'other';
  mtimeMs: number;
  bytes: number;
}

/** Pure: the output id (64 hex) an action entry names, or undefined when it is not a v1 entry. */
export function outputIdOf(entry: Buffer | string): string | undefined {
  const s = typeof entry === 'string' ? entry : entry.toString('latin1');
  if (s.length < 175 || !s.startsWith('v1 ') || s[67] !== ' ' || s[132] !== ' ') return undefined;
  const out = s.slice(68, 132);
  return /^[0-9a-f]{64}$/.test(out) ? out : undefined;
}

/**
 * Pure: which entries go. Used (mtime >= usedSince) stays; so does an old `-d` that a fresh `-a` names
 * (`referenced` holds those output ids). Links and other odd types are left alone (in neither list).
 */
export function planTrim(entries: readonly ScannedEntry[], usedSince: number, referenced: ReadonlySet<string> = new Set()) {
  const keep: ScannedEntry[] = [];
  const remove: ScannedEntry[] = [];
  let other = 0;
  for (const e of entries) {
    if (e.kind === 'other') other++;
    else if (e.mtimeMs >= usedSince || (e.name.endsWith('-d') && referenced.has(e.name.slice(0, -2)))) keep.push(e);
    else remove.push(e);
  }
  return { keep, remove, other };
}

/** Pure: the `-a` files used or made since usedSince. */
export const freshActionEntries = (entries: readonly ScannedEntry[], usedSince: number): ScannedEntry[] =>
  entries.filter((e) => e.kind === 'file' && e.name.endsWith('-a') && e.mtimeMs >= usedSince);

/** Pure: fresh `-a` entries whose output may have been kept only by reference; none when nothing old is a `-d`. */
export function actionEntriesToRead(entries: readonly ScannedEntry[], usedSince: number): ScannedEntry[] {
  if (!entries.some((e) => e.kind !== 'other' && e.name.endsWith('-d') && e.mtimeMs < usedSince)) return [];
  return freshActionEntries(entries, usedSince);
}

class Problems {
  readonly list: string[] = [];
  private more = 0;
  add(msg: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(msg);
    else this.more++;
  }
  done(): string[] {
    return this.more ? [...this.list, `… and ${this.more} more`] : this.list;
  }
}

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException)?.code;
const why = (err: unknown): string => code(err) ?? (err instanceof Error ? err.message : String(err));

/** The real folder or undefined (missing); a link or a non-folder is a problem, never followed. */
function lstatDir(dir: string, problems: Problems): boolean {
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return false;
  if (!st.isDirectory()) {
    problems.add(`${dir} is ${st.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}: left alone`);
    return false;
  }
  return true;
}

function readNames(dir: string, problems: Problems): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (err) {
    if (code(err) !== 'ENOENT') problems.add(`cannot list ${dir}: ${why(err)}`);
    return [];
  }
}

/** Bytes of a cached-executable folder (one file inside, by Go's rule); links inside count 0. */
function folderBytes(dir: string): number {
  let bytes = 0;
  for (const name of fs.readdirSync(dir)) bytes += fs.lstatSync(path.join(dir, name), { throwIfNoEntry: false })?.size ?? 0;
  return bytes;
}

/** readdir + lstat of every `-a`/`-d` in 00…ff (synchronous: CPU-bound on a warm cache, and fastest). */
function scan(dir: string, problems: Problems): ScannedEntry[] {
  const out: ScannedEntry[] = [];
  for (const sub of SUBDIRS) {
    const subdir = `${dir}${path.sep}${sub}`;
    if (!lstatDir(subdir, problems)) continue;
    for (const name of readNames(subdir, problems)) {
      if (!isEntryName(name)) continue;
      const p = `${subdir}${path.sep}${name}`;
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(p, { bigint: false, throwIfNoEntry: false });
      } catch (err) {
        problems.add(`cannot stat ${p}: ${why(err)}`);
      }
      if (!st) continue;
      const kind = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
      let bytes = kind === 'file' ? st.size : 0;
      if (kind === 'dir') {
        try {
          bytes = folderBytes(p);
        } catch (err) {
          problems.add(`cannot list ${p}: ${why(err)}`);
        }
      }
      out.push({ sub, name, kind, mtimeMs: st.mtimeMs, bytes });
    }
  }
  return out;
}

/** Output ids the given `-a` files name (read without following links; unreadable ones are skipped). */
function readOutputIds(dir: string, actions: readonly ScannedEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const a of actions) {
    const line = readFileHead(`${dir}${path.sep}${a.sub}${path.sep}${a.name}`, 256);
    const id = line && outputIdOf(line);
    if (id) ids.add(id);
  }
  return ids;
}

async function removeAll(dir: string, entries: readonly ScannedEntry[], problems: Problems): Promise<{ files: number; bytes: number }> {
  const done = { files: 0, bytes: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < entries.length; i = next++) {
      const e = entries[i];
      const p = `${dir}${path.sep}${e.sub}${path.sep}${e.name}`;
      try {
        if (e.kind === 'dir') await fs.promises.rm(p, { recursive: true, force: true });
        else await fs.promises.unlink(p);
        done.files++;
        done.bytes += e.bytes;
      } catch (err) {
        if (code(err) !== 'ENOENT') problems.add(`cannot remove ${p}: ${why(err)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(REMOVE_IN_FLIGHT, entries.length) }, worker));
  return done;
}

/**
 * Removes the `-a`/`-d` entries of GOCACHE `dir` not used since `usedSince` (ms since the epoch), sets the
 * mtime of every kept one to OLD_MTIME_S and removes trim.txt. Pass usedSince 0 to keep (and age) all.
 * Never follows links and never leaves `dir`; a missing `dir` gives zeros. Problems are reported, not thrown.
 */
export async function trimGoCache(dir: string, usedSince: number): Promise<TrimResult> {
  const started = performance.now();
  const problems = new Problems();
  const result: TrimResult = { kept: { files: 0, bytes: 0 }, removed: { files: 0, bytes: 0 }, entries: 0, freshActions: [], ms: 0, problems: [] };
  const finish = (): TrimResult => ({ ...result, ms: Math.round(performance.now() - started), problems: problems.done() });
  if (!lstatDir(dir, problems)) return finish();

  const entries = scan(dir, problems);
  result.entries = entries.length;
  result.freshActions = freshActionEntries(entries, usedSince).map((e) => `${dir}${path.sep}${e.sub}${path.sep}${e.name}`);
  const plan = planTrim(entries, usedSince, readOutputIds(dir, actionEntriesToRead(entries, usedSince)));
  if (plan.other) problems.add(`${plan.other} entries are neither files nor folders (links?): left alone`);

  // Age first: were the job to be stopped halfway, what is kept is already right for the next restore.
  for (const e of plan.keep) {
    const p = `${dir}${path.sep}${e.sub}${path.sep}${e.name}`;
    try {
      fs.lutimesSync(p, OLD_MTIME_S, OLD_MTIME_S);
      result.kept.files++;
      result.kept.bytes += e.bytes;
    } catch (err) {
      if (code(err) !== 'ENOENT') problems.add(`cannot set the time of ${p}: ${why(err)}`);
    }
  }
  result.removed = await removeAll(dir, plan.remove, problems);
  try {
    fs.unlinkSync(path.join(dir, TRIM_FILE));
  } catch (err) {
    if (code(err) !== 'ENOENT') problems.add(`cannot remove ${path.join(dir, TRIM_FILE)}: ${why(err)}`);
  }
  return finish();
}

/** The `-a`/`-d` names in 00…ff (readdir only, no stat); a missing folder has none. */
export async function listGoCacheEntries(dir: string): Promise<string[]> {
  const lists = await Promise.all(
    SUBDIRS.map((sub) =>
      fs.promises.readdir(path.join(dir, sub)).then(
        (names) => names.filter(isEntryName),
        () => [],
      ),
    ),
  );
  return lists.flat();
}

/**
 * After a restore: writes trim.txt = now in Go's format (so Go's own trim, which would delete the aged
 * entries, does not run in this job) and counts the restored entries. A missing `dir` gives 0 and no
 * trim.txt (Go makes the folder and its trim.txt itself). A restored trim.txt that is a link is replaced,
 * never written through. Also gives the restored action ids (see go-build-new.ts).
 */
export async function prepareRestoredGoCache(dir: string, now = Date.now()): Promise<{ entries: number; actionIds: string[]; ms: number }> {
  const started = performance.now();
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return { entries: 0, actionIds: [], ms: Math.round(performance.now() - started) };
  const file = path.join(dir, TRIM_FILE);
  await fs.promises.rm(file, { force: true });
  await fs.promises.writeFile(file, String(Math.floor(now / 1000)), { flag: 'wx', mode: 0o666 });
  const names = await listGoCacheEntries(dir);
  const actionIds = names.filter((n) => n.endsWith('-a')).map((n) => n.slice(0, -2));
  return { entries: names.length, actionIds, ms: Math.round(performance.now() - started) };
}
