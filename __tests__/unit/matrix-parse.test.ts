// The parsers behind the toolchain facts. Compiler, ldd and loader outputs and the binaries are made
// here with the real gcc, musl-gcc and musl loader; hand-made buffers cover what cannot be built.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  flagDirectories,
  goVersionToSemver,
  libcFromBinary,
  libcFromLdd,
  libcFromMacros,
  muslLoaderVersion,
  parseTriple,
  readBinaryFormat,
  splitQuoted,
  tripleMatchesGo,
  type Triple,
} from '../../src/matrix/parse.js';

const MUSL_LOADER = '/lib/ld-musl-x86_64.so.1';

/** What `cc -E -dM` prints after `#include <stdio.h>`, as facts.ts asks it. */
const macrosOf = (cc: string) => execFileSync(cc, ['-E', '-dM', '-x', 'c', '-'], { input: '#include <stdio.h>\n', encoding: 'utf8' });

/** The glibc version `ldd --version` names on its first line: "ldd (Debian GLIBC 2.36-9+deb12u14) 2.36". */
function lddGlibcVersion(): string {
  const first = execFileSync('ldd', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  const version = /\s(\d+\.\d+)$/.exec(first)?.[1];
  if (!version) throw new Error(`cannot read the glibc version from ${JSON.stringify(first)}`);
  return version;
}

describe('goVersionToSemver', () => {
  it.each([
    ['go1.22.3', '1.22.3'],
    ['go1.21rc2', '1.21.0-rc.2'],
    ['go1.20', '1.20.0'],
    ['go1.9beta1', '1.9.0-beta.1'],
    ['go1.22.1 X:nocoverageredesign', '1.22.1'],
    ['  go1.23.0\n', '1.23.0'],
  ])('%j is %j', (goVersion, expected) => {
    expect(goVersionToSemver(goVersion)).toBe(expected);
  });

  it.each(['devel go1.23-abc1234 Tue Jan 2 15:04:05 2024 +0000', 'devel +abc', '', '1.22.3', 'go', 'gox1.2', 'go1.22.3.4'])('%j is undefined', (goVersion) => {
    expect(goVersionToSemver(goVersion)).toBeUndefined();
  });
});

describe('splitQuoted', () => {
  it('splits on runs of blanks (spaces, tabs, newlines)', () => {
    expect(splitQuoted('  -O2   -g\t-Wall\n-I/x  ')).toEqual(['-O2', '-g', '-Wall', '-I/x']);
  });

  it('groups a field in single or double quotes, without unescaping', () => {
    expect(splitQuoted(`-I '/a b' "-L/c d" '-DX="y z"'`)).toEqual(['-I', '/a b', '-L/c d', '-DX="y z"']);
    expect(splitQuoted(String.raw`"C:\Program Files\x"`)).toEqual([String.raw`C:\Program Files\x`]);
  });

  it('keeps empty quotes as an empty field', () => {
    expect(splitQuoted(`a '' b ""`)).toEqual(['a', '', 'b', '']);
  });

  it('is empty for an empty or blank value', () => {
    expect(splitQuoted('')).toEqual([]);
    expect(splitQuoted(' \t\n ')).toEqual([]);
  });

  // BUG (src/matrix/parse.ts splitQuoted): Go's cmd/internal/quoted.Split, which the function says
  // it follows and which cmd/go uses for CGO_*FLAGS and CC, honours quotes only at the START of a
  // field ("Quotes further inside the string do not count."), and a closing quote ends the field.
  it("like Go's quoted.Split, counts quotes only at the start of a field", () => {
    expect(splitQuoted(`-L'/a b'`)).toEqual([`-L'/a`, `b'`]);
    expect(splitQuoted(`'a'b`)).toEqual(['a', 'b']);
  });
});

describe('flagDirectories', () => {
  it('reads -I and -L attached and as the next field', () => {
    expect(flagDirectories('CGO_CFLAGS', '-I dir -Iinc -L /lib/x -L../rel')).toEqual([
      { variable: 'CGO_CFLAGS', flag: '-I', dir: 'dir' },
      { variable: 'CGO_CFLAGS', flag: '-I', dir: 'inc' },
      { variable: 'CGO_CFLAGS', flag: '-L', dir: '/lib/x' },
      { variable: 'CGO_CFLAGS', flag: '-L', dir: '../rel' },
    ]);
  });

  it('reads -isystem, -iquote and -idirafter, attached and separate', () => {
    expect(flagDirectories('CGO_CPPFLAGS', '-isystem x -isystem/y -iquote q -iquote/q2 -idirafter a -idirafter/b')).toEqual([
      { variable: 'CGO_CPPFLAGS', flag: '-isystem', dir: 'x' },
      { variable: 'CGO_CPPFLAGS', flag: '-isystem', dir: '/y' },
      { variable: 'CGO_CPPFLAGS', flag: '-iquote', dir: 'q' },
      { variable: 'CGO_CPPFLAGS', flag: '-iquote', dir: '/q2' },
      { variable: 'CGO_CPPFLAGS', flag: '-idirafter', dir: 'a' },
      { variable: 'CGO_CPPFLAGS', flag: '-idirafter', dir: '/b' },
    ]);
  });

  it('reads a quoted folder with a space when the whole field or the next field is quoted', () => {
    expect(flagDirectories('CGO_LDFLAGS', `-L '/a b' "-I/c d"`)).toEqual([
      { variable: 'CGO_LDFLAGS', flag: '-L', dir: '/a b' },
      { variable: 'CGO_LDFLAGS', flag: '-I', dir: '/c d' },
    ]);
  });

  // BUG (src/matrix/parse.ts splitQuoted, see above): Go passes -L'/a and b' to the linker, so the
  // folder the build really names is '/a (with the quote), not /a b.
  it(`reads -L'/a b' as Go splits it: the folder '/a`, () => {
    expect(flagDirectories('CGO_LDFLAGS', `-L'/a b'`)).toEqual([{ variable: 'CGO_LDFLAGS', flag: '-L', dir: `'/a` }]);
  });

  it('ignores flags that name no folder', () => {
    expect(flagDirectories('CGO_LDFLAGS', '-lfoo -O2 -DINCLUDE=x -Wl,-rpath,/r -include x.h -static -g')).toEqual([]);
  });

  it('ignores a trailing -I or -L with no folder after it', () => {
    expect(flagDirectories('CGO_CFLAGS', '-Ia -I')).toEqual([{ variable: 'CGO_CFLAGS', flag: '-I', dir: 'a' }]);
    expect(flagDirectories('CGO_LDFLAGS', '-L')).toEqual([]);
  });

  it('is empty for an empty value', () => {
    expect(flagDirectories('CGO_CFLAGS', '')).toEqual([]);
  });
});

describe('libcFromMacros', () => {
  it('reads glibc and its version from the real gcc, agreeing with ldd --version', () => {
    const version = lddGlibcVersion();
    expect(version).toMatch(/^2\.\d+$/);
    expect(libcFromMacros(macrosOf('gcc'))).toEqual({ family: 'glibc', version, evidence: `its headers define __GLIBC__ ${version}` });
  });

  it('reads musl from the real musl-gcc (no macro of its own, but __linux__)', () => {
    const macros = macrosOf('musl-gcc');
    expect(macros).toMatch(/^#define __linux__ 1$/m);
    expect(libcFromMacros(macros)).toEqual({
      family: 'musl',
      evidence: 'a Linux compiler whose headers define no __GLIBC__; musl defines no macro of its own',
    });
  });

  it.each([
    ['#define __APPLE__ 1\n#define __MACH__ 1\n', { family: 'darwin', evidence: 'it targets Apple (libSystem)' }],
    ['#define _WIN32 1\n#define __MINGW32__ 1\n#define __MINGW64__ 1\n', { family: 'mingw', evidence: 'its headers define __MINGW32__' }],
    ['#define __linux__ 1\n#define __BIONIC__ 1\n#define __ANDROID__ 1\n', { family: 'bionic', evidence: 'its headers define __BIONIC__' }],
    ['#define __linux__ 1\n#define __UCLIBC__ 1\n', { family: 'uclibc', evidence: 'its headers define __UCLIBC__' }],
    ['#define __FreeBSD__ 14\n#define __unix__ 1\n', { family: 'unknown', evidence: 'its headers name no known C library' }],
    ['', { family: 'unknown', evidence: 'its headers name no known C library' }],
  ])('reads %j', (macros, expected) => {
    expect(libcFromMacros(macros)).toEqual(expected);
  });

  it('is not fooled by macros that merely start with a known name', () => {
    expect(libcFromMacros('#define __GLIBC_PREREQ(maj,min) 1\n#define __APPLE_CC__ 6000\n#define __linux__ 1\n').family).toBe('musl');
  });

  it('gives the major version alone when __GLIBC_MINOR__ is missing', () => {
    expect(libcFromMacros('#define __GLIBC__ 2\n')).toEqual({ family: 'glibc', version: '2', evidence: 'its headers define __GLIBC__ 2' });
  });
});

describe('parseTriple', () => {
  it.each<[string, Omit<Triple, 'raw'>]>([
    ['x86_64-linux-gnu', { arch: 'x86_64', os: 'linux', abi: 'gnu' }],
    ['x86_64-pc-linux-gnu', { arch: 'x86_64', os: 'linux', abi: 'gnu' }],
    ['x86_64-alpine-linux-musl', { arch: 'x86_64', os: 'linux', abi: 'musl' }],
    ['aarch64-linux-gnu', { arch: 'aarch64', os: 'linux', abi: 'gnu' }],
    ['arm64-apple-darwin23.4.0', { arch: 'arm64', os: 'darwin', abi: '' }],
    ['x86_64-w64-mingw32', { arch: 'x86_64', os: 'windows', abi: '' }],
    ['i686-linux-gnu', { arch: 'i686', os: 'linux', abi: 'gnu' }],
    ['armv7-unknown-linux-gnueabihf', { arch: 'armv7', os: 'linux', abi: 'gnu' }],
    ['riscv64-linux-gnu', { arch: 'riscv64', os: 'linux', abi: 'gnu' }],
    ['x86_64-unknown-freebsd14.0', { arch: 'x86_64', os: 'freebsd', abi: '' }],
  ])('%j', (raw, expected) => {
    expect(parseTriple(raw)).toEqual({ raw, ...expected });
  });

  it('trims the raw value (as -dumpmachine prints it, with a newline)', () => {
    expect(parseTriple('x86_64-linux-gnu\n')).toEqual({ raw: 'x86_64-linux-gnu', arch: 'x86_64', os: 'linux', abi: 'gnu' });
  });

  it.each(['garbage', '', '   ', '-linux-gnu'])('%j is undefined', (raw) => {
    expect(parseTriple(raw)).toBeUndefined();
  });

  it('parses the real gcc and musl-gcc -dumpmachine', () => {
    expect(parseTriple(execFileSync('gcc', ['-dumpmachine'], { encoding: 'utf8' }))).toEqual({
      raw: 'x86_64-linux-gnu',
      arch: 'x86_64',
      os: 'linux',
      abi: 'gnu',
    });
    expect(parseTriple(execFileSync('musl-gcc', ['-dumpmachine'], { encoding: 'utf8' }))).toMatchObject({ arch: 'x86_64', os: 'linux' });
  });
});

describe('tripleMatchesGo', () => {
  const t = (raw: string) => {
    const triple = parseTriple(raw);
    if (!triple) throw new Error(`cannot parse ${raw}`);
    return triple;
  };

  it.each([
    ['x86_64-linux-gnu', 'linux', 'amd64'],
    ['x86_64-alpine-linux-musl', 'linux', 'amd64'],
    ['aarch64-linux-gnu', 'linux', 'arm64'],
    ['i686-linux-gnu', 'linux', '386'],
    ['armv7-unknown-linux-gnueabihf', 'linux', 'arm'],
    ['riscv64-linux-gnu', 'linux', 'riscv64'],
    ['arm64-apple-darwin23.4.0', 'darwin', 'arm64'],
    ['x86_64-apple-darwin22.1.0', 'darwin', 'amd64'],
    ['arm64-apple-darwin23.4.0', 'ios', 'arm64'],
    ['x86_64-w64-mingw32', 'windows', 'amd64'],
    ['i686-w64-mingw32', 'windows', '386'],
  ])('%j builds for %s/%s', (raw, goos, goarch) => {
    expect(tripleMatchesGo(t(raw), goos, goarch)).toBe(true);
  });

  it.each([
    ['x86_64-linux-gnu', 'linux', 'arm64'],
    ['aarch64-linux-gnu', 'linux', 'amd64'],
    ['aarch64-linux-gnu', 'linux', 'arm'],
    ['x86_64-linux-gnu', 'windows', 'amd64'],
    ['x86_64-w64-mingw32', 'linux', 'amd64'],
    ['arm64-apple-darwin23.4.0', 'linux', 'arm64'],
  ])('%j does not build for %s/%s', (raw, goos, goarch) => {
    expect(tripleMatchesGo(t(raw), goos, goarch)).toBe(false);
  });

  it('cannot tell whether an x86_64 gcc builds 386 (Go passes -m32; it needs 32-bit libraries)', () => {
    expect(tripleMatchesGo(t('x86_64-linux-gnu'), 'linux', '386')).toBeUndefined();
    expect(tripleMatchesGo(t('x86_64-linux-gnu'), 'windows', '386')).toBe(false);
  });

  it('cannot tell for a GOARCH it has no rule for when the OS matches; false when the OS differs', () => {
    expect(tripleMatchesGo(t('sparc64-linux-gnu'), 'linux', 'sparc64')).toBeUndefined();
    expect(tripleMatchesGo(t('sparc64-linux-gnu'), 'solaris', 'sparc64')).toBe(false);
  });
});

describe('libcFromLdd', () => {
  it('reads the real ldd --version of this glibc system', () => {
    const version = lddGlibcVersion();
    const ldd = spawnSync('ldd', ['--version'], { encoding: 'utf8' });
    expect(libcFromLdd(ldd.stdout, ldd.stderr)).toEqual({ family: 'glibc', version, evidence: 'ldd --version names glibc' });
  });

  it.each([
    ['ldd (Debian GLIBC 2.36-9+deb12u14) 2.36\nCopyright (C) 2022 Free Software Foundation, Inc.\n', '2.36'],
    ['ldd (GNU libc) 2.39\n', '2.39'],
    ['ldd (Ubuntu GLIBC 2.39-0ubuntu8.4) 2.39\nCopyright (C) 2024 Free Software Foundation, Inc.\n', '2.39'],
    ['ldd (GNU libc) 2.28.1\n', '2.28.1'],
  ])('reads glibc from %j', (stdout, version) => {
    expect(libcFromLdd(stdout, '')).toEqual({ family: 'glibc', version, evidence: 'ldd --version names glibc' });
  });

  it('reads musl and its version from stderr (musl prints there and exits 1)', () => {
    const stderr = 'musl libc (x86_64)\nVersion 1.2.4\nDynamic Program Loader\nUsage: /lib/ld-musl-x86_64.so.1 [options] [--] pathname\n';
    expect(libcFromLdd('', stderr)).toEqual({ family: 'musl', version: '1.2.4', evidence: 'ldd --version names musl' });
  });

  it("reads the real musl loader's banner as Alpine's ldd prints it (loader --list --version)", () => {
    const run = spawnSync(MUSL_LOADER, ['--list', '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(libcFromLdd(run.stdout, run.stderr)).toEqual({
      family: 'musl',
      version: expect.stringMatching(/^1\.\d+\.\d+$/),
      evidence: 'ldd --version names musl',
    });
  });

  it('is undefined when neither is named', () => {
    expect(libcFromLdd('', '')).toBeUndefined();
    expect(libcFromLdd('', 'ldd: unrecognized option --version\n')).toBeUndefined();
    expect(libcFromLdd('\tnot a dynamic executable\n', '')).toBeUndefined();
  });

  it('reads glibc only from the first line of stdout', () => {
    expect(libcFromLdd('something else\nldd (GNU libc) 2.39\n', '')).toBeUndefined();
  });
});

describe('muslLoaderVersion', () => {
  it('reads the version the real musl loader prints when run directly', () => {
    const run = spawnSync(MUSL_LOADER, [], { encoding: 'utf8' });
    expect(run.stdout).toBe('');
    const version = muslLoaderVersion(run.stderr);
    expect(version).toMatch(/^1\.\d+\.\d+$/);
    expect(run.stderr).toContain(`Version ${version}\n`);
  });

  it.each([
    ['musl libc (aarch64)\nVersion 1.2.5\nDynamic Program Loader\n', '1.2.5'],
    ['musl libc (x86_64)\r\nVersion 1.2.2\r\n', '1.2.2'],
  ])('reads %j', (stderr, version) => {
    expect(muslLoaderVersion(stderr)).toBe(version);
  });

  it('is undefined without the musl banner or without a version line', () => {
    expect(muslLoaderVersion('Version 1.2.3\n')).toBeUndefined();
    expect(muslLoaderVersion('musl libc (x86_64)\nDynamic Program Loader\n')).toBeUndefined();
    expect(muslLoaderVersion('')).toBeUndefined();
  });
});

describe('readBinaryFormat and libcFromBinary on real binaries', () => {
  let dir: string;
  const bin = (name: string) => fs.readFileSync(path.join(dir, name));

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'go-ci-guard-parse-'));
    fs.writeFileSync(path.join(dir, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n');
    const source = path.join(dir, 'hello.c');
    execFileSync('gcc', ['-o', path.join(dir, 'glibc'), source]);
    execFileSync('musl-gcc', ['-o', path.join(dir, 'musl'), source]);
    execFileSync('gcc', ['-static', '-o', path.join(dir, 'static'), source]);
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a gcc (glibc) binary asks for the glibc loader', () => {
    const format = readBinaryFormat(bin('glibc'));
    expect(format).toEqual({ format: 'elf', interpreter: '/lib64/ld-linux-x86-64.so.2' });
    expect(libcFromBinary(format)).toEqual({ family: 'glibc', evidence: "the binary's ELF interpreter is /lib64/ld-linux-x86-64.so.2" });
  });

  it('a musl-gcc binary asks for the musl loader', () => {
    const format = readBinaryFormat(bin('musl'));
    expect(format).toEqual({ format: 'elf', interpreter: '/lib/ld-musl-x86_64.so.1' });
    expect(libcFromBinary(format)).toEqual({ family: 'musl', evidence: "the binary's ELF interpreter is /lib/ld-musl-x86_64.so.1" });
  });

  it('a gcc -static binary has no interpreter: static', () => {
    const format = readBinaryFormat(bin('static'));
    expect(format).toEqual({ format: 'elf' });
    expect(libcFromBinary(format)).toEqual({ family: 'static', evidence: 'the binary is statically linked (no ELF interpreter)' });
  });

  it.each([4, 16, 63, 64, 100])('a real binary cut to %i bytes does not throw', (length) => {
    const cut = bin('glibc').subarray(0, length);
    expect(readBinaryFormat(cut)).toEqual({ format: 'unknown' });
  });
});

/** A minimal ELF file: header, program headers (PT_LOAD, and PT_INTERP when asked) and the interpreter path. */
function elf(options: { is64: boolean; little: boolean; interpreter?: string }): Buffer {
  const { is64, little } = options;
  const headerSize = is64 ? 64 : 52;
  const phentsize = is64 ? 56 : 32;
  const phnum = options.interpreter === undefined ? 1 : 2;
  const interpOffset = headerSize + phnum * phentsize;
  const interp = Buffer.from(`${options.interpreter ?? ''}\0`, 'latin1');
  const buf = Buffer.alloc(interpOffset + interp.length);
  const u16 = (o: number, v: number) => (little ? buf.writeUInt16LE(v, o) : buf.writeUInt16BE(v, o));
  const u32 = (o: number, v: number) => (little ? buf.writeUInt32LE(v, o) : buf.writeUInt32BE(v, o));
  const word = (o: number, v: number) => (is64 ? (little ? buf.writeBigUInt64LE(BigInt(v), o) : buf.writeBigUInt64BE(BigInt(v), o)) : u32(o, v));
  buf.writeUInt32BE(0x7f454c46, 0);
  buf[4] = is64 ? 2 : 1;
  buf[5] = little ? 1 : 2;
  buf[6] = 1;
  u16(0x10, 2); // ET_EXEC
  word(is64 ? 0x20 : 0x1c, headerSize); // e_phoff
  u16(is64 ? 0x36 : 0x2a, phentsize);
  u16(is64 ? 0x38 : 0x2c, phnum);
  const load = headerSize;
  u32(load, 1); // PT_LOAD
  if (options.interpreter !== undefined) {
    const ph = headerSize + phentsize;
    u32(ph, 3); // PT_INTERP
    word(is64 ? ph + 0x08 : ph + 0x04, interpOffset);
    word(is64 ? ph + 0x20 : ph + 0x10, interp.length);
  }
  interp.copy(buf, interpOffset);
  return buf;
}

describe('readBinaryFormat on hand-made buffers', () => {
  it('reads PT_INTERP of a 32-bit big-endian ELF (e.g. MIPS, PowerPC)', () => {
    const format = readBinaryFormat(elf({ is64: false, little: false, interpreter: '/lib/ld.so.1' }));
    expect(format).toEqual({ format: 'elf', interpreter: '/lib/ld.so.1' });
    expect(libcFromBinary(format)?.family).toBe('glibc');
  });

  it('reads PT_INTERP of a 32-bit little-endian ELF (i386 glibc)', () => {
    expect(readBinaryFormat(elf({ is64: false, little: true, interpreter: '/lib/ld-linux.so.2' }))).toEqual({
      format: 'elf',
      interpreter: '/lib/ld-linux.so.2',
    });
  });

  it('reads PT_INTERP of a 64-bit big-endian ELF (s390x musl)', () => {
    const format = readBinaryFormat(elf({ is64: true, little: false, interpreter: '/lib/ld-musl-s390x.so.1' }));
    expect(format).toEqual({ format: 'elf', interpreter: '/lib/ld-musl-s390x.so.1' });
    expect(libcFromBinary(format)?.family).toBe('musl');
  });

  it('a 32-bit ELF without PT_INTERP is static', () => {
    expect(readBinaryFormat(elf({ is64: false, little: false }))).toEqual({ format: 'elf' });
  });

  it('an unknown interpreter is an unknown libc, named in the evidence', () => {
    const format = readBinaryFormat(elf({ is64: true, little: true, interpreter: '/system/bin/linker64' }));
    expect(libcFromBinary(format)).toEqual({ family: 'unknown', evidence: "the binary's ELF interpreter is /system/bin/linker64" });
  });

  it.each([
    ['Mach-O 64-bit (LE on disk)', [0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]],
    ['Mach-O 32-bit (LE on disk)', [0xce, 0xfa, 0xed, 0xfe]],
    ['Mach-O (BE)', [0xfe, 0xed, 0xfa, 0xcf]],
    ['a universal binary', [0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]],
  ])('%s is mach-o, with no libc judgement', (_name, bytes) => {
    const format = readBinaryFormat(Buffer.from(bytes));
    expect(format).toEqual({ format: 'mach-o' });
    expect(libcFromBinary(format)).toBeUndefined();
  });

  it("'MZ' is a PE (Windows) binary, with no libc judgement", () => {
    const format = readBinaryFormat(Buffer.from('MZ\x90\x00\x03\x00', 'latin1'));
    expect(format).toEqual({ format: 'pe' });
    expect(libcFromBinary(format)).toBeUndefined();
    expect(readBinaryFormat(Buffer.from('MZ', 'latin1'))).toEqual({ format: 'pe' });
  });

  it.each([
    ['an empty buffer', Buffer.alloc(0)],
    ['one byte', Buffer.from([0x7f])],
    ['text', Buffer.from('#!/bin/sh\necho hi\n')],
    ['zeros', Buffer.alloc(128)],
  ])('%s is unknown', (_name, bytes) => {
    expect(readBinaryFormat(bytes)).toEqual({ format: 'unknown' });
    expect(libcFromBinary({ format: 'unknown' })).toBeUndefined();
  });

  it('truncated or corrupt ELF headers are unknown and never throw', () => {
    expect(readBinaryFormat(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toEqual({ format: 'unknown' });
    const full = elf({ is64: true, little: true, interpreter: '/lib64/ld-linux-x86-64.so.2' });
    expect(readBinaryFormat(full.subarray(0, 40))).toEqual({ format: 'unknown' });
    // Program headers said to lie far past the end of the file.
    const farAway = Buffer.from(full);
    farAway.writeBigUInt64LE(0xffffffn, 0x20);
    expect(readBinaryFormat(farAway)).toEqual({ format: 'unknown' });
    // A huge number of program headers in a tiny file.
    const many = Buffer.from(full);
    many.writeUInt16LE(0xffff, 0x38);
    expect(() => readBinaryFormat(many)).not.toThrow();
  });
});
