// Disk guarding end to end through the runner harness, on small tmpfs mounts the tests make: the
// free-space thresholds, the sampler across job steps (also through a full disk), the leak report,
// deleted files still held open, and the automatic root.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DiskReport } from '../../src/disk/report.js';
import { SLOT_COUNT, SLOT_SIZE, blankFile, decodeSamples } from '../../src/disk/sample-file.js';
import {
  actionNode,
  disposeRunners,
  errors,
  exists,
  expectOk,
  newRunner,
  onCleanup,
  processesMentioning,
  repoRoot,
  isRoot,
  itWhen,
  runCleanups,
  samplersOf,
  tmpfsForTest,
  unprivileged,
  warnings,
} from './support.js';

// Counted as skipped where we are not root (and failed in CI, see itWhen).
const itAsRoot = itWhen(isRoot, 'mounting a tmpfs needs root');

const MiB = 1024 * 1024;
afterEach(() => {
  disposeRunners();
  runCleanups();
});

function readReport(file: string): { disk: DiskReport } {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { disk: DiskReport };
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (condition()) return true;
  return condition();
}

describe('free-space thresholds in main', () => {
  itAsRoot('fails below min-free naming the filesystem, free and needed space and the biggest consumers; warns below warn-free; passes above', async () => {
    const small = tmpfsForTest(32);
    const home = path.join(small, 'home');
    fs.mkdirSync(path.join(home, '.cache', 'wasmtime'), { recursive: true });
    fs.mkdirSync(path.join(home, '.cache', 'go-build'));
    fs.writeFileSync(path.join(home, '.cache', 'wasmtime', 'modules.bin'), Buffer.alloc(16 * MiB, 1));
    fs.writeFileSync(path.join(home, '.cache', 'go-build', 'entry'), Buffer.alloc(2 * MiB, 1));

    const failing = newRunner({ runnerTemp: path.join(small, 'temp'), home });
    const main = await failing.main({ 'min-free': '16MiB' });
    expect(main.exitCode).toBe(1);
    const message = errors(main).join('\n');
    expect(message).toMatch(
      new RegExp(`Free space on ${small} \\(holds the job folder, HOME\\) is 1[0-4]\\.\\d MiB of 32\\.0 MiB, below min-free 16MiB \\(16\\.0 MiB needed\\)\\.`),
    );
    expect(message).toContain(`Biggest consumers (space on disk): ${home}/.cache/wasmtime 16.0 MiB, ${home}/.cache/go-build 2.00 MiB.`);
    expect(message).toContain('Free some space (remove the folders named) or lower min-free.');
    expectOk(await failing.post());
    expect(failing.summary).toContain(`❌ \`${small}\` was below min-free 16MiB (16.0 MiB) when main ran`);
    expect(failing.summary).toMatch(new RegExp(`\\| \`${home}/.cache/wasmtime\` \\| HOME's cache \\| 16.0 MiB \\|`));

    const warned = newRunner({ runnerTemp: path.join(small, 'temp2'), home });
    const warnMain = await warned.main({ 'warn-free': '20MiB' });
    expectOk(warnMain);
    expect(warnings(warnMain)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Free space on ${small} .* below warn-free 20MiB \\(20\\.0 MiB needed\\)\\. Biggest consumers \\(space on disk\\): ${home}/.cache/wasmtime`,
        ),
      ),
    ]);
    expectOk(await warned.post());

    const passing = newRunner({ runnerTemp: path.join(small, 'temp3'), home });
    const passMain = await passing.main({ 'min-free': '8MB', 'warn-free': '10%' });
    expectOk(passMain);
    expect(warnings(passMain)).toEqual([]);
    expect(passMain.stdout).toMatch(new RegExp(`${small} \\(job folder, HOME\\): 1[0-4]\\.\\d MiB free of 32\\.0 MiB`));
    expectOk(await passing.post());
  });
});

describe('the sampler across the job', () => {
  itAsRoot('records a job step that fills the folder: the lowest free space, the peak folder and the chart; no sampler is left', async () => {
    const disk = tmpfsForTest(64);
    const runner = newRunner({ runnerTemp: path.join(disk, 'temp') });
    const main = await runner.main({ 'sample-interval': '0.2' });
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    expect(samplersOf(jobDir)).toHaveLength(1);
    // The step waits until the sampler has measured the folder (folder sizes are measured less often than free space).
    const samples = path.join(jobDir, '.go-ci-guard-samples');
    const fill = [
      'head -c 25165824 /dev/zero > "$TMPDIR/big.bin"',
      `for i in $(seq 600); do grep -q '"tmp":2[5-9][0-9]\\{6\\}' "${samples}" && break; sleep 0.1; done`,
      'sleep 0.5',
      'rm "$TMPDIR/big.bin"',
      'sleep 1',
    ];
    expectOk(await runner.step(fill.join('\n')));
    const post = await runner.post();
    expectOk(post);
    expect(processesMentioning(jobDir)).toEqual([]);

    const { disk: report } = readReport(main.outputs.report);
    const fsReport = report.filesystems.find((f) => f.mount === disk)!;
    expect(fsReport.roles).toEqual(['job folder']);
    expect(fsReport.before - fsReport.lowest).toBeGreaterThanOrEqual(24 * MiB);
    expect(fsReport.series.filter((p) => p.free <= fsReport.before - 24 * MiB).length).toBeGreaterThanOrEqual(3);
    expect(fsReport.after! - fsReport.lowest).toBeGreaterThanOrEqual(24 * MiB);
    expect(report.growers.find((g) => g.folder === 'tmp')!.peak).toBeGreaterThanOrEqual(24 * MiB);
    expect(report.sampler).toMatchObject({ intervalMs: 200, how: 'stopped', end: 'stopped by post', writeErrors: 0 });
    expect(report.sampler.records).toBeGreaterThanOrEqual(10);

    // 39.5 of 64 MiB reads as a lower bar (▅) between full ones (a sample during the write may add one between).
    expect(runner.summary).toMatch(
      new RegExp(`\\| \`${disk}\` \\| job folder \\| 64\\.0 MiB \\| 3\\d\\.\\d MiB at [\\d.]+ m?s \\| 6\\d\\.\\d MiB \\| █[▁-█]*▅[▁-█]*█ \\|`),
    );
    expect(runner.summary).toContain(`\`\`\`mermaid\nxychart-beta\n  title "Free space on ${disk} (MiB)"`);
    // The end is post's own count before cleanup, so it agrees with the cleanup table: the step emptied tmp.
    expect(runner.summary).toMatch(/Biggest folders in the job folder \(space on disk\): `tmp` peak 24\.\d MiB, at the end 0 B[;.]/);
    expect(runner.summary).toContain('| `tmp` | 0 | 0 B |');
    expect(report.growers.find((g) => g.folder === 'tmp')!.end).toBe(0);
  });

  itAsRoot('keeps recording through a full disk; post still cleans up and reports', async () => {
    const disk = tmpfsForTest(16);
    const runner = newRunner({ runnerTemp: path.join(disk, 'temp') });
    const main = await runner.main({ 'sample-interval': '0.2' });
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    const fill = await runner.step(
      'if dd if=/dev/zero of="$TMPDIR/fill" bs=64k 2>"$HOME/dd.err"; then echo "disk never filled"; exit 1; fi\ngrep -q "No space left on device" "$HOME/dd.err"\nsleep 3',
    );
    expectOk(fill);
    expect(samplersOf(jobDir)).toHaveLength(1);
    const post = await runner.post();
    expectOk(post);
    expect(exists(jobDir)).toBe(false);
    expect(processesMentioning(jobDir)).toEqual([]);
    expect(runner.summary).toContain('✅ Job folder removed: reclaimed **');

    const { disk: report } = readReport(main.outputs.report);
    const fsReport = report.filesystems.find((f) => f.mount === disk)!;
    expect(fsReport.lowest).toBe(0);
    // Samples went on being written while the disk was full.
    expect(fsReport.series.filter((p) => p.free === 0).length).toBeGreaterThanOrEqual(5);
    expect(report.sampler).toMatchObject({ how: 'stopped', end: 'stopped by post', writeErrors: 0 });
    expect(fsReport.after).toBeGreaterThan(14 * MiB);
    expect(runner.summary).toMatch(
      new RegExp(`\\| \`${disk}\` \\| job folder \\| [\\d.]+ MiB \\| 0 B at [\\d.]+ m?s \\| 1[56]\\.\\d MiB \\| █[▁-█]*▁[▁-█]*█ \\|`),
    );
  });

  it('stops by itself when a job step removes the job folder, and takes no samples with sample-interval 0', async () => {
    const runner = newRunner();
    const main = await runner.main({ 'sample-interval': '0.2' });
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    expect(samplersOf(jobDir)).toHaveLength(1);
    expectOk(await runner.step(`rm -rf "${jobDir}"`));
    expect(await until(() => processesMentioning(jobDir).length === 0, 3000)).toBe(true);
    const post = await runner.post();
    expectOk(post);
    expect(runner.summary).toContain('ℹ️ Job folder was already gone');

    const quiet = newRunner();
    const quietMain = await quiet.main({ 'sample-interval': '0' });
    expectOk(quietMain);
    expect(processesMentioning(quietMain.outputs['job-dir'])).toEqual([]);
    expectOk(await quiet.post());
    expect(quiet.summary).toContain('No samples during the job (sample-interval: 0, or the sampler did not start).');
  });

  it('stops by itself when the runner process is gone', async () => {
    // The sampler as main starts it, but with a stand-in runner process that ends after a second.
    const jobDir = fs.mkdtempSync(path.join('/tmp', 'go-ci-guard-sampler-test-'));
    onCleanup(() => fs.rmSync(jobDir, { recursive: true, force: true }));
    fs.writeFileSync(path.join(jobDir, '.go-ci-guard'), JSON.stringify({ token: 't' }));
    const samplesFile = path.join(jobDir, 'samples');
    fs.writeFileSync(samplesFile, blankFile());
    const fakeRunner = spawn('sleep', ['1'], { stdio: 'ignore' });
    const config = {
      jobDir,
      token: 't',
      samplesFile,
      stopFile: path.join(jobDir, 'stop'),
      watch: [jobDir],
      intervalMs: 100,
      parentPid: fakeRunner.pid,
      maxLifetimeMs: 60_000,
      scanBudget: 0.005,
    };
    fs.writeFileSync(path.join(jobDir, 'config.json'), JSON.stringify(config));
    const sampler = spawn(actionNode, [path.join(repoRoot, 'dist', 'sampler.js'), path.join(jobDir, 'config.json')], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => sampler.on('exit', resolve));
    expect(await exited).toBe(0);
    const records = decodeSamples(fs.readFileSync(samplesFile));
    expect(fs.statSync(samplesFile).size).toBe(SLOT_COUNT * SLOT_SIZE);
    expect(records.length).toBeGreaterThanOrEqual(5);
    expect(records.at(-1)!.end).toBe('runner gone');
  });
});

describe('what post finds after the job', () => {
  it("names tools that wrote to HOME's cache despite the redirect, with the bytes they added", async () => {
    const runAs = unprivileged();
    const runner = newRunner({ runAs });
    fs.mkdirSync(path.join(runner.home, '.cache', 'go-build'), { recursive: true });
    fs.writeFileSync(path.join(runner.home, '.cache', 'go-build', 'old'), Buffer.alloc(MiB, 1));
    fs.mkdirSync(path.join(runner.home, '.cache', 'golangci-lint'));
    if (runAs) execFileSync('chown', ['-R', `${runAs.uid}:${runAs.gid}`, path.join(runner.home, '.cache')]);
    expectOk(await runner.main());
    expectOk(
      await runner.step(
        [
          'mkdir -p "$HOME/.cache/rogue-tool" && head -c 3145728 /dev/urandom > "$HOME/.cache/rogue-tool/blob"',
          'head -c 2097152 /dev/urandom > "$HOME/.cache/golangci-lint/entry"',
          'mkdir -p "$HOME/.cache/tiny" && echo small > "$HOME/.cache/tiny/x"',
          'mkdir -p "$XDG_CACHE_HOME/polite-tool" && head -c 1048576 /dev/zero > "$XDG_CACHE_HOME/polite-tool/blob"',
        ].join('\n'),
      ),
    );
    const post = await runner.post();
    expectOk(post);
    const cache = path.join(runner.home, '.cache');
    expect(warnings(post)).toEqual([
      `Tools wrote 5.00 MiB (space on disk) to HOME's cache during the job, ignoring XDG_CACHE_HOME: ${cache}/rogue-tool +3.00 MiB, ${cache}/golangci-lint +2.00 MiB. It stays after the job; see the job summary.`,
    ]);
    expect(runner.summary).toContain("**⚠️ Written to HOME's cache despite XDG_CACHE_HOME pointing into the job folder**, so it outlives the job:");
    expect(runner.summary).toContain(
      `- \`${cache}/rogue-tool\` +3.00 MiB (0 B → 3.00 MiB)\n- \`${cache}/golangci-lint\` +2.00 MiB (4.00 KiB → 2.00 MiB) · redirect: GOLANGCI_LINT_CACHE`,
    );
    expect(runner.summary).not.toContain('tiny');
    expect(runner.summary).not.toContain('go-build` +');
  });

  it('lists a deleted file a leftover process still holds in the job folder, with its pid; says what it may not inspect', async () => {
    const runAs = unprivileged();
    const runner = newRunner({ runAs });
    const main = await runner.main();
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    const pidFile = path.join(runner.home, 'held.pid');
    const start = await runner.step(
      [
        `nohup bash -c 'exec 3>"$TMPDIR/qemu.img"; head -c 3145728 /dev/zero >&3; echo $$ > "${pidFile}.tmp"; mv "${pidFile}.tmp" "${pidFile}"; exec sleep 120' >/dev/null 2>&1 &`,
        `for i in $(seq 100); do [ -s "${pidFile}" ] && break; sleep 0.05; done`,
      ].join('\n'),
    );
    expectOk(start);
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    onCleanup(() => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    });
    const post = await runner.post();
    expectOk(post);
    const held = `${jobDir}/tmp/qemu.img`;
    expect(warnings(post)).toContain(
      `3.00 MiB of disk space stay in use after cleanup: ${held} was deleted but is still open in pid ${pid} (sleep 120). Stop that process to get the space back.`,
    );
    expect(runner.summary).toContain('**⚠️ Space held by deleted files: 3.00 MiB** (comes back only when these processes end):');
    expect(runner.summary).toContain(`| ${pid} | \`sleep 120\` | \`${held}\` | 3.00 MiB |`);
    if (runAs) expect(runner.summary).toMatch(/Held deleted files: \d+ processes of other users could not be inspected \(not permitted\)\./);
  });
});
