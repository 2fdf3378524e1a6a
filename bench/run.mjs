// Benchmark for Go CI Guard's cleanup (dist/post.js) and for the cost of an empty job.
//
//   npm run bench                    bundle, then run with the defaults below
//   FILES=20000 node bench/run.mjs   a quick run on a smaller tree
//
// Environment:
//   BENCH_DIR   scratch folder (default: <os.tmpdir()>/gcg-bench); a fresh run-* folder is made in it
//               and removed at the end, BENCH_DIR itself only if this run created it
//   FILES       files in the GOCACHE-shaped template (default 100000, ~11 KB each, 256 folders 00..ff)
//   ROUNDS      rounds of the removal contenders, run in interleaved (rotating) order (default 1)
//   EMPTY_REPS  repetitions of the empty-job measurement (default 10)
//
// It reports; it does not judge. The exit code is non-zero only when something broke (a contender
// failed or left its copy behind, post did not remove the job folder, main saved no state, …).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGoCacheTree, commandFiles, fmtBytes, fmtInt, fmtMs, fmtRatio, intFromEnv, log, median, pad, padL } from './common.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.dirname(benchDir);
const POST_JS = path.join(projectDir, 'dist', 'post.js');
const MAIN_JS = path.join(projectDir, 'dist', 'main.js');
const RSS_HOOK = path.join(benchDir, 'rss-hook.mjs');
const RMRF_CHILD = path.join(benchDir, 'rmrf-child.mjs');
const NODE = process.execPath;

const FILES = intFromEnv('FILES', 100_000, 1);
const ROUNDS = intFromEnv('ROUNDS', 1, 1);
const EMPTY_REPS = intFromEnv('EMPTY_REPS', 10, 1);
const BENCH_DIR = path.resolve(process.env.BENCH_DIR || path.join(os.tmpdir(), 'gcg-bench'));
const MIN_SIZE = 8 * 1024; // file sizes are MIN_SIZE + [0, SIZE_SPREAD): mean 10.5 KiB ≈ 10.75 KB
const SIZE_SPREAD = 5 * 1024;

// ---------------------------------------------------------------------------------------------
// Small helpers

const fmtMiB = (kib) => (kib === undefined ? '–' : `${(kib / 1024).toFixed(1)} MiB`);

/** Parses a runner file-command file: `NAME=value` lines and `NAME<<DELIM … DELIM` blocks. */
function parseKeyValueFile(text) {
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

/** The formatted sizes the summary uses ("1.00 GiB") back to an approximate byte count. */
function parseFormattedBytes(text) {
  const m = /^([\d.]+) (B|KiB|MiB|GiB|TiB)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 1024 ** ['B', 'KiB', 'MiB', 'GiB', 'TiB'].indexOf(m[2]);
}

let currentChild;

/**
 * Spawns a command and measures its wall time from just before spawn() to its exit.
 * Resolves once its output is closed; never rejects on a non-zero exit.
 */
function run(cmd, args, { env = process.env, cwd = projectDir } = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let end;
    // Own process group, so an interrupted run can stop a whole pipeline (sh, find, xargs, rm) it started.
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
async function must(cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.code ?? r.signal}): ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
  return r;
}

const tail = (text, n = 15) =>
  text
    .trim()
    .split('\n')
    .slice(-n)
    .map((l) => `      | ${l}`)
    .join('\n');

function readRss(file) {
  try {
    const v = Number(fs.readFileSync(file, 'utf8'));
    return Number.isFinite(v) && v > 0 ? v : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Scratch space and cleanup

let createdBenchDir = false;
let base; // BENCH_DIR/run-XXXXXX: everything this run writes lives here
const problems = []; // things that broke: any entry makes the exit code non-zero

function cleanupSync() {
  if (!base) return;
  const dir = base;
  base = undefined;
  spawnSync('rm', ['-rf', '--', dir], { stdio: 'ignore' });
  if (createdBenchDir) {
    try {
      fs.rmdirSync(BENCH_DIR); // only if empty: never removes anything this run did not create
    } catch {
      // not empty or already gone
    }
  }
}

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${sig}: stopping and removing the scratch folder ${base ?? ''}`);
    const child = currentChild;
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const closed = new Promise((resolve) => child.once('close', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM'); // the process group of the child this run started
      } catch {
        // already gone
      }
      // Let it stop writing before the scratch folder goes, but do not hang on it.
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    cleanupSync();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// The template tree

function buildTemplate(dir) {
  return buildGoCacheTree(dir, {
    files: FILES,
    minSize: MIN_SIZE,
    spread: SIZE_SPREAD,
    progress: (done) => log(`  template: ${fmtInt(done)} / ${fmtInt(FILES)} files`),
  });
}

// ---------------------------------------------------------------------------------------------
// Contenders

function runnerEnv(extra) {
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
    INPUT_ROOT: '',
    INPUT_REDIRECT: '',
    'INPUT_FAIL-ON-CLEANUP-ERROR': 'false',
    // Cleanup and the empty job only; bench/matrix.mjs measures the toolchain checks.
    INPUT_VALIDATE: 'false',
    ...extra,
  };
}

const CONTENDERS = [
  { key: 'rm', label: 'a  rm -rf COPY' },
  { key: 'xargs', label: 'b  find | xargs -0 -P2 rm -rf' },
  { key: 'rmrf', label: 'c  @actions/io rmRF (node child)' },
  { key: 'post', label: 'd  action post (node dist/post.js)' },
  { key: 'du', label: 'e  du -sb TEMPLATE (reference)' },
];

const results = Object.fromEntries(CONTENDERS.map((c) => [c.key, { ms: [], rss: [] }]));
const postRuns = [];
let duBytes;

async function freshCopy(template, dest) {
  await must('cp', ['-a', '--', template, dest]);
  await must('sync', []);
}

function checkGone(what, p, r) {
  if (r.code !== 0) problems.push(`${what}: exit ${r.code ?? r.signal}\n${tail(r.stderr || r.stdout)}`);
  if (fs.existsSync(p)) problems.push(`${what}: ${p} still exists after it finished`);
}

async function runContender(key, round, template, paths) {
  const tag = `${key}-r${round}`;
  const rec = results[key];
  if (key === 'du') {
    await must('sync', []);
    const r = await must('du', ['-sb', template]);
    duBytes = Number(r.stdout.trim().split(/\s+/)[0]);
    rec.ms.push(r.ms);
    log(`  du -sb: ${fmtMs(r.ms)} (${fmtInt(duBytes)} bytes)`);
    return;
  }
  if (key === 'post') return runPost(round, template, paths);

  const copy = path.join(base, `copy-${tag}`);
  log(`  ${key}: copying the template (cp -a, sync)…`);
  await freshCopy(template, copy);
  let r;
  if (key === 'rm') {
    r = await run('rm', ['-rf', '--', copy]);
  } else if (key === 'xargs') {
    // The baseline as given, plus rmdir of the then empty COPY so it leaves no more than the others.
    r = await run('sh', ['-c', 'find "$1" -mindepth 1 -maxdepth 1 -print0 | xargs -0 -P2 rm -rf && rmdir "$1"', 'sh', copy]);
  } else {
    const rssFile = path.join(base, `rss-${tag}`);
    r = await run(NODE, ['--import', RSS_HOOK, RMRF_CHILD, copy], { env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    const rss = readRss(rssFile);
    if (rss !== undefined) rec.rss.push(rss);
  }
  checkGone(`${key} (round ${round})`, copy, r);
  rec.ms.push(r.ms);
  log(`  ${key}: ${fmtMs(r.ms)}${key === 'rmrf' ? `, peak RSS ${fmtMiB(rec.rss.at(-1))}` : ''}`);
}

async function runPost(round, template, { home, workspace }) {
  const rec = results.post;
  const root = fs.realpathSync(fs.mkdtempSync(path.join(base, `post-root-r${round}-`)));
  const jobDir = fs.mkdtempSync(path.join(root, 'go-ci-guard-bench-'));
  const token = randomUUID();
  fs.writeFileSync(path.join(jobDir, '.go-ci-guard'), JSON.stringify({ token, pid: process.pid, createdAt: new Date().toISOString() }), {
    flag: 'wx',
    mode: 0o600,
  });
  log('  post: copying the template into <job folder>/go-build (cp -a, sync)…');
  await freshCopy(template, path.join(jobDir, 'go-build'));
  const st = fs.lstatSync(jobDir);
  const state = {
    version: 1,
    jobDir,
    root,
    token,
    dev: st.dev,
    ino: st.ino,
    home,
    workspace,
    platform: process.platform,
    folders: [{ folder: 'go-build', variables: ['GOCACHE'] }],
    previous: {},
    failOnCleanupError: false,
    startedAt: Date.now(),
  };
  const files = commandFiles(path.join(base, 'post-cmd', `r${round}`));
  const rssFile = path.join(base, `rss-post-r${round}`);
  const env = runnerEnv({
    HOME: home,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: root,
    GOCACHE: path.join(jobDir, 'go-build'), // exported by main for later steps, so post sees it too
    ...files,
    STATE_guard: JSON.stringify(state),
    BENCH_RSS_FILE: rssFile,
  });
  const r = await run(NODE, ['--import', RSS_HOOK, POST_JS], { env, cwd: workspace });
  const rss = readRss(rssFile);
  if (rss !== undefined) rec.rss.push(rss);
  rec.ms.push(r.ms);

  const summary = fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  const info = { round, ms: r.ms, code: r.code, summary };
  const head = /reclaimed \*\*(.+?)\*\* in ([\d,]+) files in (.+?)\.\s*$/m.exec(summary);
  if (head) {
    info.reclaimedText = head[1];
    info.reclaimedBytes = parseFormattedBytes(head[1]);
    info.files = Number(head[2].replace(/,/g, ''));
    info.internal = head[3];
  }
  postRuns.push(info);

  const what = `post (round ${round})`;
  const stillThere = fs.existsSync(jobDir);
  if (r.code !== 0) problems.push(`${what}: exit ${r.code ?? r.signal}`);
  if (stillThere) {
    let left = '';
    try {
      left = fs.readdirSync(jobDir).slice(0, 10).join(', ');
    } catch {
      // unreadable
    }
    problems.push(`${what}: the job folder ${jobDir} still exists after post (entries: ${left || 'none'})`);
  }
  if (!head) problems.push(`${what}: the summary reports no reclaimed bytes`);
  if (r.code !== 0 || stillThere || !head) {
    console.log(`    post stdout:\n${tail(r.stdout, 40)}\n    post stderr:\n${tail(r.stderr)}\n    summary:\n${tail(summary, 40)}`);
  }
  for (const line of r.stdout.split('\n').filter((l) => /^::(warning|error)/.test(l))) log(`  post said: ${line}`);
  if (!stillThere) fs.rmdirSync(root);
  log(`  post: ${fmtMs(r.ms)}, peak RSS ${fmtMiB(rss)}, summary: ${info.reclaimedText ?? '?'} in ${info.files ?? '?'} files in ${info.internal ?? '?'}`);
}

// ---------------------------------------------------------------------------------------------
// Empty job: main + post with nothing in the job folder, against bare node starts

async function emptyJob({ home, workspace }) {
  const dir = path.join(base, 'empty');
  const runnerTemp = path.join(dir, 'runner-temp');
  fs.mkdirSync(runnerTemp, { recursive: true });
  const baseEnv = runnerEnv({ HOME: home, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp });

  async function once(i) {
    const mainFiles = commandFiles(path.join(dir, `cmd-${i}-main`));
    const m = await run(NODE, [MAIN_JS], { env: { ...baseEnv, ...mainFiles }, cwd: workspace });
    const read = (f) => fs.readFileSync(f, 'utf8');
    const saved = parseKeyValueFile(read(mainFiles.GITHUB_STATE));
    const exported = parseKeyValueFile(read(mainFiles.GITHUB_ENV));
    const outputs = parseKeyValueFile(read(mainFiles.GITHUB_OUTPUT));
    if (m.code !== 0 || !saved.guard) {
      throw new Error(`empty job: main exited ${m.code ?? m.signal} and saved ${saved.guard ? 'state' : 'no state'}\n${tail(m.stdout + m.stderr, 30)}`);
    }
    const jobDir = outputs['job-dir'] ?? JSON.parse(saved.guard).jobDir;
    const postFiles = commandFiles(path.join(dir, `cmd-${i}-post`));
    // As the runner does: post sees the job environment including what main exported, plus its state.
    const p = await run(NODE, [POST_JS], { env: { ...baseEnv, ...exported, ...postFiles, STATE_guard: saved.guard }, cwd: workspace });
    if (p.code !== 0) problems.push(`empty job: post exited ${p.code ?? p.signal}\n${tail(p.stdout + p.stderr)}`);
    if (fs.existsSync(jobDir)) problems.push(`empty job: post left the job folder ${jobDir}`);
    return { main: m.ms, post: p.ms };
  }

  async function nodeStarts() {
    const env = { ...baseEnv, ...commandFiles(path.join(dir, 'cmd-node')) };
    const a = await run(NODE, ['-e', ''], { env, cwd: workspace });
    const b = await run(NODE, ['-e', ''], { env, cwd: workspace });
    if (a.code !== 0 || b.code !== 0) throw new Error('node -e "" failed');
    return a.ms + b.ms;
  }

  await once('warmup');
  await nodeStarts();
  const mains = [];
  const posts = [];
  const pairs = [];
  const nodes = [];
  for (let i = 0; i < EMPTY_REPS; i++) {
    const r = await once(i);
    mains.push(r.main);
    posts.push(r.post);
    pairs.push(r.main + r.post);
    nodes.push(await nodeStarts());
  }
  return { main: median(mains), post: median(posts), pair: median(pairs), node2: median(nodes), pairs, nodes };
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  for (const f of [POST_JS, MAIN_JS]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`npm run bundle\` first (npm run bench does)`);
  }
  if (!fs.existsSync(BENCH_DIR)) {
    fs.mkdirSync(BENCH_DIR, { recursive: true });
    createdBenchDir = true;
  }
  base = fs.realpathSync(fs.mkdtempSync(path.join(BENCH_DIR, 'run-')));
  const estimate = FILES * (MIN_SIZE + SIZE_SPREAD / 2);
  const sfs = fs.statfsSync(base);
  const free = sfs.bavail * sfs.bsize;
  console.log('Go CI Guard cleanup benchmark');
  console.log(`  node ${process.version}, ${os.cpus().length} CPUs, ${os.platform()} ${os.release()}`);
  console.log(`  scratch ${base} (${fmtBytes(free)} free)`);
  console.log(`  template: 256 folders, ${fmtInt(FILES)} files, ~${fmtBytes(estimate)}; rounds ${ROUNDS}; empty-job reps ${EMPTY_REPS}`);
  if (free < estimate * 2.3 + 512 * 1024 ** 2)
    throw new Error(`not enough free space in ${base}: need about ${fmtBytes(estimate * 2.3)} (template + one copy)`);

  const home = path.join(base, 'home');
  const workspace = path.join(base, 'workspace');
  fs.mkdirSync(home);
  fs.mkdirSync(workspace);

  log(`Building the template (${fmtInt(FILES)} files)…`);
  const template = path.join(base, 'template');
  const tb = performance.now();
  const fileBytes = await buildTemplate(template);
  await must('sync', []);
  log(`Template ready: ${fmtInt(FILES)} files, ${fmtInt(fileBytes)} bytes of file data, in ${fmtMs(performance.now() - tb)}`);

  for (let round = 1; round <= ROUNDS; round++) {
    const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round - 1) % CONTENDERS.length]);
    log(`Round ${round}/${ROUNDS}: ${order.map((c) => c.key).join(', ')}`);
    for (const c of order) await runContender(c.key, round, template, { home, workspace });
  }

  log(`Empty job: main + post, ${EMPTY_REPS} repetitions, against 2× node -e ""…`);
  const empty = await emptyJob({ home, workspace });
  log(`Empty job: main+post median ${fmtMs(empty.pair)}, 2× node start median ${fmtMs(empty.node2)}`);

  // ----- report
  const med = Object.fromEntries(CONTENDERS.map((c) => [c.key, results[c.key].ms.length ? median(results[c.key].ms) : undefined]));
  const peak = (key) => (results[key].rss.length ? Math.max(...results[key].rss) : undefined);
  const line = '-'.repeat(112);
  console.log(`\nRemoval of a ${fmtInt(FILES)}-file GOCACHE-shaped tree (${fmtBytes(fileBytes)} of file data), each on a fresh cp -a copy after sync`);
  console.log(line);
  console.log(
    `${pad('contender', 38)}${padL('wall (median)', 14)}${padL('rounds', 24)}${padL('vs rm -rf', 11)}${padL('post vs it', 12)}${padL('peak RSS', 13)}`,
  );
  console.log(line);
  for (const c of CONTENDERS) {
    const m = med[c.key];
    const rounds = results[c.key].ms.map(fmtMs).join(', ');
    const vsRm = c.key === 'du' ? '' : fmtRatio(m / med.rm);
    const postVs = c.key === 'du' || c.key === 'post' ? '' : fmtRatio(med.post / m);
    const rss = c.key === 'rmrf' || c.key === 'post' ? fmtMiB(peak(c.key)) : '';
    console.log(
      `${pad(c.label, 38)}${padL(fmtMs(m), 14)}${padL(rounds.length > 22 ? rounds.slice(0, 21) + '…' : rounds, 24)}${padL(vsRm, 11)}${padL(postVs, 12)}${padL(rss, 13)}`,
    );
  }
  console.log(line);
  console.log('  (b also runs rmdir of the emptied COPY; c and d include node start-up; d also checks ownership and writes the summary)');

  const last = postRuns.at(-1);
  console.log('\nWhat post reported (job summary)');
  for (const p of postRuns) {
    console.log(
      `  round ${p.round}: reclaimed ${p.reclaimedText ?? '?'} in ${p.files === undefined ? '?' : fmtInt(p.files)} files, its own removal time ${p.internal ?? '?'} (process wall ${fmtMs(p.ms)})`,
    );
  }
  console.log(
    `  template: ${fmtInt(fileBytes)} bytes of file data (${fmtBytes(fileBytes)}), du -sb ${duBytes === undefined ? '?' : `${fmtInt(duBytes)} bytes (${fmtBytes(duBytes)}, includes folder sizes)`}`,
  );

  console.log(`\nEmpty job (job folder with the default redirect folders, nothing in them), median of ${EMPTY_REPS}`);
  console.log(`  main ${fmtMs(empty.main)} + post ${fmtMs(empty.post)}; main+post ${fmtMs(empty.pair)} vs 2× node -e "" ${fmtMs(empty.node2)}`);
  console.log(`  main+post runs: ${empty.pairs.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log(`  2× node runs:   ${empty.nodes.map((x) => x.toFixed(0)).join(', ')} ms`);

  const met = (ok) => (ok === undefined ? '' : ok ? ' — met' : ' — not met');
  const rPostRm = med.post / med.rm;
  const reported = last?.reclaimedBytes;
  console.log('\n' + '='.repeat(112));
  console.log('Summary');
  console.log(
    `  cleanup (post) vs rm -rf: ${fmtRatio(rPostRm)}  (${fmtMs(med.post)} vs ${fmtMs(med.rm)}; target ≤ 0.7×${met(Number.isFinite(rPostRm) ? rPostRm <= 0.7 : undefined)})`,
  );
  console.log(`  cleanup (post) vs xargs -P2 rm -rf: ${fmtRatio(med.post / med.xargs)}  (${fmtMs(med.post)} vs ${fmtMs(med.xargs)})`);
  const pr = peak('post');
  console.log(
    `  cleanup (post) vs @actions/io rmRF: ${fmtRatio(med.post / med.rmrf)}  (${fmtMs(med.post)} vs ${fmtMs(med.rmrf)}), ` +
      `peak RSS post ${fmtMiB(pr)} vs rmRF ${fmtMiB(peak('rmrf'))} (target ≤ 80 MiB${met(pr === undefined ? undefined : pr <= 80 * 1024)})`,
  );
  console.log(
    `  reclaimed bytes reported by post vs du -sb: ${last?.reclaimedText ?? '?'} (≈${reported === undefined ? '?' : fmtInt(Math.round(reported))} B) vs ` +
      `${duBytes === undefined ? '?' : fmtInt(duBytes)} B` +
      (reported !== undefined && duBytes ? ` (${(((reported - duBytes) / duBytes) * 100).toFixed(2)}%)` : '') +
      `; exact file data ${fmtInt(fileBytes)} B; files reported ${last?.files === undefined ? '?' : fmtInt(last.files)} of ${fmtInt(FILES)}`,
  );
  console.log(
    `  empty job main+post: ${fmtMs(empty.pair)} vs 2× node start ${fmtMs(empty.node2)} (${fmtRatio(empty.pair / empty.node2)}, +${fmtMs(empty.pair - empty.node2)}; target ≤ 200 ms${met(empty.pair <= 200)})`,
  );
  console.log('='.repeat(112));
}

let exitCode = 0;
try {
  await main();
} catch (err) {
  console.error(`\nbenchmark error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  exitCode = 1;
} finally {
  if (base) log(`Removing the scratch folder ${base}…`);
  cleanupSync();
}
if (problems.length) {
  console.log('\nSomething broke:');
  for (const p of problems) console.log(`  - ${p}`);
  exitCode = 1;
}
log(exitCode ? 'Done, with problems (exit 1).' : 'Done.');
process.exit(exitCode);
