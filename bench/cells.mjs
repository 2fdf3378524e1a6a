// The matrix as a whole (issue 13), each part against a baseline in the same run:
// 1. the library checks: main with `pkg-config: zlib` and `cgo-packages: ./...` on a cgo project,
//    less main without them, against the compiler doing the same by hand (gcc -fsyntax-only of
//    #include <zlib.h> and a link of -lz) and against a warm `go build` of the project;
// 2. the cell report: post that uploads it (real @actions/artifact, local results service) less post
//    with cell-report: false, against a bare node importing @actions/artifact;
// 3. the report job: main with mode: report over CELLS uploaded reports, against two bare node starts.
// Knobs: REPS (default 7), CELLS (default 20).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  bundleSource,
  commandFiles,
  findActionNode,
  fmtMs,
  fmtRatio,
  intFromEnv,
  log,
  median,
  must,
  parseKeyValueFile,
  projectDir,
  run,
  runnerEnv,
  tail,
} from './common.mjs';

const reps = intFromEnv('REPS', 7, 1);
const cells = intFromEnv('CELLS', 20, 1);
const found = findActionNode();
const node = found.missing ? process.execPath : found.path;
const mainJs = path.join(projectDir, 'dist', 'main.js');
const postJs = path.join(projectDir, 'dist', 'post.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-cells-'));
let seq = 0;

function places(name) {
  const dir = path.join(scratch, `${name}-${seq++}`);
  const p = { home: path.join(dir, 'home'), workspace: path.join(dir, 'ws'), runnerTemp: path.join(dir, 'temp') };
  for (const d of Object.values(p)) fs.mkdirSync(d, { recursive: true });
  return p;
}

async function mainThenPost(env, workspace, { post = true } = {}) {
  const mf = commandFiles(path.join(scratch, 'cmd', `m${seq++}`));
  const m = await run(node, [mainJs], { env: { ...env, ...mf }, cwd: workspace });
  if (m.code !== 0) throw new Error(`main failed\n${tail(m.stdout + m.stderr)}`);
  if (!post) return { main: m.ms, outputs: parseKeyValueFile(fs.readFileSync(mf.GITHUB_OUTPUT, 'utf8')) };
  const state = parseKeyValueFile(fs.readFileSync(mf.GITHUB_STATE, 'utf8')).guard;
  const exported = parseKeyValueFile(fs.readFileSync(mf.GITHUB_ENV, 'utf8'));
  const pf = commandFiles(path.join(scratch, 'cmd', `p${seq++}`));
  const p = await run(node, [postJs], { env: { ...env, ...exported, ...pf, STATE_guard: state }, cwd: workspace });
  if (p.code !== 0) throw new Error(`post failed\n${tail(p.stdout + p.stderr)}`);
  return { main: m.ms, post: p.ms, log: m.stdout + p.stdout };
}

/** A cgo package that uses zlib through #cgo pkg-config, beside the demo's cgo program. */
function cgoProject(workspace) {
  fs.cpSync(path.join(projectDir, 'examples', 'cgo-hello'), workspace, { recursive: true });
  fs.mkdirSync(path.join(workspace, 'z'));
  fs.writeFileSync(
    path.join(workspace, 'z', 'z.go'),
    'package z\n\n// #cgo pkg-config: zlib\n// #include <zlib.h>\nimport "C"\n\nconst Version = C.ZLIB_VERSION\n',
  );
}

async function libraryChecks() {
  const p = places('libs');
  cgoProject(p.workspace);
  const env = {
    ...runnerEnv({ HOME: p.home, GITHUB_WORKSPACE: p.workspace, RUNNER_TEMP: p.runnerTemp }),
    INPUT_CGO: 'true',
    'INPUT_CELL-REPORT': 'false',
    INPUT_PROBLEM_MATCHER: 'false',
  };
  const withLibs = { ...env, 'INPUT_PKG-CONFIG': 'zlib', 'INPUT_CGO-PACKAGES': './...' };
  const t = { plain: [], libs: [], byHand: [], goBuild: [] };
  const src = path.join(scratch, 'z.c');
  fs.writeFileSync(src, '#include <zlib.h>\n');
  const emptyMain = path.join(scratch, 'e.c');
  fs.writeFileSync(emptyMain, 'int main(void) { return 0; }\n');
  const goEnv = { ...process.env, GOCACHE: path.join(scratch, 'gocache'), GOFLAGS: '-mod=mod', GOPROXY: 'off' };
  await must('go', ['build', './...'], { env: goEnv, cwd: p.workspace });
  for (let i = 0; i < reps; i++) {
    const order = [
      async () => t.plain.push((await mainThenPost(env, p.workspace, { post: false })).main),
      async () => t.libs.push((await mainThenPost(withLibs, p.workspace, { post: false })).main),
      async () => {
        const a = await must('gcc', ['-fsyntax-only', src]);
        const b = await must('gcc', ['-o', path.join(scratch, 'e.out'), emptyMain, '-lz', '-Wl,-t']);
        t.byHand.push(a.ms + b.ms);
      },
      async () => t.goBuild.push((await must('go', ['build', '-o', path.join(scratch, 'app'), '.'], { env: goEnv, cwd: p.workspace })).ms),
    ];
    for (let k = 0; k < order.length; k++) await order[(i + k) % order.length]();
  }
  const extra = median(t.libs) - median(t.plain);
  log(
    `library checks (medians of ${reps}): main ${fmtMs(median(t.plain))} → ${fmtMs(median(t.libs))} with pkg-config zlib + cgo-packages ./... (+${fmtMs(extra)})`,
  );
  log(`  the same by hand (gcc -fsyntax-only + a link, one after the other): ${fmtMs(median(t.byHand))}; extra/by hand ${fmtRatio(extra / median(t.byHand))}`);
  log(`  a warm go build of the project: ${fmtMs(median(t.goBuild))}; extra/go build ${fmtRatio(extra / median(t.goBuild))}`);
}

async function cellReports(service) {
  const t = { off: [], on: [], importArtifact: [], report: [], node2: [] };
  const jobEnv = (p, run, job, extra = {}) => {
    const s = service.env({ workspace: p.workspace, runnerTemp: p.runnerTemp, run, job });
    return {
      ...runnerEnv({ HOME: p.home, GITHUB_WORKSPACE: p.workspace, RUNNER_TEMP: p.runnerTemp, GITHUB_RUN_ID: run }),
      ...s,
      INPUT_VALIDATE: 'false',
      'INPUT_SAMPLE-INTERVAL': '0',
      ...extra,
    };
  };
  for (let i = 0; i < reps; i++) {
    const p = places('post');
    const order = [
      async () => t.off.push((await mainThenPost(jobEnv(p, `off-${i}`, 'j', { 'INPUT_CELL-REPORT': 'false' }), p.workspace)).post),
      async () => {
        const r = await mainThenPost(jobEnv(p, `on-${i}`, 'j', { INPUT_CELL: `{"rep":"${i}"}` }), p.workspace);
        if (!/Cell report uploaded/.test(r.log)) throw new Error(`no upload:\n${tail(r.log)}`);
        t.on.push(r.post);
      },
      async () => t.importArtifact.push((await must(node, ['--input-type=module', '-e', "await import('@actions/artifact')"], { cwd: projectDir })).ms),
    ];
    for (let k = 0; k < order.length; k++) await order[(i + k) % order.length]();
  }
  const upload = median(t.on) - median(t.off);
  log(`cell report (medians of ${reps}): post ${fmtMs(median(t.off))} without → ${fmtMs(median(t.on))} with the upload (+${fmtMs(upload)})`);
  log(`  node importing @actions/artifact alone: ${fmtMs(median(t.importArtifact))}; upload/import ${fmtRatio(upload / median(t.importArtifact))}`);

  log(`uploading ${cells} cell reports of one run…`);
  for (let c = 0; c < cells; c++) {
    const p = places('cell');
    await mainThenPost(jobEnv(p, 'matrix', `cell-${c}`, { INPUT_CELL: JSON.stringify({ cell: String(c) }) }), p.workspace);
  }
  for (let i = 0; i < reps; i++) {
    const p = places('report');
    const order = [
      async () => {
        const r = await mainThenPost(jobEnv(p, 'matrix', 'report', { INPUT_MODE: 'report' }), p.workspace, { post: false });
        const table = JSON.parse(fs.readFileSync(r.outputs['cells-json'], 'utf8'));
        if (table.counts.cells !== cells) throw new Error(`report found ${table.counts.cells} cells, expected ${cells}`);
        t.report.push(r.main);
      },
      async () => t.node2.push((await must(node, ['-e', ''])).ms + (await must(node, ['-e', ''])).ms),
    ];
    for (let k = 0; k < order.length; k++) await order[(i + k) % order.length]();
  }
  log(
    `report job over ${cells} cells (medians of ${reps}): main ${fmtMs(median(t.report))}; two bare node starts ${fmtMs(median(t.node2))} (${fmtRatio(median(t.report) / median(t.node2))})`,
  );
}

async function main() {
  log(`scratch ${scratch}; node ${node} (${found.missing ? `not Node 24: ${found.missing}` : found.version}); REPS=${reps} CELLS=${cells}`);
  const serviceModule = await bundleSource(path.join(scratch, 'service.mjs'), "export { CacheService } from './harness/cache-service.ts';");
  const { CacheService } = await import(pathToFileURL(serviceModule).href);
  const service = await CacheService.start({ dir: path.join(scratch, 'store') });
  try {
    await libraryChecks();
    await cellReports(service);
  } finally {
    await service.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
