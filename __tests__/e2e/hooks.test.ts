// The self-hosted runner's job hooks (hooks/job-started.sh, job-completed.sh) through the local
// runner's hook protocol, and the janitor at job start: a job killed mid-way is cleaned up by the
// next job's start; a job still running, on this runner or another on the same root, never is.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isRunning } from '../../harness/job-cleanup.js';
import type { LocalRunner, RunAs } from '../../harness/local-runner.js';
import {
  actionNode,
  disposeRunners,
  exists,
  expectOk,
  isRoot,
  moduleProxy,
  newRunner,
  repoRoot,
  runCleanups,
  tmpfsForTest,
  unprivileged,
  warnings,
} from './support.js';

afterEach(() => {
  disposeRunners();
  runCleanups();
});

const jobFolders = (root: string) => (exists(root) ? fs.readdirSync(root).filter((n) => n.startsWith('go-ci-guard-') && !n.endsWith('.json')) : []);

/**
 * A shared root and HOME for runners on one host, owned by the job user. As root the root is a tmpfs
 * of its own: space given back is read off the filesystem, which other test files move on the disk.
 */
function host(runAs?: RunAs) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-host-'));
  fs.chmodSync(base, 0o755);
  const root = isRoot ? tmpfsForTest(128, runAs) : path.join(base, 'root');
  const home = path.join(base, 'home');
  for (const dir of [root, home]) {
    fs.mkdirSync(dir, { recursive: true });
    if (runAs) fs.chownSync(dir, runAs.uid, runAs.gid);
  }
  return { base, root, home, dispose: () => fs.rmSync(base, { recursive: true, force: true }) };
}

function hookedRunner(h: ReturnType<typeof host>, runAs: RunAs | undefined, env: Record<string, string> = {}): LocalRunner {
  return newRunner({
    runAs,
    home: h.home,
    hooks: { started: 'hooks/job-started.sh', completed: 'hooks/job-completed.sh' },
    // No warn-free: the root is a small tmpfs.
    runnerEnv: { GO_CI_GUARD_NODE: actionNode, GO_CI_GUARD_ROOT: h.root, GO_CI_GUARD_WARN_FREE: '0', ...env },
    checkout: path.join(repoRoot, 'examples', 'cgo-hello'),
  });
}

// A zombie (exited, not yet reaped by whoever inherited it) counts as gone.
const processAlive = isRunning;

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
      expect(fs.readdirSync(path.join(h.home, '.local', 'state', 'go-ci-guard'))).toEqual([]);
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

describe('the janitor', () => {
  it('as an ordinary user: the next job’s start removes the folder of a job killed mid-way and stops its sampler; running jobs on the same root are untouched', async () => {
    const runAs = unprivileged();
    const h = host(runAs);
    try {
      // Three jobs on three runners sharing the host and the root; the sampler ticks slowly, so it outlives its runner for a while.
      const jobs = [0, 1, 2].map(() => hookedRunner(h, runAs, { GO_CI_GUARD_SAMPLE_INTERVAL: '60' }));
      for (const r of await Promise.all(jobs.map((j) => j.startJob()))) expectOk(r!);
      const folders = jobs.map((j) => j.env.GO_CI_GUARD_JOB_DIR);
      expect(new Set(folders).size).toBe(3);
      await Promise.all(
        jobs.map((j) => j.step('head -c 3000000 /dev/urandom > "$TMPDIR/blob" && mkdir -p "$GOCACHE/ro" && touch "$GOCACHE/ro/f" && chmod 555 "$GOCACHE/ro"')),
      );
      const samplerOf = (dir: string) => Number(fs.readFileSync(path.join(dir, '.go-ci-guard-sampler.pid'), 'utf8'));
      const killedSampler = samplerOf(folders[1]);

      jobs[1].killRunner();
      expect(exists(folders[1])).toBe(true);
      expect(processAlive(killedSampler)).toBe(true);

      const next = hookedRunner(h, runAs);
      const started = await next.startJob();
      expectOk(started!);
      const line = new RegExp(
        `${path.basename(folders[1])} \\(its job's process \\d+ is gone\\): removed, \\d+ files, ([\\d.]+) MiB; its sampler stopped`,
      ).exec(started!.stdout);
      expect(line).not.toBeNull();
      // The 3,000,000-byte blob (2.86 MiB) and the sampler's file, read off the root's own tmpfs.
      if (isRoot) expect(Number(line?.[1])).toBeGreaterThanOrEqual(2.86);
      expect(exists(folders[1])).toBe(false);
      expect(processAlive(killedSampler)).toBe(false);
      for (const i of [0, 2]) {
        expect(fs.statSync(path.join(folders[i], 'tmp', 'blob')).size).toBe(3000000);
        expect(processAlive(samplerOf(folders[i]))).toBe(true);
      }
      expect(jobFolders(h.root).sort()).toEqual([...[0, 2].map((i) => path.basename(folders[i])), path.basename(next.env.GO_CI_GUARD_JOB_DIR)].sort());

      for (const j of [jobs[0], jobs[2], next]) expectOk((await j.completeJob())!);
      expect(next.summary).toContain('🧹 **Leftovers of earlier jobs**: reclaimed');
      expect(next.summary).toContain(path.basename(folders[1]));
      expect(jobFolders(h.root)).toEqual([]);
      expect(fs.readdirSync(path.join(h.home, '.local', 'state', 'go-ci-guard'))).toEqual([]);
    } finally {
      h.dispose();
    }
  });

  it('the action’s main, without hooks, removes the folder a killed job’s main left in a shared root', async () => {
    const h = host();
    try {
      const killed = newRunner();
      const main = await killed.main({ root: h.root });
      expectOk(main);
      const leftover = main.outputs['job-dir'];
      const live = newRunner();
      const liveMain = await live.main({ root: h.root });
      expectOk(liveMain);
      expect(liveMain.stdout).not.toContain('Removing');
      killed.killRunner();

      const next = newRunner();
      const nextMain = await next.main({ root: h.root });
      expectOk(nextMain);
      expect(nextMain.stdout).toContain(`${path.basename(leftover)} (its job's process`);
      expect(exists(leftover)).toBe(false);
      expect(exists(liveMain.outputs['job-dir'])).toBe(true);
      expectOk(await next.post());
      expect(next.summary).toContain('🧹 **Leftovers of earlier jobs**');
      expectOk(await live.post());
      expect(jobFolders(h.root)).toEqual([]);
    } finally {
      h.dispose();
    }
  });

  it('two jobs that start at once after a kill: the leftover is removed once, and each keeps its own folder', async () => {
    const h = host();
    try {
      const killed = hookedRunner(h, undefined);
      expectOk((await killed.startJob())!);
      const leftover = killed.env.GO_CI_GUARD_JOB_DIR;
      expectOk(await killed.step('head -c 1000000 /dev/urandom > "$TMPDIR/blob"'));
      killed.killRunner();
      const pair = [hookedRunner(h, undefined), hookedRunner(h, undefined)];
      const started = await Promise.all(pair.map((r) => r.startJob()));
      for (const r of started) {
        expectOk(r!);
        expect(warnings(r!)).toEqual([]);
      }
      const claims = started.map((r) => /go-ci-guard-\S+ \(its job's process \d+ is gone\): (\w+)/.exec(r!.stdout)?.[1]);
      // One removed it; the other found it claimed already ("taken") or gone before its scan (no line).
      expect(claims.filter((c) => c === 'removed')).toHaveLength(1);
      expect(claims.filter((c) => c !== 'removed').every((c) => c === undefined || c === 'taken')).toBe(true);
      expect(exists(leftover)).toBe(false);
      expect(jobFolders(h.root).sort()).toEqual(pair.map((r) => path.basename(r.env.GO_CI_GUARD_JOB_DIR)).sort());
      for (const r of pair) expectOk((await r.completeJob())!);
      expect(jobFolders(h.root)).toEqual([]);
    } finally {
      h.dispose();
    }
  });

  it('home-cache-max-age removes HOME cache children unused for longer, and only those', async () => {
    const h = host();
    try {
      const cache = path.join(h.home, '.cache');
      for (const tool of ['wasmtime', 'go-build']) {
        fs.mkdirSync(path.join(cache, tool), { recursive: true });
        fs.writeFileSync(path.join(cache, tool, 'blob'), 'x'.repeat(100_000));
      }
      const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
      for (const p of [path.join(cache, 'wasmtime', 'blob'), path.join(cache, 'wasmtime')]) fs.utimesSync(p, old, old);
      const runner = hookedRunner(h, undefined, { GO_CI_GUARD_HOME_CACHE_MAX_AGE: '30' });
      const started = await runner.startJob();
      expectOk(started!);
      expect(started!.stdout).toContain(`${path.join(cache, 'wasmtime')}: unused for 40 days, removed`);
      expect(fs.readdirSync(cache)).toEqual(['go-build']);
      expectOk((await runner.completeJob())!);
      expect(runner.summary).toContain('HOME caches unused for over 30 days, removed');
    } finally {
      h.dispose();
    }
  });
});
