// Benchmark for Go CI Guard's cleanup (dist/post.js) on three filesystems, and for the cost of an empty job.
//
//   npm run bench                                      bundle, then run with the defaults below
//   FILES=20000 ROUNDS=1 node bench/run.mjs            a quick run on a smaller tree
//   FILESYSTEMS=disk node bench/run.mjs                only this machine's disk
//
// Cleanup: on each filesystem (bench/fs-mounts.mjs: the scratch folder's own disk; a tmpfs; a
// journaled ext4 loop image — the last two need root and are reported as skipped without it) a
// GOCACHE-shaped template is built, then per round each contender (bench/contenders.mjs) removes a
// fresh `cp -a` copy made just before it and `sync`ed: `rm -rf`; @actions/io rmRF (Node's fs.rm) in a
// node child; the action's post with a crafted state, under the bench's node and under the action's
// Node 24 (GCG_ACTION_NODE, else .tools/node24 as .ci/run installs it); and `du -sb` as the
// reference. The order rotates per round; medians are reported, with post's peak RSS.
//
// Empty job (bench/empty-job.mjs): main + post with every input at its action.yml default (checks on:
// `go env -json`; cgo-probe and cache off), on the action's node, against two bare `node -e ""` on
// the same node and against `go env -json` alone, interleaved.
//
// Environment:
//   BENCH_DIR    scratch folder (default: <os.tmpdir()>/gcg-bench); a fresh run-* folder is made in it
//                and removed at the end, BENCH_DIR itself only if this run created it
//   FILES        files in the GOCACHE-shaped template (default 100000, ~11 KB each, 256 folders 00..ff)
//   ROUNDS       rounds of the removal contenders per filesystem, order rotating (default 3)
//   FILESYSTEMS  comma-separated, of disk,tmpfs,ext4 (default: all three)
//   EMPTY_REPS   repetitions of the empty-job measurement (default 10)
//   GCG_ACTION_NODE  the node to run the action on besides the bench's own (default: .tools/node24)
//
// It reports; the targets in the summary are "met" or "not met" and never change the exit code. The
// exit code is non-zero only when something broke (a contender failed or left its copy behind, post
// did not remove the job folder or wrote no summary line, a mount failed, main saved no state, …).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contenderList, runContender } from './contenders.mjs';
import { buildGoCacheTree, findActionNode, fmtBytes, fmtInt, fmtMs, intFromEnv, log, must, projectDir, stopProcesses } from './common.mjs';
import { emptyJob } from './empty-job.mjs';
import { FS_NAMES, parseFilesystems, prepareFilesystem, teardown, teardownAllSync } from './fs-mounts.mjs';
import { printCleanupTable, printEmptyJob, printPostReports, printSummary } from './report.mjs';

const POST_JS = path.join(projectDir, 'dist', 'post.js');
const MAIN_JS = path.join(projectDir, 'dist', 'main.js');

const FILES = intFromEnv('FILES', 100_000, 1);
const ROUNDS = intFromEnv('ROUNDS', 3, 1);
const EMPTY_REPS = intFromEnv('EMPTY_REPS', 10, 1);
const FILESYSTEMS = parseFilesystems(process.env.FILESYSTEMS);
const BENCH_DIR = path.resolve(process.env.BENCH_DIR || path.join(os.tmpdir(), 'gcg-bench'));
const MIN_SIZE = 8 * 1024; // file sizes are MIN_SIZE + [0, SIZE_SPREAD): mean 10.5 KiB ≈ 10.75 KB
const SIZE_SPREAD = 5 * 1024;

// ---------------------------------------------------------------------------------------------
// Scratch space and cleanup

let createdBenchDir = false;
let base; // BENCH_DIR/run-XXXXXX: everything this run writes lives here (mounts included)
const problems = []; // things that broke: any entry makes the exit code non-zero

/** Unmounts what is still mounted, then removes the scratch folder. Returns what went wrong unmounting. */
function cleanupSync() {
  const unmountProblems = teardownAllSync(); // first: the removal below must not reach into a mount
  problems.push(...unmountProblems);
  if (!base) return unmountProblems;
  const dir = base;
  base = undefined;
  spawnSync('rm', ['-rf', '--one-file-system', '--', dir], { stdio: 'ignore' });
  if (createdBenchDir) {
    try {
      fs.rmdirSync(BENCH_DIR); // only if empty: never removes anything this run did not create
    } catch {
      // not empty or already gone
    }
  }
  return unmountProblems;
}

// Last resort: an uncaught error (EPIPE when stdout is closed, say) still unmounts and removes the scratch folder.
process.on('exit', cleanupSync);

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${sig}: stopping, unmounting and removing the scratch folder ${base ?? ''}`);
    await stopProcesses(); // let it stop writing before its filesystem goes, but do not hang on it
    for (const p of cleanupSync()) console.log(`  - ${p}`);
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// One filesystem: template, then ROUNDS rounds of every contender

/** Space and inodes one filesystem needs: the template and one copy (4 KiB blocks), with room to spare. */
function needs() {
  const meanBlocks = FILES * (Math.ceil((MIN_SIZE + SIZE_SPREAD / 2) / 4096) + 0.25) * 4096 + 257 * 4096;
  return { bytes: Math.ceil(2.2 * meanBlocks) + 128 * 1024 ** 2, inodes: 2 * (FILES + 257) + 4096 };
}

async function benchFilesystem(kind, contenders, { home, workspace }) {
  const name = FS_NAMES[kind];
  const out = { kind, name, byKey: Object.fromEntries(contenders.map((c) => [c.key, { ms: [], rss: [], post: [] }])) };
  let prepared;
  try {
    prepared = prepareFilesystem(kind, base, needs());
  } catch (err) {
    problems.push(`${name}: could not prepare it: ${err.message}`);
    log(`${name}: skipped: could not prepare it: ${err.message}`);
    return { ...out, skipped: `could not prepare it: ${err.message}` };
  }
  if (prepared.skipped) {
    log(`${name}: skipped: ${prepared.skipped}`);
    return { ...out, skipped: prepared.skipped };
  }
  out.info = prepared.info;
  try {
    log(`${name}: ${prepared.info}`);
    log(`${name}: building the template (${fmtInt(FILES)} files)…`);
    const template = path.join(prepared.dir, 'template');
    const tb = performance.now();
    out.fileBytes = await buildGoCacheTree(template, {
      files: FILES,
      minSize: MIN_SIZE,
      spread: SIZE_SPREAD,
      progress: (done) => log(`  template: ${fmtInt(done)} / ${fmtInt(FILES)} files`),
    });
    await must('sync', []);
    log(`${name}: template ready, ${fmtInt(out.fileBytes)} bytes of file data, in ${fmtMs(performance.now() - tb)}`);
    const logDir = path.join(base, 'logs', kind);
    fs.mkdirSync(logDir, { recursive: true });
    for (let round = 1; round <= ROUNDS; round++) {
      const order = contenders.map((_, i) => contenders[(i + round - 1) % contenders.length]);
      log(`${name}, round ${round}/${ROUNDS}: ${order.map((c) => c.key).join(', ')}`);
      for (const c of order) {
        const r = await runContender(c, { fsDir: prepared.dir, template, tag: `${kind}-${c.key}-r${round}`, logDir, home, workspace });
        const rec = out.byKey[c.key];
        rec.ms.push(r.ms);
        if (r.rss !== undefined) rec.rss.push(r.rss);
        if (r.post) rec.post.push(r.post);
        if (r.duBytes !== undefined) Object.assign(out, { duBytes: r.duBytes, duAllocated: r.duAllocated });
        problems.push(...r.problems);
      }
    }
  } finally {
    log(`${name}: ${prepared.kind === 'disk' ? 'removing its folder' : 'unmounting'}…`);
    problems.push(...teardown(prepared));
  }
  return out;
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
  const benchNode = { path: process.execPath, version: process.version, major: Number(process.versions.node.split('.')[0]) };
  const actionNode = findActionNode();
  const isRoot = process.getuid?.() === 0;

  console.log('Go CI Guard cleanup benchmark');
  console.log(`  ${os.cpus().length} CPUs, ${os.platform()} ${os.release()}, ${isRoot ? 'root' : 'not root (tmpfs and ext4 need root)'}`);
  console.log(`  bench node ${benchNode.version} (${benchNode.path})`);
  console.log(
    actionNode.missing
      ? `  action node: Node 24 not found — ${actionNode.missing}; no "post, node 24" rows, the empty job runs on node ${benchNode.major}`
      : `  action node ${actionNode.version} (${actionNode.from}: ${actionNode.path})`,
  );
  console.log(`  scratch ${base}`);
  console.log(
    `  template: 256 folders, ${fmtInt(FILES)} files, ~${fmtBytes(FILES * (MIN_SIZE + SIZE_SPREAD / 2))}; filesystems ${FILESYSTEMS.join(', ')}; rounds ${ROUNDS}; empty-job reps ${EMPTY_REPS}`,
  );

  const home = path.join(base, 'home');
  const workspace = path.join(base, 'workspace');
  fs.mkdirSync(home);
  fs.mkdirSync(workspace);

  const contenders = contenderList({ benchNode, actionNode: actionNode.missing ? undefined : actionNode });
  const started = performance.now();
  const results = [];
  for (const kind of FILESYSTEMS) results.push(await benchFilesystem(kind, contenders, { home, workspace }));
  const cleanupMs = performance.now() - started;

  const node = actionNode.missing ? benchNode : actionNode;
  log(`Empty job: main + post on node ${node.version}, ${EMPTY_REPS} repetitions, against 2× node -e "" and go env -json…`);
  let empty;
  try {
    empty = await emptyJob({ node: node.path, mainJs: MAIN_JS, postJs: POST_JS, dir: path.join(base, 'empty'), home, workspace, reps: EMPTY_REPS, problems });
    empty.node = node;
  } catch (err) {
    problems.push(`empty job: ${err.message}`);
  }

  printCleanupTable({ results, contenders, files: FILES, rounds: ROUNDS });
  printPostReports({ results, contenders });
  printEmptyJob(empty, EMPTY_REPS);
  printSummary({ results, contenders, empty, actionNode, files: FILES });
  log(`Cleanup part took ${fmtMs(cleanupMs)}.`);
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
