// Benchmark for the disk guard's own cost: the consumer scan main runs, and the sampler that runs
// beside the job. Both are measured against baselines in the same run:
//
//   consumer scan   scanPlaces() over a fake HOME whose .cache/go-build is a 100k-file GOCACHE-shaped
//                   tree  vs  `du -sb TREE`; plus the Node walker (the no-du path) on the same tree
//   sampler CPU     dist/sampler.js for SAMPLER_SECONDS with (a) a small job folder and (b) a job folder
//                   holding that tree  vs  an idle `node -e "setInterval(()=>{},5000)"`, all three at once
//
//   npm run bench                          (bundles, runs bench/run.mjs, bench/matrix.mjs, then this)
//   SAMPLER_SECONDS=20 REPS=3 node bench/disk.mjs
//
// Environment:
//   REPS             timed repetitions of each scan contender, after one warm-up each (default 7)
//   SAMPLER_SECONDS  how long the samplers and the idle baseline run (default 60)
//   FILES            files in the tree (default 100000, 1–20 KiB each, 256 folders 00..ff)
//
// It reports; it does not judge. The exit code is non-zero only when something broke (a command failed,
// a scan gave no figure for the tree, the sampler did not start, stop or record).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { buildGoCacheTree, bundleSource, fmtBytes, fmtInt, fmtMs, fmtRatio, intFromEnv, log, median, pad, padL } from './common.mjs';

const projectDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SAMPLER_JS = path.join(projectDir, 'dist', 'sampler.js');
const NODE = process.execPath;

const REPS = intFromEnv('REPS', 7, 1);
const SAMPLER_SECONDS = intFromEnv('SAMPLER_SECONDS', 60, 1);
const FILES = intFromEnv('FILES', 100_000, 1);
const MIN_SIZE = 1024; // file sizes are MIN_SIZE + [0, SIZE_SPREAD): 1 KiB … 20 KiB, mean ≈ 10.5 KiB
const SIZE_SPREAD = 19 * 1024 + 1;
const INTERVAL_MS = 5000; // the sampler's default interval (sample-interval: 5)
const SCAN_BUDGET = 0.005; // as startSampler sets it
const POLL_MS = 250; // how often the sampler phase reads /proc

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a command to completion; throws with its output when it fails. Returns stdout and wall time. */
function mustSync(cmd, args) {
  const start = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
  return { stdout: r.stdout, ms };
}

// ---------------------------------------------------------------------------------------------
// Scratch space, live children and cleanup

let base; // <os.tmpdir()>/gcg-bench-disk-XXXXXX: everything this run writes lives here
const problems = []; // things that broke: any entry makes the exit code non-zero
const live = new Set(); // child processes still running, stopped on interrupt

function cleanupSync() {
  if (!base) return;
  const dir = base;
  base = undefined;
  spawnSync('rm', ['-rf', '--', dir], { stdio: 'ignore' });
}

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${sig}: stopping and removing the scratch folder ${base ?? ''}`);
    for (const child of live) {
      try {
        child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
    await sleep(500); // let the samplers write their last record and exit before their folders go
    cleanupSync();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// The tree (as bench/run.mjs builds its template, with 1–20 KiB files)

function buildTree(dir) {
  return buildGoCacheTree(dir, {
    files: FILES,
    minSize: MIN_SIZE,
    spread: SIZE_SPREAD,
    progress: (done) => log(`  tree: ${fmtInt(done)} / ${fmtInt(FILES)} files`),
  });
}

// ---------------------------------------------------------------------------------------------
// The action's code: the scan functions bundled from src/, the sampler from dist/

/** Bundles the scan code (src/disk/consumers.ts, folder-sizes.ts, platform.ts, sample-file.ts) and imports it. */
async function loadScanCode(outfile) {
  const entry = [
    "export { scanPlaces, usualPlaces } from './src/disk/consumers.ts';",
    "export { folderSizes } from './src/disk/folder-sizes.ts';",
    "export { platformRules } from './src/lib/platform.ts';",
    "export { blankFile, SLOT_COUNT, SLOT_SIZE } from './src/disk/sample-file.ts';",
  ].join('\n');
  return import(pathToFileURL(await bundleSource(outfile, entry, 'bench-disk-entry')).href);
}

/**
 * Bundles dist/ (npm run bundle) when dist/sampler.js is missing or older than any source file that goes
 * into it (taken from esbuild's metafile, so unrelated edits elsewhere in src/ do not rewrite dist/).
 */
async function ensureSamplerBundle() {
  const meta = await esbuild.build({
    entryPoints: ['src/sampler.ts'],
    absWorkingDir: projectDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(meta.metafile.inputs).filter((p) => !p.includes('node_modules'));
  const newest = inputs.map((p) => ({ p, mtime: fs.statSync(path.join(projectDir, p)).mtimeMs })).sort((a, b) => b.mtime - a.mtime)[0];
  const built = fs.existsSync(SAMPLER_JS) ? fs.statSync(SAMPLER_JS).mtimeMs : undefined;
  if (built !== undefined && built >= newest.mtime) return `dist/sampler.js is up to date with its ${inputs.length} source files`;
  const why = built === undefined ? 'dist/sampler.js is missing' : `dist/sampler.js is older than ${newest.p}`;
  log(`${why}: npm run bundle…`);
  const r = spawnSync('npm', ['run', 'bundle'], { cwd: projectDir, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`npm run bundle failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout || r.error?.message || '').trim().slice(0, 2000)}`);
  if (!fs.existsSync(SAMPLER_JS)) throw new Error('npm run bundle did not write dist/sampler.js');
  return `${why}: bundled again`;
}

// ---------------------------------------------------------------------------------------------
// Part 1: consumer scan vs du -sb

async function scanPart(code, home, tree) {
  const rules = code.platformRules('linux');
  const places = code.usualPlaces({ home, systemTemp: '', workspace: '', toolCache: '' }, rules);
  const contenders = {
    du: {
      label: 'du -sb TREE (baseline)',
      run: async () => {
        const r = mustSync('du', ['-sb', tree]);
        return { ms: r.ms, bytes: Number(r.stdout.trim().split(/\s+/)[0]) };
      },
    },
    scan: {
      label: 'consumer scan (scanPlaces, fake HOME)',
      run: async () => {
        const start = performance.now();
        const scans = await code.scanPlaces(places, Date.now() + 60_000);
        const ms = performance.now() - start;
        const entry = scans.flatMap((s) => s.sizes.children).find((c) => c.path === tree);
        return { ms, bytes: entry?.bytes, complete: entry?.complete, tool: scans[0]?.sizes.tool, problem: scans[0]?.sizes.problem, places: scans.length };
      },
    },
    walker: {
      label: 'Node walker (folderSizes walker: node)',
      run: async () => {
        const start = performance.now();
        const r = await code.folderSizes(tree, { deadline: Date.now() + 60_000, walker: 'node' });
        return { ms: performance.now() - start, bytes: r.total?.bytes, complete: r.complete, tool: r.tool, problem: r.problem };
      },
    },
  };
  const keys = Object.keys(contenders);
  const times = Object.fromEntries(keys.map((k) => [k, []]));
  const last = {};

  log(`Places the scan looks at: ${places.map((p) => `${p.path} (${p.label}${p.byChild ? ', by child' : ''})`).join('; ')}`);
  log('Warm-up: one run of each (not counted)…');
  for (const key of keys) {
    const r = await contenders[key].run();
    log(`  ${key}: ${fmtMs(r.ms)}`);
  }
  for (let i = 0; i < REPS; i++) {
    // Rotate the order so no contender always runs first or right after the same one.
    const order = [...keys.slice(i % keys.length), ...keys.slice(0, i % keys.length)];
    const line = [];
    for (const key of order) {
      const r = await contenders[key].run();
      times[key].push(r.ms);
      last[key] = r;
      line.push(`${key} ${fmtMs(r.ms)}`);
    }
    log(`  rep ${i + 1}/${REPS}: ${line.join(', ')}`);
  }

  const scan = last.scan;
  if (scan.bytes === undefined) problems.push(`consumer scan: no figure for ${tree} (places scanned: ${scan.places}, problem: ${scan.problem ?? 'none'})`);
  else if (!scan.complete) problems.push(`consumer scan: the figure for ${tree} is incomplete (${scan.problem ?? 'no reason given'})`);
  if (last.walker.bytes === undefined || !last.walker.complete)
    problems.push(`Node walker: no complete total for ${tree} (${last.walker.problem ?? 'no reason given'})`);
  const duK = Number(mustSync('du', ['-sk', tree]).stdout.trim().split(/\s+/)[0]) * 1024;
  return { contenders, times, last, duK };
}

function printScanReport({ contenders, times, last, duK }, fileBytes) {
  const med = Object.fromEntries(Object.keys(times).map((k) => [k, median(times[k])]));
  const line = '-'.repeat(104);
  console.log(`\nPart 1: sizing a ${fmtInt(FILES)}-file GOCACHE-shaped tree (${fmtBytes(fileBytes)} of file data), warm cache, median of ${REPS}`);
  console.log(line);
  console.log(`${pad('contender', 42)}${padL('median', 10)}${padL('vs du -sb', 11)}   runs`);
  console.log(line);
  for (const [key, c] of Object.entries(contenders)) {
    const runs = times[key].map((x) => x.toFixed(0)).join(', ');
    console.log(`${pad(c.label, 42)}${padL(fmtMs(med[key]), 10)}${padL(key === 'du' ? '' : fmtRatio(med[key] / med.du), 11)}   ${runs} ms`);
  }
  console.log(line);
  console.log(`  ratio consumer scan / du -sb: ${fmtRatio(med.scan / med.du)}    ratio Node walker / du -sb: ${fmtRatio(med.walker / med.du)}`);
  console.log(`  (all three include their own start: du's spawn for du and the scan; the scan runs du -k -x -d 1 on HOME/.cache (tool: ${last.scan.tool}))`);
  const within = (a, b) => (a === undefined ? '?' : `${(((a - b) / b) * 100).toFixed(3)}%, ${Math.abs(a - b) <= 0.02 * b ? 'within 2%' : 'NOT within 2%'}`);
  console.log('\n  Tree total, bytes allocated on disk');
  console.log(`    du -sk × 1024                    ${padL(fmtInt(duK), 16)}  (${fmtBytes(duK)})`);
  console.log(`    consumer scan (go-build entry)   ${padL(fmtInt(last.scan.bytes), 16)}  (${within(last.scan.bytes, duK)})`);
  console.log(`    Node walker total                ${padL(fmtInt(last.walker.bytes), 16)}  (${within(last.walker.bytes, duK)})`);
  console.log(`    du -sb (apparent size)           ${padL(fmtInt(last.du.bytes), 16)}  (file data written: ${fmtInt(fileBytes)})`);
}

// ---------------------------------------------------------------------------------------------
// Part 2: sampler CPU over a job

let CLK_TCK = 100;

/** utime+stime+cutime+cstime in clock ticks, the state, and the peak RSS of a live process; undefined once gone. */
function procCpu(pid) {
  let stat;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state): field n is f[n - 3]
  const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(f[i]));
  return { state: f[0], ticks: utime + stime + cutime + cstime, own: utime + stime, children: cutime + cstime };
}

function peakRssKiB(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Commands of a process's live children (du while a size scan runs). */
function childCommands(pid) {
  const out = [];
  let tasks;
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    let kids;
    try {
      kids = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const kid of kids.trim().split(/\s+/).filter(Boolean)) {
      try {
        out.push(fs.readFileSync(`/proc/${kid}/comm`, 'utf8').trim());
      } catch {
        // already gone
      }
    }
  }
  return out;
}

/** A job folder as main leaves it: the marker, the blank samples file and the sampler's config. */
function makeJobDir(code, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const token = randomUUID();
  fs.writeFileSync(path.join(dir, '.go-ci-guard'), JSON.stringify({ token, pid: process.pid, createdAt: new Date().toISOString() }), {
    flag: 'wx',
    mode: 0o600,
  });
  const config = {
    jobDir: dir,
    token,
    markerFile: path.join(dir, '.go-ci-guard'),
    samplesFile: path.join(dir, '.go-ci-guard-samples'),
    stopFile: path.join(dir, '.go-ci-guard-stop'),
    watch: [dir],
    intervalMs: INTERVAL_MS,
    parentPid: process.pid,
    maxLifetimeMs: 5 * 24 * 3600 * 1000,
    scanBudget: SCAN_BUDGET,
  };
  const configFile = path.join(dir, '.go-ci-guard-sampler.json');
  fs.writeFileSync(configFile, JSON.stringify(config), { flag: 'wx', mode: 0o600 });
  fs.writeFileSync(config.samplesFile, code.blankFile(), { flag: 'wx', mode: 0o600 });
  return { config, configFile };
}

/** Every slot of a samples file: parsed records, blank slots and slots that are neither. */
function decodeSlots(file, slotSize) {
  const buf = fs.readFileSync(file);
  const records = [];
  let blank = 0;
  let damaged = 0;
  for (let at = 0; at < buf.length; at += slotSize) {
    const text = buf
      .subarray(at, at + slotSize)
      .toString('utf8')
      .trim();
    if (!text) {
      blank++;
      continue;
    }
    try {
      records.push(JSON.parse(text));
    } catch {
      damaged++;
    }
  }
  return { records, blank, damaged, bytes: buf.length };
}

function startProcess(name, args, cwd) {
  const child = spawn(NODE, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((resolve) => {
    child.on('error', (err) => resolve({ code: null, signal: null, error: err }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  live.add(child);
  exited.then(() => live.delete(child));
  return { name, child, exited, stderr: () => stderr, startedAt: performance.now(), series: [], duSeen: [] };
}

async function samplerPart(code, smallJob, bigJob, bigTreeBytes) {
  const jobs = {
    small: { label: '(a) sampler, small job folder', ...makeJobDir(code, smallJob) },
    big: { label: `(b) sampler, job folder + ${fmtInt(FILES)}-file go-build`, ...makeJobDir(code, bigJob) },
  };
  const idleLabel = 'idle node (baseline)';

  // Start all three as close together as possible.
  const procs = {
    small: startProcess('small', [SAMPLER_JS, jobs.small.configFile], path.parse(smallJob).root),
    big: startProcess('big', [SAMPLER_JS, jobs.big.configFile], path.parse(bigJob).root),
    idle: startProcess('idle', ['-e', 'setInterval(()=>{},5000)'], path.parse(bigJob).root),
  };
  const pids = Object.fromEntries(Object.entries(procs).map(([k, p]) => [k, p.child.pid]));
  log(`Started: sampler (a) pid ${pids.small}, sampler (b) pid ${pids.big}, idle node pid ${pids.idle}; running ${SAMPLER_SECONDS} s…`);

  // Poll /proc while they run: a CPU timeline and whether a du is running under each sampler.
  const until = performance.now() + SAMPLER_SECONDS * 1000;
  let nextReport = performance.now() + 15_000;
  while (performance.now() < until) {
    for (const p of Object.values(procs)) {
      const s = procCpu(p.child.pid);
      if (!s) continue;
      const at = performance.now() - p.startedAt;
      p.series.push({ at, ticks: s.ticks });
      if (p.name !== 'idle' && childCommands(p.child.pid).includes('du')) p.duSeen.push(at);
    }
    for (const p of Object.values(procs)) {
      if (p.child.exitCode !== null || p.child.signalCode !== null)
        throw new Error(`${p.name} exited early (${p.child.exitCode ?? p.child.signalCode}): ${p.stderr().trim().slice(0, 2000)}`);
    }
    if (performance.now() >= nextReport) {
      log(
        `  ${((performance.now() - procs.idle.startedAt) / 1000).toFixed(0)} s: CPU ticks (a) ${procs.small.series.at(-1)?.ticks}, (b) ${procs.big.series.at(-1)?.ticks}, idle ${procs.idle.series.at(-1)?.ticks}`,
      );
      nextReport += 15_000;
    }
    await sleep(Math.min(POLL_MS, Math.max(0, until - performance.now())));
  }

  // Final reading just before stopping.
  const final = {};
  for (const [key, p] of Object.entries(procs)) {
    const s = procCpu(p.child.pid);
    if (!s) throw new Error(`${key} (pid ${p.child.pid}) is gone before it was asked to stop`);
    final[key] = { ...s, wallMs: performance.now() - p.startedAt, rssKiB: peakRssKiB(p.child.pid), kids: key === 'idle' ? [] : childCommands(p.child.pid) };
  }

  // Stop: the samplers by their stop file (as post does first), the idle process by a signal.
  const stopped = {};
  await Promise.all(
    Object.entries(procs).map(async ([key, p]) => {
      const start = performance.now();
      if (key === 'idle') p.child.kill('SIGTERM');
      else fs.writeFileSync(jobs[key].config.stopFile, '', { flag: 'wx' });
      const limit = INTERVAL_MS + 5000;
      const r = await Promise.race([p.exited, sleep(limit).then(() => undefined)]);
      if (!r) {
        p.child.kill('SIGKILL');
        problems.push(`${key}: did not exit within ${limit} ms of being stopped; killed`);
        stopped[key] = { ...(await p.exited), ms: performance.now() - start };
        return;
      }
      stopped[key] = { ...r, ms: performance.now() - start };
      if (key !== 'idle' && (r.code !== 0 || r.error))
        problems.push(`sampler ${key}: exit ${r.code ?? r.signal ?? r.error?.message}${p.stderr() ? `: ${p.stderr().trim().slice(0, 1000)}` : ''}`);
    }),
  );

  const decoded = {};
  for (const key of ['small', 'big']) {
    decoded[key] = decodeSlots(jobs[key].config.samplesFile, code.SLOT_SIZE);
    const d = decoded[key];
    if (d.bytes !== code.SLOT_COUNT * code.SLOT_SIZE)
      problems.push(`sampler ${key}: samples file is ${d.bytes} bytes, expected ${code.SLOT_COUNT * code.SLOT_SIZE}`);
    if (!d.records.length) problems.push(`sampler ${key}: wrote no records`);
    else if (!d.records.at(-1).end) problems.push(`sampler ${key}: the last record has no end reason`);
  }
  return { jobs, procs, final, stopped, decoded, idleLabel, bigTreeBytes };
}

function printSamplerReport({ jobs, procs, final, stopped, decoded, idleLabel, bigTreeBytes }) {
  const cpuS = (key) => final[key].ticks / CLK_TCK;
  const pct = (key) => (cpuS(key) / (final[key].wallMs / 1000)) * 100;
  const line = '-'.repeat(112);
  console.log(
    `\nPart 2: CPU over ${SAMPLER_SECONDS} s (interval ${INTERVAL_MS / 1000} s, scan budget ${SCAN_BUDGET * 100}%), read from /proc/PID/stat just before stopping`,
  );
  console.log(line);
  console.log(
    `${pad('process', 46)}${padL('CPU', 9)}${padL('own', 9)}${padL('children', 10)}${padL('% core', 9)}${padL('− idle', 10)}${padL('peak RSS', 11)}${padL('stop→exit', 11)}`,
  );
  console.log(line);
  const rows = [
    ['small', jobs.small.label],
    ['big', jobs.big.label],
    ['idle', idleLabel],
  ];
  for (const [key, label] of rows) {
    const f = final[key];
    const minus = key === 'idle' ? '' : `${((cpuS(key) - cpuS('idle')) * 1000).toFixed(0)} ms`;
    console.log(
      `${pad(label, 46)}${padL(`${cpuS(key).toFixed(2)} s`, 9)}${padL(`${(f.own / CLK_TCK).toFixed(2)}`, 9)}${padL(`${(f.children / CLK_TCK).toFixed(2)}`, 10)}` +
        `${padL(`${pct(key).toFixed(3)}%`, 9)}${padL(minus, 10)}${padL(f.rssKiB === undefined ? '–' : `${(f.rssKiB / 1024).toFixed(1)} MiB`, 11)}${padL(fmtMs(stopped[key].ms), 11)}`,
    );
  }
  console.log(line);
  console.log(`  CPU = utime+stime+cutime+cstime (CLK_TCK ${CLK_TCK}, so ±${(1000 / CLK_TCK).toFixed(0)} ms); "children" counts only du runs already reaped.`);
  for (const key of ['small', 'big']) {
    const over = (cpuS(key) - cpuS('idle')) / (final[key].wallMs / 1000);
    console.log(
      `  ${key === 'small' ? '(a)' : '(b)'} sampler − idle: ${((cpuS(key) - cpuS('idle')) * 1000).toFixed(0)} ms = ${(over * 100).toFixed(3)}% of one core${final[key].kids.length ? `; live children at the reading: ${final[key].kids.join(', ')}` : ''}`,
    );
  }

  console.log('\n  Records and size scans');
  for (const key of ['small', 'big']) {
    const d = decoded[key];
    const lastRec = d.records.at(-1);
    const tag = key === 'small' ? '(a)' : '(b)';
    if (!lastRec) {
      console.log(`  ${tag} no records (${d.blank} blank slots, ${d.damaged} unreadable)`);
      continue;
    }
    const t0rec = d.records[0].t;
    // When each scan count was first seen: the records are one a tick, so this brackets each scan's end.
    const firstSeen = [];
    for (const r of d.records) if (r.sc !== undefined && !firstSeen.some((x) => x.sc === r.sc)) firstSeen.push({ sc: r.sc, at: (r.t - t0rec) / 1000 });
    const duPolls = procs[key].duSeen;
    const duRuns = [];
    for (const at of duPolls) {
      const prev = duRuns.at(-1);
      if (prev && at - prev.last <= POLL_MS * 1.5) prev.last = at;
      else duRuns.push({ first: at, last: at });
    }
    console.log(
      `  ${tag} ${d.records.length} records (${d.blank} blank slots, ${d.damaged} unreadable), ticks q=${d.records[0].q}…${lastRec.q}, ` +
        `size scans sc=${lastRec.sc ?? '?'}, write errors ${lastRec.we ?? '?'}, end "${lastRec.end ?? '—'}"${lastRec.err ? `, last error "${lastRec.err}"` : ''}`,
    );
    console.log(`      sc in each record (one a tick): ${d.records.map((r) => r.sc ?? '?').join(' ')}`);
    console.log(`      scan count first seen at (s after the first record): ${firstSeen.map((x) => `sc=${x.sc}@${x.at.toFixed(1)}`).join(' ')}`);
    console.log(
      `      du seen running under the sampler (polled every ${POLL_MS} ms, s after start): ${duRuns.length ? duRuns.map((r) => (r.first === r.last ? `${(r.first / 1000).toFixed(2)}` : `${(r.first / 1000).toFixed(2)}–${(r.last / 1000).toFixed(2)}`)).join(', ') : 'never caught'}`,
    );
    const sizes = lastRec.d
      ? Object.entries(lastRec.d)
          .map(([n, b]) => `${n} ${fmtBytes(b)}`)
          .join(', ')
      : 'none';
    console.log(
      `      last folder sizes: ${sizes}${key === 'big' && lastRec.d?.['go-build'] !== undefined ? ` (du -sk of the tree said ${fmtBytes(bigTreeBytes)})` : ''}`,
    );
  }

  // CPU timeline, one column per interval: where the CPU went.
  const bucketMs = INTERVAL_MS * Math.max(1, Math.ceil(SAMPLER_SECONDS / 60));
  const buckets = Math.ceil((SAMPLER_SECONDS * 1000) / bucketMs);
  const perBucket = (p, fin) => {
    const out = [];
    const pts = [{ at: 0, ticks: 0 }, ...p.series, { at: fin.wallMs, ticks: fin.ticks }];
    for (let b = 0; b < buckets; b++) {
      const endAt = (b + 1) * bucketMs;
      const at = (t) => [...pts].reverse().find((x) => x.at <= t)?.ticks ?? 0;
      out.push(at(Math.min(endAt, fin.wallMs)) - at(b * bucketMs));
    }
    return out;
  };
  console.log(`\n  CPU ms per ${bucketMs / 1000} s window (from /proc polls every ${POLL_MS} ms; du time lands when du is reaped)`);
  console.log(`  ${pad('window (s)', 12)}${Array.from({ length: buckets }, (_, b) => padL(`${(b * bucketMs) / 1000}–`, 7)).join('')}`);
  for (const [key, label] of [
    ['small', '(a)'],
    ['big', '(b)'],
    ['idle', 'idle'],
  ]) {
    const cols = perBucket(procs[key], final[key]).map((t) => padL(((t * 1000) / CLK_TCK).toFixed(0), 7));
    console.log(`  ${pad(label, 12)}${cols.join('')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  CLK_TCK = Number(mustSync('getconf', ['CLK_TCK']).stdout.trim()) || 100;
  const duVersion = mustSync('du', ['--version']).stdout.split('\n')[0];
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-disk-')));
  const sfs = fs.statfsSync(base);
  const free = sfs.bavail * sfs.bsize;
  console.log('Go CI Guard disk benchmark: consumer scan and sampler');
  console.log(
    `  ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, ${os.platform()} ${os.release()}, ${duVersion}, CLK_TCK ${CLK_TCK}`,
  );
  console.log(`  scratch ${base} (${fmtBytes(free)} free); tree ${fmtInt(FILES)} files in 256 folders; scan reps ${REPS}; sampler ${SAMPLER_SECONDS} s`);
  const estimate = FILES * (MIN_SIZE + SIZE_SPREAD / 2 + 2048);
  if (free < estimate + 512 * 1024 ** 2) throw new Error(`not enough free space in ${base}: need about ${fmtBytes(estimate)}`);

  log(await ensureSamplerBundle());
  const code = await loadScanCode(path.join(base, 'scan-code.mjs'));

  const home = path.join(base, 'home');
  const tree = path.join(home, '.cache', 'go-build');
  log(`Building the tree (${fmtInt(FILES)} files) at ${tree}…`);
  const tb = performance.now();
  const fileBytes = await buildTree(tree);
  mustSync('sync', []);
  log(`Tree ready: ${fmtInt(FILES)} files, ${fmtInt(fileBytes)} bytes of file data, in ${fmtMs(performance.now() - tb)}`);

  const scan = await scanPart(code, home, tree);

  // The same tree becomes the big job folder's go-build (a rename: same filesystem, caches stay warm).
  const smallJob = path.join(base, 'job-small');
  const bigJob = path.join(base, 'job-big');
  fs.mkdirSync(bigJob);
  fs.renameSync(tree, path.join(bigJob, 'go-build'));
  for (const sub of ['go-build', 'go-mod', 'tmp']) {
    fs.mkdirSync(path.join(smallJob, sub), { recursive: true });
    if (sub !== 'tmp') for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(smallJob, sub, `f${i}`), randomBytes(4096));
  }
  log('Part 2: the samplers and the idle baseline, all at once…');
  const sampler = await samplerPart(code, smallJob, bigJob, scan.duK);

  printScanReport(scan, fileBytes);
  printSamplerReport(sampler);
}

let exitCode = 0;
try {
  await main();
} catch (err) {
  console.error(`\nbenchmark error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  exitCode = 1;
} finally {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
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
