// The job folder: created by main with a marker that lets later code prove the folder is the one
// main made. Post's cleanup, post's sampler stop and the sampler itself all check it with checkJobDir.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { JOB_DIR_PREFIX, MARKER_FILE, REPORT_SUFFIX } from '../constants.js';
import { errorMessage } from './errors.js';
import { isJobOwner, type JobOwner } from './job-owner.js';
import { readSmallJson } from './small-file.js';
import { samePath, type PlatformRules } from './platform.js';

/** The marker's content. */
export interface Marker {
  token: string;
  /** The job's process: the janitor removes the folder once it is gone (absent: never). */
  owner?: JobOwner;
}

export interface CreatedJobDir {
  root: string;
  jobDir: string;
  token: string;
  dev: number;
  ino: number;
}

/** Resolves which root to use: the input, else RUNNER_TEMP. */
export function chooseRoot(inputRoot: string, runnerTemp: string | undefined): string {
  if (inputRoot) return inputRoot;
  if (runnerTemp) return runnerTemp;
  throw new Error("Input 'root' is empty and RUNNER_TEMP is not set: set 'root' to an absolute folder the job can write to");
}

/** `go-ci-guard-<run>-<attempt>-<job>-`: readable, and mkdtemp adds a random suffix that keeps matrix cells apart. */
export function jobDirPrefix(env: NodeJS.ProcessEnv): string {
  const clean = (s: string | undefined) => (s ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 40);
  const parts = [clean(env.GITHUB_RUN_ID) || 'local', clean(env.GITHUB_RUN_ATTEMPT), clean(env.GITHUB_JOB)].filter(Boolean);
  return `${JOB_DIR_PREFIX}${parts.join('-')}-`;
}

/** The JSON report lives beside the job folder (in RUNNER_TEMP when set), so cleanup never touches it. */
export function reportPathFor(jobDir: string, runnerTemp: string | undefined, rules: PlatformRules): string {
  const dir = runnerTemp && rules.path.isAbsolute(runnerTemp) ? runnerTemp : rules.path.dirname(jobDir);
  return rules.path.join(dir, `${rules.path.basename(jobDir)}${REPORT_SUFFIX}`);
}

export async function createJobDir(root: string, env: NodeJS.ProcessEnv, rules: PlatformRules, owner?: JobOwner): Promise<CreatedJobDir> {
  const source = root === env.RUNNER_TEMP ? 'RUNNER_TEMP' : "input 'root'";
  try {
    await fsp.mkdir(root, { recursive: true });
  } catch (err) {
    throw new Error(`Cannot create the root folder ${root} (from ${source}): ${errorMessage(err)}`, { cause: err });
  }
  const realRoot = await fsp.realpath(root);
  if (!(await fsp.stat(realRoot)).isDirectory()) throw new Error(`The root ${root} (from ${source}) is not a folder`);
  let jobDir: string;
  try {
    // mkdtemp is atomic and mode 0700: two cells on one host can never get the same folder.
    jobDir = await fsp.mkdtemp(rules.path.join(realRoot, jobDirPrefix(env)));
  } catch (err) {
    throw new Error(`Cannot create the job folder in ${realRoot} (from ${source}): ${errorMessage(err)}`, { cause: err });
  }
  const token = randomUUID();
  const marker: Marker = { token, owner };
  try {
    await fsp.writeFile(rules.path.join(jobDir, MARKER_FILE), JSON.stringify(marker), { flag: 'wx', mode: 0o600 });
    const st = await fsp.lstat(jobDir);
    return { root: realRoot, jobDir, token, dev: st.dev, ino: st.ino };
  } catch (err) {
    // No state is saved yet, so post could not remove it: remove the fresh folder now.
    await fsp.rm(jobDir, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`Cannot prepare the job folder ${jobDir}: ${errorMessage(err)}`, { cause: err });
  }
}

/** The marker, read only from a small regular file (never through a link); undefined if none. */
export function readMarker(jobDir: string, rules: PlatformRules): Marker | undefined {
  const parsed = readSmallJson(rules.path.join(jobDir, MARKER_FILE), 4096) as Partial<Marker> | undefined;
  if (typeof parsed?.token !== 'string') return undefined;
  return { token: parsed.token, owner: isJobOwner(parsed.owner) ? parsed.owner : undefined };
}

export function readMarkerToken(jobDir: string, rules: PlatformRules): string | undefined {
  return readMarker(jobDir, rules)?.token;
}

/** What a caller knows about the folder main made; each field given is checked. */
export interface ExpectedJobDir {
  token?: string;
  dev?: number;
  ino?: number;
}

export type JobDirProblem = { kind: 'gone' | 'unreadable' | 'link' | 'not-folder' | 'swapped' | 'moved' | 'no-marker' | 'foreign-marker'; message: string };

/**
 * Reasons `jobDir` is not the folder main made, judged on the disk: the path itself (not a link, a
 * folder), its identity (device and inode), its real path, and the marker's token. Empty: it is ours.
 * Synchronous: the sampler checks on every tick, and a handful of calls costs less than promises.
 */
export function checkJobDir(jobDir: string, expected: ExpectedJobDir, rules: PlatformRules): JobDirProblem[] {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(jobDir);
  } catch (err) {
    const kind = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
    return [{ kind, message: `cannot inspect ${jobDir}: ${(err as Error).message}` }];
  }
  if (st.isSymbolicLink()) return [{ kind: 'link', message: `${jobDir} is a symbolic link now` }];
  if (!st.isDirectory()) return [{ kind: 'not-folder', message: `${jobDir} is not a folder now` }];
  const problems: JobDirProblem[] = [];
  if ((expected.dev !== undefined && st.dev !== expected.dev) || (expected.ino !== undefined && st.ino !== expected.ino)) {
    problems.push({ kind: 'swapped', message: `${jobDir} is not the folder main created (device or inode changed)` });
  }
  let real = '';
  try {
    // The native call, as createJobDir's fsp.realpath: both must spell a path the same way.
    real = fs.realpathSync.native(jobDir);
  } catch {
    // reported below as resolving to nothing
  }
  if (!samePath(real, jobDir, rules)) problems.push({ kind: 'moved', message: `${jobDir} now resolves to ${real || 'nothing'} through a symbolic link` });
  if (expected.token !== undefined) {
    const token = readMarkerToken(jobDir, rules);
    if (token === undefined) problems.push({ kind: 'no-marker', message: `${jobDir} has no readable marker file` });
    else if (token !== expected.token) problems.push({ kind: 'foreign-marker', message: `${jobDir} carries another job's marker` });
  }
  return problems;
}
