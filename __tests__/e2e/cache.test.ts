// Caching as the runner runs it: main restores with the real @actions/cache (dist/cache.js) from the
// local cache service, real `go build` steps, post trims and saves. Keys, fallbacks, a service that
// fails, and the module cache as an ordinary user.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CacheService } from '../../harness/cache-service.js';
import type { LocalRunner, RunnerOptions, StepResult } from '../../harness/local-runner.js';
import { disposeRunners, expectOk, newRunner, repoRoot, unprivileged, warnings } from './support.js';

afterEach(disposeRunners);

let base: string;
let service: CacheService;
beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-cache-e2e-'));
  fs.chmodSync(base, 0o755);
  service = await CacheService.start({ dir: path.join(base, 'store') });
});
afterAll(async () => {
  await service?.stop();
  fs.rmSync(base, { recursive: true, force: true });
});

/** The service's variables for a job of workflow run `run`; the runner sets GITHUB_WORKSPACE and RUNNER_TEMP itself. */
function cacheEnv(run?: string): Record<string, string> {
  return service.jobEnv(run ? { run } : {});
}

let runs = 0;
const machines = new Map<string, LocalRunner>();
/**
 * A job with a fresh run id, the service's environment and a checkout of `project`, on a fresh runner
 * machine laid out like the last one of the same project: GitHub's hosted runners check out into the
 * same path every time, and Go's cache keys of cgo and main packages include the package's folder.
 */
function job(project: string, opts: Partial<RunnerOptions> = {}): LocalRunner {
  const machine = path.join(base, `machine-${path.basename(project)}`);
  machines.get(machine)?.dispose();
  fs.mkdirSync(machine, { recursive: true });
  // Each run its own token: the artifact service keeps each run's cell reports apart, as GitHub does.
  const runId = String(1000 + ++runs);
  const runner = newRunner({ checkout: project, runId, base: machine, ...opts, env: { ...cacheEnv(runId), ...opts.env } });
  machines.set(machine, runner);
  return runner;
}

/** A copy of the example cgo project, with a prefix of its own so tests do not share entries. */
function project(name: string): string {
  const dir = path.join(base, name);
  fs.cpSync(path.join(repoRoot, 'examples', 'cgo-hello'), dir, { recursive: true });
  fs.chmodSync(dir, 0o755);
  return dir;
}

const prefix = (name: string) => ({ 'cache-key-prefix': `t-${name}`, cache: 'true', 'problem-matcher': 'false' });
/** Packages `go build -v` compiled (cached ones are not listed). */
const compiled = (step: StepResult) => (step.stdout + step.stderr).split('\n').filter((l) => /^[\w.-]+(\/[\w.-]+)*$/.test(l.trim()));

/**
 * Files checked out a while before the build, as in a real job (`project` copies make them new): Go's
 * module index skips a package with a file under 2 s old, and indexes it otherwise, keyed by mtimes.
 */
function checkedOutEarlier(runner: LocalRunner): void {
  const then = (Date.now() - 10_000) / 1000;
  for (const name of fs.readdirSync(runner.workspace, { recursive: true }) as string[]) fs.utimesSync(path.join(runner.workspace, name), then, then);
}

describe('the build cache across runs', () => {
  it('run 1 misses and saves; run 2 hits, restores, builds warm and saves nothing new', async () => {
    const dir = project('warm');
    const first = job(dir);
    const main1 = await first.main(prefix('warm'));
    expectOk(main1);
    expect(main1.outputs['cache-hit']).toBe('false');
    const key = main1.outputs['cache-key'];
    expect(key).toMatch(/^t-warm-linux-x64-glibc2\.\d+-go1\.19\.8-cgo1-[0-9a-f]{16}-gocache-nodeps$/);
    checkedOutEarlier(first);
    const build1 = await first.step('go build -v -o app . && ./app');
    expectOk(build1);
    expect(compiled(build1)).toContain('example.com/cgo-hello');
    const post1 = await first.post();
    expectOk(post1);
    expect(warnings(post1)).toEqual([]);
    expect(first.summary).toMatch(/saved \*\*[\d.]+ (KiB|MiB)\*\* on disk \(\d+ new\) under `t-warm-.*-gocache-nodeps-\d+-1`/);
    expect(service.log.filter((l) => l.method === 'FinalizeCacheEntryUpload' && l.status === 200)).toHaveLength(1);

    const second = job(dir);
    const main2 = await second.main(prefix('warm'));
    expectOk(main2);
    expect(main2.outputs).toMatchObject({ 'cache-hit': 'true', 'cache-key': key });
    expect(main2.outputs['cache-matched-key']).toMatch(new RegExp(`^${key}-\\d+-1$`));
    expect(Number(main2.outputs['cache-restored-size'])).toBeGreaterThan(100_000);
    checkedOutEarlier(second); // other mtimes than run 1's checkout: Go writes a new index entry for the package
    const build2 = await second.step('go build -v -o app . && ./app');
    expectOk(build2);
    // Warm: Go compiled nothing, every package came from the restored cache.
    expect(compiled(build2)).toEqual([]);
    const post2 = await second.post();
    expectOk(post2);
    expect(post2.stdout).toContain("Build cache: 1 new entry is Go's module index of packages whose files have new times (a fresh checkout), not new builds.");
    expect(post2.stdout).toContain('Cache not saved: nothing new was built since the restore (cache-save: on-change).');
    expect(second.summary).toContain('restored (same toolchain and dependencies)');
  });

  it('another libc (CC=musl-gcc) or CGO_ENABLED=0 misses; changed dependency files restore from the fallback', async () => {
    const dir = project('keys');
    const seed = job(dir);
    const key = (await seed.main(prefix('keys'))).outputs['cache-key'];
    expectOk(await seed.step('go build -o app .'));
    expectOk(await seed.post());

    const musl = job(dir, { env: { CC: 'musl-gcc' } });
    const muslMain = await musl.main(prefix('keys'));
    expect(muslMain.outputs['cache-key']).toMatch(/^t-keys-linux-x64-musl[\d.]+-go1\.19\.8-cgo1-/);
    expect(muslMain.outputs['cache-hit']).toBe('false');
    expect(muslMain.outputs['cache-matched-key']).toBeUndefined();
    expectOk(await musl.post());

    const noCgo = job(dir, { env: { CGO_ENABLED: '0' } });
    const noCgoMain = await noCgo.main(prefix('keys'));
    expect(noCgoMain.outputs['cache-key']).toContain('-cgo0-');
    expect(noCgoMain.outputs['cache-matched-key']).toBeUndefined();
    expectOk(await noCgo.post());

    const changed = job(dir);
    fs.appendFileSync(path.join(changed.workspace, 'go.mod'), '\n// a new requirement would go here\n');
    const changedMain = await changed.main({ ...prefix('keys'), 'cache-dependency-path': 'go.mod' });
    const hashed = changedMain.outputs['cache-key'];
    expect(hashed).not.toBe(key);
    expect(hashed.replace(/-[0-9a-f]{16}$/, '')).toBe(key.replace(/-nodeps$/, ''));
    expect(changedMain.outputs['cache-hit']).toBe('false');
    expect(changedMain.outputs['cache-matched-key']).toMatch(new RegExp(`^${key}-\\d+-1$`));
    // The fallback's entries serve every package whose inputs did not change (a comment in go.mod changes none).
    const warm = await changed.step('go build -v -o app .');
    expect(compiled(warm)).toEqual([]);
    expectOk(await changed.post());
  });

  it('validate: false still keys by the gathered facts; a cell whose checks fail restores nothing; a second save under one key is skipped', async () => {
    const dir = project('rules');
    const seed = job(dir, { runId: '7' });
    const key = (await seed.main(prefix('rules'))).outputs['cache-key'];
    expectOk(await seed.step('go build -o app .'));
    expectOk(await seed.post());

    const quiet = job(dir);
    const quietMain = await quiet.main({ ...prefix('rules'), validate: 'false' });
    expectOk(quietMain);
    expect(quietMain.outputs).toMatchObject({ 'cache-key': key, 'cache-hit': 'true' });
    expect(quietMain.outputs['go-version']).toBeUndefined();
    expectOk(await quiet.post());

    const mismatch = job(dir);
    const failed = await mismatch.main({ ...prefix('rules'), 'go-version': '>=1.99' });
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain("Nothing restored: the matrix cell's checks failed (Go version).");
    expect(failed.outputs['cache-hit']).toBe('false');
    expect(fs.readdirSync(path.join(failed.outputs['job-dir'], 'go-build'))).toEqual([]);
    const mismatchPost = await mismatch.post();
    expect(mismatchPost.stdout).toContain("Cache not saved: the matrix cell's checks failed (Go version).");

    // The same run again (a re-run of one attempt, or a cell with the same toolchain): its key is taken.
    const again = job(dir, { runId: '7' });
    expectOk(await again.main({ ...prefix('rules'), 'cache-save': 'always' }));
    expectOk(await again.step('go build -o app .'));
    const againPost = await again.post();
    expectOk(againPost);
    expect(againPost.stdout).toContain(`Cache not saved: an entry under ${key}-7-1 exists already`);
    expect(warnings(againPost)).toEqual([]);
  });

  it('a service that fails or is down gives warnings and a green job', async () => {
    const dir = project('faults');
    const failing = job(dir);
    service.fail('GetCacheEntryDownloadURL', 429);
    const main = await failing.main(prefix('faults'));
    expectOk(main);
    expect(main.outputs['cache-hit']).toBe('false');
    expect(warnings(main).some((w) => /Failed to restore/.test(w))).toBe(true);
    expectOk(await failing.step('go build -o app .'));
    await service.down();
    try {
      const post = await failing.post();
      expectOk(post);
      expect(warnings(post)).toContain(
        `Cache not saved under ${main.outputs['cache-key']}-${failing.env.GITHUB_RUN_ID}-1: the cache service refused it (another job may be saving the same key, or the service is down or over its limit; see the log above).`,
      );
      expect(failing.summary).toContain('not saved: the cache service refused it');
    } finally {
      await service.up();
    }
  });

  it('cache-save: never restores only; bad cache inputs fail main naming the input', async () => {
    const dir = project('never');
    const runner = job(dir);
    expectOk(await runner.main({ ...prefix('never'), 'cache-save': 'never' }));
    expectOk(await runner.step('go build -o app .'));
    const post = await runner.post();
    expect(post.stdout).toContain('Cache not saved: cache-save is never.');
    for (const [input, value, accepted] of [
      ['cache-save', 'sometimes', 'expected one of on-change, always, never'],
      ['cache-paths', 'gocache, node_modules', 'expected a list of gocache, gomodcache (unknown: node_modules)'],
      ['cache-key-prefix', 'a,b', 'expected 1 to 100 letters, digits, dots, underscores or hyphens'],
      ['cache', 'yes', ''],
    ]) {
      const bad = job(dir);
      const result = await bad.main({ cache: 'true', [input]: value });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(`Input '${input}'`);
      expect(result.stdout).toContain(value);
      if (accepted) expect(result.stdout).toContain(accepted);
      expect(fs.readdirSync(bad.runnerTemp).filter((n) => n.startsWith('go-ci-guard-'))).toEqual([]);
    }
  });
});

/** Entry files (`<hash>-a`, `<hash>-d`) in a Go build cache. */
function goCacheEntries(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir).reduce((n, sub) => n + (/^[0-9a-f]{2}$/.test(sub) ? fs.readdirSync(path.join(dir, sub)).length : 0), 0);
}

describe('a saved cache that follows the working set', () => {
  it('five runs that each change a little code: trimmed saves stay near one run, the untrimmed scheme grows', async () => {
    const dir = path.join(base, 'growth');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/growth\n\ngo 1.19\n');
    const pkgs = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    const writePkg = (name: string, version: number) => {
      fs.mkdirSync(path.join(dir, name), { recursive: true });
      fs.writeFileSync(path.join(dir, name, `${name}.go`), `package ${name}\n\nfunc Value() int { return ${version} }\n`);
    };
    for (const p of pkgs) writePkg(p, 0);
    const imports = pkgs.map((p) => `\t"example.com/growth/${p}"`).join('\n');
    fs.writeFileSync(
      path.join(dir, 'main.go'),
      `package main\n\nimport (\n${imports}\n)\n\nfunc main() { println(${pkgs.map((p) => `${p}.Value()`).join(' + ')}) }\n`,
    );
    fs.chmodSync(dir, 0o755);
    // setup-go's scheme on the same runs: one GOCACHE restored whole and saved whole, never trimmed.
    const untrimmed = path.join(base, 'growth-untrimmed');
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 1; run <= 5; run++) {
      writePkg(pkgs[run - 1], run);
      const runner = job(dir);
      expectOk(await runner.main(prefix('growth')));
      checkedOutEarlier(runner); // new module index entries in every run, beside the real changes
      expectOk(await runner.step('go build -o app . && ./app'));
      const post = await runner.post();
      expectOk(post);
      // A changed package is new build output: every run saves (cache-save: on-change), hit or not.
      expect(post.stdout).toContain(`Saved under t-growth-`);
      const kept = /Build cache: kept (\d+) entries/.exec(post.stdout);
      expect(kept).not.toBeNull();
      ours.push(Number(kept?.[1]));
      execFileSync('go', ['build', '-o', path.join(base, 'growth-app'), '.'], {
        cwd: runner.workspace,
        env: { ...process.env, GOCACHE: untrimmed, GOFLAGS: '' },
      });
      theirs.push(goCacheEntries(untrimmed));
    }
    console.log(`saved build cache entries per run — trimmed (this action): ${ours.join(', ')}; untrimmed (setup-go's scheme): ${theirs.join(', ')}`);
    // Each run adds the changed package and main; the trim drops the versions no build uses any more.
    for (const n of ours) expect(n).toBeLessThanOrEqual(ours[0] + 2);
    for (let i = 1; i < theirs.length; i++) expect(theirs[i]).toBeGreaterThan(theirs[i - 1]);
    expect(theirs[4] - theirs[0]).toBeGreaterThanOrEqual(8);
  });
});

/** A file-based module proxy (GOPROXY=file://…) serving example.com/dep v1.0.0, built with python's zipfile. */
function moduleProxy(): string {
  const proxy = path.join(base, 'proxy');
  if (fs.existsSync(proxy)) return proxy;
  const v = path.join(proxy, 'example.com', 'dep', '@v');
  fs.mkdirSync(v, { recursive: true });
  const mod = 'module example.com/dep\n\ngo 1.19\n';
  fs.writeFileSync(path.join(v, 'list'), 'v1.0.0\n');
  fs.writeFileSync(path.join(v, 'v1.0.0.info'), '{"Version":"v1.0.0","Time":"2026-01-01T00:00:00Z"}\n');
  fs.writeFileSync(path.join(v, 'v1.0.0.mod'), mod);
  const script = [
    'import sys, zipfile',
    "z = zipfile.ZipFile(sys.argv[1], 'w')",
    "z.writestr('example.com/dep@v1.0.0/go.mod', sys.argv[2])",
    "z.writestr('example.com/dep@v1.0.0/dep.go', 'package dep\\n\\nfunc Answer() int { return 42 }\\n')",
    'z.close()',
  ].join('\n');
  execFileSync('python3', ['-c', script, path.join(v, 'v1.0.0.zip'), mod]);
  execFileSync('chmod', ['-R', 'a+rX', proxy]);
  return proxy;
}

describe('the module cache', () => {
  it('as an ordinary user: a read-only module cache is saved, restored, builds offline and is cleaned up', async () => {
    const dir = path.join(base, 'modules');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.19\n\nrequire example.com/dep v1.0.0\n');
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\nimport "example.com/dep"\n\nfunc main() { println(dep.Answer()) }\n');
    const inputs = { ...prefix('mod'), 'cache-paths': 'gocache, gomodcache' };
    const env = { GOPROXY: `file://${moduleProxy()}`, GOSUMDB: 'off', GOFLAGS: '-mod=mod' };
    const first = job(dir, { runAs: unprivileged(), env });
    const main1 = await first.main(inputs);
    expectOk(main1);
    expect(main1.outputs['gomodcache']).toBeDefined();
    expectOk(await first.step('go build -o app . && ./app && test ! -w "$GOMODCACHE/example.com/dep@v1.0.0"'));
    const post1 = await first.post();
    expectOk(post1);
    expect(warnings(post1)).toEqual([]);
    expect(fs.existsSync(main1.outputs['job-dir'])).toBe(false);

    const second = job(dir, { runAs: unprivileged(), env: { ...env, GOPROXY: 'off' } });
    const main2 = await second.main(inputs);
    expectOk(main2);
    expect(main2.outputs['cache-hit']).toBe('true');
    expect(main2.outputs['cache-key']).toContain('-gocache+gomodcache-');
    // GOPROXY=off: the module can only come from the restored module cache.
    const build = await second.step('go build -o app . && ./app && test ! -w "$GOMODCACHE/example.com/dep@v1.0.0"');
    expectOk(build);
    expect(build.stderr).toContain('42');
    const post2 = await second.post();
    expectOk(post2);
    expect(warnings(post2)).toEqual([]);
    expect(fs.existsSync(main2.outputs['job-dir'])).toBe(false);
  });
});
