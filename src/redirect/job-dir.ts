// Creates the job folder and the marker that lets post prove the folder is the one main made.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { PlatformRules } from '../platform.js';
import { errorMessage } from '../errors.js';

export const MARKER_NAME = '.go-ci-guard';
export const JOB_DIR_PREFIX = 'go-ci-guard-';

export interface Marker {
  token: string;
  pid: number;
  createdAt: string;
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

export async function createJobDir(root: string, env: NodeJS.ProcessEnv, rules: PlatformRules): Promise<CreatedJobDir> {
  const source = root === env.RUNNER_TEMP ? 'RUNNER_TEMP' : "input 'root'";
  try {
    await fs.mkdir(root, { recursive: true });
  } catch (err) {
    throw new Error(`Cannot create the root folder ${root} (from ${source}): ${errorMessage(err)}`);
  }
  const realRoot = await fs.realpath(root);
  if (!(await fs.stat(realRoot)).isDirectory()) throw new Error(`The root ${root} (from ${source}) is not a folder`);
  let jobDir: string;
  try {
    // mkdtemp is atomic and mode 0700: two cells on one host can never get the same folder.
    jobDir = await fs.mkdtemp(rules.path.join(realRoot, jobDirPrefix(env)));
  } catch (err) {
    throw new Error(`Cannot create the job folder in ${realRoot} (from ${source}): ${errorMessage(err)}`);
  }
  const token = randomUUID();
  const marker: Marker = { token, pid: process.pid, createdAt: new Date().toISOString() };
  try {
    await fs.writeFile(rules.path.join(jobDir, MARKER_NAME), JSON.stringify(marker), { flag: 'wx', mode: 0o600 });
    const st = await fs.lstat(jobDir);
    return { root: realRoot, jobDir, token, dev: st.dev, ino: st.ino };
  } catch (err) {
    // No state is saved yet, so post could not remove it: remove the fresh folder now.
    await fs.rm(jobDir, { recursive: true, force: true }).catch(() => undefined);
    throw new Error(`Cannot prepare the job folder ${jobDir}: ${errorMessage(err)}`);
  }
}

export async function readMarker(jobDir: string, rules: PlatformRules): Promise<Marker | undefined> {
  const file = rules.path.join(jobDir, MARKER_NAME);
  try {
    const st = await fs.lstat(file);
    if (!st.isFile() || st.size > 4096) return undefined;
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<Marker>;
    return typeof parsed.token === 'string' ? (parsed as Marker) : undefined;
  } catch {
    return undefined;
  }
}
