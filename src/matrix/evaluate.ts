// Pure: judges the gathered toolchain facts against what the matrix cell expects. Each check says
// what was expected, what was found and, when it fails, how to fix it.
// semver's single functions, not its index: the index loads all of semver (70 KB) at main's start.
import coerce from 'semver/functions/coerce.js';
import satisfies from 'semver/functions/satisfies.js';
import type { CellExpectations } from './expectations.js';
import type { ToolchainFacts } from './facts.js';
import type { LibcInfo } from './parse.js';
import { tripleMatchesGo } from './parse.js';
import type { ProbeResult } from './probe.js';
import { libraryChecks } from './evaluate-libraries.js';
import type { LibraryFacts } from './library-facts.js';
import type { Check } from './report.js';

const SETUP_GO = 'add actions/setup-go before this step';
const INSTALL_CC = 'install a C compiler (Debian/Ubuntu: apt-get install gcc; Alpine: apk add gcc musl-dev; macOS: xcode-select --install) or set CC';
// cgo: auto does not know whether the build imports "C": a pure-Go build needs no C compiler.
const INSTALL_CC_OR_NO_CGO = `if the build uses cgo: ${INSTALL_CC}; if it is pure Go: set CGO_ENABLED=0 (or cgo: false) to build without the C compiler`;

/**
 * How a problem with the C toolchain counts: only cgo: true fails the cell over it; cgo: auto reports
 * it (a warning at most), since a pure-Go build never runs the C compiler.
 */
function toolchainStatus(cell: CellExpectations): 'fail' | 'warn' {
  return cell.cgo === 'true' ? 'fail' : 'warn';
}

export function describeLibc(libc: Pick<LibcInfo, 'family' | 'version'> | undefined): string {
  if (!libc) return 'unknown';
  return libc.version ? `${libc.family} ${libc.version}` : libc.family;
}

/** Why effective CGO_ENABLED is 0, in the order Go decides it. */
export function whyCgoOff(facts: ToolchainFacts): string {
  if (facts.cgoEnvironment === '0') return 'CGO_ENABLED=0 is set in the job environment';
  // Go reads only 0 and 1; any other value counts as unset.
  if (facts.cgoEnvironment !== '1') {
    if (facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch) {
      return `Go turns cgo off by default for cross builds (${facts.goos}/${facts.goarch} on a ${facts.hostOs}/${facts.hostArch} host)`;
    }
    if (!facts.cc.path && !facts.cc.explicit) {
      return `no C compiler is on PATH: CC is unset and ${facts.cc.command} is missing, so Go ≥ 1.20 silently turns cgo off`;
    }
  }
  return 'CGO_ENABLED=0 comes from the go env file (go env -w) or the Go distribution';
}

function goCheck(cell: CellExpectations, facts: ToolchainFacts): Check {
  const expected = cell.goVersion ? `Go ${cell.goVersion.raw}` : 'any Go';
  const title = 'Go version';
  if (!facts.go) {
    const needed = Boolean(cell.goVersion) || cell.cgo === 'true' || cell.probe;
    const fix = facts.goPath
      ? `check the Go installation at ${facts.goPath} and GOFLAGS; go env also runs the C compiler (CC), which must not hang`
      : cell.goVersion
        ? `${SETUP_GO} with go-version: '${cell.goVersion.raw}'`
        : SETUP_GO;
    return { id: 'go', title, status: needed ? 'fail' : 'warn', expected, found: facts.goProblem ?? 'go not found', fix };
  }
  const found = `${facts.go.goVersion || 'unknown'} (${facts.go.path})`;
  if (!cell.goVersion) return { id: 'go', title, status: 'pass', expected, found };
  if (!facts.go.version) {
    return { id: 'go', title, status: 'warn', expected, found, fix: 'a development build of Go cannot be compared with a version range' };
  }
  if (satisfies(facts.go.version, cell.goVersion.range, { includePrerelease: true })) return { id: 'go', title, status: 'pass', expected, found };
  return { id: 'go', title, status: 'fail', expected, found, fix: `${SETUP_GO} with go-version: '${cell.goVersion.raw}' (or change the cell's go-version)` };
}

function cgoCheck(cell: CellExpectations, facts: ToolchainFacts): Check {
  const title = 'cgo (effective CGO_ENABLED)';
  const expected = cell.cgo === 'true' ? 'CGO_ENABLED=1' : cell.cgo === 'false' ? 'CGO_ENABLED=0' : 'either (auto)';
  if (facts.cgoEnabled === undefined)
    return { id: 'cgo', title, status: cell.cgo === 'auto' ? 'skip' : 'fail', expected, found: 'unknown: no go env', fix: SETUP_GO };
  if (!facts.cgoEnabled) {
    const found = `CGO_ENABLED=0: ${whyCgoOff(facts)}`;
    if (cell.cgo !== 'true') return { id: 'cgo', title, status: 'pass', expected, found };
    const cross = facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch;
    const fix =
      facts.cgoEnvironment === '0'
        ? 'remove CGO_ENABLED=0 from the job environment'
        : !facts.cc.path
          ? INSTALL_CC
          : cross
            ? 'set CGO_ENABLED=1 and CC to a cross compiler for the target'
            : 'set CGO_ENABLED=1 (go env -u CGO_ENABLED removes a go env -w setting)';
    return { id: 'cgo', title, status: 'fail', expected, found, fix };
  }
  if (!facts.cc.path) {
    const found = `CGO_ENABLED=1, but the C compiler ${facts.cc.command} is not on PATH: cgo packages fail with 'cgo: C compiler "${facts.cc.command}" not found'`;
    if (cell.cgo === 'false') return { id: 'cgo', title, status: 'warn', expected, found, fix: 'set CGO_ENABLED=0 in the job environment' };
    return { id: 'cgo', title, status: toolchainStatus(cell), expected, found, fix: cell.cgo === 'true' ? INSTALL_CC : INSTALL_CC_OR_NO_CGO };
  }
  const found = `CGO_ENABLED=1 with ${facts.cc.command}`;
  if (cell.cgo === 'false') {
    const built = `${found}: packages that import "C" (net and os/user too, on Linux) are built with the C compiler`;
    return { id: 'cgo', title, status: 'warn', expected, found: built, fix: 'set CGO_ENABLED=0 in the job environment' };
  }
  return { id: 'cgo', title, status: 'pass', expected, found };
}

function compilerCheck(cell: CellExpectations, facts: ToolchainFacts, cgoOn: boolean): Check {
  const { cc } = facts;
  const title = 'C compiler (CC)';
  // A cell that does not want cgo is not failed over its compiler; the cgo check warns instead.
  // Under cgo: auto a missing or broken compiler is reported, never failed (a pure-Go build needs none).
  const used = cgoOn && cell.cgo !== 'false';
  const expected = used ? `${cc.command} runs` : 'not needed (cgo off)';
  if (!cc.path) {
    const fix = !used ? undefined : cell.cgo === 'true' ? INSTALL_CC : INSTALL_CC_OR_NO_CGO;
    return { id: 'cc', title, status: used ? toolchainStatus(cell) : 'skip', expected, found: `${cc.command} not found on PATH`, fix };
  }
  const found = [cc.version ?? 'version unknown', cc.target ? `target ${cc.target.raw}` : undefined, cc.path].filter(Boolean).join(', ');
  if (cc.problems.length) {
    const fix = `check that CC (${cc.command}) is a working gcc or clang`;
    return { id: 'cc', title, status: used ? toolchainStatus(cell) : 'warn', expected, found: `${found}; ${cc.problems.join('; ')}`, fix };
  }
  return { id: 'cc', title, status: 'pass', expected, found };
}

function targetCheck(cell: CellExpectations, facts: ToolchainFacts): Check | undefined {
  const triple = facts.cc.target;
  if (!triple) return undefined;
  const cross = facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch;
  const expected = `a compiler for ${facts.goos}/${facts.goarch}`;
  const match = tripleMatchesGo(triple, facts.goos, facts.goarch);
  const title = cross ? 'Cross build' : 'Compiler target';
  if (match === false) {
    return {
      id: 'target',
      title,
      status: toolchainStatus(cell),
      expected,
      found: `${facts.cc.command} targets ${triple.raw}${cross ? ' (a host compiler)' : ''}`,
      fix: `set CC to a compiler for ${facts.goos}/${facts.goarch} (e.g. CC=aarch64-linux-gnu-gcc from apt-get install gcc-aarch64-linux-gnu, or CC="zig cc -target …")`,
    };
  }
  return { id: 'target', title, status: match ? 'pass' : 'warn', expected, found: `${triple.raw}${match ? '' : ': cannot tell whether it matches'}` };
}

/** The libc the build links: the probe binary's, else the compiler's when cgo is on, else the job environment's. */
export function buildLibc(facts: ToolchainFacts, cgoOn: boolean, probe?: ProbeResult): LibcInfo | undefined {
  const fromProbe = probe?.libc;
  const compiler = facts.cc.libc;
  if (fromProbe && (fromProbe.family === 'musl' || fromProbe.family === 'glibc')) {
    const sameFamily = (libc: LibcInfo | undefined) => (libc?.family === fromProbe.family ? libc.version : undefined);
    const version = sameFamily(compiler) ?? sameFamily(facts.hostLibc);
    return { family: fromProbe.family, version, evidence: fromProbe.evidence };
  }
  if (cgoOn && compiler) {
    // A native compiler of the same family links the system's libc: its version is the host's.
    const version = compiler.version ?? (facts.hostLibc?.family === compiler.family ? facts.hostLibc.version : undefined);
    return { ...compiler, version, evidence: `the C compiler ${facts.cc.command}: ${compiler.evidence}` };
  }
  return facts.hostLibc && { ...facts.hostLibc, evidence: `the job environment (${facts.hostLibc.evidence})` };
}

const LIBC_FIX: Record<string, string> = {
  musl: 'set CC=musl-gcc (Debian/Ubuntu: apt-get install musl-tools) or run the job in an Alpine container (apk add gcc musl-dev)',
  glibc: 'use a glibc image or runner (Debian, Ubuntu) and its gcc, or set CC back to the system gcc',
};

function libcCheck(cell: CellExpectations, facts: ToolchainFacts, cgoOn: boolean, probe?: ProbeResult): Check | undefined {
  const libc = buildLibc(facts, cgoOn, probe);
  if (!libc && cell.libc.family === 'any') return undefined;
  const expected = cell.libc.family === 'any' ? 'any' : `${cell.libc.family}${cell.libc.range ? ` ${cell.libc.range}` : ''}`;
  const host = facts.hostLibc && libc && describeLibc(facts.hostLibc) !== describeLibc(libc) ? `; job environment: ${describeLibc(facts.hostLibc)}` : '';
  const found = `${describeLibc(libc)} (${libc?.evidence ?? 'no C library found'})${host}`;
  const title = 'libc';
  if (cell.libc.family === 'any') return { id: 'libc', title, status: 'pass', expected, found };
  // With cgo off Go links no libc: the binaries are static and run on either, whatever the job's own is.
  const mismatch = !libc || libc.family !== cell.libc.family || (cell.libc.range && !satisfies(coerce(libc.version ?? '') ?? '0.0.0', cell.libc.range));
  if (!cgoOn && !probe?.libc && mismatch) {
    const host = facts.hostLibc ? ` (the job environment has ${describeLibc(facts.hostLibc)})` : '';
    return {
      id: 'libc',
      title,
      status: 'pass',
      expected,
      found: `no libc: cgo is off, so Go links none and the binaries run on ${cell.libc.family} too${host}`,
    };
  }
  if (!libc || libc.family !== cell.libc.family) {
    return { id: 'libc', title, status: 'fail', expected, found, fix: LIBC_FIX[cell.libc.family] };
  }
  if (!cell.libc.range) return { id: 'libc', title, status: 'pass', expected, found };
  const version = coerce(libc.version ?? '');
  if (!version) return { id: 'libc', title, status: 'warn', expected, found, fix: `cannot tell the ${libc.family} version to compare with ${cell.libc.range}` };
  if (satisfies(version, cell.libc.range)) return { id: 'libc', title, status: 'pass', expected, found };
  return { id: 'libc', title, status: 'fail', expected, found, fix: `use an image or runner whose ${libc.family} satisfies ${cell.libc.range}` };
}

function flagsCheck(cell: CellExpectations, facts: ToolchainFacts, cgoOn: boolean): Check | undefined {
  if (!facts.flagDirs.length) return undefined;
  const missing = facts.flagDirs.filter((f) => !f.exists);
  const relative = facts.flagDirs.filter((f) => f.exists && f.relative);
  const expected = 'every -I/-L folder in CGO_*FLAGS exists, as an absolute path';
  const title = 'Flag folders';
  if (!missing.length && !relative.length) return { id: 'flags', title, status: 'pass', expected, found: `${facts.flagDirs.length} folder(s) exist` };
  const found = [
    ...missing.map((f) => `${f.variable} names ${f.flag} ${f.dir}, which is not a folder`),
    ...relative.map((f) => `${f.variable} names ${f.flag} ${f.dir}, a relative path: cgo runs the compiler in a temporary folder, where it is not found`),
  ].join('; ');
  const variables = [...new Set([...missing, ...relative].map((f) => f.variable))].join(', ');
  const fix = missing.length
    ? `create the folder or install the package that provides it, or correct ${variables}`
    : `use absolute paths in ${variables} (e.g. $GITHUB_WORKSPACE/include), or \${SRCDIR} in #cgo lines`;
  return { id: 'flags', title, status: cgoOn ? toolchainStatus(cell) : 'warn', expected, found, fix };
}

function probeCheck(cell: CellExpectations, facts: ToolchainFacts, cgoOn: boolean, probe: ProbeResult | undefined): Check | undefined {
  if (!cell.probe) return undefined;
  const title = 'cgo probe';
  const expected = 'a cgo program builds and runs';
  if (!cgoOn) return { id: 'probe', title, status: 'skip', expected, found: facts.go ? 'not built: cgo is off' : 'not built: no go env' };
  if (!probe) return { id: 'probe', title, status: 'skip', expected, found: 'not built' };
  if (!probe.ok) {
    const lines = probe.output
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('# '))
      .slice(0, 3);
    const fix = "read the compiler's output (step log, job summary): it names the missing piece";
    return { id: 'probe', title, status: 'fail', expected, found: `build failed: ${lines.join(' / ') || 'no output'}`, fix };
  }
  const libc = probe.libc ? `; ${probe.libc.evidence}` : '';
  if (!probe.ran) return { id: 'probe', title, status: 'pass', expected, found: `built (cross build, not run)${libc}` };
  if (!probe.runOk) {
    const found = `built, but running it failed: ${probe.runOutput || 'no output'}${libc}`;
    return { id: 'probe', title, status: 'fail', expected, found, fix: 'the binary cannot run here: is its C library (loader) installed?' };
  }
  return { id: 'probe', title, status: 'pass', expected, found: `built and ran${libc}` };
}

export function evaluateCell(cell: CellExpectations, facts: ToolchainFacts, probe?: ProbeResult, libraries?: LibraryFacts): Check[] {
  const cgoOn = facts.cgoEnabled === true;
  const target = buildLibc(facts, cgoOn, probe);
  const checks: (Check | undefined)[] = [
    goCheck(cell, facts),
    cgoCheck(cell, facts),
    compilerCheck(cell, facts, cgoOn),
    cgoOn ? targetCheck(cell, facts) : undefined,
    libcCheck(cell, facts, cgoOn, probe),
    flagsCheck(cell, facts, cgoOn),
    // A stated libc makes a foreign library in CGO_LDFLAGS a failure, as for pkg-config modules.
    ...libraryChecks(cell, facts, libraries, target, cell.libc.family !== 'any' ? 'fail' : toolchainStatus(cell)),
    probeCheck(cell, facts, cgoOn, probe),
  ];
  return checks.filter((c): c is Check => c !== undefined);
}
