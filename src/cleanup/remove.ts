// Removes folder trees fast and safely, and reports what it could not remove instead of throwing.
//
// The work unit is one folder (empty-dir.ts: delete its files, hand back its subfolders), done with
// synchronous calls, inline while the tree is small. Once it proves big, what limits removal
// decides the engine (engine.ts): where calls use the CPU (tmpfs, a journaled disk) the main thread
// and a worker thread take the units in parallel (unit-runner.ts); where they mostly wait (a disk that discards each freed block)
// the rest goes to a child process with many calls in flight (remove-lanes.ts). Folders are removed
// here, after their contents, and a folder that gained entries meanwhile is scanned again.
import fs from 'node:fs';
import { errorCode } from '../lib/errors.js';
import { isWithin, type PlatformRules } from '../lib/platform.js';
import type { Unit } from './empty-dir.js';
import type { Engine } from './engine.js';
import { entryOf, fdBase, isDenied, isTransient, type AccessOptions, type RemovalFailure } from './folder-access.js';
import { removeInChild } from './lanes-child.js';
import { UnitRunner, type RunOutcome } from './unit-runner.js';

export type { RemovalFailure } from './folder-access.js';

/** Totals for one group of paths (one redirected folder). */
export interface GroupTotals {
  files: number;
  dirs: number;
  /** Space the filesystem gained while the group was removed (statfs), not a sum of file sizes. */
  bytes: number;
  /** Milliseconds from the start of the removal until the group's last entry was done. */
  ms: number;
  /** Whether the group's top entries are gone. */
  removed: boolean;
}

export interface RemovalResult {
  files: number;
  dirs: number;
  /** Whether every entry named is gone. */
  removed: boolean;
  failures: RemovalFailure[];
  /** Failures beyond those kept in `failures`. */
  moreFailures: number;
  skippedMounts: string[];
  engine: Engine;
  /** Worker threads started (the threads engine). */
  workers: number;
  /** What went wrong in the removal machinery itself, recovered from (for warnings). */
  notes: string[];
  /** Peak memory of the child process (the lanes engine), KiB. */
  childRssKiB?: number;
}

/** The folder whose entries are removed: its path and, on Linux, a descriptor open on it. */
export interface ParentFolder {
  path: string;
  fd?: number;
}

export interface RemoverOptions {
  rules: PlatformRules;
  /** Device of the folder being emptied; a subfolder on another device is a mount and is left alone. */
  dev: number;
  /** Path keys of mount points below it (bind mounts share the device number). */
  mountPoints: ReadonlySet<string>;
  attempts?: number;
  delayMs?: number;
  /** Worker threads beside the main thread for a big tree (1); the script (dist/remove-worker.js) for them and for the child process. */
  workers?: number;
  workerScript?: URL;
  maxFailuresKept?: number;
  /** Never hand the rest to a child process (set when that failed once). */
  noChild?: boolean;
  /** The engine for a big tree, instead of measuring (REMOVAL_ENGINE_VAR). */
  engine?: Engine;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Removes the entries `names` of `parent` (on device `opts.dev`) and everything below them. */
export async function removeEntries(parent: ParentFolder, names: string[], opts: RemoverOptions): Promise<RemovalResult> {
  const { attempts, delayMs } = opts.rules.busyRetry;
  const access: AccessOptions = {
    rules: opts.rules,
    dev: opts.dev,
    mountPoints: opts.mountPoints,
    attempts: opts.attempts ?? attempts,
    delayMs: opts.delayMs ?? delayMs,
  };
  const maxKept = opts.maxFailuresKept ?? 200;
  const { rules } = opts;
  const canHandOff = rules.os === 'linux' && parent.fd !== undefined && opts.workerScript !== undefined && !opts.noChild;
  const runner = new UnitRunner(access, opts.workers ?? 1, opts.workerScript, canHandOff, opts.engine);
  const result: RemovalResult = { files: 0, dirs: 0, removed: true, failures: [], moreFailures: 0, skippedMounts: [], engine: 'inline', workers: 0, notes: [] };

  const fail = (f: RemovalFailure) => {
    if (result.failures.length < maxKept) result.failures.push(f);
    else result.moreFailures++;
  };

  /** Removes the folder (or entry) `unit` and everything below it. */
  async function removeTree(unit: Unit): Promise<'gone' | 'left' | 'handoff'> {
    for (let rescans = 0; ; rescans++) {
      let outcome: RunOutcome;
      try {
        outcome = await runner.run(unit);
      } catch (err) {
        fail({ path: unit.shown, code: errorCode(err), message: `could not empty this folder: ${(err as Error).message ?? String(err)}` });
        return 'left';
      }
      if (outcome.kind === 'handoff') return 'handoff';
      result.files += outcome.files;
      outcome.failures.forEach(fail);
      if (outcome.kind === 'gone') return 'gone';
      if (outcome.kind === 'file') return outcome.failures.length ? 'left' : 'gone';
      if (outcome.kind === 'mount') result.skippedMounts.push(unit.shown);
      if (outcome.kind !== 'listed') return 'left';
      let children: string[];
      try {
        const base = outcome.base;
        children = await Promise.all(outcome.subdirs.map((name) => removeTree({ at: entryOf(base, name, rules), shown: rules.path.join(unit.shown, name) })));
      } finally {
        if (outcome.fd !== undefined) fs.closeSync(outcome.fd);
      }
      if (children.includes('handoff')) return 'handoff';
      if (outcome.failures.length || children.includes('left')) return 'left';
      try {
        await rmdirWithRetry(unit.at, access);
        result.dirs++;
        return 'gone';
      } catch (err) {
        const code = errorCode(err);
        if (code === 'ENOENT') return 'gone';
        if (code !== 'ENOTEMPTY' || rescans >= access.attempts) {
          fail({ path: unit.shown, code, message: (err as Error).message });
          return 'left';
        }
        // Something wrote new entries meanwhile (a process still running): wait, then scan again.
        await sleep(access.delayMs * 2 ** (rescans + 1));
      }
    }
  }

  const base = parent.fd !== undefined && rules.os === 'linux' ? fdBase(parent.fd) : parent.path;
  let handedOff: string[];
  try {
    const outcomes = await Promise.all(names.map((name) => removeTree({ at: entryOf(base, name, rules), shown: rules.path.join(parent.path, name) })));
    handedOff = names.filter((_, i) => outcomes[i] === 'handoff');
    result.removed = !outcomes.includes('left');
  } finally {
    result.workers = runner.threadsStarted;
    result.engine = runner.engine;
    await runner.close();
  }
  if (handedOff.length) {
    // The child walks those entries afresh and reports what it finds there: drop what was noted so far.
    const within = (p: string) => handedOff.some((name) => isWithin(p, rules.path.join(parent.path, name), rules));
    result.failures = result.failures.filter((f) => !within(f.path));
    result.skippedMounts = result.skippedMounts.filter((m) => !within(m));
    await finishInChild(parent, handedOff, access, opts, result, fail);
  }
  return result;
}

/** The rest of a tree that waits on its disk goes to the child process; if that fails, to threads here. */
async function finishInChild(
  parent: ParentFolder,
  names: string[],
  access: AccessOptions,
  opts: RemoverOptions,
  result: RemovalResult,
  fail: (f: RemovalFailure) => void,
) {
  const lanes = await removeInChild(parent.path, parent.fd!, names, access, opts.workerScript!).catch((err: unknown) => err as Error);
  if (lanes instanceof Error) {
    result.notes.push(`the removal process failed (${lanes.message}); finished with worker threads`);
    const rest = await removeEntries(parent, names, { ...opts, noChild: true });
    Object.assign(result, {
      files: result.files + rest.files,
      dirs: result.dirs + rest.dirs,
      removed: result.removed && rest.removed,
      workers: rest.workers,
      engine: rest.engine,
    });
    rest.failures.forEach(fail);
    result.moreFailures += rest.moreFailures;
    result.skippedMounts.push(...rest.skippedMounts);
    return;
  }
  for (const top of lanes.tops) {
    result.files += top.files;
    result.dirs += top.dirs;
    result.removed &&= top.removed;
    result.skippedMounts.push(...top.skippedMounts);
  }
  lanes.failures.forEach(fail);
  result.moreFailures += lanes.moreFailures;
  result.childRssKiB = lanes.maxRssKiB;
}

/**
 * Removes an emptied folder, retrying brief faults. Windows refuses a folder with the read-only
 * attribute (Go's module cache sets it on its folders), which Node reports as EPERM: cleared once.
 */
export async function rmdirWithRetry(path: string, opts: AccessOptions, ops: Pick<typeof fs.promises, 'rmdir' | 'chmod'> = fs.promises): Promise<void> {
  let repaired = opts.rules.hasUnixModes;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ops.rmdir(path);
    } catch (err) {
      const code = errorCode(err);
      if (!repaired && isDenied(code)) {
        repaired = true;
        const cleared = await ops.chmod(path, 0o777).then(
          () => true,
          () => false,
        );
        if (cleared) continue;
      }
      if (!isTransient(code, opts.rules) || attempt >= opts.attempts) throw err;
      await sleep(opts.delayMs * 2 ** (attempt - 1));
    }
  }
}
