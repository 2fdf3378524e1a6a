// Pure: the libc checks — which libc the build links (the probe binary, the compiler's headers, the
// job environment) against the cell's expectation — and the cgo probe's verdict, which reads the
// binary's loader and the libraries it needs.
import coerce from 'semver/functions/coerce.js';
import satisfies from 'semver/functions/satisfies.js';
import { compilerError } from './cc-output.js';
import { builtForFix } from './evaluate-libraries.js';
import type { CellExpectations, LibcFamily } from './expectations.js';
import type { ToolchainFacts } from './facts.js';
import type { LibraryFacts } from './library-facts.js';
import type { LibcInfo } from './parse.js';
import type { ProbeResult } from './probe.js';
import type { Check } from './report.js';

/** What a row says when the missing compiler, not its own subject, stops it. */
export const NO_CC = (facts: ToolchainFacts) => `the C compiler ${facts.cc.command} is missing (see the C compiler row)`;

export function describeLibc(libc: Pick<LibcInfo, 'family' | 'version'> | undefined): string {
  if (!libc) return 'unknown';
  return libc.version ? `${libc.family} ${libc.version}` : libc.family;
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
  return facts.hostLibc && { ...facts.hostLibc, evidence: `the job environment: ${facts.hostLibc.evidence}` };
}

const LIBC_FIX: Record<string, string> = {
  musl: 'set CC=musl-gcc (Debian/Ubuntu: apt-get install musl-tools) or run the job in an Alpine container (apk add gcc musl-dev)',
  glibc: 'use a glibc image or runner (Debian, Ubuntu) and its gcc, or set CC back to the system gcc',
};

/** How to get the cell's libc; never what the cell already does (CC=musl-gcc when it is musl-gcc). */
function libcFix(family: LibcFamily, facts: ToolchainFacts): string {
  const named = `${facts.cc.command} ${facts.cc.path ?? ''}`;
  if (family === 'musl' && /musl/.test(named)) {
    return `CC is already ${facts.cc.command}, yet its headers are not musl's: check its specs file and the -I/--sysroot flags in CGO_CPPFLAGS/CGO_CFLAGS`;
  }
  return LIBC_FIX[family];
}

export function libcCheck(cell: CellExpectations, facts: ToolchainFacts, cgoOn: boolean, probe?: ProbeResult): Check | undefined {
  const libc = buildLibc(facts, cgoOn, probe);
  if (!libc && cell.libc.family === 'any') return undefined;
  const expected = cell.libc.family === 'any' ? 'any' : `${cell.libc.family}${cell.libc.range ? ` ${cell.libc.range}` : ''}`;
  const host = facts.hostLibc && libc && describeLibc(facts.hostLibc) !== describeLibc(libc) ? `; job environment: ${describeLibc(facts.hostLibc)}` : '';
  const found = `${describeLibc(libc)} (${libc?.evidence ?? 'no C library found'})${host}`;
  const title = 'libc';
  if (cell.libc.family === 'any') return { id: 'libc', title, status: 'pass', expected, found };
  const cc = facts.cc;
  if (cgoOn && !probe?.libc && !cc.path) return { id: 'libc', title, status: 'skip', expected, found: `not checked: ${NO_CC(facts)}` };
  if (cgoOn && !probe?.libc && cc.flagsEffect && cc.problems.length) {
    return {
      id: 'libc',
      title,
      status: 'skip',
      expected,
      found: `not checked: ${cc.command} cannot compile with the cell's header flags (see the C compiler row)`,
    };
  }
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
    const effect = cgoOn && !probe?.libc ? cc.flagsEffect : undefined;
    if (effect?.libcWithout?.family === cell.libc.family) {
      const flags = effect.flags.join(' ');
      const brings = effect.header ? ` (${effect.header})` : '';
      const cause = `${flags} from CGO_CPPFLAGS/CGO_CFLAGS put ${libc?.family ?? 'other'} headers${brings} before ${cc.command}'s own ${describeLibc(effect.libcWithout)}`;
      return {
        id: 'libc',
        title,
        status: 'fail',
        expected,
        found: `${found}: ${cause}`,
        fix: `remove ${flags}, or point it at headers built for ${cell.libc.family}`,
      };
    }
    return { id: 'libc', title, status: 'fail', expected, found, fix: libcFix(cell.libc.family, facts) };
  }
  if (!cell.libc.range) return { id: 'libc', title, status: 'pass', expected, found };
  const version = coerce(libc.version ?? '');
  if (!version) return { id: 'libc', title, status: 'warn', expected, found, fix: `cannot tell the ${libc.family} version to compare with ${cell.libc.range}` };
  if (satisfies(version, cell.libc.range)) return { id: 'libc', title, status: 'pass', expected, found };
  return { id: 'libc', title, status: 'fail', expected, found, fix: `use an image or runner whose ${libc.family} satisfies ${cell.libc.range}` };
}

/** A needed library of the other libc than the binary's loader: glibc's libc.so.6 beside musl's loader, or the reverse. */
function secondLibc(probe: ProbeResult): { library: string; family: LibcFamily } | undefined {
  const family = probe.libc?.family;
  const needed = probe.needed ?? [];
  if (family === 'musl') {
    const library = needed.find((n) => /^(libc\.so\.6|ld-linux[\w.-]*\.so\.\d)$/.test(n));
    return library ? { library, family: 'glibc' } : undefined;
  }
  if (family === 'glibc') {
    const library = needed.find((n) => n === 'libc.so' || /^(libc\.musl-|ld-musl-)/.test(n));
    return library ? { library, family: 'musl' } : undefined;
  }
  return undefined;
}

export function probeCheck(
  cell: CellExpectations,
  facts: ToolchainFacts,
  cgoOn: boolean,
  probe: ProbeResult | undefined,
  libraries?: LibraryFacts,
): Check | undefined {
  if (!cell.probe) return undefined;
  const title = 'cgo probe';
  const expected = 'a cgo program builds and runs';
  if (!cgoOn) return { id: 'probe', title, status: 'skip', expected, found: facts.go ? 'not built: cgo is off' : 'not built: no go env' };
  if (!probe) return { id: 'probe', title, status: 'skip', expected, found: 'not built' };
  // One cause, one failed row: a compiler that is missing or cannot compile with the cell's flags is the compiler row's.
  if (!probe.ok && !facts.cc.path) return { id: 'probe', title, status: 'skip', expected, found: `not judged: ${NO_CC(facts)}` };
  if (!probe.ok && facts.cc.problems.length)
    return { id: 'probe', title, status: 'skip', expected, found: 'not judged: the C compiler cannot compile (see the C compiler row)' };
  if (!probe.ok) {
    const lines = probe.output
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('# '))
      .slice(0, 3);
    const fix = "read the compiler's output (step log, job summary): it names the missing piece";
    return { id: 'probe', title, status: 'fail', expected, found: `build failed: ${compilerError(probe.output) ?? (lines.join(' / ') || 'no output')}`, fix };
  }
  const libc = probe.libc ? `; ${probe.libc.evidence}` : '';
  const mixed = secondLibc(probe);
  if (mixed) {
    // The loader is one libc's, a needed library the other's: it may even start here, and breaks elsewhere.
    const culprits = (libraries?.results ?? []).flatMap((r) => r.link?.libraries ?? []).filter((l) => !l.libcItself && l.libc?.family === mixed.family);
    const named = culprits.length
      ? ` (${[...new Set(culprits.map((l) => l.path))].slice(0, 3).join(', ')}: see the library rows)`
      : ' (CGO_LDFLAGS or a #cgo line links it)';
    const ran = probe.ran && !probe.runOk ? `; running it failed: ${probe.runOutput || 'no output'}` : '';
    const found = `built${probe.ran && probe.runOk ? ' and ran' : ''}, but the binary needs ${mixed.library}, ${mixed.family}'s C library, beside ${probe.libc!.family}'s loader: a library built for ${mixed.family} is linked in${named}${ran}`;
    return { id: 'probe', title, status: 'fail', expected, found, fix: builtForFix(probe.libc!.family as LibcFamily, 'every library the cell links') };
  }
  if (!probe.ran) return { id: 'probe', title, status: 'pass', expected, found: `built (cross build, not run)${libc}` };
  if (!probe.runOk) {
    const found = `built, but running it failed: ${probe.runOutput || 'no output'}${libc}`;
    return { id: 'probe', title, status: 'fail', expected, found, fix: 'the binary cannot run here: is its C library (loader) installed?' };
  }
  return { id: 'probe', title, status: 'pass', expected, found: `built and ran${libc}` };
}
