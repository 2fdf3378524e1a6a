// The pure judgement of a matrix cell: ToolchainFacts are written by hand here, so every branch of
// the checks (and the fingerprint over the facts) can be reached on any machine.
import { describe, expect, it } from '@jest/globals';
import { buildLibc, describeLibc, evaluateCell, whyCgoOff } from '../../src/matrix/evaluate.js';
import type { Check } from '../../src/matrix/report.js';
import { parseCgo, parseGoVersionRange, parseLibc, parsePkgConfigList, type CellExpectations } from '../../src/matrix/expectations.js';
import { defaultCC, goSettings, type CompilerFacts, type ToolchainFacts } from '../../src/matrix/facts.js';
import { toolchainFingerprint, toolchainOutputs } from '../../src/matrix/fingerprint.js';
import { parseTriple, type LibcInfo, type Triple } from '../../src/matrix/parse.js';
import type { ProbeResult } from '../../src/matrix/probe.js';

const INSTALL_CC = 'install a C compiler (Debian/Ubuntu: apt-get install gcc; Alpine: apk add gcc musl-dev; macOS: xcode-select --install) or set CC';
const GLIBC_MACROS = 'its headers define __GLIBC__ 2.36';
const MUSL_MACROS = 'a Linux compiler whose headers define no __GLIBC__; musl defines no macro of its own';
const HOST_GLIBC: LibcInfo = { family: 'glibc', version: '2.36', evidence: 'detect-libc, from the process running the action' };

function triple(raw: string): Triple {
  const t = parseTriple(raw);
  if (!t) throw new Error(`cannot parse ${raw}`);
  return t;
}

function cc(changes: Partial<CompilerFacts> = {}): CompilerFacts {
  return {
    command: 'gcc',
    args: [],
    explicit: false,
    path: '/usr/bin/gcc',
    version: 'gcc (Debian 12.2.0-14) 12.2.0',
    target: triple('x86_64-linux-gnu'),
    libc: { family: 'glibc', version: '2.36', evidence: GLIBC_MACROS },
    hash: '0123456789abcdef',
    problems: [],
    ...changes,
  };
}

const MUSL_CC = () =>
  cc({
    command: 'musl-gcc',
    explicit: true,
    path: '/usr/bin/musl-gcc',
    target: triple('x86_64-linux-musl'),
    libc: { family: 'musl', version: '1.2.3', evidence: MUSL_MACROS },
  });

/** A Debian amd64 runner with Go 1.22.3, gcc and cgo on: every default check passes. */
function facts(changes: Partial<ToolchainFacts> = {}): ToolchainFacts {
  return {
    go: { path: '/usr/local/go/bin/go', goVersion: 'go1.22.3', version: '1.22.3', env: { GOVERSION: 'go1.22.3' } },
    cgoEnvironment: undefined,
    cgoEnabled: true,
    goos: 'linux',
    goarch: 'amd64',
    hostOs: 'linux',
    hostArch: 'amd64',
    cc: cc(),
    hostLibc: HOST_GLIBC,
    flagDirs: [],
    ...changes,
  };
}

const goFacts = (goVersion: string, version: string | undefined): ToolchainFacts['go'] => ({
  path: '/go/bin/go',
  goVersion,
  version,
  env: { GOVERSION: goVersion },
});

function cell(changes: { go?: string; cgo?: string; libc?: string; pkgConfig?: string; probe?: boolean; onMismatch?: 'fail' | 'warn' } = {}): CellExpectations {
  return {
    validate: true,
    goVersion: parseGoVersionRange(changes.go ?? ''),
    cgo: parseCgo(changes.cgo ?? ''),
    libc: parseLibc(changes.libc ?? ''),
    pkgConfig: parsePkgConfigList(changes.pkgConfig ?? ''),
    probe: changes.probe ?? false,
    cgoPackages: [],
    onMismatch: changes.onMismatch ?? 'fail',
  };
}

function probe(changes: Partial<ProbeResult> = {}): ProbeResult {
  return {
    ok: true,
    ms: 1,
    output: '',
    binary: '/job/cgo-probe/probe',
    ran: true,
    runOk: true,
    runOutput: 'cgo probe: 42',
    format: { format: 'elf', interpreter: '/lib64/ld-linux-x86-64.so.2' },
    libc: { family: 'glibc', evidence: "the binary's ELF interpreter is /lib64/ld-linux-x86-64.so.2" },
    ...changes,
  };
}

function byId(checks: Check[], id: string): Check {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no ${id} check in ${JSON.stringify(checks, null, 1)}`);
  return check;
}
const statuses = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('evaluateCell: everything in order', () => {
  it('passes a glibc cgo cell, saying what it found for each check', () => {
    const checks = evaluateCell(cell({ go: '1.22.x', cgo: 'true', libc: 'glibc>=2.31' }), facts());
    expect(checks).toEqual([
      { id: 'go', title: 'Go version', status: 'pass', expected: 'Go 1.22.x', found: 'go1.22.3 (/usr/local/go/bin/go)' },
      { id: 'cgo', title: 'cgo (effective CGO_ENABLED)', status: 'pass', expected: 'CGO_ENABLED=1', found: 'CGO_ENABLED=1 with gcc' },
      {
        id: 'cc',
        title: 'C compiler (CC)',
        status: 'pass',
        expected: 'gcc runs',
        found: 'gcc (Debian 12.2.0-14) 12.2.0, target x86_64-linux-gnu, /usr/bin/gcc',
      },
      { id: 'target', title: 'Compiler target', status: 'pass', expected: 'a compiler for linux/amd64', found: 'x86_64-linux-gnu' },
      { id: 'libc', title: 'libc', status: 'pass', expected: 'glibc >=2.31', found: `glibc 2.36 (the C compiler gcc: ${GLIBC_MACROS})` },
    ]);
  });

  it('a cell without expectations still reports (all pass), the libc as any', () => {
    expect(statuses(evaluateCell(cell(), facts()))).toEqual({ go: 'pass', cgo: 'pass', cc: 'pass', target: 'pass', libc: 'pass' });
    expect(byId(evaluateCell(cell(), facts()), 'cgo').expected).toBe('either (auto)');
  });
});

describe('evaluateCell: Go', () => {
  const noGo = (changes: Partial<ToolchainFacts> = {}) => facts({ go: undefined, goProblem: 'go is not on PATH', cgoEnabled: undefined, ...changes });

  it('fails when Go is missing and the cell names a go-version, the fix naming it', () => {
    const checks = evaluateCell(cell({ go: '1.22' }), noGo());
    expect(byId(checks, 'go')).toEqual({
      id: 'go',
      title: 'Go version',
      status: 'fail',
      expected: 'Go 1.22',
      found: 'go is not on PATH',
      fix: "add actions/setup-go before this step with go-version: '1.22'",
    });
    expect(byId(checks, 'cgo')).toMatchObject({ status: 'skip', found: 'unknown: no go env' });
  });

  it('only warns when Go is missing and nothing needs it', () => {
    expect(byId(evaluateCell(cell(), noGo({ goProblem: undefined })), 'go')).toEqual({
      id: 'go',
      title: 'Go version',
      status: 'warn',
      expected: 'any Go',
      found: 'go not found',
      fix: 'add actions/setup-go before this step',
    });
  });

  it('fails when Go is missing and the cell needs cgo or the probe (the cgo check fails too)', () => {
    const checks = evaluateCell(cell({ cgo: 'true' }), noGo());
    expect(statuses(checks)).toMatchObject({ go: 'fail', cgo: 'fail' });
    expect(byId(checks, 'cgo').fix).toBe('add actions/setup-go before this step');
    expect(byId(evaluateCell(cell({ probe: true }), noGo()), 'go').status).toBe('fail');
  });

  it('fails a version outside the range, the fix naming setup-go and the raw go-version', () => {
    expect(byId(evaluateCell(cell({ go: '>=1.23' }), facts()), 'go')).toEqual({
      id: 'go',
      title: 'Go version',
      status: 'fail',
      expected: 'Go >=1.23',
      found: 'go1.22.3 (/usr/local/go/bin/go)',
      fix: "add actions/setup-go before this step with go-version: '>=1.23' (or change the cell's go-version)",
    });
  });

  it('warns that a devel Go cannot be compared with a range', () => {
    const devel = 'devel go1.23-abc1234 Tue Jan 2 15:04:05 2024 +0000';
    expect(byId(evaluateCell(cell({ go: '>=1.21 <1.23' }), facts({ go: goFacts(devel, undefined) })), 'go')).toEqual({
      id: 'go',
      title: 'Go version',
      status: 'warn',
      expected: 'Go >=1.21 <1.23',
      found: `${devel} (/go/bin/go)`,
      fix: 'a development build of Go cannot be compared with a version range',
    });
    // Without a range a devel Go is fine.
    expect(byId(evaluateCell(cell(), facts({ go: goFacts(devel, undefined) })), 'go').status).toBe('pass');
  });

  it('counts go1.23rc1 as a 1.23 release: inside 1.23.x and ^1.21, outside >=1.21 <1.23', () => {
    const rc = facts({ go: goFacts('go1.23rc1', '1.23.0-rc.1') });
    expect(byId(evaluateCell(cell({ go: '1.23.x' }), rc), 'go').status).toBe('pass');
    expect(byId(evaluateCell(cell({ go: '^1.21' }), rc), 'go').status).toBe('pass');
    expect(byId(evaluateCell(cell({ go: '>=1.21 <1.23' }), rc), 'go').status).toBe('fail');
  });

  it("accepts Go's own spelling in the cell (go1.22.3)", () => {
    expect(byId(evaluateCell(cell({ go: 'go1.22.3' }), facts()), 'go')).toMatchObject({ status: 'pass', expected: 'Go go1.22.3' });
    expect(byId(evaluateCell(cell({ go: 'go1.22.4' }), facts()), 'go').status).toBe('fail');
  });
});

describe('whyCgoOff and the cgo check when CGO_ENABLED=0', () => {
  const off = (changes: Partial<ToolchainFacts> = {}) => facts({ cgoEnabled: false, ...changes });

  it('names CGO_ENABLED=0 in the job environment', () => {
    const f = off({ cgoEnvironment: '0' });
    expect(whyCgoOff(f)).toBe('CGO_ENABLED=0 is set in the job environment');
    expect(byId(evaluateCell(cell({ cgo: 'true' }), f), 'cgo')).toEqual({
      id: 'cgo',
      title: 'cgo (effective CGO_ENABLED)',
      status: 'fail',
      expected: 'CGO_ENABLED=1',
      found: 'CGO_ENABLED=0: CGO_ENABLED=0 is set in the job environment',
      fix: 'remove CGO_ENABLED=0 from the job environment',
    });
  });

  it('names a cross build, with GOOS/GOARCH and the host', () => {
    const f = off({ goarch: 'arm64' });
    expect(whyCgoOff(f)).toBe('Go turns cgo off by default for cross builds (linux/arm64 on a linux/amd64 host)');
    expect(byId(evaluateCell(cell({ cgo: 'true' }), f), 'cgo')).toMatchObject({
      status: 'fail',
      found: 'CGO_ENABLED=0: Go turns cgo off by default for cross builds (linux/arm64 on a linux/amd64 host)',
      fix: 'set CGO_ENABLED=1 and CC to a cross compiler for the target',
    });
    expect(whyCgoOff(off({ goos: 'windows', cgoEnvironment: '' }))).toBe('Go turns cgo off by default for cross builds (windows/amd64 on a linux/amd64 host)');
  });

  it('names a missing compiler with CC unset: Go ≥ 1.20 silently turns cgo off', () => {
    const f = off({ cc: cc({ path: undefined, version: undefined, target: undefined, libc: undefined, hash: undefined }) });
    expect(whyCgoOff(f)).toBe('no C compiler is on PATH: CC is unset and gcc is missing, so Go ≥ 1.20 silently turns cgo off');
    expect(byId(evaluateCell(cell({ cgo: 'true' }), f), 'cgo')).toMatchObject({ status: 'fail', fix: INSTALL_CC });
  });

  it('with CC set explicitly, a missing compiler is not the reason: go env -w or the distribution is', () => {
    const f = off({ cc: cc({ command: 'clang', explicit: true, path: undefined }) });
    expect(whyCgoOff(f)).toBe('CGO_ENABLED=0 comes from the go env file (go env -w) or the Go distribution');
  });

  it('names go env -w when nothing else explains it', () => {
    const f = off();
    expect(whyCgoOff(f)).toBe('CGO_ENABLED=0 comes from the go env file (go env -w) or the Go distribution');
    expect(byId(evaluateCell(cell({ cgo: 'true' }), f), 'cgo')).toMatchObject({
      status: 'fail',
      found: 'CGO_ENABLED=0: CGO_ENABLED=0 comes from the go env file (go env -w) or the Go distribution',
      fix: 'set CGO_ENABLED=1 (go env -u CGO_ENABLED removes a go env -w setting)',
    });
  });

  it('passes cgo false and auto cells, still saying why cgo is off', () => {
    const f = off({ cgoEnvironment: '0' });
    expect(byId(evaluateCell(cell({ cgo: 'false' }), f), 'cgo')).toEqual({
      id: 'cgo',
      title: 'cgo (effective CGO_ENABLED)',
      status: 'pass',
      expected: 'CGO_ENABLED=0',
      found: 'CGO_ENABLED=0: CGO_ENABLED=0 is set in the job environment',
    });
    expect(byId(evaluateCell(cell(), f), 'cgo').status).toBe('pass');
  });

  it('with cgo off the compiler is not needed: skipped when missing, no target check', () => {
    const checks = evaluateCell(cell({ cgo: 'false' }), off({ cgoEnvironment: '0', cc: cc({ path: undefined }) }));
    expect(byId(checks, 'cc')).toEqual({
      id: 'cc',
      title: 'C compiler (CC)',
      status: 'skip',
      expected: 'not needed (cgo off)',
      found: 'gcc not found on PATH',
      fix: undefined,
    });
    expect(checks.find((c) => c.id === 'target')).toBeUndefined();
  });
});

describe('evaluateCell: cgo on', () => {
  const noCc = () => cc({ path: undefined, version: undefined, target: undefined, libc: undefined, hash: undefined });

  it('fails cgo true when CGO_ENABLED=1 but the compiler is missing (Go 1.19 behaviour): one failed row, the compiler', () => {
    const checks = evaluateCell(cell({ cgo: 'true', libc: 'glibc' }), facts({ go: goFacts('go1.19.8', '1.19.8'), cc: noCc() }));
    expect(byId(checks, 'cgo')).toEqual({
      id: 'cgo',
      title: 'cgo (effective CGO_ENABLED)',
      status: 'skip',
      expected: 'CGO_ENABLED=1',
      found: 'CGO_ENABLED=1; not judged further: the C compiler gcc is missing (see the C compiler row)',
    });
    expect(byId(checks, 'libc')).toMatchObject({ status: 'skip', found: 'not checked: the C compiler gcc is missing (see the C compiler row)' });
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['cc']);
    expect(byId(checks, 'cc')).toEqual({
      id: 'cc',
      title: 'C compiler (CC)',
      status: 'fail',
      expected: 'gcc runs',
      found: 'gcc not found on PATH',
      fix: INSTALL_CC,
    });
  });

  it('warns cgo false when cgo is on, naming the packages built with the compiler', () => {
    expect(byId(evaluateCell(cell({ cgo: 'false' }), facts()), 'cgo')).toEqual({
      id: 'cgo',
      title: 'cgo (effective CGO_ENABLED)',
      status: 'warn',
      expected: 'CGO_ENABLED=0',
      found: 'CGO_ENABLED=1 with gcc: packages that import "C" (net and os/user too, on Linux) are built with the C compiler',
      fix: 'set CGO_ENABLED=0 in the job environment',
    });
  });

  it('warns cgo false when cgo is on and the compiler is missing; the compiler is not needed by such a cell', () => {
    const checks = evaluateCell(cell({ cgo: 'false' }), facts({ cc: noCc() }));
    expect(byId(checks, 'cgo')).toMatchObject({
      status: 'warn',
      found: `CGO_ENABLED=1, but the C compiler gcc is not on PATH: cgo packages fail with 'cgo: C compiler "gcc" not found'`,
      fix: 'set CGO_ENABLED=0 in the job environment',
    });
    expect(byId(checks, 'cc')).toMatchObject({ status: 'skip', expected: 'not needed (cgo off)', found: 'gcc not found on PATH' });
    expect(byId(evaluateCell(cell({ cgo: 'true' }), facts({ cc: noCc() })), 'cc').status).toBe('fail');
  });

  it('cgo: auto with no C compiler warns with both fixes and fails nothing (a pure-Go build needs none)', () => {
    const checks = evaluateCell(cell(), facts({ cc: noCc() }));
    const fix = `if the build uses cgo: ${INSTALL_CC}; if it is pure Go: set CGO_ENABLED=0 (or cgo: false) to build without the C compiler`;
    expect(byId(checks, 'cgo')).toMatchObject({ status: 'skip', expected: 'either (auto)' });
    expect(byId(checks, 'cc')).toEqual({ id: 'cc', title: 'C compiler (CC)', status: 'warn', expected: 'gcc runs', found: 'gcc not found on PATH', fix });
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('fails a compiler that has problems when cgo is on, warns when cgo is off', () => {
    const broken = cc({ version: undefined, problems: ['gcc --version failed: boom'] });
    expect(byId(evaluateCell(cell(), facts({ cc: broken })), 'cc').status).toBe('warn');
    expect(byId(evaluateCell(cell({ cgo: 'true' }), facts({ cc: broken })), 'cc')).toEqual({
      id: 'cc',
      title: 'C compiler (CC)',
      status: 'fail',
      expected: 'gcc runs',
      found: 'version unknown, target x86_64-linux-gnu, /usr/bin/gcc; gcc --version failed: boom',
      fix: 'check that CC (gcc) is a working gcc or clang',
    });
    expect(byId(evaluateCell(cell(), facts({ cc: broken, cgoEnabled: false })), 'cc').status).toBe('warn');
  });

  it('fails a cross build to arm64 with the host x86_64 compiler, the fix naming a cross compiler', () => {
    const checks = evaluateCell(cell({ cgo: 'true' }), facts({ goarch: 'arm64', cgoEnvironment: '1' }));
    expect(byId(checks, 'target')).toEqual({
      id: 'target',
      title: 'Cross build',
      status: 'fail',
      expected: 'a compiler for linux/arm64',
      found: 'gcc targets x86_64-linux-gnu (a host compiler)',
      fix: 'set CC to a compiler for linux/arm64 (e.g. CC=aarch64-linux-gnu-gcc from apt-get install gcc-aarch64-linux-gnu, or CC="zig cc -target …")',
    });
  });

  it('passes a cross build to arm64 with aarch64-linux-gnu-gcc', () => {
    const cross = cc({ command: 'aarch64-linux-gnu-gcc', explicit: true, path: '/usr/bin/aarch64-linux-gnu-gcc', target: triple('aarch64-linux-gnu') });
    const checks = evaluateCell(cell({ cgo: 'true', libc: 'glibc' }), facts({ goarch: 'arm64', cgoEnvironment: '1', cc: cross }));
    expect(byId(checks, 'target')).toEqual({
      id: 'target',
      title: 'Cross build',
      status: 'pass',
      expected: 'a compiler for linux/arm64',
      found: 'aarch64-linux-gnu',
    });
    expect(statuses(checks)).toEqual({ go: 'pass', cgo: 'pass', cc: 'pass', target: 'pass', libc: 'pass' });
  });

  // BUG (src/matrix/evaluate.ts targetCheck / src/matrix/parse.ts tripleMatchesGo): on darwin, Go passes
  // `-arch x86_64` (GOARCH=amd64) or `-arch arm64` to the C compiler (cmd/go gccArchArgs), so Apple
  // clang, whose -dumpmachine names the host (arm64-apple-darwin…), builds darwin/amd64 fine on an
  // arm64 Mac. The check must not call that the wrong compiler.
  it('does not fail darwin/amd64 on an arm64 Mac with the host clang (Go passes -arch x86_64)', () => {
    const clang = cc({
      command: 'clang',
      path: '/usr/bin/clang',
      version: 'Apple clang version 15.0.0 (clang-1500.3.9.4)',
      target: triple('arm64-apple-darwin23.4.0'),
      libc: { family: 'darwin', evidence: 'it targets Apple (libSystem)' },
    });
    const mac = facts({ goos: 'darwin', goarch: 'amd64', hostOs: 'darwin', hostArch: 'arm64', cgoEnvironment: '1', cc: clang, hostLibc: undefined });
    const target = byId(evaluateCell(cell({ cgo: 'true' }), mac), 'target');
    expect(target.status).not.toBe('fail');
    expect(['pass', 'warn']).toContain(target.status);
  });

  it('fails a native build whose compiler targets another OS; warns when it cannot tell', () => {
    const mingw = cc({ command: 'x86_64-w64-mingw32-gcc', target: triple('x86_64-w64-mingw32') });
    expect(byId(evaluateCell(cell({ cgo: 'true' }), facts({ cc: mingw })), 'target')).toMatchObject({
      title: 'Compiler target',
      status: 'fail',
      found: 'x86_64-w64-mingw32-gcc targets x86_64-w64-mingw32',
    });
    expect(byId(evaluateCell(cell(), facts({ cc: mingw })), 'target').status).toBe('warn');
    const sparc = facts({ goarch: 'sparc64', hostArch: 'sparc64', cc: cc({ target: triple('sparc64-linux-gnu') }) });
    expect(byId(evaluateCell(cell(), sparc), 'target')).toMatchObject({ status: 'warn', found: 'sparc64-linux-gnu: cannot tell whether it matches' });
  });
});

describe('evaluateCell: libc', () => {
  it('fails a musl cell with a glibc compiler, the fix naming musl-gcc', () => {
    expect(byId(evaluateCell(cell({ cgo: 'true', libc: 'musl' }), facts()), 'libc')).toEqual({
      id: 'libc',
      title: 'libc',
      status: 'fail',
      expected: 'musl',
      found: `glibc 2.36 (the C compiler gcc: ${GLIBC_MACROS})`,
      fix: 'set CC=musl-gcc (Debian/Ubuntu: apt-get install musl-tools) or run the job in an Alpine container (apk add gcc musl-dev)',
    });
  });

  it('fails a glibc cell with a musl compiler, naming the job environment too', () => {
    expect(byId(evaluateCell(cell({ cgo: 'true', libc: 'glibc' }), facts({ cc: MUSL_CC() })), 'libc')).toEqual({
      id: 'libc',
      title: 'libc',
      status: 'fail',
      expected: 'glibc',
      found: `musl 1.2.3 (the C compiler musl-gcc: ${MUSL_MACROS}); job environment: glibc 2.36`,
      fix: 'use a glibc image or runner (Debian, Ubuntu) and its gcc, or set CC back to the system gcc',
    });
  });

  it('passes a musl cell with musl-gcc and a satisfied range', () => {
    expect(byId(evaluateCell(cell({ cgo: 'true', libc: 'musl >=1.2 <1.3' }), facts({ cc: MUSL_CC() })), 'libc')).toMatchObject({
      status: 'pass',
      expected: 'musl >=1.2 <1.3',
    });
  });

  it('fails a version outside the range, the fix naming the range', () => {
    expect(byId(evaluateCell(cell({ libc: 'glibc>=2.39' }), facts()), 'libc')).toMatchObject({
      status: 'fail',
      expected: 'glibc >=2.39',
      found: `glibc 2.36 (the C compiler gcc: ${GLIBC_MACROS})`,
      fix: 'use an image or runner whose glibc satisfies >=2.39',
    });
    expect(byId(evaluateCell(cell({ libc: 'glibc <2.36' }), facts()), 'libc').status).toBe('fail');
    expect(byId(evaluateCell(cell({ libc: 'glibc 2.36' }), facts()), 'libc').status).toBe('pass');
  });

  it('warns when the version is unknown and a range is asked for', () => {
    const muslNoVersion = cc({ command: 'musl-gcc', target: triple('x86_64-linux-musl'), libc: { family: 'musl', evidence: MUSL_MACROS } });
    expect(byId(evaluateCell(cell({ libc: 'musl>=1.2' }), facts({ cc: muslNoVersion })), 'libc')).toEqual({
      id: 'libc',
      title: 'libc',
      status: 'warn',
      expected: 'musl >=1.2',
      found: `musl (the C compiler musl-gcc: ${MUSL_MACROS}); job environment: glibc 2.36`,
      fix: 'cannot tell the musl version to compare with >=1.2',
    });
  });

  it("a compiler of the host's family without a version takes the host's version", () => {
    const glibcNoVersion = cc({ libc: { family: 'glibc', evidence: 'its target triple x86_64-linux-gnu' } });
    expect(buildLibc(facts({ cc: glibcNoVersion }), true)).toEqual({
      family: 'glibc',
      version: '2.36',
      evidence: 'the C compiler gcc: its target triple x86_64-linux-gnu',
    });
  });

  it('with cgo off, judges the libc of the job environment', () => {
    const f = facts({ cgoEnabled: false, cgoEnvironment: '0', cc: MUSL_CC() });
    expect(buildLibc(f, false)).toEqual({ ...HOST_GLIBC, evidence: 'the job environment: detect-libc, from the process running the action' });
    expect(byId(evaluateCell(cell({ libc: 'glibc>=2.31' }), f), 'libc')).toEqual({
      id: 'libc',
      title: 'libc',
      status: 'pass',
      expected: 'glibc >=2.31',
      found: 'glibc 2.36 (the job environment: detect-libc, from the process running the action)',
    });
  });

  it('fails a libc cell when no libc is known at all; has no libc check for any', () => {
    const f = facts({ cgoEnabled: true, hostLibc: undefined, cc: cc({ libc: undefined, target: undefined }) });
    expect(byId(evaluateCell(cell({ libc: 'glibc' }), f), 'libc')).toMatchObject({ status: 'fail', found: 'unknown (no C library found)' });
    expect(evaluateCell(cell(), f).find((c) => c.id === 'libc')).toBeUndefined();
  });

  it('with cgo off, passes a libc the job environment does not have: the binaries link none', () => {
    const f = facts({ cgoEnabled: false, cgoEnvironment: '0' });
    expect(byId(evaluateCell(cell({ libc: 'musl' }), f), 'libc')).toEqual({
      id: 'libc',
      title: 'libc',
      status: 'pass',
      expected: 'musl',
      found: 'no libc: cgo is off, so Go links none and the binaries run on musl too (the job environment has glibc 2.36)',
    });
    expect(byId(evaluateCell(cell({ libc: 'glibc>=2.40' }), f), 'libc')?.status).toBe('pass');
    expect(byId(evaluateCell(cell({ libc: 'musl' }), facts({ cgoEnabled: false, hostLibc: undefined })), 'libc')?.found).toBe(
      'no libc: cgo is off, so Go links none and the binaries run on musl too',
    );
  });

  it("the probe binary's loader overrides the compiler's headers (version only from the same family)", () => {
    const musl = probe({ libc: { family: 'musl', evidence: "the binary's ELF interpreter is /lib/ld-musl-x86_64.so.1" } });
    expect(buildLibc(facts(), true, musl)).toEqual({
      family: 'musl',
      version: undefined,
      evidence: "the binary's ELF interpreter is /lib/ld-musl-x86_64.so.1",
    });
    expect(byId(evaluateCell(cell({ cgo: 'true', libc: 'glibc', probe: true }), facts(), musl), 'libc')).toMatchObject({
      status: 'fail',
      found: "musl (the binary's ELF interpreter is /lib/ld-musl-x86_64.so.1); job environment: glibc 2.36",
    });
    expect(buildLibc(facts(), true, probe())).toEqual({
      family: 'glibc',
      version: '2.36',
      evidence: "the binary's ELF interpreter is /lib64/ld-linux-x86-64.so.2",
    });
  });

  it('a static probe binary says nothing about the libc: the compiler decides', () => {
    const statik = probe({ format: { format: 'elf' }, libc: { family: 'static', evidence: 'the binary is statically linked (no ELF interpreter)' } });
    expect(buildLibc(facts(), true, statik)).toEqual({ family: 'glibc', version: '2.36', evidence: `the C compiler gcc: ${GLIBC_MACROS}` });
    expect(byId(evaluateCell(cell({ probe: true }), facts(), statik), 'probe')).toMatchObject({
      status: 'pass',
      found: 'built and ran; the binary is statically linked (no ELF interpreter)',
    });
  });
});

describe('describeLibc', () => {
  it('names the family and the version when known', () => {
    expect(describeLibc(undefined)).toBe('unknown');
    expect(describeLibc({ family: 'musl' })).toBe('musl');
    expect(describeLibc({ family: 'glibc', version: '2.39' })).toBe('glibc 2.39');
  });
});

describe('evaluateCell: flag folders', () => {
  const dirs: ToolchainFacts['flagDirs'] = [
    { variable: 'CGO_CFLAGS', flag: '-I', dir: '/opt/x/include', resolved: '/opt/x/include', exists: true, relative: false },
    { variable: 'CGO_LDFLAGS', flag: '-L', dir: '/opt/y/lib', resolved: '/opt/y/lib', exists: false, relative: false },
    { variable: 'CGO_CPPFLAGS', flag: '-isystem', dir: 'rel', resolved: '/work/rel', exists: false, relative: true },
  ];

  it('fails missing folders when cgo is on, naming each and the variables', () => {
    expect(byId(evaluateCell(cell(), facts({ flagDirs: dirs })), 'flags').status).toBe('warn');
    expect(byId(evaluateCell(cell({ cgo: 'true' }), facts({ flagDirs: dirs })), 'flags')).toEqual({
      id: 'flags',
      title: 'Flag folders',
      status: 'fail',
      expected: 'every -I/-L folder in CGO_*FLAGS exists, as an absolute path',
      found: 'CGO_LDFLAGS names -L /opt/y/lib, which is not a folder; CGO_CPPFLAGS names -isystem rel, which is not a folder',
      fix: 'create the folder or install the package that provides it, or correct CGO_LDFLAGS, CGO_CPPFLAGS',
    });
  });

  it('only warns when cgo is off', () => {
    expect(byId(evaluateCell(cell(), facts({ flagDirs: dirs, cgoEnabled: false })), 'flags').status).toBe('warn');
  });

  it('fails a relative folder that exists here: cgo runs the compiler elsewhere', () => {
    const relative = { variable: 'CGO_CFLAGS', flag: '-I', dir: 'include', resolved: '/work/include', exists: true, relative: true };
    expect(byId(evaluateCell(cell({ cgo: 'true' }), facts({ flagDirs: [dirs[0], relative] })), 'flags')).toMatchObject({
      status: 'fail',
      found: 'CGO_CFLAGS names -I include, a relative path: cgo runs the compiler in a temporary folder, where it is not found',
      fix: 'use absolute paths in CGO_CFLAGS (e.g. $GITHUB_WORKSPACE/include), or ${SRCDIR} in #cgo lines',
    });
  });

  it('passes when all exist; no check without flag folders', () => {
    expect(byId(evaluateCell(cell(), facts({ flagDirs: [dirs[0]] })), 'flags')).toMatchObject({ status: 'pass', found: '1 folder(s) exist' });
    expect(evaluateCell(cell(), facts()).find((c) => c.id === 'flags')).toBeUndefined();
  });
});

describe('evaluateCell: pkg-config', () => {
  const requirements = parsePkgConfigList('sqlite3>=3.40, zlib, libpng');

  it('fails once when the pkg-config tool is missing', () => {
    const checks = evaluateCell(cell({ pkgConfig: 'sqlite3>=3.40, zlib' }), facts({ pkgConfig: { command: 'pkg-config', results: [] } }));
    expect(checks.filter((c) => c.id.startsWith('pkg-config'))).toEqual([
      {
        id: 'pkg-config',
        title: 'pkg-config',
        status: 'fail',
        expected: 'pkg-config on PATH',
        found: 'pkg-config not found',
        fix: 'install pkg-config (apt-get install pkg-config; apk add pkgconf; brew install pkgconf) or set PKG_CONFIG',
      },
    ]);
  });

  it('passes a present module, fails a missing one and one whose version is not satisfied', () => {
    const checks = evaluateCell(
      cell({ pkgConfig: 'sqlite3>=3.40, zlib, libpng' }),
      facts({
        pkgConfig: {
          command: 'pkg-config',
          path: '/usr/bin/pkg-config',
          results: [
            { requirement: requirements[0], version: '3.31.1', satisfied: false, message: "Requested 'sqlite3 >= 3.40' but version of SQLite is 3.31.1" },
            { requirement: requirements[1], version: '1.2.13', satisfied: true },
            { requirement: requirements[2], satisfied: false, message: 'Package libpng was not found in the pkg-config search path' },
          ],
        },
      }),
    );
    expect(checks.filter((c) => c.id.startsWith('pkg-config'))).toEqual([
      {
        id: 'pkg-config:sqlite3',
        title: 'pkg-config sqlite3',
        status: 'fail',
        expected: 'sqlite3 >= 3.40',
        found: "sqlite3 3.31.1: Requested 'sqlite3 >= 3.40' but version of SQLite is 3.31.1",
        fix: 'install a version of sqlite3 that satisfies >= 3.40',
      },
      { id: 'pkg-config:zlib', title: 'pkg-config zlib', status: 'pass', expected: 'zlib', found: 'zlib 1.2.13' },
      {
        id: 'pkg-config:libpng',
        title: 'pkg-config libpng',
        status: 'fail',
        expected: 'libpng',
        found: 'Package libpng was not found in the pkg-config search path',
        fix: 'install the package that provides libpng.pc (e.g. libpng-dev) or add its folder to PKG_CONFIG_PATH',
      },
    ]);
  });

  it('a missing module without a message reads "not found"', () => {
    const checks = evaluateCell(
      cell({ pkgConfig: 'sqlite3' }),
      facts({ pkgConfig: { command: 'pkg-config', path: '/usr/bin/pkg-config', results: [{ requirement: { module: 'sqlite3' }, satisfied: false }] } }),
    );
    expect(byId(checks, 'pkg-config:sqlite3')).toMatchObject({
      found: 'not found',
      fix: 'install the package that provides sqlite3.pc (e.g. libsqlite3-dev) or add its folder to PKG_CONFIG_PATH',
    });
  });

  it('no pkg-config checks when the cell lists none', () => {
    const checks = evaluateCell(cell(), facts({ pkgConfig: { command: 'pkg-config', results: [] } }));
    expect(checks.some((c) => c.id.startsWith('pkg-config'))).toBe(false);
  });
});

describe('evaluateCell: cgo probe', () => {
  const probeCheck = (f: ToolchainFacts, p?: ProbeResult) => byId(evaluateCell(cell({ probe: true }), f, p), 'probe');

  it('no probe check unless the cell asks for it', () => {
    expect(evaluateCell(cell(), facts(), probe()).find((c) => c.id === 'probe')).toBeUndefined();
  });

  it('passes a probe that built and ran, naming the libc evidence', () => {
    expect(probeCheck(facts(), probe())).toEqual({
      id: 'probe',
      title: 'cgo probe',
      status: 'pass',
      expected: 'a cgo program builds and runs',
      found: "built and ran; the binary's ELF interpreter is /lib64/ld-linux-x86-64.so.2",
    });
  });

  it('is skipped when cgo is off, or when there is no probe result', () => {
    expect(probeCheck(facts({ cgoEnabled: false }))).toEqual({
      id: 'probe',
      title: 'cgo probe',
      status: 'skip',
      expected: 'a cgo program builds and runs',
      found: 'not built: cgo is off',
    });
    expect(probeCheck(facts())).toMatchObject({ status: 'skip', found: 'not built' });
  });

  it("fails a failed build, showing the compiler's first lines without the '# pkg' header", () => {
    const output = [
      '# go-ci-guard/cgo-probe',
      './main.go:4:10: fatal error: stdio.h: No such file or directory',
      '',
      '    4 | #include <stdio.h>',
      'compilation terminated.',
      'more',
    ].join('\n');
    expect(probeCheck(facts(), probe({ ok: false, output, binary: undefined, ran: false, runOk: undefined, libc: undefined }))).toEqual({
      id: 'probe',
      title: 'cgo probe',
      status: 'fail',
      expected: 'a cgo program builds and runs',
      // The compiler's own error line, not what follows it.
      found: 'build failed: ./main.go:4:10: fatal error: stdio.h: No such file or directory',
      fix: "read the compiler's output (step log, job summary): it names the missing piece",
    });
    expect(probeCheck(facts(), probe({ ok: false, output: '# go-ci-guard/cgo-probe\n', ran: false })).found).toBe('build failed: no output');
  });

  it('passes a cross build that was built but not run', () => {
    const cross = probe({
      ran: false,
      runOk: undefined,
      runOutput: undefined,
      libc: { family: 'glibc', evidence: "the binary's ELF interpreter is /lib/ld-linux-aarch64.so.1" },
    });
    expect(probeCheck(facts({ goarch: 'arm64' }), cross)).toMatchObject({
      status: 'pass',
      found: "built (cross build, not run); the binary's ELF interpreter is /lib/ld-linux-aarch64.so.1",
    });
  });

  it('fails a probe that built but could not run', () => {
    const failed = probe({ runOk: false, runOutput: 'fork/exec /job/cgo-probe/probe: no such file or directory' });
    expect(probeCheck(facts(), failed)).toEqual({
      id: 'probe',
      title: 'cgo probe',
      status: 'fail',
      expected: 'a cgo program builds and runs',
      found:
        "built, but running it failed: fork/exec /job/cgo-probe/probe: no such file or directory; the binary's ELF interpreter is /lib64/ld-linux-x86-64.so.2",
      fix: 'the binary cannot run here: is its C library (loader) installed?',
    });
    expect(probeCheck(facts(), probe({ runOk: false, runOutput: '', libc: undefined })).found).toBe('built, but running it failed: no output');
  });
});

describe('toolchainFingerprint', () => {
  const glibc: LibcInfo = { family: 'glibc', version: '2.36', evidence: 'x' };
  const fp = (f: ToolchainFacts, libc: LibcInfo | undefined = glibc) => toolchainFingerprint(f, libc);

  it('is 16 hex characters, the same for equal facts (evidence wording aside)', () => {
    expect(fp(facts())).toMatch(/^[0-9a-f]{16}$/);
    expect(fp(facts())).toBe(fp(facts()));
    expect(fp(facts(), glibc)).toBe(fp(facts(), { ...glibc, evidence: 'other words' }));
    // Facts that are not part of the identity do not count.
    expect(fp(facts())).toBe(
      fp(facts({ hostLibc: undefined, flagDirs: [{ variable: 'CGO_CFLAGS', flag: '-I', dir: 'x', resolved: '/x', exists: false, relative: true }] })),
    );
  });

  it('changes with the Go version, GOOS, GOARCH and CGO_ENABLED', () => {
    const base = fp(facts());
    const others = [
      fp(facts({ go: goFacts('go1.22.4', '1.22.4') })),
      fp(facts({ goos: 'darwin' })),
      fp(facts({ goarch: 'arm64' })),
      fp(facts({ cgoEnabled: false })),
      fp(facts({ go: undefined, cgoEnabled: undefined })),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it("with cgo on, changes with the compiler's hash, version, target, arguments and the libc", () => {
    const base = fp(facts());
    const others = [
      fp(facts({ cc: cc({ hash: 'fedcba9876543210' }) })),
      fp(facts({ cc: cc({ version: 'gcc (Debian 12.2.0-15) 12.2.0' }) })),
      fp(facts({ cc: cc({ target: triple('x86_64-pc-linux-gnu') }) })),
      fp(facts({ cc: cc({ args: ['-m64'] }) })),
      fp(facts(), { ...glibc, version: '2.39' }),
      fp(facts(), { family: 'musl', version: '2.36', evidence: 'x' }),
      toolchainFingerprint(facts(), undefined),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('with cgo off, ignores the compiler and the libc (cells may share a cache)', () => {
    const off = (changes: Partial<ToolchainFacts> = {}) => facts({ cgoEnabled: false, ...changes });
    const base = fp(off());
    expect(fp(off({ cc: MUSL_CC() }))).toBe(base);
    expect(fp(off({ cc: cc({ path: undefined, version: undefined, hash: undefined, target: undefined }) }))).toBe(base);
    expect(fp(off(), { family: 'musl', version: '1.2.3', evidence: 'y' })).toBe(base);
    expect(toolchainFingerprint(off(), undefined)).toBe(base);
  });
});

describe('toolchainOutputs', () => {
  it('gives the facts as action outputs', () => {
    const f = facts();
    const libc: LibcInfo = { family: 'glibc', version: '2.36', evidence: 'x' };
    expect(toolchainOutputs(f, libc)).toEqual({
      'go-version': '1.22.3',
      'cgo-enabled': '1',
      cc: '/usr/bin/gcc',
      'cc-version': 'gcc (Debian 12.2.0-14) 12.2.0',
      'cc-target': 'x86_64-linux-gnu',
      libc: 'glibc',
      'libc-version': '2.36',
      'toolchain-fingerprint': toolchainFingerprint(f, libc),
    });
  });

  it('gives empty strings for what is unknown; a devel Go as Go prints it', () => {
    const none = facts({ go: undefined, cgoEnabled: undefined, cc: cc({ path: undefined, version: undefined, target: undefined }) });
    expect(toolchainOutputs(none, undefined)).toEqual({
      'go-version': '',
      'cgo-enabled': '',
      cc: '',
      'cc-version': '',
      'cc-target': '',
      libc: '',
      'libc-version': '',
      'toolchain-fingerprint': toolchainFingerprint(none, undefined),
    });
    expect(toolchainOutputs(facts({ go: goFacts('devel go1.23-abc', undefined), cgoEnabled: false }), { family: 'musl', evidence: '' })).toMatchObject({
      'go-version': 'devel go1.23-abc',
      'cgo-enabled': '0',
      libc: 'musl',
      'libc-version': '',
    });
  });
});

describe('defaultCC', () => {
  it.each([
    ['darwin', 'clang'],
    ['ios', 'clang'],
    ['freebsd', 'clang'],
    ['openbsd', 'clang'],
    ['linux', 'gcc'],
    ['windows', 'gcc'],
    ['netbsd', 'gcc'],
  ])('%s: %s', (goos, expected) => {
    expect(defaultCC(goos)).toBe(expected);
  });
});

describe('goSettings', () => {
  it("takes Go's own view when there is go env", () => {
    const goEnv = {
      GOOS: 'linux',
      GOARCH: 'arm64',
      GOHOSTOS: 'linux',
      GOHOSTARCH: 'amd64',
      CGO_ENABLED: '1',
      CC: 'aarch64-linux-gnu-gcc',
      CGO_CPPFLAGS: '-DX',
      CGO_CFLAGS: "-O1 '-I/a b'",
    };
    expect(goSettings(goEnv, { CGO_ENABLED: '1', GOARCH: 'arm64', CGO_CFLAGS: '-O3' }, 'linux', 'x64')).toEqual({
      goos: 'linux',
      goarch: 'arm64',
      hostOs: 'linux',
      hostArch: 'amd64',
      cgoEnvironment: '1',
      cgoEnabled: true,
      ccCommand: 'aarch64-linux-gnu-gcc',
      ccArgs: [],
      cflags: ['-DX', '-O1', '-I/a b'],
      ccExplicit: true,
    });
  });

  it("CC equal to Go's default is not explicit; CGO_ENABLED=0 in go env is off", () => {
    const s = goSettings({ GOOS: 'linux', GOARCH: 'amd64', GOHOSTOS: 'linux', GOHOSTARCH: 'amd64', CGO_ENABLED: '0', CC: 'gcc' }, {}, 'linux', 'x64');
    expect(s).toMatchObject({ ccCommand: 'gcc', ccExplicit: false, cgoEnabled: false, cgoEnvironment: undefined });
    // clang on darwin is the default there; gcc on darwin is a choice.
    expect(goSettings({ GOOS: 'darwin', CC: 'clang' }, {}, 'darwin', 'arm64').ccExplicit).toBe(false);
    expect(goSettings({ GOOS: 'darwin', CC: 'gcc' }, {}, 'darwin', 'arm64').ccExplicit).toBe(true);
  });

  it('CC in the environment is explicit, even when it names the default', () => {
    expect(goSettings({ GOOS: 'linux', CC: 'gcc' }, { CC: 'gcc' }, 'linux', 'x64').ccExplicit).toBe(true);
  });

  it('splits a CC with arguments the way Go does', () => {
    expect(goSettings({ GOOS: 'linux', CC: 'zig cc -target aarch64-linux-musl' }, {}, 'linux', 'x64')).toMatchObject({
      ccCommand: 'zig',
      ccArgs: ['cc', '-target', 'aarch64-linux-musl'],
      ccExplicit: true,
    });
  });

  it('without Go, reads the environment and maps the Node platform and arch to Go names', () => {
    expect(goSettings(undefined, {}, 'win32', 'x64')).toEqual({
      goos: 'windows',
      goarch: 'amd64',
      hostOs: 'windows',
      hostArch: 'amd64',
      cgoEnvironment: undefined,
      cgoEnabled: undefined,
      ccCommand: 'gcc',
      ccArgs: [],
      // Go's defaults when the variables are unset.
      cflags: ['-g', '-O2'],
      ccExplicit: false,
    });
    expect(goSettings(undefined, { GOOS: 'linux', GOARCH: 'arm64', CC: 'musl-gcc', CGO_ENABLED: '0' }, 'darwin', 'arm64')).toEqual({
      goos: 'linux',
      goarch: 'arm64',
      hostOs: 'darwin',
      hostArch: 'arm64',
      cgoEnvironment: '0',
      cgoEnabled: undefined,
      ccCommand: 'musl-gcc',
      ccArgs: [],
      cflags: ['-g', '-O2'],
      ccExplicit: true,
    });
    expect(goSettings(undefined, {}, 'darwin', 'arm64')).toMatchObject({ goos: 'darwin', ccCommand: 'clang', ccExplicit: false });
    expect(goSettings(undefined, {}, 'linux', 'ia32')).toMatchObject({ hostArch: '386', goarch: '386' });
  });

  it('keeps an unknown Node platform or arch as it is', () => {
    expect(goSettings(undefined, {}, 'aix', 'ppc')).toMatchObject({ goos: 'aix', hostOs: 'aix', goarch: 'ppc', hostArch: 'ppc' });
  });

  it('an empty CC in the environment is not explicit', () => {
    expect(goSettings(undefined, { CC: '' }, 'linux', 'x64')).toMatchObject({ ccCommand: 'gcc', ccExplicit: false });
  });
});
