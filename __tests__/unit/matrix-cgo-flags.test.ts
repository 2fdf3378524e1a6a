// Which flags from #cgo lines and pkg-config the library tests pass on to the compiler: like
// go build, never one that would run or load something (a dependency's -fplugin=…).
import { describe, expect, it } from '@jest/globals';
import { goArchFlags, linkedLibraries, safeCompilerFlags, safeLinkerFlags } from '../../src/matrix/cgo-flags.js';

describe('safeCompilerFlags', () => {
  it('keeps include folders, macros, warnings, standards and target options', () => {
    const flags = [
      '-I/opt/x/include',
      '-I',
      '/opt/y',
      '-DSQLITE_THREADSAFE=1',
      '-UNDEBUG',
      '-std=gnu99',
      '-Wno-deprecated-declarations',
      '-O2',
      '-g',
      '-m64',
      '-fPIC',
      '-pthread',
      '-isystem',
      '/s',
    ];
    expect(safeCompilerFlags(flags, {})).toEqual({ kept: flags, dropped: [] });
  });

  it('drops what loads code or hands flags to other tools, and a value that could be a flag', () => {
    const { kept, dropped } = safeCompilerFlags(['-fplugin=/tmp/evil.so', '-Wl,-rpath,/x', '-Wa,--foo', '@/tmp/response', '-I', '-fplugin=x', '-DOK'], {});
    expect(kept).toEqual(['-DOK']);
    expect(dropped).toEqual(['-fplugin=/tmp/evil.so', '-Wl,-rpath,/x', '-Wa,--foo', '@/tmp/response', '-I', '-fplugin=x']);
  });

  it('lets through what CGO_CFLAGS_ALLOW allows, as go build does', () => {
    expect(safeCompilerFlags(['-fplugin=/opt/ok.so'], { CGO_CFLAGS_ALLOW: '-fplugin=/opt/.*' }).kept).toEqual(['-fplugin=/opt/ok.so']);
    expect(safeCompilerFlags(['-fplugin=/opt/ok.so'], { CGO_CFLAGS_ALLOW: '(' }).dropped).toEqual(['-fplugin=/opt/ok.so']);
  });
});

describe('safeLinkerFlags and linkedLibraries', () => {
  it('keeps libraries, their folders and common -Wl options; drops the rest', () => {
    const { kept, dropped } = safeLinkerFlags(
      ['-L/opt/lib', '-lsqlite3', '-Wl,--as-needed', '-Wl,-rpath,/opt/lib', '/src/vendor/libfoo.a', '-Wl,--wrap=malloc', '-fuse-ld=/tmp/evil'],
      {},
    );
    expect(kept).toEqual(['-L/opt/lib', '-lsqlite3', '-Wl,--as-needed', '-Wl,-rpath,/opt/lib', '/src/vendor/libfoo.a']);
    expect(dropped).toEqual(['-Wl,--wrap=malloc', '-fuse-ld=/tmp/evil']);
  });

  it('names -l flags and libraries given by their path', () => {
    expect(linkedLibraries(['-L/x', '-lz', '-l', 'm', '/v/libfoo.a', 'libbar.so.1', '-pthread'])).toEqual(['-lz', '-lm', '/v/libfoo.a', 'libbar.so.1']);
  });
});

describe('goArchFlags', () => {
  it("gives the compiler flags go build adds for the target, so a 386 cell's headers are 32-bit ones", () => {
    expect(goArchFlags('linux', 'amd64')).toEqual(['-m64']);
    expect(goArchFlags('linux', '386')).toEqual(['-m32']);
    expect(goArchFlags('darwin', 'arm64')).toEqual(['-arch', 'arm64']);
    expect(goArchFlags('linux', 'arm64')).toEqual([]);
  });
});
