// The self-hosted runner's job hooks (hooks/job-started.sh, job-completed.sh) through the local
// runner's hook protocol: a workflow guarded by the hooks alone, and with the action as a step too.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { disposeRunners, exists, expectOk, moduleProxy, newRunner, runCleanups, unprivileged, warnings } from './support.js';
import { host, hookedRunner, jobFolders, stateDir } from './hook-support.js';

afterEach(() => {
  disposeRunners();
  runCleanups();
});

describe('guarded by the hooks alone, as an ordinary user', () => {
  it('a workflow with no uses: step gets its folder, a cgo build in it, and a clean finish', async () => {
    const runAs = unprivileged();
    const h = host(runAs);
    try {
      const runner = hookedRunner(h, runAs, { GO_CI_GUARD_REDIRECT: 'GOMODCACHE' });
      const proxy = moduleProxy(path.join(runner.base, 'proxy'));
      const started = await runner.startJob();
      expectOk(started!);
      const [jobDir] = jobFolders(h.root).map((n) => path.join(h.root, n));
      expect(runner.env.GO_CI_GUARD_JOB_DIR).toBe(jobDir);
      expect(runner.env.GOCACHE).toBe(path.join(jobDir, 'go-build'));
      expect(started!.stdout).toContain('Checking free space');

      Object.assign(runner.env, { GOPROXY: proxy, GOSUMDB: 'off' });
      const build = await runner.step(
        [
          'id -u',
          'CGO_ENABLED=1 go build -o "$TMPDIR/hello" . && "$TMPDIR/hello"',
          'mkdir -p "$TMPDIR/mod" && cd "$TMPDIR/mod"',
          'printf "module m\\n\\ngo 1.19\\n\\nrequire example.com/dep v1.0.0\\n" > go.mod',
          'go mod download example.com/dep && stat -c %a "$GOMODCACHE/example.com/dep@v1.0.0"',
        ].join('\n'),
      );
      expectOk(build);
      const lines = build.stdout.trim().split('\n');
      expect(Number(lines[0])).not.toBe(0);
      expect(lines.at(-1)).toBe('555');
      expect(fs.readdirSync(path.join(jobDir, 'go-build')).length).toBeGreaterThan(0);

      const completed = await runner.completeJob();
      expectOk(completed!);
      expect(warnings(completed!)).toEqual([]);
      expect(exists(jobDir)).toBe(false);
      expect(runner.summary).toContain('✅ Job folder removed');
      expect(runner.summary).toMatch(/\| `go-mod` \| \d+ \|/);
      expect(fs.readdirSync(stateDir(h))).toEqual([]);
    } finally {
      h.dispose();
    }
  });

  it('a bad setting fails job-started, naming the variable, and leaves nothing behind', async () => {
    const h = host();
    try {
      const runner = hookedRunner(h, undefined, { GO_CI_GUARD_MIN_FREE: '12 parsecs' });
      const started = await runner.startJob();
      expect(started!.exitCode).not.toBe(0);
      expect(started!.annotations.map((a) => a.message).join('\n')).toMatch(/Setting GO_CI_GUARD_MIN_FREE has an invalid value "12 parsecs"/);
      expect(jobFolders(h.root)).toEqual([]);
      const completed = await runner.completeJob();
      expectOk(completed!);
      expect(runner.summary).toContain('Nothing to clean up');
    } finally {
      h.dispose();
    }
  });
});

describe('hooks and the action together', () => {
  it('the job gets one folder: main uses the hook’s, post leaves it to job-completed', async () => {
    const h = host();
    try {
      const runner = hookedRunner(h, undefined);
      expectOk((await runner.startJob())!);
      const [hookDir] = jobFolders(h.root).map((n) => path.join(h.root, n));
      const main = await runner.main({ redirect: 'GOMODCACHE' });
      expectOk(main);
      expect(main.outputs['job-dir']).toBe(hookDir);
      expect(main.stdout).toContain("the runner's job-started hook made it");
      expect(runner.env.GOMODCACHE).toBe(path.join(hookDir, 'go-mod'));
      expect(jobFolders(h.root)).toHaveLength(1);
      expect(jobFolders(runner.runnerTemp)).toEqual([]);
      expectOk(await runner.step('CGO_ENABLED=1 go build -o "$TMPDIR/hello" . && "$TMPDIR/hello"'));
      const post = await runner.post();
      expectOk(post);
      expect(exists(hookDir)).toBe(true);
      expect(runner.summary).toContain("the runner's job-completed hook made the job folder and removes it after the job");
      expectOk((await runner.completeJob())!);
      expect(exists(hookDir)).toBe(false);
      expect(jobFolders(h.root)).toEqual([]);
    } finally {
      h.dispose();
    }
  });

  it('main makes its own folder when GO_CI_GUARD_JOB_DIR names a folder of another job', async () => {
    const h = host();
    try {
      const other = hookedRunner(h, undefined);
      expectOk((await other.startJob())!);
      const runner = newRunner({ env: { GO_CI_GUARD_JOB_DIR: other.env.GO_CI_GUARD_JOB_DIR } });
      const main = await runner.main();
      expectOk(main);
      expect(main.outputs['job-dir']).not.toBe(other.env.GO_CI_GUARD_JOB_DIR);
      expect(main.stdout).toContain('which is not this job');
      expectOk(await runner.post());
      expect(exists(other.env.GO_CI_GUARD_JOB_DIR)).toBe(true);
      expectOk((await other.completeJob())!);
    } finally {
      h.dispose();
    }
  });
});

describe('faults of the set-up', () => {
  it('without a node, job-started fails naming GO_CI_GUARD_NODE, and job-completed only warns', async () => {
    const h = host();
    try {
      const runner = hookedRunner(h, undefined, { GO_CI_GUARD_NODE: '/nonexistent/node' });
      const started = await runner.startJob();
      expect(started!.exitCode).toBe(1);
      expect(started!.annotations.map((a) => `${a.level}: ${a.message}`)).toEqual([
        'error: Go CI Guard: GO_CI_GUARD_NODE is "/nonexistent/node", which is not an executable file: set it to the path of a Node.js 20 or later in the runner\'s .env',
      ]);
      const completed = await runner.completeJob();
      expectOk(completed!);
      expect(warnings(completed!)).toEqual([
        'Go CI Guard: the job folder was not cleaned up (the next job\'s start removes it): GO_CI_GUARD_NODE is "/nonexistent/node", which is not an executable file: set it to the path of a Node.js 20 or later in the runner\'s .env',
      ]);
    } finally {
      h.dispose();
    }
  });

  it("job-completed leaves alone a state file that names another job's process", async () => {
    const h = host();
    try {
      const [a, b] = [hookedRunner(h, undefined), hookedRunner(h, undefined)];
      for (const r of [a, b]) expectOk((await r.startJob())!);
      const stateOf = (r: typeof a) => path.join(stateDir(h), `${r.trackingId}.json`);
      const bState = fs.readFileSync(stateOf(b));
      // As if b's key named a's state (two matrix cells without RUNNER_TRACKING_ID once could).
      fs.copyFileSync(stateOf(a), stateOf(b));
      const completed = await b.completeJob();
      expectOk(completed!);
      expect(warnings(completed!).join('\n')).toMatch(
        /Cleanup skipped, nothing was deleted: the hooks' state file .* belongs to another job \(its job's process is \d+, this job's \d+\)/,
      );
      expect(exists(a.env.GO_CI_GUARD_JOB_DIR)).toBe(true);
      expectOk((await a.completeJob())!);
      expect(exists(a.env.GO_CI_GUARD_JOB_DIR)).toBe(false);
      // b's own folder and state stay for the janitor; put b's state back and let it finish as it would have.
      fs.writeFileSync(stateOf(b), bState);
      expect(exists(b.env.GO_CI_GUARD_JOB_DIR)).toBe(true);
      fs.rmSync(b.env.GO_CI_GUARD_JOB_DIR, { recursive: true, force: true });
      expect(jobFolders(h.root)).toEqual([]);
    } finally {
      h.dispose();
    }
  });
});
