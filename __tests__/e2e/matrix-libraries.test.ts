// The library checks as a user meets them: main tries the cell's pkg-config modules and cgo packages
// with the cell's own compiler, before the build, and the build (a real job step) then does what main
// said it would. The C libraries are real: one built here with gcc for glibc only (it calls a
// glibc-only function), and Debian's zlib, whose header is in /usr/include, outside musl-gcc's view.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LocalRunner } from '../../harness/local-runner.js';
import { disposeRunners, errors, expectOk, newRunner, runCleanups, warnings } from './support.js';

afterEach(() => {
  disposeRunners();
  runCleanups();
});

let scratch: string;
let prefix: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-libs-e2e-'));
  fs.chmodSync(scratch, 0o755);
  // libgcgsum: a C library built for glibc only, found through its own .pc file.
  prefix = path.join(scratch, 'glibc-only');
  for (const dir of ['include', 'lib/pkgconfig']) fs.mkdirSync(path.join(prefix, dir), { recursive: true });
  fs.writeFileSync(path.join(prefix, 'include', 'gcgsum.h'), 'int gcg_sum(int a, int b);\n');
  const source = path.join(scratch, 'gcgsum.c');
  fs.writeFileSync(source, '#include <gnu/libc-version.h>\nint gcg_sum(int a, int b) { return gnu_get_libc_version()[0] ? a + b : 0; }\n');
  execFileSync('gcc', ['-shared', '-fPIC', '-o', path.join(prefix, 'lib', 'libgcgsum.so'), source]);
  const pc = `prefix=${prefix}\nincludedir=\${prefix}/include\nlibdir=\${prefix}/lib\nName: gcgsum\nDescription: test library built for glibc\nVersion: 1.0.0\nCflags: -I\${includedir}\nLibs: -L\${libdir} -lgcgsum\n`;
  fs.writeFileSync(path.join(prefix, 'lib', 'pkgconfig', 'gcgsum.pc'), pc);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A Go module in the workspace with one cgo package that uses `module` through #cgo pkg-config. */
function writeModule(runner: LocalRunner, module: string, header: string, call: string): void {
  const ws = runner.workspace;
  fs.mkdirSync(path.join(ws, 'clib'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'go.mod'), 'module example.com/app\n\ngo 1.18\n');
  fs.writeFileSync(
    path.join(ws, 'clib', 'clib.go'),
    `package clib\n\n// #cgo pkg-config: ${module}\n// #include <${header}>\nimport "C"\n\nfunc Answer() int { return int(${call}) }\n`,
  );
  fs.writeFileSync(
    path.join(ws, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/app/clib"\n)\n\nfunc main() { fmt.Println("answer:", clib.Answer()) }\n',
  );
}

function runnerFor(env: Record<string, string> = {}): LocalRunner {
  return newRunner({
    env: { PKG_CONFIG_PATH: path.join(prefix, 'lib', 'pkgconfig'), LD_LIBRARY_PATH: path.join(prefix, 'lib'), GOFLAGS: '-mod=mod', GOPROXY: 'off', ...env },
  });
}

const BUILD = 'go build -o app . && ./app';

describe('libraries tried with the cell compiler', () => {
  it('a glibc cell: the module and the cgo package pass, and the build and the program work', async () => {
    const runner = runnerFor();
    writeModule(runner, 'gcgsum', 'gcgsum.h', 'C.gcg_sum(40, 2)');
    const main = await runner.main({ cgo: 'true', libc: 'glibc', 'pkg-config': 'gcgsum', 'cgo-packages': './...' });
    expectOk(main);
    expect(errors(main)).toEqual([]);
    expect(warnings(main)).toEqual([]);
    expect(main.stdout).toContain(
      '✅ pkg-config gcgsum: expected gcgsum, usable by gcc, found gcgsum 1.0.0: #include <gcgsum.h> compiles and -lgcgsum links with gcc (built for glibc)',
    );
    expect(main.stdout).toContain(
      "✅ cgo package example.com/app/clib: expected its C code compiles and its libraries link with gcc, built for the cell's libc, found 1 C preamble(s) preprocess and -lgcgsum links with gcc (built for glibc)",
    );
    const build = await runner.step(BUILD, 'build');
    expectOk(build);
    expect(build.stdout).toContain('answer: 42');
    expectOk(await runner.post());
  });

  it('a musl cell linking the glibc-only library: main names the library and its libc, and the program fails as it said', async () => {
    const runner = runnerFor({ CC: 'musl-gcc' });
    writeModule(runner, 'gcgsum', 'gcgsum.h', 'C.gcg_sum(40, 2)');
    const main = await runner.main({ cgo: 'true', libc: 'musl', 'cgo-packages': './...', 'on-mismatch': 'warn' });
    expectOk(main);
    const library = path.join(prefix, 'lib', 'libgcgsum.so');
    const [warning] = warnings(main).filter((w) => w.startsWith('cgo package example.com/app/clib'));
    expect(warning).toContain(`found links ${library} (glibc: it needs libc.so.6)`);
    expect(warning).toContain("into a musl cell: the program needs another libc's library; the test program fails to start: Error relocating");
    expect(warning).toContain('gnu_get_libc_version: symbol not found');
    expect(warning).toMatch(/Fix: use libgcgsum\.so built for musl: /);
    // What main predicted: musl-gcc links it, and musl's loader cannot run it.
    const build = await runner.step(`${BUILD}; echo "exit $?"`, 'build');
    expect(build.stdout + build.stderr).toContain('gnu_get_libc_version: symbol not found');
    expect(build.stdout).not.toContain('answer: 42');
    expectOk(await runner.post());
    const row = runner.summary.split('\n').find((l) => l.includes('cgo package example.com/app/clib'));
    expect(row).toMatch(/^\| ❌ \| cgo package example\.com\/app\/clib \|/);
  });

  it("a dependency's #cgo flag that would load code (-fplugin) never reaches the compiler; the row names it", async () => {
    const runner = runnerFor();
    writeModule(runner, 'gcgsum', 'gcgsum.h', 'C.gcg_sum(40, 2)');
    // A plugin that would leave a mark if gcc ever loaded it.
    const mark = path.join(scratch, 'plugin-ran');
    const plugin = path.join(scratch, 'evil.so');
    fs.writeFileSync(
      path.join(scratch, 'evil.c'),
      `#include <stdio.h>\nint plugin_is_GPL_compatible;\nint plugin_init(void) { fclose(fopen("${mark}", "w")); return 0; }\n`,
    );
    execFileSync('gcc', ['-shared', '-fPIC', '-o', plugin, path.join(scratch, 'evil.c')]);
    const source = path.join(runner.workspace, 'clib', 'clib.go');
    fs.writeFileSync(
      source,
      fs.readFileSync(source, 'utf8').replace('// #cgo pkg-config: gcgsum', `// #cgo pkg-config: gcgsum\n// #cgo CFLAGS: -fplugin=${plugin}`),
    );
    const main = await runner.main({ cgo: 'true', 'cgo-packages': './...' });
    expectOk(main);
    expect(fs.existsSync(mark)).toBe(false);
    expect(main.stdout).toContain(`✅ cgo package example.com/app/clib:`);
    expect(main.stdout).toContain(
      `(not passed on, as go build refuses them from #cgo lines and pkg-config: -fplugin=${plugin}; CGO_CFLAGS_ALLOW/CGO_LDFLAGS_ALLOW let them through)`,
    );
    // What go build says of it.
    const build = await runner.step('go build -o app . || true', 'build');
    expect(build.stdout + build.stderr).toContain('invalid flag in #cgo CFLAGS: -fplugin=');
    expectOk(await runner.post());
  });

  it("a musl cell with Debian's zlib: main says zlib.h is outside musl-gcc's view, and the build fails on exactly that", async () => {
    const runner = runnerFor({ CC: 'musl-gcc' });
    writeModule(runner, 'zlib', 'zlib.h', 'C.ZLIB_VERNUM & 0');
    const main = await runner.main({ cgo: 'true', libc: 'musl', 'pkg-config': 'zlib' });
    expect(main.exitCode).toBe(1);
    const [error] = errors(main).filter((e) => e.startsWith('pkg-config zlib'));
    expect(error).toMatch(
      /^pkg-config zlib: expected zlib, usable by musl-gcc, found zlib [\d.]+, but musl-gcc cannot compile #include <zlib\.h>: fatal error: zlib\.h: No such file or directory\. /,
    );
    expect(error).toContain(
      'zlib.h is in /usr/include, which musl-gcc does not search: the glibc zlib of this machine (/usr/lib/x86_64-linux-gnu/pkgconfig/zlib.pc) is not built for musl',
    );
    expect(error).not.toContain('set CC=musl-gcc');
    const build = await runner.step(`${BUILD} || true`, 'build');
    expect(build.stdout + build.stderr).toContain('fatal error: zlib.h: No such file or directory');
    expectOk(await runner.post());
  });
});
