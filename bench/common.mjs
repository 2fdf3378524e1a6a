// Helpers both benchmarks use.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

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

const projectDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Bundles TypeScript `contents` (imports relative to the project) into `outfile`, to run parts of src/ and harness/. */
export async function bundleSource(outfile, contents, name = path.basename(outfile, '.mjs')) {
  await esbuild.build({
    stdin: { contents, resolveDir: projectDir, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
