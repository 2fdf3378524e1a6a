// Matrix-cell validation as the runner runs it: main checks the real toolchain here (Go 1.19 from
// Debian, gcc, Debian's musl-gcc wrapper, pkg-config) against the cell's inputs before the build.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LocalRunner, StepResult } from '../../harness/local-runner.js';
import { disposeRunners, errors, exists, expectOk, isRoot, newRunner, repoRoot, runCleanups, tmpfsForTest, unprivileged, warnings } from './support.js';

afterEach(() => {
  disposeRunners();
  runCleanups();
});

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-matrix-'));
  fs.chmodSync(scratch, 0o755);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A folder holding only `go` and `bash`: a PATH with Go but no C compiler. */
function pathWithoutCompiler(): string {
  const bin = path.join(scratch, 'bin-no-cc');
  if (!exists(bin)) {
    fs.mkdirSync(bin);
    fs.symlinkSync(fs.realpathSync('/usr/bin/go'), path.join(bin, 'go'));
    fs.symlinkSync(fs.realpathSync('/bin/bash'), path.join(bin, 'bash'));
  }
  return bin;
}

/** A pkg-config module of our own, found through PKG_CONFIG_PATH by the real pkg-config. */
function pkgConfigDir(): string {
  const dir = path.join(scratch, 'pkgconfig');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'gcgdemo.pc'), 'prefix=/usr\nName: gcgdemo\nDescription: Go CI Guard test module\nVersion: 1.2.3\nCflags:\nLibs:\n');
  return dir;
}

function checkRow(summary: string, title: string): string {
  const row = summary.split('\n').find((l) => l.startsWith('| ') && l.split('|')[2]?.trim() === title);
  if (!row) throw new Error(`no "${title}" row in the summary:\n${summary}`);
  return row;
}

async function mainAndPost(runner: LocalRunner, inputs: Record<string, string>): Promise<{ main: StepResult; post: StepResult }> {
  const main = await runner.main({ 'problem-matcher': 'false', ...inputs });
  const post = await runner.post();
  expectOk(post);
  expect(exists(main.outputs['job-dir'])).toBe(false);
  return { main, post };
}

describe('a matrix cell that matches the toolchain', () => {
  it('a glibc cell passes, reports every fact as an output and folds its checks in the summary', async () => {
    const runner = newRunner();
    const { main } = await mainAndPost(runner, { 'go-version': '1.19.x', cgo: 'true', libc: 'glibc>=2.31' });
    expectOk(main);
    expect(errors(main)).toEqual([]);
    expect(warnings(main)).toEqual([]);
    expect(main.outputs).toMatchObject({
      'go-version': '1.19.8',
      'cgo-enabled': '1',
      cc: '/usr/bin/gcc',
      'cc-target': 'x86_64-linux-gnu',
      libc: 'glibc',
      'libc-version': '2.36',
    });
    expect(main.outputs['cc-version']).toMatch(/^gcc .*12\.2\.0$/);
    expect(main.outputs['toolchain-fingerprint']).toMatch(/^[0-9a-f]{16}$/);
    expect(main.stdout).toContain('✅ libc: expected glibc >=2.31, found glibc 2.36');
    expect(runner.summary).toMatch(
      /<details><summary>✅ Matrix cell \[go 1\.19\.x; cgo true; libc glibc &gt;=2\.31\]: 5 checks passed · Go 1\.19\.8 · CGO_ENABLED=1 · CC target <code>x86_64-linux-gnu<\/code>/,
    );
    expect(checkRow(runner.summary, 'libc')).toContain('| ✅ | libc | glibc >=2.31 | glibc 2.36 (the C compiler gcc: its headers define __GLIBC__ 2.36)');
  });

  it('a musl cell with CC=musl-gcc and the probe on is confirmed musl by the binary it built', async () => {
    const runner = newRunner({ env: { CC: 'musl-gcc' } });
    // Post counts bytes off the filesystem (statfs); on the shared disk other test files running at the
    // same time move it, so as root the job folder gets a tmpfs of its own.
    const root = isRoot ? tmpfsForTest(256) : '';
    const { main } = await mainAndPost(runner, { cgo: 'true', libc: 'musl>=1.2', 'cgo-probe': 'true', root });
    expectOk(main);
    expect(main.outputs).toMatchObject({ libc: 'musl', 'libc-version': '1.2.3', cc: '/usr/bin/musl-gcc', 'cgo-enabled': '1' });
    // Debian's musl-gcc is a wrapper: -dumpmachine still names the glibc triple.
    expect(main.outputs['cc-target']).toBe('x86_64-linux-gnu');
    expect(checkRow(runner.summary, 'libc')).toContain("musl 1.2.3 (the binary's ELF interpreter is /lib/ld-musl-x86_64.so.1); job environment: glibc 2.36");
    expect(checkRow(runner.summary, 'cgo probe')).toContain(
      "| ✅ | cgo probe | a cgo program builds and runs | built and ran; the binary's ELF interpreter is /lib/ld-musl-x86_64.so.1",
    );
    // The probe built inside the job folder, with its own build cache there, and post removed it with the rest.
    expect(runner.summary).toMatch(
      isRoot
        ? /\| `cgo-probe` \| [1-9]\d* \| [\d.]+ (KiB|MiB) \| [\d.]+ m?s \| ✅ removed \|/
        : /\| `cgo-probe` \| [1-9]\d* \| [\d.]+ (B|KiB|MiB) \| [\d.]+ m?s \| ✅ removed \|/,
    );
  });

  it('keeps cells apart in the fingerprint: glibc and musl differ, two runs of one cell agree', async () => {
    const fingerprint = async (env: Record<string, string>) => {
      const runner = newRunner({ env });
      const { main } = await mainAndPost(runner, {});
      expectOk(main);
      return main.outputs['toolchain-fingerprint'];
    };
    const glibc = await fingerprint({});
    expect(await fingerprint({})).toBe(glibc);
    expect(await fingerprint({ CC: 'musl-gcc' })).not.toBe(glibc);
    // With cgo off the C side does not enter the build: the compiler no longer splits the cells.
    expect(await fingerprint({ CGO_ENABLED: '0', CC: 'musl-gcc' })).toBe(await fingerprint({ CGO_ENABLED: '0' }));
  });

  it('runs the probe as an ordinary user, as on hosted runners', async () => {
    const runner = newRunner({ runAs: unprivileged() });
    const { main } = await mainAndPost(runner, { cgo: 'true', 'cgo-probe': 'true' });
    expectOk(main);
    expect(checkRow(runner.summary, 'cgo probe')).toContain('| ✅ |');
  });
});

describe('a matrix cell that does not match fails main, naming the cell, what it expected, what it found and the fix', () => {
  it('a musl cell whose plain gcc links glibc', async () => {
    const runner = newRunner();
    const { main } = await mainAndPost(runner, { libc: 'musl', cgo: 'true' });
    expect(main.exitCode).toBe(1);
    const [error] = errors(main).filter((e) => e.startsWith('libc:'));
    expect(error).toBe(
      'libc: expected musl, found glibc 2.36 (the C compiler gcc: its headers define __GLIBC__ 2.36). Fix: set CC=musl-gcc (Debian/Ubuntu: apt-get install musl-tools) or run the job in an Alpine container (apk add gcc musl-dev)',
    );
    expect(main.annotations.find((a) => a.message === error)?.properties.title).toBe('Matrix cell [cgo true; libc musl]: libc');
    expect(errors(main)).toContain(
      "Matrix cell [cgo true; libc musl] does not match this job's toolchain: libc failed. See the errors above and the job summary; on-mismatch: warn makes these warnings.",
    );
    expect(runner.summary).toContain('❌ Matrix cell [cgo true; libc musl]: 1 check failed');
    expect(checkRow(runner.summary, 'libc')).toMatch(/^\| ❌ \| libc \| musl \| glibc 2\.36 .*\| set CC=musl-gcc/);
  });

  it('a cell that expects cgo with no C compiler on PATH', async () => {
    const runner = newRunner({ env: { PATH: pathWithoutCompiler() } });
    const { main } = await mainAndPost(runner, { cgo: 'true' });
    expect(main.exitCode).toBe(1);
    // Go 1.19 still reports CGO_ENABLED=1 here (Go ≥ 1.20 reports 0: see the recorded fixtures). One cause, one row:
    // the compiler's; the cgo row is not judged further.
    expect(errors(main).filter((e) => !e.startsWith('Matrix cell'))).toEqual([
      'C compiler (CC): expected gcc runs, found gcc not found on PATH. Fix: install a C compiler (Debian/Ubuntu: apt-get install gcc; Alpine: apk add gcc musl-dev; macOS: xcode-select --install) or set CC',
    ]);
    expect(main.stdout).toContain(
      '➖ cgo (effective CGO_ENABLED): expected CGO_ENABLED=1, found CGO_ENABLED=1; not judged further: the C compiler gcc is missing (see the C compiler row)',
    );
  });

  it('default inputs (cgo: auto) with no C compiler on PATH warn and pass: a pure-Go build needs none', async () => {
    const runner = newRunner({ env: { PATH: pathWithoutCompiler() } });
    const { main } = await mainAndPost(runner, {});
    expectOk(main);
    expect(errors(main)).toEqual([]);
    const fix =
      'if the build uses cgo: install a C compiler (Debian/Ubuntu: apt-get install gcc; Alpine: apk add gcc musl-dev; macOS: xcode-select --install) or set CC; if it is pure Go: set CGO_ENABLED=0 (or cgo: false) to build without the C compiler';
    expect(warnings(main)).toEqual([`C compiler (CC): expected gcc runs, found gcc not found on PATH. Fix: ${fix}`]);
    // A pure-Go step builds in that same job, with the same PATH.
    fs.writeFileSync(path.join(runner.workspace, 'go.mod'), 'module example.com/pure\n\ngo 1.19\n');
    fs.writeFileSync(path.join(runner.workspace, 'main.go'), 'package main\n\nfunc main() { println("pure Go") }\n');
    const build = await runner.step('go build -o pure . && ./pure');
    expectOk(build);
    expect(build.stderr).toContain('pure Go');
  });

  it('a -L folder that does not exist is a warning (the linker skips it); a missing -I nothing compiled past fails', async () => {
    // -lz links (a link test proves the libraries are found), so the missing -L blocks nothing.
    const runner = newRunner({ env: { CGO_LDFLAGS: '-g -O2 -L/nonexistent/gcg/lib -lz', CGO_CFLAGS: `-I ${scratch}` } });
    const { main } = await mainAndPost(runner, { cgo: 'true' });
    expectOk(main);
    expect(warnings(main)).toContain(
      'Flag folders: expected every -I/-L folder in CGO_*FLAGS exists, as an absolute path, found CGO_LDFLAGS names -L /nonexistent/gcg/lib, which is not a folder (skipped by the compiler and the linker). Fix: create the folder or install the package that provides it, or correct CGO_LDFLAGS',
    );
    const include = newRunner({ env: { CGO_CFLAGS: '-g -O2 -I/nonexistent/gcg/include' } });
    const failed = (await mainAndPost(include, { cgo: 'true' })).main;
    expect(failed.exitCode).toBe(1);
    expect(errors(failed)).toContain(
      'Flag folders: expected every -I/-L folder in CGO_*FLAGS exists, as an absolute path, found CGO_CFLAGS names -I /nonexistent/gcg/include, which is not a folder. Fix: create the folder or install the package that provides it, or correct CGO_CFLAGS',
    );
  });

  it('a relative -I folder, which cgo would not find from its temporary folder', async () => {
    const runner = newRunner({ env: { CGO_CFLAGS: '-g -O2 -Iinclude' } });
    fs.mkdirSync(path.join(runner.workspace, 'include'));
    const { main } = await mainAndPost(runner, { cgo: 'true' });
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toContain(
      'Flag folders: expected every -I/-L folder in CGO_*FLAGS exists, as an absolute path, found CGO_CFLAGS names -I include, a relative path: cgo runs the compiler in a temporary folder, where it is not found. Fix: use absolute paths in CGO_CFLAGS (e.g. $GITHUB_WORKSPACE/include), or ${SRCDIR} in #cgo lines',
    );
  });

  it('a Go version outside the range', async () => {
    const runner = newRunner();
    const { main } = await mainAndPost(runner, { 'go-version': '>=1.21 <1.23' });
    expect(main.exitCode).toBe(1);
    expect(errors(main)).toContain(
      "Go version: expected Go >=1.21 <1.23, found go1.19.8 (/usr/bin/go). Fix: add actions/setup-go before this step with go-version: '>=1.21 <1.23' (or change the cell's go-version)",
    );
    expect(checkRow(runner.summary, 'Go version')).toMatch(/^\| ❌ \| Go version \| Go >=1\.21 <1\.23 \| go1\.19\.8/);
  });

  it('a missing pkg-config module, and one whose version is too old', async () => {
    const runner = newRunner({ env: { PKG_CONFIG_PATH: pkgConfigDir() } });
    const { main } = await mainAndPost(runner, { 'pkg-config': 'gcgdemo>=1.2, gcg-missing-module' });
    expect(main.exitCode).toBe(1);
    expect(checkRow(runner.summary, 'pkg-config gcgdemo')).toContain('| ✅ | pkg-config gcgdemo | gcgdemo >= 1.2 | gcgdemo 1.2.3 |');
    const missing = errors(main).find((e) => e.startsWith('pkg-config gcg-missing-module:'));
    expect(missing).toMatch(
      /found Package gcg-missing-module was not found in the pkg-config search path.*Fix: install the package that provides gcg-missing-module\.pc/,
    );

    const old = newRunner({ env: { PKG_CONFIG_PATH: pkgConfigDir() } });
    const tooOld = await mainAndPost(old, { 'pkg-config': 'gcgdemo >= 2.0' });
    expect(tooOld.main.exitCode).toBe(1);
    expect(errors(tooOld.main).find((e) => e.startsWith('pkg-config gcgdemo:'))).toMatch(
      /expected gcgdemo >= 2\.0, found gcgdemo 1\.2\.3: .*'gcgdemo >= 2\.0'.*\. Fix: install a version of gcgdemo that satisfies >= 2\.0$/,
    );
  });

  it('a probe that cannot build shows the compiler its own output', async () => {
    const runner = newRunner({ env: { CGO_CFLAGS: '-g -O2 -DGCG_PROBE -include gcg-missing-header.h' } });
    const { main } = await mainAndPost(runner, { 'cgo-probe': 'true' });
    expect(main.exitCode).toBe(1);
    // One cause, one failed row: the compiler's (it cannot compile with these flags); the probe row points there.
    expect(errors(main).find((e) => e.startsWith('C compiler (CC):'))).toMatch(/gcg-missing-header\.h: No such file or directory/);
    expect(errors(main).find((e) => e.startsWith('cgo probe:'))).toBeUndefined();
    expect(main.stdout).toContain('cgo probe build output:');
    expect(runner.summary).toContain("<details><summary>cgo probe: the compiler's output</summary>");
    expect(runner.summary).toMatch(/```text\n[\s\S]*fatal error: gcg-missing-header\.h: No such file or directory/);
  });
});

describe('the problem matcher', () => {
  const owners = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'matchers', 'go-ci-guard.json'), 'utf8')) as { problemMatcher: { owner: string }[] }
  ).problemMatcher.map((m) => m.owner);

  /** A job step that builds a broken cgo program at the workspace root, as a user's `go build` would. */
  async function brokenBuild(runner: LocalRunner, preamble: string, call = '') {
    fs.writeFileSync(path.join(runner.workspace, 'go.mod'), 'module example.com/broken\n\ngo 1.19\n');
    fs.writeFileSync(path.join(runner.workspace, 'main.go'), `package main\n\n/*\n${preamble}\n*/\nimport "C"\n\nfunc main() { ${call} }\n`);
    const step = await runner.step('go build -o "$RUNNER_TEMP/broken" .');
    expect(step.exitCode).not.toBe(0);
    return step;
  }

  it('main registers it; cgo, compiler and linker failures in later steps become annotations; post removes it', async () => {
    const runner = newRunner();
    const main = await runner.main();
    expectOk(main);
    expect(main.commands).toContainEqual({ command: 'add-matcher', properties: {}, value: path.join(runner.actionPath, 'matchers', 'go-ci-guard.json') });
    expect(runner.matchers.owners().sort()).toEqual([...owners].sort());
    expect(owners.every((o) => o.startsWith('go-ci-guard-'))).toBe(true);

    const header = await brokenBuild(runner, '#include "gcg-missing.h"');
    expect(header.matched).toEqual([
      { owner: 'go-ci-guard-cc', severity: 'error', file: 'main.go', line: 4, column: 10, message: 'gcg-missing.h: No such file or directory' },
    ]);
    const kind = await brokenBuild(runner, '', 'C.gcg_nothing()');
    expect(kind.matched).toContainEqual(
      expect.objectContaining({ file: 'main.go', line: 8, message: expect.stringContaining('could not determine kind of name for C.gcg_nothing') }),
    );
    const lib = await brokenBuild(runner, '#cgo LDFLAGS: -lgcgnosuch\nint gcg_one(void) { return 1; }', 'C.gcg_one()');
    expect(lib.matched.map((m) => m.message)).toContainEqual(expect.stringMatching(/cannot find -lgcgnosuch/));
    const symbol = await brokenBuild(runner, 'void gcg_undefined(void);', 'C.gcg_undefined()');
    expect(symbol.matched.map((m) => m.message)).toContainEqual(expect.stringMatching(/undefined reference to .gcg_undefined'/));

    const post = await runner.post();
    expectOk(post);
    const removed = post.commands.filter((c) => c.command === 'remove-matcher').map((c) => c.properties.owner);
    expect(removed.sort()).toEqual([...owners].sort());
    expect(runner.matchers.owners()).toEqual([]);
    expect((await brokenBuild(runner, '#include "gcg-missing.h"')).matched).toEqual([]);
  });

  it("does not annotate main's own log: a failing probe under on-mismatch: warn gives warnings only", async () => {
    const runner = newRunner({ env: { CGO_LDFLAGS: '-lgcgnosuch' } });
    const main = await runner.main({ 'cgo-probe': 'true', 'on-mismatch': 'warn' });
    expectOk(main);
    expect(main.stdout).toContain('cannot find -lgcgnosuch');
    expect(main.matched).toEqual([]);
    expect(errors(main)).toEqual([]);
    expect(warnings(main)).toEqual([
      expect.stringMatching(
        /^Libraries in CGO_LDFLAGS: expected -lgcgnosuch link with gcc, .* found linking -lgcgnosuch with gcc fails: cannot find -lgcgnosuch/,
      ),
      expect.stringMatching(/^cgo probe: expected a cgo program builds and runs, found build failed: .*cannot find -lgcgnosuch/),
    ]);
    // Registered all the same, for the steps that follow.
    expect(runner.matchers.owners().length).toBeGreaterThan(0);
    expectOk(await runner.post());
  });

  it('names a missing C compiler in the step that needs it', async () => {
    const runner = newRunner({ env: { PATH: pathWithoutCompiler() } });
    expectOk(await runner.main({ cgo: 'true', 'on-mismatch': 'warn' }));
    const step = await brokenBuild(runner, 'int gcg_one(void) { return 1; }', 'C.gcg_one()');
    expect(step.matched).toEqual([
      expect.objectContaining({ owner: 'go-ci-guard-cgo-toolchain', message: expect.stringMatching(/^cgo: C compiler "gcc" not found/) }),
    ]);
    expectOk(await runner.post());
  });

  it('problem-matcher: false registers nothing', async () => {
    const runner = newRunner();
    const main = await runner.main({ 'problem-matcher': 'false' });
    expect(main.commands.filter((c) => c.command === 'add-matcher')).toEqual([]);
    expect(runner.matchers.owners()).toEqual([]);
    expectOk(await runner.post());
  });
});

describe('softer outcomes', () => {
  it('on-mismatch: warn turns failures into warnings and the job goes on', async () => {
    const runner = newRunner();
    const { main } = await mainAndPost(runner, { libc: 'musl', 'go-version': '1.22', 'on-mismatch': 'warn' });
    expectOk(main);
    expect(errors(main)).toEqual([]);
    expect(
      warnings(main)
        .map((w) => w.split(':')[0])
        .sort(),
    ).toEqual(['Go version', 'libc']);
    expect(runner.summary).toContain('❌ Matrix cell [go 1.22; libc musl]: 2 checks failed (on-mismatch: warn, so the job went on)');
  });

  it('cgo: false warns when a C compiler would still be used, without failing', async () => {
    const runner = newRunner();
    const { main } = await mainAndPost(runner, { cgo: 'false' });
    expectOk(main);
    expect(warnings(main)).toEqual([
      'cgo (effective CGO_ENABLED): expected CGO_ENABLED=0, found CGO_ENABLED=1 with gcc: packages that import "C" (net and os/user too, on Linux) are built with the C compiler. Fix: set CGO_ENABLED=0 in the job environment',
    ]);
    const off = newRunner({ env: { CGO_ENABLED: '0' } });
    const quiet = await mainAndPost(off, { cgo: 'false' });
    expectOk(quiet.main);
    expect(warnings(quiet.main)).toEqual([]);
    expect(quiet.main.outputs['cgo-enabled']).toBe('0');
  });

  it('validate: false checks nothing and leaves the toolchain outputs unset', async () => {
    const runner = newRunner();
    const { main } = await mainAndPost(runner, { validate: 'false' });
    expectOk(main);
    expect(main.outputs['toolchain-fingerprint']).toBeUndefined();
    expect(main.stdout).not.toContain('Checking the matrix cell');
    expect(runner.summary).not.toContain('Matrix cell');
  });

  it.each([
    ['go-version', 'latest', `Input 'go-version' has an invalid value "latest": expected a Go version or semver range`],
    ['cgo', 'yes', `Input 'cgo' has an invalid value "yes": expected true (CGO_ENABLED must be 1), false (must be 0) or auto`],
    ['libc', 'uclibc', `Input 'libc' has an invalid value "uclibc": expected glibc, musl or any`],
    ['pkg-config', 'zlib>=', `Input 'pkg-config' has an invalid value "zlib>=": expected pkg-config module names`],
    ['on-mismatch', 'ignore', `Input 'on-mismatch' has an invalid value "ignore": expected fail`],
    ['cgo-probe', 'maybe', `Input 'cgo-probe' has an invalid value "maybe": expected true or false`],
  ])('a bad %s (%s) fails main with a message naming the input', async (input, value, message) => {
    const runner = newRunner();
    const main = await runner.main({ [input]: value });
    expect(main.exitCode).toBe(1);
    expect(errors(main).join('\n')).toContain(message);
    expectOk(await runner.post());
  });
});
