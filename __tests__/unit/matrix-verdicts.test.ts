// The libc verdicts of issue 15 on hand-written facts: the cause named (header flags, a second
// libc in the binary), never a fix the cell already applies.
import { describe, expect, it } from '@jest/globals';
import { libcCheck, probeCheck } from '../../src/matrix/evaluate-libc.js';
import { parseLibc, type CellExpectations } from '../../src/matrix/expectations.js';
import type { ToolchainFacts } from '../../src/matrix/facts.js';
import type { ProbeResult } from '../../src/matrix/probe.js';

const cell = (libc: string, probe = false): CellExpectations => ({
  validate: true,
  cgo: 'true',
  libc: parseLibc(libc),
  pkgConfig: [],
  probe,
  cgoPackages: [],
  onMismatch: 'fail',
});
const GLIBC = { family: 'glibc' as const, version: '2.36', evidence: 'its headers define __GLIBC__ 2.36' };
const MUSL = { family: 'musl' as const, version: '1.2.3', evidence: 'no __GLIBC__' };

function facts(cc: Partial<ToolchainFacts['cc']>): ToolchainFacts {
  return {
    cgoEnabled: true,
    goos: 'linux',
    goarch: 'amd64',
    hostOs: 'linux',
    hostArch: 'amd64',
    cc: { command: 'musl-gcc', args: [], explicit: true, path: '/usr/bin/musl-gcc', libc: GLIBC, problems: [], ...cc },
    hostLibc: { family: 'glibc', version: '2.36', evidence: 'detect-libc' },
    flagDirs: [],
  };
}

describe('libcCheck', () => {
  it('names header flags that turn musl-gcc glibc as the cause, and their fix', () => {
    const check = libcCheck(cell('musl'), facts({ flagsEffect: { flags: ['-isystem /usr/include'], libcWithout: MUSL } }), true);
    expect(check).toMatchObject({ status: 'fail', fix: 'remove -isystem /usr/include, or point it at headers built for musl' });
    expect(check?.found).toMatch(/: -isystem \/usr\/include from CGO_CPPFLAGS\/CGO_CFLAGS put glibc headers before musl-gcc's own musl 1\.2\.3$/);
  });

  it('never advises CC=musl-gcc when CC is musl-gcc', () => {
    const check = libcCheck(cell('musl'), facts({}), true);
    expect(check?.fix).toBe(
      "CC is already musl-gcc, yet its headers are not musl's: check its specs file and the -I/--sysroot flags in CGO_CPPFLAGS/CGO_CFLAGS",
    );
    const gcc = libcCheck(cell('musl'), facts({ command: 'gcc', path: '/usr/bin/gcc', explicit: false }), true);
    expect(gcc?.fix).toMatch(/^set CC=musl-gcc/);
  });
});

describe('probeCheck', () => {
  const probe = (changes: Partial<ProbeResult>): ProbeResult => ({
    ok: true,
    ms: 1,
    output: '',
    binary: '/p',
    ran: true,
    runOk: true,
    runOutput: 'cgo probe: 42',
    ...changes,
  });

  it("fails a glibc binary that needs musl's libc, and passes one whose needed libraries are its own libc's", () => {
    const glibcLoader = { family: 'glibc' as const, evidence: "the binary's ELF interpreter is /lib64/ld-linux-x86-64.so.2" };
    const mixed = probeCheck(cell('glibc', true), facts({}), true, probe({ libc: glibcLoader, needed: ['libfoo.so', 'libc.so'] }));
    expect(mixed).toMatchObject({ status: 'fail' });
    expect(mixed?.found).toBe(
      "built and ran, but the binary needs libc.so, musl's C library, beside glibc's loader: a library built for musl is linked in (CGO_LDFLAGS or a #cgo line links it)",
    );
    expect(probeCheck(cell('glibc', true), facts({}), true, probe({ libc: glibcLoader, needed: ['libz.so.1', 'libc.so.6'] }))?.status).toBe('pass');
  });
});
