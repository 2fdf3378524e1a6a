// The hooks' state: the completed hook never sees what the started hook or the steps put in the
// job's environment, so the started hook keeps GuardState in a file of its own, named by the job's
// RUNNER_TRACKING_ID, in a folder under the runner user's HOME that steps have no reason to touch.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { judgeOwnerNow } from '../lib/job-owner.js';
import { decodeState, type DecodedState } from '../state.js';

const MAX_STATE_BYTES = 1 << 20;

/** `$XDG_STATE_HOME/go-ci-guard`, by default `~/.local/state/go-ci-guard`; the setting state-dir overrides it. */
export function stateDirFor(setting: string | undefined, env: NodeJS.ProcessEnv): string {
  if (setting) return path.resolve(setting);
  const base = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(os.homedir(), '.local', 'state');
  return path.join(base, 'go-ci-guard');
}

/** The job's key: RUNNER_TRACKING_ID (unique per job), else its run, attempt and job name. */
export function jobKey(env: NodeJS.ProcessEnv): string {
  const raw = env.RUNNER_TRACKING_ID || [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB].filter(Boolean).join('-');
  if (!raw) throw new Error("Neither RUNNER_TRACKING_ID nor GITHUB_RUN_ID is set: the hooks run as the runner's job-started and job-completed scripts");
  return raw.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 120);
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
export async function pruneStaleStates(dir: string, current: string): Promise<{ roots: string[]; removed: number }> {
  const roots = new Set<string>();
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && path.join(dir, n) !== current);
  } catch {
    return { roots: [], removed };
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const decoded = readStateFile(file);
    if (decoded.kind !== 'ok') continue;
    if ((await judgeOwnerNow(decoded.state.owner)).verdict !== 'over') continue;
    roots.add(decoded.state.root);
    fs.rmSync(file, { force: true });
    removed++;
  }
  return { roots: [...roots], removed };
}
