// What real jobs leave behind: Go's read-only module cache as an ordinary user, files held open,
// a process still writing, entries the job's user may not delete.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { disposeRunners, exists, expectOk, moduleProxy, newRunner, isRoot, itWhen, runCleanups, tmpfsForTest, unprivileged, warnings } from './support.js';

// Counted as skipped where we are not root (and failed in CI, see itWhen).
const itAsRoot = itWhen(isRoot, 'creating files the job user cannot delete needs root');

afterEach(() => {
  disposeRunners();
  runCleanups();
});

describe('as an ordinary user, like GitHub-hosted runners', () => {
  it("removes Go's read-only module cache that rm -rf cannot", async () => {
    const runAs = unprivileged();
    const runner = newRunner({ runAs });
    const proxy = moduleProxy(path.join(runner.base, 'proxy'));
    Object.assign(runner.env, { GOPROXY: proxy, GOSUMDB: 'off' });
    const main = await runner.main({ redirect: 'GOMODCACHE' });
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    const step = await runner.step(
      [
        'id -u',
        'mkdir -p "$TMPDIR/mod" && cd "$TMPDIR/mod"',
        'printf "module m\\n\\ngo 1.19\\n\\nrequire example.com/dep v1.0.0\\n" > go.mod',
        'go mod download example.com/dep',
        'stat -c %a "$GOMODCACHE/example.com/dep@v1.0.0"',
        // Proof that this is the hard case: a plain rm -rf as this user fails on it.
        'cp -a "$GOMODCACHE" "$TMPDIR/copy" && if rm -rf "$TMPDIR/copy" 2>/dev/null; then echo rm-ok; else echo rm-failed; fi',
      ].join('\n'),
    );
    expectOk(step);
    const [uid, mode, rm] = step.stdout.trim().split('\n');
    expect(Number(uid)).not.toBe(0);
    expect(mode).toBe('555');
    expect(rm).toBe('rm-failed');
    const post = await runner.post();
    expectOk(post);
    expect(warnings(post)).toEqual([]);
    expect(exists(jobDir)).toBe(false);
    expect(runner.summary).toMatch(/\| `go-mod` \| \d+ \|/);
  });

  itAsRoot('reports entries it may not delete (owned by root, as container steps leave them), truncating the list', async () => {
    const runner = newRunner({ runAs: unprivileged() });
    const main = await runner.main();
    const locked = path.join(main.outputs['job-dir'], 'tmp', 'from-container');
    fs.mkdirSync(locked);
    for (let i = 0; i < 3000; i++) fs.writeFileSync(path.join(locked, `f${i}`), 'x');
    const post = await runner.post();
    expectOk(post);
    expect(warnings(post)[0]).toMatch(/^Could not remove 3,000 entries of the job folder, e\.g\. .*from-container\/f\d+ \(EACCES\)/);
    // What it usually is, and what to do about it.
    const hint =
      'EACCES (permission denied) usually means entries owned by another user, such as root-owned files a container or a sudo step wrote: ' +
      'run the step that wrote them as the runner user (docker run --user), or chown them back or remove them with sudo rm -rf in a later step.';
    expect(warnings(post)[0]).toMatch(/\(EACCES\)\. EACCES \(permission denied\) usually means .* in a later step\. See the job summary\.$/);
    expect(warnings(post)[0]).toContain(hint);
    expect(runner.summary).toContain(`- … and 2,980 more (see the step log)\n\n💡 ${hint}`);
    expect(runner.summary).toContain('**Could not remove** (3,000):');
    expect(runner.summary).toContain('- … and 2,980 more (see the step log)');
    expect(post.stdout.match(/^could not remove .*from-container\/f\d+: EACCES$/gm)).toHaveLength(200);
    expect(post.stdout).toContain('… and 2,800 more not listed');
    expect(Buffer.byteLength(runner.summary)).toBeLessThan(16 * 1024);
    expect(exists(path.join(locked, 'f0'))).toBe(true);
  });
});

describe('leftover processes', () => {
  it('a file still held open does not stop cleanup (Linux frees it when the holder exits)', async () => {
    const runner = newRunner();
    const jobDir = (await runner.main()).outputs['job-dir'];
    const step = await runner.step('(exec 3>"$TMPDIR/server.log"; echo started >&3; exec sleep 30) >/dev/null 2>&1 &\necho $!');
    const pid = Number(step.stdout.trim());
    try {
      const post = await runner.post();
      expectOk(post);
      expect(exists(jobDir)).toBe(false);
    } finally {
      process.kill(pid);
    }
  });

  // Linux gives no way to keep a folder non-empty against a remover: if the writer is descheduled
  // through a whole emptying pass, cleanup wins, and that is right too. Both outcomes are checked;
  // the warning path itself is pinned down by the root-owned files above and the test below.
  const writer = 'mkdir -p "$TMPDIR/busy"; (while :; do : > "$TMPDIR/busy/f$RANDOM$RANDOM"; done) >/dev/null 2>&1 &\necho $!';
  it('a process still writing gets retries, then a warning and a summary line (or loses the race), never a failed job', async () => {
    const runner = newRunner();
    const jobDir = (await runner.main()).outputs['job-dir'];
    const pid = Number((await runner.step(writer)).stdout.trim());
    try {
      const post = await runner.post();
      expectOk(post);
      if (!warnings(post).length) {
        expect(runner.summary).toContain('✅ Job folder removed');
        expect(exists(jobDir)).toBe(false);
        return;
      }
      expect(warnings(post)[0]).toMatch(new RegExp(`^Could not remove 1 entries of the job folder, e\\.g\\. ${jobDir}/tmp/busy \\(ENOTEMPTY\\)`));
      expect(runner.summary).toContain('⚠️ Job folder only partly removed');
      expect(runner.summary).toContain('| `tmp` |');
      expect(runner.summary).toContain('⚠️ left |');
      // Everything else is gone; the marker stays so the folder can still be proven ours.
      expect(fs.readdirSync(jobDir).sort()).toEqual(['.go-ci-guard', 'tmp']);
    } finally {
      process.kill(pid);
    }
  });

  itAsRoot('fails the job for what it cannot remove only with fail-on-cleanup-error: true', async () => {
    for (const failOnError of [true, false]) {
      const runner = newRunner({ runAs: unprivileged() });
      const main = await runner.main({ 'fail-on-cleanup-error': String(failOnError) });
      const locked = path.join(main.outputs['job-dir'], 'tmp', 'from-container');
      fs.mkdirSync(locked);
      fs.writeFileSync(path.join(locked, 'f'), 'x');
      const post = await runner.post();
      expect(post.exitCode).toBe(failOnError ? 1 : 0);
      expect(post.stdout.includes('::error::Cleanup did not complete and fail-on-cleanup-error is true')).toBe(failOnError);
      fs.rmSync(locked, { recursive: true });
    }
  });
});

// Which engine a big tree gets depends on the disk (unit-tested in cleanup-engine.test.ts); here each
// is forced, on a private tmpfs so the space given back is this job's alone.
describe.each([
  ['threads', /Removal ran on the main thread and 1 worker thread\./],
  ['lanes', /Removal ran on a child process with 64 calls in flight \(its peak memory [\d.]+ MiB\)\./],
])('a big tree (removed by the %s engine)', (engine, logLine) => {
  itAsRoot('removes every file with the same safety rules, counting exactly, as an ordinary user', async () => {
    const runAs = unprivileged();
    const base = path.join(tmpfsForTest(96, runAs), 'runner');
    fs.mkdirSync(base);
    const runner = newRunner({ runAs, base, env: { GO_CI_GUARD_REMOVAL_ENGINE: engine } });
    const keep = path.join(runner.base, 'precious');
    fs.mkdirSync(keep);
    fs.writeFileSync(path.join(keep, 'keep.txt'), 'keep');
    const jobDir = (await runner.main()).outputs['job-dir'];
    // 128 folders × 40 files of 100 bytes in GOCACHE, some folders read-only or locked, links out of the job folder.
    const step = await runner.step(
      [
        'for d in $(seq 1 128); do mkdir -p "$GOCACHE/$d/deep"; for f in $(seq 1 40); do head -c 100 /dev/zero > "$GOCACHE/$d/f$f"; done; done',
        `ln -s "${keep}" "$GOCACHE/77/deep/link-out"; ln -s "${keep}/keep.txt" "$GOCACHE/5/file-link"`,
        'chmod 555 "$GOCACHE/3" "$GOCACHE/100/deep"; chmod 000 "$GOCACHE/50" "$GOCACHE/120/deep"',
      ].join('\n'),
    );
    expectOk(step);
    const post = await runner.post();
    expectOk(post);
    expect(post.stdout).toMatch(logLine);
    expect(warnings(post)).toEqual([]);
    // A worker must not take ownership of the descriptors it hands the main thread.
    expect(post.stderr).not.toContain('unmanaged mode');
    expect(exists(jobDir)).toBe(false);
    expect(fs.readFileSync(path.join(keep, 'keep.txt'), 'utf8')).toBe('keep');
    // 5120 files + 2 links; the space given back is at least their 512,000 bytes (a page each on tmpfs).
    const row = /\| `go-build` \| 5,122 \| ([\d.]+) (KiB|MiB) \|/.exec(runner.summary);
    expect(row).not.toBeNull();
    expect(Number(row![1]) * (row![2] === 'MiB' ? 1024 : 1)).toBeGreaterThanOrEqual(500);
  });
});
