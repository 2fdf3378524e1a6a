// Pure: judges the gathered toolchain facts against what the matrix cell expects. Each check says
// what was expected, what was found and, when it fails, how to fix it.
// semver's single functions, not its index: the index loads all of semver (70 KB) at main's start.
import satisfies from 'semver/functions/satisfies.js';
import type { CellExpectations } from './expectations.js';
import type { ToolchainFacts } from './facts.js';
import { tripleMatchesGo } from './parse.js';
import type { ProbeResult } from './probe.js';
import { NO_CC, buildLibc, describeLibc, libcCheck, probeCheck } from './evaluate-libc.js';
import { libraryChecks } from './evaluate-libraries.js';
import type { LibraryFacts } from './library-facts.js';
import type { Check } from './report.js';

export { buildLibc, describeLibc } from './evaluate-libc.js';

const SETUP_GO = 'add actions/setup-go before this step';
const INSTALL_CC = 'install a C compiler (Debian/Ubuntu: apt-get install gcc; Alpine: apk add gcc musl-dev; macOS: xcode-select --install) or set CC';
// cgo: auto does not know whether the build imports "C": a pure-Go build needs no C compiler.
const INSTALL_CC_OR_NO_CGO = `if the build uses cgo: ${INSTALL_CC}; if it is pure Go: set CGO_ENABLED=0 (or cgo: false) to build without the C compiler`;

/** How to get the compiler: CC names one that is not there, or nothing is set and the default is missing. */
function installFix(cell: CellExpectations, facts: ToolchainFacts): string {
  const cc = facts.cc;
  if (cc.explicit) {
    const set = `CC=${[cc.command, ...cc.args].join(' ')} names no program on PATH: install ${cc.command}, or set CC to a compiler you have`;
    return cell.cgo === 'true' ? set : `if the build uses cgo: ${set}; if it is pure Go: set CGO_ENABLED=0 (or cgo: false)`;
  }
  return cell.cgo === 'true' ? INSTALL_CC : INSTALL_CC_OR_NO_CGO;
}

/**
 * How a problem with the C toolchain counts: only cgo: true fails the cell over it; cgo: auto reports
 * it (a warning at most), since a pure-Go build never runs the C compiler.
 */
function toolchainStatus(cell: CellExpectations): 'fail' | 'warn' {
  // Asking for the probe says the build uses cgo: a toolchain that cannot build it fails like cgo: true.
  return cell.cgo === 'true' || cell.probe ? 'fail' : 'warn';
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
    // One cause, one failed row: the compiler row has it.
    return { id: 'cgo', title, status: 'skip', expected, found: `CGO_ENABLED=1; not judged further: ${NO_CC(facts)}` };
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
    const fix = used ? installFix(cell, facts) : undefined;
    return { id: 'cc', title, status: used ? toolchainStatus(cell) : 'skip', expected, found: `${cc.command} not found on PATH`, fix };
  }
  const found = [cc.version ?? 'version unknown', cc.target ? `target ${cc.target.raw}` : undefined, cc.path].filter(Boolean).join(', ');
  if (cc.problems.length && cc.flagsEffect?.libcWithout) {
    // It works without the cell's header flags: those are the cause, not the compiler.
    const flags = cc.flagsEffect.flags.join(' ');
    const without = `without them its headers are ${describeLibc(cc.flagsEffect.libcWithout)}'s own`;
    return {
      id: 'cc',
      title,
      status: used ? toolchainStatus(cell) : 'warn',
      expected,
      found: `${found}; ${cc.problems.join('; ')} — with ${flags} from CGO_CPPFLAGS/CGO_CFLAGS${cc.flagsEffect.header ? ` (it brings ${cc.flagsEffect.header})` : ''}; ${without}`,
      fix: `remove ${flags} from CGO_CPPFLAGS/CGO_CFLAGS, or point it at headers built for ${cc.flagsEffect.libcWithout.family}: that folder's headers are another C library's`,
    };
  }
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

function flagsCheck(cell: CellExpectations, facts: ToolchainFacts, cgoOn: boolean, libraries?: LibraryFacts): Check | undefined {
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
  // The compiler and the linker skip a folder that is not there: a missing -L (or an -I, when the
  // library tests compiled everything) blocks nothing by itself; the library rows say what is found.
  // The compiler and the linker skip a folder that is not there: where the library tests compiled and
  // linked everything, a missing -I or -L blocks nothing; without such proof it counts as before.
  const results = libraries?.results ?? [];
  const compiled = results.some((r) => r.compiles.length) && results.every((r) => r.compiles.every((c) => c.ok));
  const linked = results.some((r) => r.link) && results.every((r) => !r.link || r.link.ok);
  const harmless = !relative.length && missing.every((f) => (f.flag === '-L' ? linked : compiled && f.variable !== 'CGO_CXXFLAGS'));
  const status = !cgoOn || harmless ? 'warn' : toolchainStatus(cell);
  return { id: 'flags', title, status, expected, found: harmless ? `${found} (skipped by the compiler and the linker)` : found, fix };
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
    flagsCheck(cell, facts, cgoOn, libraries),
    // A stated libc makes a foreign library in CGO_LDFLAGS a failure, as for pkg-config modules.
    ...libraryChecks(cell, facts, libraries, target, cell.libc.family !== 'any' ? 'fail' : toolchainStatus(cell)),
    probeCheck(cell, facts, cgoOn, probe, libraries),
  ];
  return checks.filter((c): c is Check => c !== undefined);
}
