// Benchmark for the build-cache step's own cost, each against a baseline in the same run:
//
//   trim      trimGoCache (src/cache/go-build-trim.ts, in a fresh node process, as post runs it) on a
//             GOCACHE-shaped tree of TRIM_FILES entries — half `-a` action entries (175 B, Go's format)
//             naming the other half, `-d` outputs of 1–20 KiB; every other pair "unused" (mtime 2000)
//             vs `du -sk` of the same tree; plus a bare readdir+lstat walk in node (the floor of any
//             trim that stats each file), and the trim with a 16-thread libuv pool (post gets 4: an ESM
//             entry on Node 20 cannot raise it; the environment can). Fresh `cp -a` + `sync` before every timed run, order rotated.
//   cache     restoreCache / saveCache of the real @actions/cache against the local cache service
//             (harness/cache-service.ts) for a CACHE_MB GOCACHE-shaped folder of incompressible files
//             vs `tar --zstd -cf` / `-xf` of the same folder, and vs tar with the library's own
//             compressor (`zstdmt --long=30`). Library calls run in a child process each (cache-driver.mjs),
//             so their times include node's start and the library's import.
//
//   node bench/cache.mjs
//   REPS=3 TRIM_FILES=20000 CACHE_MB=100 node bench/cache.mjs
//
// Environment: REPS (timed runs per contender, default 5), TRIM_FILES (default 100000), CACHE_MB
// (default 300). It reports medians and ratios; it does not judge. Exit code 1 only when something broke.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildGoCacheTree, bundleSource, fmtBytes, fmtInt, fmtMs, fmtRatio, intFromEnv, log, median, pad, padL } from './common.mjs';

const projectDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DRIVER = path.join(projectDir, '__tests__', 'e2e', 'cache-driver.mjs');
const NODE = process.execPath;
const REPS = intFromEnv('REPS', 3, 1);
const TRIM_FILES = intFromEnv('TRIM_FILES', 100_000, 2);
const CACHE_MB = intFromEnv('CACHE_MB', 300, 1);
const OLD_S = 946684800;

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-cache-'));
let service;
const cleanup = () => spawnSync('rm', ['-rf', '--', base], { stdio: 'ignore' });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

function must(cmd, args, opts = {}) {
  const start = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  const ms = performance.now() - start;
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? (r.stderr || r.stdout).trim().slice(0, 2000)}`);
  return { stdout: r.stdout, ms };
}

/** The trim module and the cache service, bundled from TypeScript into the scratch folder. */
const bundle = (name, contents) => bundleSource(path.join(base, `${name}.mjs`), contents);

const hex = (s) => createHash('sha256').update(s).digest('hex');

/** TRIM_FILES entries: `-d` outputs from buildGoCacheTree, one `-a` naming each; every other pair unused. */
async function buildTrimTree(dir) {
  const pairs = Math.floor(TRIM_FILES / 2);
  const bytes = await buildGoCacheTree(dir, { files: pairs, minSize: 1024, spread: 19 * 1024 + 1 });
  const outs = [];
  for (const sub of fs.readdirSync(dir)) for (const n of fs.readdirSync(path.join(dir, sub))) outs.push(n.slice(0, -2));
  outs.sort();
  let next = 0;
  const fresh = Date.now() / 1000;
  const writer = async () => {
    for (let i = next++; i < outs.length; i = next++) {
      const id = hex(`action-${i}`);
      const t = i % 2 ? OLD_S : fresh;
      const a = path.join(dir, id.slice(0, 2), `${id}-a`);
      const line = `v1 ${id} ${outs[i]} ${String(1).padStart(20)} ${String(Date.now() * 1e6).padStart(20)}\n`;
      await fs.promises.writeFile(a, line);
      await fs.promises.utimes(a, t, t);
      const d = path.join(dir, outs[i].slice(0, 2), `${outs[i]}-d`);
      await fs.promises.utimes(d, t, t);
    }
  };
  await Promise.all(Array.from({ length: 16 }, writer));
  return { bytes, entries: outs.length * 2 };
}

/** A fresh copy of `tree` at `dst`, written out to disk (the state post finds after a job). */
function freshCopy(tree, dst) {
  must('rm', ['-rf', '--', dst]);
  must('cp', ['-a', tree, dst]);
  must('sync', []);
}

async function benchTrim(trimModule) {
  const tree = path.join(base, 'trim-tree');
  log(`building the trim tree: ${fmtInt(TRIM_FILES)} entries …`);
  const built = await buildTrimTree(tree);
  log(`built ${fmtInt(built.entries)} entries, ${fmtBytes(built.bytes)} of outputs`);
  const usedSince = Date.now() - 3600_000;
  const copy = path.join(base, 'trim-copy');
  const walk = `import fs from 'node:fs';const d=process.argv[1];let n=0;const t=performance.now();for(const s of fs.readdirSync(d))for(const f of fs.readdirSync(d+'/'+s)){fs.lstatSync(d+'/'+s+'/'+f,{throwIfNoEntry:false});n++}console.log(JSON.stringify({ms:performance.now()-t,n}))`;
  const trim = `const m=await import(${JSON.stringify(pathToFileURL(trimModule).href)});console.log(JSON.stringify(await m.trimGoCache(process.argv[1],${usedSince})))`;
  let lastTrim;
  const contenders = {
    'du -sk': () => must('du', ['-sk', copy]).ms,
    'node readdir+lstat walk (floor)': () => JSON.parse(must(NODE, ['--input-type=module', '-e', walk, copy]).stdout).ms,
    trimGoCache: () => runTrim({}),
    'trimGoCache, UV_THREADPOOL_SIZE=16': () => runTrim({ UV_THREADPOOL_SIZE: '16' }),
  };
  function runTrim(extraEnv) {
    const r = must(NODE, ['--input-type=module', '-e', trim, copy], { env: { ...process.env, ...extraEnv } });
    const res = JSON.parse(r.stdout);
    if (res.problems.length || res.entries !== built.entries) throw new Error(`trim: ${r.stdout}`);
    lastTrim = res;
    return res.ms;
  }
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const names = Object.keys(contenders);
  for (let rep = 0; rep < REPS; rep++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + rep) % names.length];
      freshCopy(tree, copy);
      times[name].push(contenders[name]());
    }
    log(`trim rep ${rep + 1}/${REPS}: ${names.map((n) => `${n} ${fmtMs(times[n].at(-1))}`).join(', ')}`);
  }
  must('rm', ['-rf', '--', tree, copy]);
  return { times, built, lastTrim };
}

async function benchCache(serviceModule) {
  const { CacheService } = await import(pathToFileURL(serviceModule).href);
  service = await CacheService.start({ dir: path.join(base, 'store') });
  const src = path.join(base, 'ws-src', 'work');
  fs.mkdirSync(path.join(src, 'go-build'), { recursive: true });
  fs.mkdirSync(path.join(base, 'ws-src', 'temp'));
  // Incompressible outputs, 1–20 KiB, one random fill each (zstd --long would find a shared pool).
  const target = CACHE_MB * 1024 * 1024;
  let bytes = 0;
  let files = 0;
  const buf = Buffer.alloc(20 * 1024);
  for (let i = 0; i < 256; i++) fs.mkdirSync(path.join(src, 'go-build', i.toString(16).padStart(2, '0')));
  while (bytes < target) {
    const size = 1024 + ((files * 7919) % (19 * 1024 + 1));
    const h = hex(`cache-${files}`);
    fs.writeFileSync(path.join(src, 'go-build', h.slice(0, 2), `${h}-d`), randomFillSync(buf, 0, size).subarray(0, size));
    bytes += size;
    files++;
  }
  must('sync', []);
  log(`cache folder: ${fmtInt(files)} files, ${fmtBytes(bytes)}`);
  const env = (ws) => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? os.homedir(),
    LANG: 'C.UTF-8',
    ...service.env({ workspace: ws, runnerTemp: path.join(path.dirname(ws), 'temp') }),
  });
  // Asynchronous: the service answers from this very process, so its event loop must keep running.
  const drive = (ws, call) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const child = spawn(NODE, [DRIVER, JSON.stringify(call)], { cwd: ws, env: env(ws), stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('close', (status) => {
        const ms = performance.now() - start;
        const line = out.split('\n').find((l) => l.startsWith('::driver-result::'));
        const res = line ? JSON.parse(line.slice('::driver-result::'.length)) : {};
        if (status !== 0 || res.error || res.value === null || res.value === -1) reject(new Error(`${call.op}: ${out.slice(-2000)}`));
        else resolve(ms);
      });
    });
  const freshWs = (name) => {
    const ws = path.join(base, name, 'work');
    must('rm', ['-rf', '--', path.dirname(ws)]);
    fs.mkdirSync(ws, { recursive: true });
    fs.mkdirSync(path.join(path.dirname(ws), 'temp'));
    return ws;
  };
  const archive = path.join(base, 'plain.tar.zst');
  const archiveMt = path.join(base, 'plain-mt.tar.zst');
  const mt = ['--use-compress-program', 'zstdmt --long=30'];
  const mtd = ['--use-compress-program', 'unzstd --long=30'];
  const t = { save: [], restore: [], tarC: [], tarX: [], tarMtC: [], tarMtX: [], import: [] };
  for (let rep = 0; rep < REPS; rep++) {
    const key = `bench-${process.pid}-${rep}`;
    t.save.push(await drive(src, { op: 'save', paths: ['go-build'], key }));
    const wsR = freshWs('ws-restore');
    must('sync', []);
    t.restore.push(await drive(wsR, { op: 'restore', paths: ['go-build'], key }));
    if (!fs.existsSync(path.join(wsR, 'go-build', '00'))) throw new Error('restore wrote nothing');
    for (const [c, x, file, extra, extraX] of [
      ['tarC', 'tarX', archive, ['--zstd'], ['--zstd']],
      ['tarMtC', 'tarMtX', archiveMt, mt, mtd],
    ]) {
      fs.rmSync(file, { force: true });
      t[c].push(must('tar', [...extra, '-cf', file, '-C', src, 'go-build']).ms);
      const wsX = freshWs('ws-tar');
      must('sync', []);
      t[x].push(must('tar', [...extraX, '-xf', file, '-C', wsX]).ms);
    }
    t.import.push(must(NODE, ['--input-type=module', '-e', "await import('@actions/cache')"], { cwd: projectDir }).ms);
    log(
      `cache rep ${rep + 1}/${REPS}: save ${fmtMs(t.save.at(-1))}, restore ${fmtMs(t.restore.at(-1))}, tar --zstd -c ${fmtMs(t.tarC.at(-1))} / -x ${fmtMs(t.tarX.at(-1))}`,
    );
  }
  const sizes = { plain: fs.statSync(archive).size, mt: fs.statSync(archiveMt).size };
  await service.stop();
  return { t, files, bytes, sizes };
}

async function main() {
  log(`scratch ${base}; REPS=${REPS} TRIM_FILES=${TRIM_FILES} CACHE_MB=${CACHE_MB}; node ${process.version}, ${os.cpus().length} CPUs`);
  const trimModule = await bundle('trim', "export { trimGoCache } from './src/cache/go-build-trim.ts';");
  const serviceModule = await bundle('service', "export { CacheService } from './harness/cache-service.ts';");

  const trim = await benchTrim(trimModule);
  const cache = await benchCache(serviceModule);

  const du = median(trim.times['du -sk']);
  console.log(`\n## trim of a ${fmtInt(trim.built.entries)}-entry GOCACHE tree (fresh cp -a + sync each, medians of ${REPS})`);
  console.log(`${pad('contender', 34)} ${padL('median', 9)} ${padL('vs du -sk', 10)}`);
  for (const [name, xs] of Object.entries(trim.times)) console.log(`${pad(name, 34)} ${padL(fmtMs(median(xs)), 9)} ${padL(fmtRatio(median(xs) / du), 10)}`);
  const lt = trim.lastTrim;
  console.log(`last trim: kept ${fmtInt(lt.kept.files)} (${fmtBytes(lt.kept.bytes)}), removed ${fmtInt(lt.removed.files)} (${fmtBytes(lt.removed.bytes)})`);

  const m = (k) => median(cache.t[k]);
  console.log(`\n## ${fmtBytes(cache.bytes)} in ${fmtInt(cache.files)} incompressible files: @actions/cache vs tar (medians of ${REPS})`);
  console.log(`${pad('operation', 44)} ${padL('median', 9)} ${padL('ratio', 8)}`);
  const row = (name, ms, ratio) => console.log(`${pad(name, 44)} ${padL(fmtMs(ms), 9)} ${padL(ratio === undefined ? '' : fmtRatio(ratio), 8)}`);
  row('saveCache (child process, local service)', m('save'));
  row('tar --zstd -cf', m('tarC'), m('save') / m('tarC'));
  row('tar + zstdmt --long=30 (the library’s) -cf', m('tarMtC'), m('save') / m('tarMtC'));
  row('restoreCache (child process, local service)', m('restore'));
  row('tar --zstd -xf', m('tarX'), m('restore') / m('tarX'));
  row('tar + unzstd --long=30 -xf', m('tarMtX'), m('restore') / m('tarMtX'));
  row('node importing @actions/cache (in both)', m('import'));
  console.log('ratio = the library call’s median / that tar line’s median');
  console.log(`archives: tar --zstd ${fmtBytes(cache.sizes.plain)}, zstdmt --long=30 ${fmtBytes(cache.sizes.mt)}`);
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(`bench/cache.mjs: ${err?.stack ?? err}`);
  await service?.stop();
} finally {
  cleanup();
}
process.exit(failed ? 1 : 0);
