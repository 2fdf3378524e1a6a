// The hooks' state: the completed hook never sees what the started hook or the steps put in the
// job's environment, so the started hook keeps GuardState in a file of its own, named by the job's
// RUNNER_TRACKING_ID, in a folder under the runner user's HOME that steps have no reason to touch.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { judgeOwnerNow, type JobOwner } from '../lib/job-owner.js';
import { platformRules } from '../lib/platform.js';
import { decodeState, type DecodedState } from '../state.js';

const MAX_STATE_BYTES = 1 << 20;
const STATE_NAME = /^[A-Za-z0-9_.-]+\.json$/;
const TMP_NAME = /^[A-Za-z0-9_.-]+\.json\.\d+\.tmp$/;

/** `$XDG_STATE_HOME/go-ci-guard`, by default `~/.local/state/go-ci-guard`; the setting state-dir overrides it. */
export function stateDirFor(setting: string | undefined, env: NodeJS.ProcessEnv): string {
  if (setting) return path.resolve(setting);
  const base = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(os.homedir(), '.local', 'state');
  return path.join(base, 'go-ci-guard');
}

/**
 * The job's key: RUNNER_TRACKING_ID, unique per job — the runner sets it unless its process cleanup
 * is off; else the run, attempt, job and runner names with the job's process (matrix cells share
 * the first three). Without either no key tells this job from another: an Error, returned.
 */
export function jobKey(env: NodeJS.ProcessEnv, owner: JobOwner | undefined): string | Error {
  const raw = env.RUNNER_TRACKING_ID
    ? env.RUNNER_TRACKING_ID
    : owner && env.GITHUB_RUN_ID
      ? [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.RUNNER_NAME, owner.pid, owner.start].filter(Boolean).join('-')
      : '';
  if (!raw) {
    return new Error(
      "RUNNER_TRACKING_ID is not set and the runner's job process (Runner.Worker) was not found: nothing tells this job's state from another job's",
    );
  }
  return raw.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 160);
}

/** The folder must be a real folder of this user that no one else may write: its files name folders to remove. */
export function checkStateDir(dir: string): string | undefined {
  const st = fs.lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (!st.isDirectory()) return `${dir} is not a folder`;
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return `${dir} belongs to another user (uid ${st.uid})`;
  if (platformRules().hasUnixModes && (st.mode & 0o022) !== 0) return `${dir} may be written by others (mode ${(st.mode & 0o777).toString(8)})`;
  return undefined;
}

export class HookStateFile {
  readonly file: string;

  constructor(
    readonly dir: string,
    key: string,
  ) {
    this.file = path.join(dir, `${key}.json`);
  }

  exists(): boolean {
    return fs.lstatSync(this.file, { throwIfNoEntry: false }) !== undefined;
  }

  /** Whole or not at all: written beside, then renamed over. */
  write(encoded: string): void {
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const problem = checkStateDir(this.dir);
    if (problem) throw new Error(`The hooks' state folder is not safe to use: ${problem}`);
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, encoded, { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  read(): DecodedState {
    return readStateFile(this.file);
  }

  remove(): void {
    fs.rmSync(this.file, { force: true });
  }
}

/** Only a small regular file, never through a link. */
function readStateFile(file: string): DecodedState {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', reason: `the hook's state file ${file} cannot be opened: ${(err as Error).message}` };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > MAX_STATE_BYTES) return { kind: 'damaged', reason: `the hook's state file ${file} is not a small regular file` };
    return decodeState(fs.readFileSync(fd, 'utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * State files of jobs that are over (their completed hook never ran) are deleted; the roots they
 * name are returned, so the janitor looks there too when it is not the root in use now.
 */
export async function pruneStaleStates(dir: string, current: string): Promise<{ roots: string[]; removed: number; problem?: string }> {
  const roots = new Set<string>();
  let removed = 0;
  const problem = checkStateDir(dir);
  if (problem) return { roots: [], removed, problem: `state of earlier jobs not read: ${problem}` };
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => path.join(dir, n) !== current);
  } catch {
    return { roots: [], removed };
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const st = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    const old = Date.now() - st.mtimeMs > 7 * 24 * 3600_000;
    // Only the hooks' own files: `<key>.json`, and `<key>.json.<pid>.tmp` from a write that stopped half-way.
    if (TMP_NAME.test(name)) {
      if (old) fs.rmSync(file, { force: true });
      continue;
    }
    if (!STATE_NAME.test(name)) continue;
    const decoded = readStateFile(file);
    if (decoded.kind !== 'ok') continue;
    // State no one can judge goes after a week.
    if (!decoded.state.owner) {
      if (old) fs.rmSync(file, { force: true });
      continue;
    }
    if ((await judgeOwnerNow(decoded.state.owner)).verdict !== 'over') continue;
    roots.add(decoded.state.root);
    fs.rmSync(file, { force: true });
    removed++;
  }
  return { roots: [...roots], removed };
}
