// Benchmark for the matrix-cell checks in main (dist/main.js), against their baselines in the same run:
//
//   checks (probe off)  main with the default checks   vs  `go env -json` alone, and main with validate: false
//   probe, cold         main with cgo-probe: true      vs  a bare `go build` of the same file, fresh GOCACHE
//   probe, warm         the same with a warm GOCACHE   vs  a bare `go build` with that warm GOCACHE
//
//   npm run bench                      (runs bench/run.mjs, then this)
//   MATRIX_REPS=5 node bench/matrix.mjs
//
// Each measurement is one process from spawn to exit; contenders alternate within each repetition and
// the median is reported. It reports; it does not judge: the exit code is non-zero only when a run broke.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandFiles, median } from './common.mjs';

const projectDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MAIN_JS = path.join(projectDir, 'dist', 'main.js');
const NODE = process.execPath;
const REPS = Number(process.env.MATRIX_REPS || 10);
if (!Number.isInteger(REPS) || REPS < 1) throw new Error(`MATRIX_REPS=${process.env.MATRIX_REPS}: expected an integer ≥ 1`);

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-matrix-'));

function run(cmd, args, { env, cwd }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, out }));
  });
}

async function must(cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}\n${r.out.slice(-3000)}`);
  return r;
}

// The probe's own source, copied from the bundle so both sides build exactly the same file.
const bundle = fs.readFileSync(MAIN_JS, 'utf8');
const probeSource = /PROBE_SOURCE = `([\s\S]*?)`;/.exec(bundle)?.[1];
if (!probeSource) throw new Error('cannot find the probe source in dist/main.js');
const bareDir = path.join(base, 'bare');
fs.mkdirSync(bareDir);
fs.writeFileSync(path.join(bareDir, 'go.mod'), 'module go-ci-guard/cgo-probe\n\ngo 1.18\n');
fs.writeFileSync(path.join(bareDir, 'main.go'), probeSource);

const workspace = path.join(base, 'workspace');
const home = path.join(base, 'home');
const warmCache = path.join(base, 'warm-gocache');
for (const d of [workspace, home, warmCache]) fs.mkdirSync(d, { recursive: true });
const baseEnv = {
  PATH: process.env.PATH,
  LANG: 'C.UTF-8',
  HOME: home,
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_RUN_ID: '1',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'bench',
  GITHUB_WORKSPACE: workspace,
};

async function mainRun(inputs, extraEnv = {}) {
  const runnerTemp = path.join(base, `temp-${randomUUID()}`);
  fs.mkdirSync(runnerTemp);
  const files = commandFiles(runnerTemp);
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const r = await must(NODE, [MAIN_JS], { env: { ...baseEnv, ...files, RUNNER_TEMP: runnerTemp, ...inputEnv, ...extraEnv }, cwd: workspace });
  if (inputs['cgo-probe'] === 'true' && !r.out.includes('✅ cgo probe')) throw new Error(`the probe did not pass:\n${r.out}`);
  fs.rmSync(runnerTemp, { recursive: true, force: true });
  return r.ms;
}

/** A bare `go build` of the probe's file in a fresh folder, as the probe builds in a fresh job folder
 * (an existing output with the same build ID would let Go skip the link). */
async function bareBuild(gocache) {
  const dir = path.join(base, `bare-${randomUUID()}`);
  fs.cpSync(bareDir, dir, { recursive: true });
  const r = await must('go', ['build', '-mod=mod', '-o', path.join(dir, 'probe'), '.'], {
    env: { ...baseEnv, GOCACHE: gocache, GOWORK: 'off', GO111MODULE: 'on', GOPROXY: 'off' },
    cwd: dir,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return r.ms;
}

const freshCache = () => path.join(base, `cold-${randomUUID()}`);
const contenders = {
  goEnv: { label: 'go env -json', run: async () => (await must('go', ['env', '-json'], { env: baseEnv, cwd: workspace })).ms },
  mainOff: { label: 'main, validate: false', run: () => mainRun({ validate: 'false' }) },
  mainChecks: { label: 'main, default checks (probe off)', run: () => mainRun({}) },
  bareCold: { label: 'bare go build, fresh GOCACHE', run: () => bareBuild(freshCache()) },
  probeCold: { label: 'main, cgo-probe: true (fresh job GOCACHE)', run: () => mainRun({ 'cgo-probe': 'true' }) },
  bareWarm: { label: 'bare go build, warm GOCACHE', run: () => bareBuild(warmCache) },
  probeWarm: { label: 'main, cgo-probe: true, warm GOCACHE', run: () => mainRun({ 'cgo-probe': 'true', redirect: '-GOCACHE' }, { GOCACHE: warmCache }) },
};

const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
try {
  console.log(`Matrix checks: ${REPS} repetitions, node ${process.version}, ${(await must('go', ['version'], { env: baseEnv, cwd: workspace })).out.trim()}`);
  await bareBuild(warmCache); // warm the shared cache once
  for (const c of Object.values(contenders)) await c.run(); // warm-up round, not counted
  for (let i = 0; i < REPS; i++) {
    const keys = Object.keys(contenders);
    // Rotate the order so no contender always runs right after the same one.
    for (const key of [...keys.slice(i % keys.length), ...keys.slice(0, i % keys.length)]) times[key].push(await contenders[key].run());
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  console.log('\nmedian wall time per contender');
  for (const [key, c] of Object.entries(contenders)) console.log(`  ${c.label.padEnd(46)} ${m[key].toFixed(0).padStart(6)} ms`);
  const ratio = (a, b) => (m[a] / m[b]).toFixed(2);
  console.log('\nratios');
  console.log(
    `  checks: main (probe off) / go env -json           ${ratio('mainChecks', 'goEnv')}×   (main with checks − main without: ${(m.mainChecks - m.mainOff).toFixed(0)} ms)`,
  );
  console.log(`  probe, cold: main with probe / bare go build      ${ratio('probeCold', 'bareCold')}×   (target ≤ 1.2×)`);
  console.log(`  probe, warm: main with probe / bare go build      ${ratio('probeWarm', 'bareWarm')}×`);
} finally {
  fs.rmSync(base, { recursive: true, force: true });
}
