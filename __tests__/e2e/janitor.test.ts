// The janitor at job start: a job killed mid-way is cleaned up by the next job's start; a job still
// running, on this runner or another on the same root, never is; two janitors never share a folder.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { disposeRunners, exists, expectOk, isRoot, newRunner, runCleanups, unprivileged, warnings } from './support.js';
import { host, hookedRunner, jobFolders, processAlive, stateDir } from './hook-support.js';

afterEach(() => {
  disposeRunners();
  runCleanups();
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
        `${path.basename(folders[1])} \\(its job's process \\d+ is gone\\): removed, \\d+ files, ([\\d.]+) MiB freed on disk; its sampler stopped`,
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
      expect(fs.readdirSync(stateDir(h))).toEqual([]);
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

  it('works through a root reached by a symbolic link', async () => {
    const h = host();
    try {
      const link = path.join(h.base, 'root-link');
      fs.symlinkSync(h.root, link);
      const killed = hookedRunner(h, undefined, { GO_CI_GUARD_ROOT: link });
      expectOk((await killed.startJob())!);
      const leftover = killed.env.GO_CI_GUARD_JOB_DIR;
      killed.killRunner();
      const next = hookedRunner(h, undefined, { GO_CI_GUARD_ROOT: link });
      const started = await next.startJob();
      expectOk(started!);
      expect(warnings(started!)).toEqual([]);
      expect(started!.stdout).toContain(`${path.basename(leftover)} (its job's process`);
      expect(exists(leftover)).toBe(false);
      expectOk((await next.completeJob())!);
      expect(jobFolders(h.root)).toEqual([]);
    } finally {
      h.dispose();
    }
  });

  it("leaves a folder another job's start has claimed while that job runs, and takes it over once that job is over", async () => {
    const h = host();
    try {
      const [killed, claimer] = [hookedRunner(h, undefined), hookedRunner(h, undefined)];
      for (const r of [killed, claimer]) expectOk((await r.startJob())!);
      const leftover = killed.env.GO_CI_GUARD_JOB_DIR;
      const marker = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, '.go-ci-guard'), 'utf8')) as { owner: unknown };
      killed.killRunner();
      // As the janitor of `claimer` leaves it mid-way: renamed out of the job folders' names, with a claim naming its job.
      const claimed = path.join(h.root, '.go-ci-guard-reap-test');
      fs.renameSync(leftover, claimed);
      fs.writeFileSync(`${claimed}.claim`, JSON.stringify({ claimer: marker(claimer.env.GO_CI_GUARD_JOB_DIR).owner }));

      const second = hookedRunner(h, undefined);
      const started = await second.startJob();
      expectOk(started!);
      expect(started!.stdout).not.toContain('Removing');
      expect(exists(claimed)).toBe(true);

      claimer.killRunner();
      const third = hookedRunner(h, undefined);
      const again = await third.startJob();
      expectOk(again!);
      expect(again!.stdout).toContain('.go-ci-guard-reap-test (the job that began removing it is over too');
      expect(exists(claimed)).toBe(false);
      expect(exists(`${claimed}.claim`)).toBe(false);
      for (const r of [second, third]) expectOk((await r.completeJob())!);
      // The claimer's own folder went with the third start too.
      expect(jobFolders(h.root)).toEqual([]);
      expect(fs.readdirSync(h.root).filter((n) => n.startsWith('.go-ci-guard-reap-'))).toEqual([]);
    } finally {
      h.dispose();
    }
  });
});
