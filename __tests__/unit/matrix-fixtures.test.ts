// Environments that cannot run here (Alpine, Go ≥ 1.20 without a C compiler, macOS clang, Windows
// MinGW, Linux arm64, GitHub's Ubuntu runner), judged from RECORDED command outputs. The fixtures in
// __tests__/fixtures/toolchains/ were copied from public recordings made by others (each key names its
// source; several files combine machines) — see __tests__/fixtures/toolchains/README.md. They go through
// the same parsers and checks as the live facts.
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCell } from '../../src/matrix/evaluate.js';
import type { Check } from '../../src/matrix/report.js';
import type { CellExpectations } from '../../src/matrix/expectations.js';
import { parseCgo, parseGoVersionRange, parseLibc } from '../../src/matrix/expectations.js';
import { goSettings, type ToolchainFacts } from '../../src/matrix/facts.js';
import { toolchainOutputs } from '../../src/matrix/fingerprint.js';
import { firstLine, goVersionToSemver, libcFromLdd, libcFromTriple, parseTriple, type GoEnv } from '../../src/matrix/parse.js';

interface Recording {
  label: string;
  host: { platform: NodeJS.Platform; arch: string };
  goEnv: GoEnv & { GOVERSION: string };
  ccVersion?: string;
  ccDumpmachine?: string;
  ldd?: { stdout: string; stderr: string; exitCode: number };
  relatedMessages?: { kind: string; text: string; source: string }[];
}

const fixtureDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'toolchains');
const load = (name: string): Recording => JSON.parse(fs.readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8')) as Recording;

/** ToolchainFacts as gatherFacts would assemble them from these outputs (a compiler exists when one was recorded). */
function factsFrom(rec: Recording, env: NodeJS.ProcessEnv = {}): ToolchainFacts {
  const { ccCommand, ccArgs, ccExplicit, ...settings } = goSettings(rec.goEnv, env, rec.host.platform, rec.host.arch);
  const target = rec.ccDumpmachine ? parseTriple(rec.ccDumpmachine) : undefined;
  const recorded = rec.ccVersion !== undefined || rec.ccDumpmachine !== undefined;
  return {
    go: { path: '(recorded)', goVersion: rec.goEnv.GOVERSION, version: goVersionToSemver(rec.goEnv.GOVERSION), env: rec.goEnv },
    ...settings,
    cc: {
      command: ccCommand,
      args: ccArgs,
      explicit: ccExplicit,
      path: recorded ? `(recorded ${ccCommand})` : undefined,
      version: rec.ccVersion ? firstLine(rec.ccVersion) : undefined,
      target,
      libc: target && libcFromTriple(target),
      problems: [],
    },
    hostLibc: rec.ldd && libcFromLdd(rec.ldd.stdout, rec.ldd.stderr),
    flagDirs: [],
  };
}

function cell(changes: { go?: string; cgo?: string; libc?: string } = {}): CellExpectations {
  return {
    validate: true,
    goVersion: parseGoVersionRange(changes.go ?? ''),
    cgo: parseCgo(changes.cgo ?? ''),
    libc: parseLibc(changes.libc ?? ''),
    pkgConfig: [],
    probe: false,
    cgoPackages: [],
    onMismatch: 'fail',
  };
}

const byId = (checks: Check[], id: string) => {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no ${id} check in ${JSON.stringify(checks, null, 1)}`);
  return check;
};
const statuses = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('Alpine (musl, arm64; recorded)', () => {
  const rec = load('alpine-musl');
  it('reads musl from ldd on stderr and from the gcc triple, and passes a musl arm64 cell', () => {
    const facts = factsFrom(rec);
    expect(facts.hostLibc).toMatchObject({ family: 'musl', version: '1.2.2' });
    expect(facts.cc.target).toMatchObject({ arch: 'aarch64', os: 'linux', abi: 'musl' });
    const checks = evaluateCell(cell({ go: '1.22.x', cgo: 'true', libc: 'musl>=1.2' }), facts);
    expect(statuses(checks)).toEqual({ go: 'pass', cgo: 'pass', cc: 'pass', target: 'pass', libc: 'pass' });
    expect(toolchainOutputs(facts, { family: 'musl', version: '1.2.2', evidence: '' })).toMatchObject({
      'go-version': '1.22.5',
      'cgo-enabled': '1',
      'cc-version': 'gcc (Alpine 13.2.1_git20240309) 13.2.1 20240309',
      'cc-target': 'aarch64-alpine-linux-musl',
    });
  });
  it('fails a glibc cell there, naming musl', () => {
    const libc = byId(evaluateCell(cell({ libc: 'glibc', cgo: 'true' }), factsFrom(rec)), 'libc');
    expect(libc.status).toBe('fail');
    expect(libc.found).toMatch(/^musl 1\.2\.2 \(the C compiler gcc: its target triple aarch64-alpine-linux-musl\)/);
    expect(libc.fix).toMatch(/glibc image/);
  });
});

describe('Go ≥ 1.20 with no C compiler (Debian container, Go 1.23.0; recorded)', () => {
  const rec = load('go123-no-cc');
  it('explains that Go turned cgo off because no compiler is on PATH', () => {
    const facts = factsFrom(rec);
    expect(facts.cgoEnabled).toBe(false);
    const cgo = byId(evaluateCell(cell({ cgo: 'true' }), facts), 'cgo');
    expect(cgo.status).toBe('fail');
    expect(cgo.found).toBe('CGO_ENABLED=0: no C compiler is on PATH: CC is unset and gcc is missing, so Go ≥ 1.20 silently turns cgo off');
    expect(cgo.fix).toMatch(/^install a C compiler \(Debian\/Ubuntu: apt-get install gcc/);
  });
  it('a cgo: auto cell passes but still says why cgo is off; CGO_ENABLED=0 set on purpose is named as such', () => {
    expect(byId(evaluateCell(cell(), factsFrom(rec)), 'cgo')).toMatchObject({ status: 'pass', found: expect.stringContaining('silently turns cgo off') });
    expect(byId(evaluateCell(cell({ cgo: 'true' }), factsFrom(rec, { CGO_ENABLED: '0' })), 'cgo')).toMatchObject({
      status: 'fail',
      found: 'CGO_ENABLED=0: CGO_ENABLED=0 is set in the job environment',
      fix: 'remove CGO_ENABLED=0 from the job environment',
    });
  });
});

describe('macOS arm64 with Apple clang (recorded)', () => {
  const rec = load('macos-clang');
  it('passes a cgo cell: clang targets darwin/arm64; no libc check is forced on macOS', () => {
    const facts = factsFrom(rec);
    expect(facts.cc.command).toBe('clang');
    const checks = evaluateCell(cell({ go: '>=1.21', cgo: 'true' }), facts);
    expect(byId(checks, 'cc').found).toBe('Apple clang version 15.0.0 (clang-1500.3.9.4), target arm64-apple-darwin23.4.0, (recorded clang)');
    expect(byId(checks, 'target')).toMatchObject({ status: 'pass', found: 'arm64-apple-darwin23.4.0' });
    expect(byId(checks, 'libc')).toMatchObject({ status: 'pass', expected: 'any' });
  });
  it('flags a cross build to linux/amd64 with the host clang', () => {
    const facts = factsFrom(rec);
    const cross = { ...facts, goos: 'linux', goarch: 'amd64' };
    expect(byId(evaluateCell(cell({ cgo: 'true' }), cross), 'target')).toMatchObject({
      status: 'fail',
      title: 'Cross build',
      found: 'clang targets arm64-apple-darwin23.4.0 (a host compiler)',
    });
  });
});

describe('Windows with MinGW-w64 gcc (recorded)', () => {
  const rec = load('windows-mingw');
  it('passes a cgo cell: the mingw triple builds windows/amd64', () => {
    const checks = evaluateCell(cell({ go: '1.22.x', cgo: 'true' }), factsFrom(rec));
    expect(statuses(checks)).toEqual({ go: 'pass', cgo: 'pass', cc: 'pass', target: 'pass', libc: 'pass' });
    expect(byId(checks, 'libc').found).toMatch(/^mingw /);
  });
  it('fails a musl cell there', () => {
    expect(byId(evaluateCell(cell({ libc: 'musl', cgo: 'true' }), factsFrom(rec)), 'libc').status).toBe('fail');
  });
});

describe('glibc version ranges on Linux arm64 and GitHub Ubuntu runners (recorded)', () => {
  it.each([
    ['linux-arm64-glibc', 'glibc>=2.31', 'pass'],
    ['linux-arm64-glibc', 'glibc>=2.40', 'fail'],
    ['ubuntu-runner-glibc', 'glibc >=2.35 <3', 'pass'],
    ['ubuntu-runner-glibc', 'glibc<2.32', 'fail'],
  ])('%s against %s: %s', (name, libc, status) => {
    const facts = factsFrom(load(name));
    // A compiler that tells no libc: the job environment's (from ldd) is judged.
    const check = byId(evaluateCell(cell({ libc }), { ...facts, cgoEnabled: true, cc: { ...facts.cc, libc: undefined } }), 'libc');
    expect(check.status).toBe(status);
    expect(check.found).toMatch(/^glibc 2\.39 \(the job environment: ldd --version names glibc\)/);
  });
});
