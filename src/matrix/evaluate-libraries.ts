// Pure: judges the libraries the cell builds with — pkg-config modules, CGO_LDFLAGS libraries and
// the cgo packages the user named — by what the cell's own compiler did with them: whether their
// headers compile, whether they link, and whether what they link was built for the cell's libc.
import { foreignLibraries, type SubjectResult } from './cc-tests.js';
import type { CellExpectations, LibcFamily } from './expectations.js';
import { formatRequirement } from './expectations.js';
import type { ToolchainFacts } from './facts.js';
import type { LibraryFacts, SubjectInfo } from './library-facts.js';
import type { LibcInfo } from './parse.js';
import type { ModuleResult } from './pkg-config.js';
import type { Check, CheckStatus } from './report.js';

const MAX_LISTED = 3;

function list(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return items.length > MAX_LISTED ? `${shown} and ${items.length - MAX_LISTED} more` : shown;
}

/** How to get a library built for the cell's libc. */
export function builtForFix(family: LibcFamily, name: string): string {
  if (family === 'musl') {
    return `use ${name} built for musl: in an Alpine container install its -dev package (apk add); on Debian/Ubuntu build it with CC=musl-gcc into a prefix and point PKG_CONFIG_PATH (or -I/-L in CGO_CFLAGS/CGO_LDFLAGS) at that prefix; or give the compiler a musl sysroot that has it (--sysroot)`;
  }
  return `use ${name} built for glibc (Debian/Ubuntu: its lib…-dev package) and keep musl's folders out of the flags`;
}

interface Judged {
  status: 'pass' | 'warn' | 'fail';
  found: string;
  fix?: string;
}

function compilerName(facts: ToolchainFacts): string {
  return facts.cc.command;
}

/** The first failure among a subject's compiles and link, as one cause with its fix; undefined when all passed. */
function judgeSubject(info: SubjectInfo, result: SubjectResult, facts: ToolchainFacts, target: LibcInfo | undefined): Judged | undefined {
  const cc = compilerName(facts);
  const family: LibcFamily | undefined = target?.family === 'musl' || target?.family === 'glibc' ? target.family : undefined;
  const failed = result.compiles.find((c) => !c.ok);
  if (failed) {
    const what = info.kind === 'package' ? `the C preamble of ${failed.name}` : failed.name;
    const found = `${cc} cannot compile ${what}: ${failed.error ?? 'no output'}`;
    const header = failed.header ?? info.header?.name;
    // The header is on this machine, but only for its own libc: a build for the other needs its own copy.
    const foundAt = info.header && failed.header === info.header.name ? info.header.dir : failed.headerFoundAt;
    if (foundAt && failed.header && family && facts.hostLibc && facts.hostLibc.family !== family) {
      const where = info.module?.pcfiledir ? ` (${info.module.pcfiledir}/${info.name}.pc)` : '';
      const whose =
        info.kind === 'package'
          ? `the library behind ${failed.header} on this machine is built for ${facts.hostLibc.family}, not ${family}`
          : `the ${facts.hostLibc.family} ${info.name} of this machine${where} is not built for ${family}`;
      return {
        status: 'fail',
        found: `${found}. ${failed.header} is in ${foundAt}, which ${cc} does not search: ${whose}`,
        fix: builtForFix(family, info.kind === 'package' ? `the library that provides ${failed.header}` : info.name),
      };
    }
    const fix = header
      ? `install the package that provides ${header} for this compiler, or add its folder with -I (CGO_CFLAGS${info.kind === 'package' ? ' or a #cgo CFLAGS line' : ''})`
      : `read the compiler's error above; the flags tried were the cell's CGO_CPPFLAGS/CGO_CFLAGS${info.kind === 'pkg-config' ? ` and pkg-config --cflags ${info.name}` : ''}`;
    return { status: 'fail', found, fix };
  }
  const link = result.link;
  if (link && !link.ok) {
    // A -L the cell gives that is not there is likely why: said here, where the link fails.
    const gone = facts.flagDirs.filter((f) => f.flag === '-L' && !f.exists).map((f) => `${f.variable} names -L ${f.dir}, which is not a folder`);
    const found = `linking ${list(info.libraries)} with ${cc} fails: ${link.error ?? 'no output'}${gone.length ? `; ${list(gone)}` : ''}`;
    // -lz → libz; -l:libz.a → libz; a package or the CGO_LDFLAGS row without a named culprit: its first library.
    const named = link.missing ?? info.libraries.find((l) => l.startsWith('-l')) ?? info.name;
    const lib = `lib${named
      .replace(/^-l:?/, '')
      .replace(/\.(a|so[.\d]*)$/, '')
      .replace(/^lib/, '')}`;
    // A musl compiler sees none of the host's glibc libraries: the fix is a musl build, not a -dev package.
    const fix =
      family === 'musl' && facts.hostLibc?.family !== 'musl'
        ? `${builtForFix('musl', lib)}; or add the folder that has it with -L`
        : `install ${lib} for this compiler (Debian/Ubuntu: apt-get install ${lib}-dev; Alpine: apk add ${lib.replace(/^lib/, '')}-dev) or add the folder that has it with -L (CGO_LDFLAGS)`;
    return { status: 'fail', found, fix };
  }
  const foreign = foreignLibraries(link, family);
  if (foreign.length && family) {
    const culprits = foreign.filter((l) => !l.libcItself);
    const named = (culprits.length ? culprits : foreign).map((l) => `${l.path} (${l.libc!.family}: ${l.libc!.because})`);
    const other = foreign[0].libc!.family;
    const dragged =
      culprits.length && foreign.some((l) => l.libcItself)
        ? `, and with it ${other}'s own ${list(foreign.filter((l) => l.libcItself).map((l) => l.path))}`
        : '';
    // musl's loader answers for libc.so.6 itself, so such a program may even start on this machine.
    const started = link?.run
      ? link.run.ok
        ? `; the test program starts here only because ${family === 'musl' ? "musl's loader stands in for libc.so.6" : 'both C libraries are installed'}, and a ${family} system has no such library`
        : `; the test program fails to start: ${link.run.output}`
      : '';
    return {
      status: 'fail',
      found: `links ${list(named)}${dragged} into a ${family} cell: the program needs another libc's library${started}`,
      fix: builtForFix(family, culprits.length ? list(culprits.map((l) => basename(l.path))) : info.name),
    };
  }
  if (link?.run && !link.run.ok) {
    return {
      status: 'warn',
      found: `a test program linked with ${list(info.libraries)} by ${cc} fails to start: ${link.run.output}`,
      fix: "add the library's folder to LD_LIBRARY_PATH for the job, or link with -Wl,-rpath,<folder> (CGO_LDFLAGS)",
    };
  }
  return undefined;
}

/** The flags left out of the tests, said after the verdict. */
function droppedNote(info: SubjectInfo): string {
  return info.dropped?.length
    ? ` (not passed on, as go build refuses them from #cgo lines and pkg-config: ${list(info.dropped)}; CGO_CFLAGS_ALLOW/CGO_LDFLAGS_ALLOW let them through)`
    : '';
}

function basename(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** What passed, in one sentence: `#include <zlib.h> compiles and -lz links with musl-gcc (built for musl)`. */
function passFound(info: SubjectInfo, result: SubjectResult, facts: ToolchainFacts): string {
  const parts: string[] = [];
  if (result.compiles.length) {
    parts.push(info.kind === 'package' ? `${result.compiles.length} C preamble(s) preprocess` : `${result.compiles.map((c) => c.name).join(', ')} compiles`);
  }
  if (result.link) parts.push(`${list(info.libraries)} link${info.libraries.length === 1 ? 's' : ''}`);
  const own = result.link?.libraries.filter((l) => !l.libcItself && l.libc) ?? [];
  const families = [...new Set(own.map((l) => l.libc!.family))];
  const built = families.length === 1 ? ` (built for ${families[0]})` : '';
  const none = info.kind === 'pkg-config' && !result.compiles.length ? '; no header named after it was found to compile' : '';
  return parts.length ? `${parts.join(' and ')} with ${compilerName(facts)}${built}${none}` : `nothing to compile or link${none}`;
}

function moduleCheck(cell: CellExpectations, r: ModuleResult, libraries: LibraryFacts | undefined, facts: ToolchainFacts, target: LibcInfo | undefined): Check {
  const { requirement, version, satisfied, message } = r;
  const expected = formatRequirement(requirement);
  const title = `pkg-config ${requirement.module}`;
  const id = `pkg-config:${requirement.module}`;
  if (version === undefined) {
    const dev = `lib${requirement.module.replace(/^lib/, '')}-dev`;
    const fix = `install the package that provides ${requirement.module}.pc (e.g. ${dev}) or add its folder to PKG_CONFIG_PATH`;
    return { id, title, status: 'fail', expected, found: message ?? 'not found', fix };
  }
  if (!satisfied) {
    const found = `${requirement.module} ${version}${message ? `: ${message}` : ''}`;
    return {
      id,
      title,
      status: 'fail',
      expected,
      found,
      fix: `install a version of ${requirement.module} that satisfies ${requirement.op} ${requirement.version}`,
    };
  }
  const base = `${requirement.module} ${version}`;
  const info = libraries?.subjects.find((s) => s.id === id);
  const result = libraries?.results.find((s) => s.id === id);
  if (!info || !result) {
    const why = libraries?.skipped ? `; not compiled or linked: ${libraries.skipped}` : '';
    return { id, title, status: 'pass', expected, found: `${base}${why}` };
  }
  const judged = judgeSubject(info, result, facts, target);
  const expectedFull = `${expected}, usable by ${compilerName(facts)}`;
  if (judged) return { id, title, status: judged.status, expected: expectedFull, found: `${base}, but ${judged.found}${droppedNote(info)}`, fix: judged.fix };
  return { id, title, status: 'pass', expected: expectedFull, found: `${base}: ${passFound(info, result, facts)}${droppedNote(info)}` };
}

function subjectCheck(
  id: string,
  title: string,
  failStatus: CheckStatus,
  info: SubjectInfo,
  result: SubjectResult | undefined,
  facts: ToolchainFacts,
  target: LibcInfo | undefined,
): Check {
  const expected = `${info.kind === 'package' ? 'its C code compiles and its libraries link' : `${list(info.libraries)} link`} with ${compilerName(facts)}, built for the cell's libc`;
  if (info.missingModules?.length && info.pkgConfigMissing) {
    const fix = 'install pkg-config (apt-get install pkg-config; apk add pkgconf; brew install pkgconf) or set PKG_CONFIG';
    return {
      id,
      title,
      status: failStatus,
      expected,
      found: `its #cgo pkg-config modules ${list(info.missingModules)} cannot be asked for: ${info.pkgConfigMissing} is not on PATH`,
      fix,
    };
  }
  if (info.missingModules?.length) {
    const fix = `install the packages that provide ${list(info.missingModules.map((m) => `${m}.pc`))} or add their folder to PKG_CONFIG_PATH`;
    return { id, title, status: failStatus, expected, found: `its #cgo pkg-config modules ${list(info.missingModules)} are not found`, fix };
  }
  if (!result) return { id, title, status: 'skip', expected, found: 'not tried' };
  const judged = judgeSubject(info, result, facts, target);
  if (judged)
    return {
      id,
      title,
      status: judged.status === 'fail' ? failStatus : judged.status,
      expected,
      found: `${judged.found}${droppedNote(info)}`,
      fix: judged.fix,
    };
  return { id, title, status: 'pass', expected, found: `${passFound(info, result, facts)}${droppedNote(info)}` };
}

function packageChecks(cell: CellExpectations, libraries: LibraryFacts | undefined, facts: ToolchainFacts, target: LibcInfo | undefined): Check[] {
  if (!cell.cgoPackages.length) return [];
  const title = 'cgo packages';
  const expected = `the packages ${list(cell.cgoPackages)} listed by go list`;
  if (libraries?.skipped) return [{ id: 'cgo-packages', title, status: 'skip', expected, found: `not tried: ${libraries.skipped}` }];
  const packages = libraries?.packages;
  if (!packages) return [{ id: 'cgo-packages', title, status: 'skip', expected, found: facts.go ? 'not listed' : 'not listed: no go env' }];
  const checks: Check[] = [];
  if (!packages.packages.length) {
    const status: CheckStatus = packages.problems.length ? 'fail' : 'pass';
    const found = packages.problems.length ? list(packages.problems) : `no package among ${list(cell.cgoPackages)} or their dependencies uses cgo`;
    const fix = packages.problems.length
      ? 'run go list -deps with the same patterns in the job to see the error; check cgo-packages and the working folder'
      : undefined;
    return [{ id: 'cgo-packages', title, status, expected, found, fix }];
  }
  if (packages.problems.length) {
    checks.push({
      id: 'cgo-packages',
      title,
      status: 'warn',
      expected,
      found: `go list reported: ${list(packages.problems)}`,
      fix: 'run go list -deps with the same patterns in the job',
    });
  }
  for (const info of libraries!.subjects.filter((s) => s.kind === 'package')) {
    const result = libraries!.results.find((r) => r.id === info.id);
    checks.push(subjectCheck(info.id, `cgo package ${info.name}`, 'fail', info, result, facts, target));
  }
  return checks;
}

export function libraryChecks(
  cell: CellExpectations,
  facts: ToolchainFacts,
  libraries: LibraryFacts | undefined,
  target: LibcInfo | undefined,
  ldflagsStatus: 'fail' | 'warn',
): Check[] {
  const checks: Check[] = [];
  if (cell.pkgConfig.length && facts.pkgConfig) {
    const { pkgConfig } = facts;
    if (!pkgConfig.path) {
      const fix = 'install pkg-config (apt-get install pkg-config; apk add pkgconf; brew install pkgconf) or set PKG_CONFIG';
      checks.push({
        id: 'pkg-config',
        title: 'pkg-config',
        status: 'fail',
        expected: `${pkgConfig.command} on PATH`,
        found: `${pkgConfig.command} not found`,
        fix,
      });
    } else checks.push(...pkgConfig.results.map((r) => moduleCheck(cell, r, libraries, facts, target)));
  }
  const ldflags = libraries?.subjects.find((s) => s.kind === 'ldflags');
  if (ldflags) {
    const result = libraries!.results.find((r) => r.id === 'ldflags');
    checks.push(subjectCheck('ldflags', 'Libraries in CGO_LDFLAGS', ldflagsStatus, ldflags, result, facts, target));
  }
  checks.push(...packageChecks(cell, libraries, facts, target));
  return checks;
}
