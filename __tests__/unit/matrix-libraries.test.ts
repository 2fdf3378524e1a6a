// The library tests' pure parts (linker trace, compiler errors, cgo preambles, go list's stream,
// ELF dynamic sections) and their judgement. The ELF readers run on libraries built here with the
// real gcc and musl-gcc.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compilerError, headerCandidates, missingHeader, missingLibrary, tracedFiles } from '../../src/matrix/cc-output.js';
import { linkedLibraries } from '../../src/matrix/cgo-flags.js';
import { classifyLibraries, type SubjectResult } from '../../src/matrix/cc-tests.js';
import { libcOfElf, readElfDynamic } from '../../src/matrix/elf-deps.js';
import { libraryChecks } from '../../src/matrix/evaluate-libraries.js';
import { parseLibc, type CellExpectations } from '../../src/matrix/expectations.js';
import type { ToolchainFacts } from '../../src/matrix/facts.js';
import type { LibraryFacts, SubjectInfo } from '../../src/matrix/library-facts.js';
import { findHeader } from '../../src/matrix/library-facts.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-libs-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function readAt(file: string) {
  const bytes = fs.readFileSync(file);
  return (offset: number, length: number) => bytes.subarray(offset, offset + length);
}

function sharedLibrary(cc: string, name: string): string {
  const src = path.join(work, `${name}.c`);
  fs.writeFileSync(src, '#include <stdio.h>\nint gcg_sum(int a, int b) { printf("x"); return a + b; }\n');
  const out = path.join(work, `lib${name}.so`);
  execFileSync(cc, ['-shared', '-fPIC', '-Wl,-soname,lib' + name + '.so.1', '-o', out, src]);
  return out;
}

describe('ELF dynamic section', () => {
  it("reads a gcc library's needed libc.so.6 and soname, and calls it glibc's", () => {
    const lib = sharedLibrary('gcc', 'gcgglibc');
    const dyn = readElfDynamic(readAt(lib));
    expect(dyn).toEqual({ needed: ['libc.so.6'], soname: 'libgcgglibc.so.1' });
    expect(libcOfElf('libgcgglibc.so', dyn!)).toEqual({ family: 'glibc', because: 'it needs libc.so.6' });
  });

  it("reads a musl-gcc library's needed libc.so and calls it musl's", () => {
    const lib = sharedLibrary('musl-gcc', 'gcgmusl');
    const dyn = readElfDynamic(readAt(lib));
    expect(dyn?.needed).toEqual(['libc.so']);
    expect(libcOfElf('libgcgmusl.so', dyn!)).toEqual({ family: 'musl', because: 'it needs libc.so' });
  });

  it('names the C libraries themselves, and says nothing of a library that needs neither', () => {
    expect(libcOfElf('libc.so.6', { needed: ['ld-linux-x86-64.so.2'], soname: 'libc.so.6' })?.family).toBe('glibc');
    expect(libcOfElf('ld-linux-x86-64.so.2', { needed: [], soname: 'ld-linux-x86-64.so.2' })?.family).toBe('glibc');
    expect(libcOfElf('libc.so', { needed: [] })).toEqual({ family: 'musl', because: "it is musl's own libc.so" });
    expect(libcOfElf('libfoo.so', { needed: ['libbar.so.1'] })).toBeUndefined();
  });

  it('is undefined for what is not ELF', () => {
    expect(readElfDynamic(() => Buffer.from('/* GNU ld script */\nGROUP ( libc.so.6 )'))).toBeUndefined();
    expect(readElfDynamic(() => Buffer.alloc(0))).toBeUndefined();
  });
});

describe('linker and compiler output', () => {
  const trace = [
    '/usr/lib/x86_64-linux-musl/Scrt1.o',
    '/tmp/ccJTU1tD.o',
    '/usr/lib/x86_64-linux-gnu/libz.so',
    '(/usr/lib/x86_64-linux-gnu/libc_nonshared.a)elf-init.oS',
    '/usr/lib/gcc/x86_64-linux-gnu/12/libgcc.a(_udivti3.o)',
    '/lib64/ld-linux-x86-64.so.2',
    '/usr/bin/ld: cannot find -lsqlite3: No such file or directory',
    'collect2: error: ld returned 1 exit status',
  ].join('\n');

  it('lists the libraries the linker loaded, once each, and no messages', () => {
    expect(tracedFiles(trace)).toEqual([
      '/usr/lib/x86_64-linux-gnu/libz.so',
      '/usr/lib/x86_64-linux-gnu/libc_nonshared.a',
      '/usr/lib/gcc/x86_64-linux-gnu/12/libgcc.a',
      '/lib64/ld-linux-x86-64.so.2',
    ]);
  });

  it('quotes the real error line, never "In file included from"', () => {
    const out =
      'In file included from <stdin>:1:\n/usr/include/stdio.h:27:10: fatal error: bits/libc-header-start.h: No such file or directory\ncompilation terminated.';
    expect(compilerError(out)).toBe('/usr/include/stdio.h:27:10: fatal error: bits/libc-header-start.h: No such file or directory');
    expect(missingHeader(out)).toBe('bits/libc-header-start.h');
    expect(compilerError(trace)).toBe('cannot find -lsqlite3: No such file or directory');
    expect(missingLibrary(trace)).toBe('-lsqlite3');
    expect(missingLibrary('ld: library not found for -lssl\nclang: error: linker command failed')).toBe('-lssl');
  });

  it('guesses the headers a module provides, and reads -l flags', () => {
    expect(headerCandidates('zlib')[0]).toBe('zlib.h');
    expect(headerCandidates('libcurl')).toEqual(expect.arrayContaining(['curl.h', 'curl/curl.h']));
    expect(headerCandidates('gtk+-3.0')).toEqual(expect.arrayContaining(['gtk/gtk.h']));
    expect(linkedLibraries(['-L/x', '-lz', '-l', 'm', '-Wl,-rpath,/x', '-pthread'])).toEqual(['-lz', '-lm']);
  });

  it("finds a module's header in its -I folders before its includedir", () => {
    const exists = (f: string) => f === '/opt/z/include/zlib.h' || f === '/usr/include/zlib.h';
    expect(findHeader('zlib', { cflags: ['-I/opt/z/include'], libs: [], includedir: '/usr/include' }, exists)).toEqual({
      name: 'zlib.h',
      dir: '/opt/z/include',
    });
    expect(findHeader('nothing', { cflags: [], libs: [], includedir: '/usr/include' }, exists)).toBeUndefined();
  });
});

describe('classifyLibraries on a real musl-gcc link against a glibc library', () => {
  it("finds the glibc library and glibc's own parts in a musl link", () => {
    const lib = sharedLibrary('gcc', 'gcgdep');
    const main = path.join(work, 'main.c');
    fs.writeFileSync(main, 'int main(void) { return 0; }\n');
    const out = execFileSync('musl-gcc', ['-o', path.join(work, 'a.out'), main, `-L${work}`, '-lgcgdep', '-L/usr/lib/x86_64-linux-gnu', '-Wl,-t'], {
      encoding: 'utf8',
    });
    const libraries = classifyLibraries(tracedFiles(out), work);
    const dep = libraries.find((l) => l.path === lib);
    expect(dep).toEqual({ path: lib, libc: { family: 'glibc', because: 'it needs libc.so.6' }, libcItself: false });
    expect(libraries.filter((l) => l.libcItself && l.libc?.family === 'glibc').length).toBeGreaterThan(0);
  });
});

const CELL = (changes: Partial<CellExpectations> = {}): CellExpectations => ({
  validate: true,
  cgo: 'true',
  libc: parseLibc('musl'),
  pkgConfig: [{ module: 'zlib' }],
  probe: false,
  cgoPackages: [],
  onMismatch: 'fail',
  ...changes,
});

const MUSL = { family: 'musl' as const, version: '1.2.3', evidence: 'musl-gcc' };

function toolchain(): ToolchainFacts {
  return {
    cgoEnabled: true,
    goos: 'linux',
    goarch: 'amd64',
    hostOs: 'linux',
    hostArch: 'amd64',
    cc: { command: 'musl-gcc', args: [], explicit: true, path: '/usr/bin/musl-gcc', libc: MUSL, problems: [] },
    hostLibc: { family: 'glibc', version: '2.36', evidence: 'detect-libc' },
    flagDirs: [],
    pkgConfig: { command: 'pkg-config', path: '/usr/bin/pkg-config', results: [{ requirement: { module: 'zlib' }, version: '1.2.13', satisfied: true }] },
  };
}

const ZLIB: SubjectInfo = {
  id: 'pkg-config:zlib',
  kind: 'pkg-config',
  name: 'zlib',
  header: { name: 'zlib.h', dir: '/usr/include' },
  module: { pcfiledir: '/usr/lib/x86_64-linux-gnu/pkgconfig', includedir: '/usr/include' },
  libraries: ['-lz'],
};

function judged(result: Omit<SubjectResult, 'id'>, info: SubjectInfo = ZLIB) {
  const libraries: LibraryFacts = { subjects: [info], results: [{ id: info.id, ...result }] };
  return libraryChecks(CELL(), toolchain(), libraries, MUSL, 'fail');
}

describe('libraryChecks', () => {
  it("says the host's header is out of the musl compiler's view, and how to get a musl build", () => {
    const [check] = judged({ compiles: [{ name: '#include <zlib.h>', ok: false, error: 'fatal error: zlib.h: No such file or directory', header: 'zlib.h' }] });
    expect(check.status).toBe('fail');
    expect(check.found).toBe(
      'zlib 1.2.13, but musl-gcc cannot compile #include <zlib.h>: fatal error: zlib.h: No such file or directory. zlib.h is in /usr/include, which musl-gcc does not search: the glibc zlib of this machine (/usr/lib/x86_64-linux-gnu/pkgconfig/zlib.pc) is not built for musl',
    );
    expect(check.fix).toMatch(/^use zlib built for musl: .*CC=musl-gcc into a prefix/);
    expect(check.fix).not.toMatch(/set CC=musl-gcc/);
  });

  it('names the library built for glibc that a musl link drags in, and glibc itself after it', () => {
    const libraries = [
      { path: '/usr/lib/x86_64-linux-gnu/libz.so', libc: { family: 'glibc' as const, because: 'it needs libc.so.6' }, libcItself: false },
      { path: '/lib/x86_64-linux-gnu/libc.so.6', libc: { family: 'glibc' as const, because: "it is glibc's own libc.so.6" }, libcItself: true },
      { path: '/usr/lib/x86_64-linux-musl/libc.so', libc: { family: 'musl' as const, because: "it is musl's own libc.so" }, libcItself: true },
    ];
    const run = { ok: false, output: 'Error relocating /usr/lib/x86_64-linux-gnu/libz.so: gnu_get_libc_version: symbol not found' };
    const [check] = judged({ compiles: [{ name: '#include <zlib.h>', ok: true }], link: { ok: true, libraries, run } });
    expect(check.status).toBe('fail');
    expect(check.found).toBe(
      "zlib 1.2.13, but links /usr/lib/x86_64-linux-gnu/libz.so (glibc: it needs libc.so.6), and with it glibc's own /lib/x86_64-linux-gnu/libc.so.6 into a musl cell: the program needs another libc's library; the test program fails to start: Error relocating /usr/lib/x86_64-linux-gnu/libz.so: gnu_get_libc_version: symbol not found",
    );
    expect(check.fix).toMatch(/^use libz\.so built for musl/);
    // It may even start here (musl's loader answers for libc.so.6): still the wrong library for a musl cell.
    const [started] = judged({ compiles: [], link: { ok: true, libraries, run: { ok: true, output: '' } } });
    expect(started.status).toBe('fail');
    expect(started.found).toMatch(/the test program starts here only because musl's loader stands in for libc\.so\.6, and a musl system has no such library$/);
  });

  it('warns when the libraries link but the program cannot load them here', () => {
    const libraries = [{ path: '/opt/musl/lib/libz.so', libc: { family: 'musl' as const, because: 'it needs libc.so' }, libcItself: false }];
    const run = { ok: false, output: 'Error loading shared library libz.so.1: No such file or directory (needed by ./x)' };
    const [check] = judged({ compiles: [], link: { ok: true, libraries, run } });
    expect(check).toMatchObject({
      status: 'warn',
      found:
        'zlib 1.2.13, but a test program linked with -lz by musl-gcc fails to start: Error loading shared library libz.so.1: No such file or directory (needed by ./x)',
    });
    expect(check.fix).toMatch(/LD_LIBRARY_PATH.*-Wl,-rpath/);
  });

  it('quotes the linker when a library is missing, and passes what compiles and links for the cell', () => {
    const [missing] = judged({ compiles: [], link: { ok: false, error: 'cannot find -lz: No such file or directory', missing: '-lz', libraries: [] } });
    expect(missing.found).toBe('zlib 1.2.13, but linking -lz with musl-gcc fails: cannot find -lz: No such file or directory');
    const libraries = [{ path: '/opt/musl/lib/libz.so', libc: { family: 'musl' as const, because: 'it needs libc.so' }, libcItself: false }];
    const [ok] = judged({ compiles: [{ name: '#include <zlib.h>', ok: true }], link: { ok: true, libraries } });
    expect(ok).toMatchObject({ status: 'pass', found: 'zlib 1.2.13: #include <zlib.h> compiles and -lz links with musl-gcc (built for musl)' });
  });

  it('says why nothing was tried when the compiler cannot run', () => {
    const [check] = libraryChecks(CELL(), toolchain(), { skipped: 'the C compiler musl-gcc is missing', subjects: [], results: [] }, MUSL, 'fail');
    expect(check).toMatchObject({ status: 'pass', found: 'zlib 1.2.13; not compiled or linked: the C compiler musl-gcc is missing' });
    const packages = libraryChecks(
      CELL({ pkgConfig: [], cgoPackages: ['./...'] }),
      toolchain(),
      { skipped: 'cgo is off', subjects: [], results: [] },
      MUSL,
      'fail',
    );
    expect(packages).toEqual([expect.objectContaining({ id: 'cgo-packages', status: 'skip', found: 'not tried: cgo is off' })]);
  });

  it('fails a package whose preamble does not preprocess, naming its file', () => {
    const info: SubjectInfo = { id: 'package:example.com/db', kind: 'package', name: 'example.com/db', libraries: ['-lsqlite3'], missingModules: [] };
    const libraries: LibraryFacts = {
      subjects: [info],
      results: [
        {
          id: info.id,
          compiles: [{ name: 'db.go', ok: false, error: 'db.go (C preamble line 3:) fatal error: sqlite3.h: No such file or directory', header: 'sqlite3.h' }],
        },
      ],
      packages: { packages: [{ importPath: 'example.com/db', dir: '/w/db', cflags: [], ldflags: ['-lsqlite3'], pkgConfig: [], preambles: [] }], problems: [] },
    };
    const checks = libraryChecks(CELL({ pkgConfig: [], cgoPackages: ['./...'] }), toolchain(), libraries, MUSL, 'fail');
    expect(checks).toEqual([
      expect.objectContaining({
        id: 'package:example.com/db',
        title: 'cgo package example.com/db',
        status: 'fail',
        found: 'musl-gcc cannot compile the C preamble of db.go: db.go (C preamble line 3:) fatal error: sqlite3.h: No such file or directory',
      }),
    ]);
    // The header is on this machine, for glibc only: the row says so and how to get a musl build.
    libraries.results[0].compiles[0].headerFoundAt = '/usr/include';
    const [seen] = libraryChecks(CELL({ pkgConfig: [], cgoPackages: ['./...'] }), toolchain(), libraries, MUSL, 'fail');
    expect(seen.found).toMatch(
      /sqlite3\.h is in \/usr\/include, which musl-gcc does not search: the library behind sqlite3\.h on this machine is built for glibc, not musl$/,
    );
    expect(seen.fix).toMatch(/^use the library that provides sqlite3\.h built for musl: /);
  });
});
