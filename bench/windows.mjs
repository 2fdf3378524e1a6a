// Windows under wine (issue 14), each part against a baseline in the same run, through the local
// runner's Windows mode (Node for Windows 22 started by the job's Runner.Worker.exe):
// 1. an empty job: main + post with default inputs and go.exe on PATH, against two bare
//    `node.exe -e ""` steps;
// 2. cleanup: post removing a GOCACHE-shaped tree of FILES files, against Windows' own
//    `cmd /c rmdir /s /q` of an identical copy (both under wine) and the host's `rm -rf` of another;
// 3. a file held open for HOLD_S seconds: how long after its release post had it removed.
// Knobs: REPS (default 5; cleanup runs at most 2), FILES (default 10000), HOLD_S (default 2). Reports only; skipped (exit 0)
// where wine or Node for Windows is missing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSource, buildGoCacheTree, fmtInt, fmtMs, fmtRatio, intFromEnv, log, median, projectDir } from './common.mjs';

const reps = intFromEnv('REPS', 5, 1);
const files = intFromEnv('FILES', 10_000, 1);
const holdS = intFromEnv('HOLD_S', 2, 1);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-bench-windows-'));
const harnessJs = await bundleSource(
  path.join(scratch, 'harness.mjs'),
  `export { LocalRunner } from './harness/local-runner.ts';
   export { addWindowsGo, prepareWindowsHost, windowsHostMissing, toWindowsPath } from './harness/windows-host.ts';`,
);
const { LocalRunner, addWindowsGo, prepareWindowsHost, windowsHostMissing, toWindowsPath } = await import(pathToFileURL(harnessJs).href);

const missing = windowsHostMissing();
if (missing) {
  log(`windows bench skipped: ${missing}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}
const host = prepareWindowsHost();
const runners = [];

function newRunner() {
  const runner = LocalRunner.create({ actionDir: projectDir, base: fs.mkdtempSync(path.join(scratch, 'runner-')), windows: host });
  runners.push(runner);
  addWindowsGo(runner, host);
  return runner;
}

const ok = (step) => {
  if (step.exitCode !== 0) throw new Error(`${step.name} exited ${step.exitCode}\n${step.stdout}\n${step.stderr}`);
  return step;
};
async function timed(fn) {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
}

try {
  // 1. The empty job, interleaved with its baseline.
  const job = [];
  const bare = [];
  for (let i = 0; i < reps; i++) {
    const runner = newRunner();
    const node = toWindowsPath(host.node);
    bare.push((await timed(async () => [ok(await runner.windowsStep(node, ['-e', ''])), ok(await runner.windowsStep(node, ['-e', '']))])).ms);
    job.push((await timed(async () => [ok(await runner.main()), ok(await runner.post())])).ms);
    await runner.completeJob();
  }
  log(
    `empty job under wine (medians of ${reps}): main+post ${fmtMs(median(job))}; two bare node.exe starts ${fmtMs(median(bare))}; ratio ${fmtRatio(median(job) / median(bare))}`,
  );

  // 2. Cleanup of a GOCACHE-shaped tree.
  const template = path.join(scratch, 'template');
  await buildGoCacheTree(template, { files, minSize: 8 * 1024, spread: 5 * 1024 });
  const copy = (to) => execFileSync('cp', ['-a', template, to]) && execFileSync('sync');
  const post = [];
  const rmdir = [];
  const rmrf = [];
  for (let i = 0; i < Math.min(reps, 2); i++) {
    const runner = newRunner();
    ok(await runner.main());
    const gocache = runner.hostPath(runner.env.GOCACHE);
    fs.rmSync(gocache, { recursive: true, force: true });
    copy(gocache);
    post.push((await timed(async () => ok(await runner.post()))).ms);
    if (fs.existsSync(gocache)) throw new Error('post left GOCACHE behind');
    const other = path.join(runner.base, 'rmdir-copy');
    copy(other);
    rmdir.push((await timed(async () => ok(await runner.windowsStep('cmd.exe', ['/c', `rmdir /s /q ${toWindowsPath(other)}`])))).ms);
    if (fs.existsSync(other)) throw new Error('rmdir /s /q left its copy behind');
    const third = path.join(runner.base, 'rm-copy');
    copy(third);
    rmrf.push((await timed(async () => execFileSync('rm', ['-rf', third]))).ms);
    await runner.completeJob();
  }
  const [p, d, r] = [median(post), median(rmdir), median(rmrf)];
  log(`cleanup of ${fmtInt(files)} files (medians of ${post.length}): post ${fmtMs(p)}; cmd /c rmdir /s /q under wine ${fmtMs(d)}; host rm -rf ${fmtMs(r)}`);
  log(`  post/rmdir ${fmtRatio(p / d)}, post/rm -rf ${fmtRatio(p / r)}`);

  // 3. A file held HOLD_S seconds while post runs.
  const runner = newRunner();
  ok(await runner.main());
  const held = `${runner.env.TEMP}\\held.log`;
  const holdLog = path.join(runner.base, 'hold.log');
  await runner.windowsStep(host.jobtool, ['hold', held, String(holdS)], { background: holdLog });
  while (!(fs.existsSync(holdLog) && fs.readFileSync(holdLog, 'utf8').includes('holding'))) await new Promise((r) => setTimeout(r, 50));
  const released = Date.now() + holdS * 1000;
  const { ms } = await timed(async () => ok(await runner.post()));
  const removed = !fs.existsSync(runner.hostPath(held));
  log(`a file held ${holdS} s: post took ${fmtMs(ms)}, ${removed ? 'removed it' : 'left it'}; post ended ${fmtMs(Date.now() - released)} after the release`);
  await runner.completeJob();
} finally {
  for (const runner of runners) runner.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
}
