// A job as the runner runs it: main, real job steps (a cgo build), post, each a separate process.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { actionNode, disposeRunners, errors, exists, expectOk, newRunner, repoRoot, unprivileged, warnings } from './support.js';

afterEach(disposeRunners);

describe('a job with the action and no inputs', () => {
  // The runner runs the action on Node 24 (runs.using: node24); it must also work on Node 20.
  const nodes = [...new Set([actionNode, process.execPath])];
  it.each(nodes)('on %s: redirects caches and temp folders into its own folder, builds with cgo there, and post removes it', async (node) => {
    const runner = newRunner({ checkout: repoRoot, node });
    const version = await runner.step(`"${node}" --version`);
    expect(version.stdout.trim()).toMatch(node === process.execPath ? process.version : /^v24\./);
    const main = await runner.main();
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    expect(path.dirname(jobDir)).toBe(fs.realpathSync(runner.runnerTemp));
    expect(path.basename(jobDir)).toMatch(/^go-ci-guard-\d+-1-build-/);
    const expected = { XDG_CACHE_HOME: 'cache', TMPDIR: 'tmp', TMP: 'tmp', TEMP: 'tmp', GOCACHE: 'go-build', GOTMPDIR: 'go-tmp' };
    for (const [variable, folder] of Object.entries(expected)) {
      expect(runner.env[variable]).toBe(path.join(jobDir, folder));
      expect(main.outputs[variable.toLowerCase().replace(/_/g, '-')]).toBe(path.join(jobDir, folder));
      expect(fs.statSync(path.join(jobDir, folder)).isDirectory()).toBe(true);
    }

    // A real cgo build: Go must use the exported folders, and cgo must really be on.
    const build = await runner.step(
      [
        'go env GOCACHE GOTMPDIR CGO_ENABLED',
        'cd examples/cgo-hello && go build -o "$TMPDIR/hello" . && "$TMPDIR/hello"',
        'mkdir -p "$XDG_CACHE_HOME/wasmtime" && head -c 300000 /dev/zero > "$XDG_CACHE_HOME/wasmtime/module.bin"',
      ].join('\n'),
    );
    expectOk(build);
    expect(build.stdout).toContain(`${path.join(jobDir, 'go-build')}\n${path.join(jobDir, 'go-tmp')}\n1\n`);
    expect(build.stdout).toContain(`cgo says 2+3=5; TMPDIR=${path.join(jobDir, 'tmp')}`);
    expect(fs.readdirSync(path.join(jobDir, 'go-build')).length).toBeGreaterThan(10);
    expect(exists(path.join(runner.home, '.cache'))).toBe(false);

    const post = await runner.post();
    expectOk(post);
    expect(warnings(post)).toEqual([]);
    expect(exists(jobDir)).toBe(false);
    // Only the JSON report stays, beside where the job folder was.
    expect(fs.readdirSync(runner.runnerTemp)).toEqual([`${path.basename(jobDir)}.report.json`]);
    expect(main.outputs.report).toBe(path.join(runner.runnerTemp, `${path.basename(jobDir)}.report.json`));
    expect(runner.summary).toContain('✅ Job folder removed: reclaimed **');
    // Bytes are what the shared disk gained meanwhile (statfs), which other tests running now also change.
    expect(runner.summary).toMatch(/\| `cache` \| 1 \| [\d.]+ (B|KiB|MiB|GiB) \| [\d.]+ m?s \| ✅ removed \|/);
    expect(runner.summary).toMatch(/\| `go-build` \| \d{2,}/);
    expect(runner.summary).toContain('| `TMPDIR`, `TMP`, `TEMP` | `tmp` |');
  });

  it('redirects more or fewer variables on request and puts GOPATH/bin on PATH', async () => {
    const runner = newRunner();
    const main = await runner.main({ redirect: 'GOMODCACHE, GOPATH\nCCACHE_DIR, MY_TOOL_DIR, -GOTMPDIR' });
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    expect(runner.env.GOMODCACHE).toBe(path.join(jobDir, 'go-mod'));
    expect(runner.env.GOPATH).toBe(path.join(jobDir, 'gopath'));
    expect(runner.env.CCACHE_DIR).toBe(path.join(jobDir, 'ccache'));
    expect(runner.env.MY_TOOL_DIR).toBe(path.join(jobDir, 'my-tool-dir'));
    expect(main.outputs['my-tool-dir']).toBe(path.join(jobDir, 'my-tool-dir'));
    expect(runner.env.GOTMPDIR).toBeUndefined();
    expect(runner.env.PATH.split(':')[0]).toBe(path.join(jobDir, 'gopath', 'bin'));
    const step = await runner.step('go env GOMODCACHE GOPATH');
    expect(step.stdout).toBe(`${path.join(jobDir, 'go-mod')}\n${path.join(jobDir, 'gopath')}\n`);
    expectOk(await runner.post());
    expect(exists(jobDir)).toBe(false);
  });

  it("'none' redirects nothing but still gives the job a folder that post removes", async () => {
    const runner = newRunner({ env: { TMPDIR: '/tmp' } });
    const main = await runner.main({ redirect: 'none' });
    expectOk(main);
    expect(runner.env.TMPDIR).toBe('/tmp');
    expect(runner.env.GOCACHE).toBeUndefined();
    expectOk(await runner.post());
    expect(exists(main.outputs['job-dir'])).toBe(false);
  });

  it('uses the root input instead of RUNNER_TEMP, creating it when missing', async () => {
    const runner = newRunner();
    const root = path.join(runner.base, 'scratch', 'jobs');
    const main = await runner.main({ root });
    expectOk(main);
    expect(path.dirname(main.outputs['job-dir'])).toBe(root);
    expectOk(await runner.post());
    expect(fs.readdirSync(root)).toEqual([]);
  });
});

describe('after post', () => {
  it('later steps (post steps of earlier actions) see the variables as they were, not the deleted folder', async () => {
    const runner = newRunner({ env: { TMPDIR: '/tmp' } });
    expectOk(await runner.main());
    expectOk(await runner.post());
    expect(runner.env.TMPDIR).toBe('/tmp');
    expect(runner.env.GOCACHE).toBe('');
    const later = await runner.step('mktemp && go env GOCACHE');
    expectOk(later);
    expect(later.stdout).toMatch(new RegExp(`^/tmp/tmp\\.\\w+\n${runner.home}/\\.cache/go-build\n$`));
  });

  it('a job folder a step made read-only is still removed', async () => {
    const runner = newRunner({ runAs: unprivileged() });
    const jobDir = (await runner.main()).outputs['job-dir'];
    expectOk(await runner.step('echo x > "$TMPDIR/f"; chmod 500 "$(dirname "$TMPDIR")"'));
    const post = await runner.post();
    expectOk(post);
    expect(warnings(post)).toEqual([]);
    expect(exists(jobDir)).toBe(false);
  });
});

describe('bad input fails main with a message naming the input, the value and what is accepted', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a relative root', { root: 'relative/dir' }, /Input 'root' has an invalid value "relative\/dir": expected an absolute folder path/],
    ['a runner variable in redirect', { redirect: 'GOCACHE, PATH' }, /Input 'redirect' has an invalid value "PATH": PATH belongs to the runner/],
    [
      'a name that is no variable',
      { redirect: 'GO-CACHE' },
      /Input 'redirect' has an invalid value "GO-CACHE": 'GO-CACHE' is not a variable name; expected a list/,
    ],
    ['removing what is not redirected', { redirect: '-GOTMPDRI' }, /Input 'redirect' has an invalid value "-GOTMPDRI": GOTMPDRI is not redirected/],
    ['a non-boolean', { 'fail-on-cleanup-error': 'yes' }, /Input 'fail-on-cleanup-error' has an invalid value "yes": expected true or false/],
    [
      'a size without a unit',
      { 'min-free': '10' },
      /Input 'min-free' has an invalid value "10": a number needs a unit; expected a size with a unit \(500MB, 10GiB/,
    ],
    ['an unknown unit', { 'warn-free': '3 floppies' }, /Input 'warn-free' has an invalid value "3 floppies": expected a size with a unit/],
    [
      'min-free above warn-free',
      { 'min-free': '20GiB', 'warn-free': '10GiB' },
      /Input 'min-free' has an invalid value "20GiB": it is more than warn-free \(10GiB\)/,
    ],
    [
      'a sampling interval out of range',
      { 'sample-interval': '0.01' },
      /Input 'sample-interval' has an invalid value "0.01": expected seconds between 0.1 and 3600/,
    ],
    [
      'a root that is neither a path nor auto',
      { root: 'roomiest' },
      /Input 'root' has an invalid value "roomiest": expected an absolute folder path, .* or 'auto'/,
    ],
  ];
  it.each(cases)('%s', async (_, inputs, message) => {
    const runner = newRunner();
    const main = await runner.main(inputs);
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toMatch(message);
    expect(fs.readdirSync(runner.runnerTemp)).toEqual([]);
    // Post still runs (post-if: always()) and does nothing harmful.
    const post = await runner.post();
    expectOk(post);
    expect(post.stdout).toContain('Nothing to clean up');
    expect(runner.summary).toContain('Nothing to clean up');
  });

  it('an unusable root', async () => {
    const runner = newRunner();
    const file = path.join(runner.base, 'a-file');
    fs.writeFileSync(file, '');
    const main = await runner.main({ root: path.join(file, 'jobs') });
    expect(main.exitCode).toBe(1);
    expect(errors(main)[0]).toMatch(/Cannot create the root folder .*a-file\/jobs \(from input 'root'\): ENOTDIR/);
  });

  it('no root and no RUNNER_TEMP', async () => {
    const runner = newRunner();
    delete runner.env.RUNNER_TEMP;
    const main = await runner.main();
    expect(main.exitCode).toBe(1);
    expect(errors(main)[0]).toBe("Input 'root' is empty and RUNNER_TEMP is not set: set 'root' to an absolute folder the job can write to");
  });
});

describe('matrix cells on one self-hosted host (same HOME, RUNNER_TEMP, run and job id)', () => {
  it('get separate folders, and one cell’s post leaves the other’s files alone', async () => {
    const shared = newRunner();
    const cell = () => newRunner({ runnerTemp: shared.runnerTemp, home: shared.home, runId: '77', job: 'test' });
    const [a, b] = [cell(), cell()];
    const [mainA, mainB] = await Promise.all([a.main(), b.main()]);
    expectOk(mainA);
    expectOk(mainB);
    const [dirA, dirB] = [mainA.outputs['job-dir'], mainB.outputs['job-dir']];
    expect(dirA).not.toBe(dirB);
    expect(path.dirname(dirA)).toBe(path.dirname(dirB));
    await Promise.all([a.step('echo a > "$TMPDIR/ccache.log"'), b.step('echo b > "$TMPDIR/ccache.log"')]);
    expectOk(await a.post());
    expect(exists(dirA)).toBe(false);
    expect(fs.readFileSync(path.join(dirB, 'tmp', 'ccache.log'), 'utf8')).toBe('b\n');
    expectOk(await b.post());
    expect(exists(dirB)).toBe(false);
  });
});
