// Pure: what the matrix cell says it expects, parsed from the inputs. Every error names the input,
// the value and what is accepted.
import validRange from 'semver/ranges/valid.js';
import { INPUT } from '../constants.js';
import { InputError } from '../lib/errors.js';

export type CgoExpectation = 'true' | 'false' | 'auto';
export type LibcFamily = 'glibc' | 'musl';

export interface LibcExpectation {
  family: LibcFamily | 'any';
  /** Semver range over the libc's version (`>=2.31`), when given. */
  range?: string;
}

export interface PkgConfigRequirement {
  module: string;
  /** pkg-config's own comparison operator and version, when given. */
  op?: '=' | '!=' | '<' | '>' | '<=' | '>=';
  version?: string;
}

export interface CellExpectations {
  /** False turns every check (and the probe) off; facts are not gathered. */
  validate: boolean;
  /** Semver range over Go's version, as written and as normalised for semver. */
  goVersion?: { raw: string; range: string };
  cgo: CgoExpectation;
  libc: LibcExpectation;
  pkgConfig: PkgConfigRequirement[];
  probe: boolean;
  /** Package patterns whose cgo preambles and libraries are tried with the cell's compiler (go list). */
  cgoPackages: string[];
  onMismatch: 'fail' | 'warn';
}

const GO_VERSION_ACCEPTED = 'expected a Go version or semver range such as 1.22, 1.22.x, ">=1.21 <1.23" or "^1.21", or empty for any';

export function parseGoVersionRange(raw: string): CellExpectations['goVersion'] {
  const value = raw.trim();
  if (value === '') return undefined;
  // Accept Go's own spelling of a version (go1.22.3) as well as semver's.
  const range = value.replace(/\bgo(?=\d)/g, '');
  if (validRange(range) === null) throw new InputError(INPUT.goVersion, raw, GO_VERSION_ACCEPTED);
  return { raw: value, range };
}

export function parseCgo(raw: string): CgoExpectation {
  const value = raw.trim().toLowerCase();
  if (value === '') return 'auto';
  if (value === 'true' || value === 'false' || value === 'auto') return value;
  throw new InputError(INPUT.cgo, raw, 'expected true (CGO_ENABLED must be 1), false (must be 0) or auto (report only)');
}

const LIBC_ACCEPTED = 'expected glibc, musl or any, optionally followed by a version range (glibc>=2.31, "musl >=1.2 <1.3")';

export function parseLibc(raw: string): LibcExpectation {
  const value = raw.trim();
  if (value === '') return { family: 'any' };
  // The family must stand alone: 'glibcx' is a typo, not glibc with the range 'x'.
  const match = /^(glibc|musl|any)(?![A-Za-z_-])\s*(.*)$/i.exec(value);
  if (!match) throw new InputError(INPUT.libc, raw, LIBC_ACCEPTED);
  const family = match[1].toLowerCase() as LibcExpectation['family'];
  const range = match[2].trim();
  if (range === '') return { family };
  if (family === 'any') throw new InputError(INPUT.libc, raw, `${LIBC_ACCEPTED}; a version range needs a family`);
  if (validRange(range) === null) throw new InputError(INPUT.libc, raw, LIBC_ACCEPTED);
  return { family, range };
}

const PKG_ACCEPTED =
  'expected pkg-config module names separated by commas or newlines, each optionally with a version constraint (sqlite3>=3.40, zlib, "openssl >= 3")';
const PKG_ENTRY = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*)\s*(?:(>=|<=|!=|==|=|<|>)\s*([0-9A-Za-z][0-9A-Za-z.+~_-]*))?$/;

export function parsePkgConfigList(raw: string): PkgConfigRequirement[] {
  const requirements: PkgConfigRequirement[] = [];
  for (const entry of raw
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = PKG_ENTRY.exec(entry);
    if (!match) throw new InputError(INPUT.pkgConfig, raw, `${PKG_ACCEPTED}; cannot read "${entry}"`);
    const [, module, op, version] = match;
    if (requirements.some((r) => r.module === module)) {
      throw new InputError(INPUT.pkgConfig, raw, `${PKG_ACCEPTED}; "${module}" is listed twice`);
    }
    requirements.push(op ? { module, op: (op === '==' ? '=' : op) as PkgConfigRequirement['op'], version } : { module });
  }
  return requirements;
}

const PACKAGES_ACCEPTED = 'expected Go package patterns separated by commas, spaces or newlines (./..., ./cmd/app, example.com/mod/...), or empty for none';

export function parseCgoPackages(raw: string): string[] {
  const patterns = raw.split(/[\s,]+/).filter(Boolean);
  for (const p of patterns) {
    // A leading '-' would reach go list as a flag.
    if (p.startsWith('-') || !/^[\w.@~+/:-]+$/.test(p)) throw new InputError(INPUT.cgoPackages, raw, `${PACKAGES_ACCEPTED}; cannot read "${p}"`);
  }
  return [...new Set(patterns)];
}

export function parseOnMismatch(raw: string): CellExpectations['onMismatch'] {
  const value = raw.trim().toLowerCase();
  if (value === '') return 'fail';
  if (value === 'fail' || value === 'warn') return value;
  throw new InputError(INPUT.onMismatch, raw, 'expected fail (a mismatch fails main) or warn (it becomes a warning)');
}

/** How the cell is named in messages: by what it expects, since the runner gives actions no matrix values. */
export function describeCell(cell: CellExpectations): string {
  const parts: string[] = [];
  if (cell.goVersion) parts.push(`go ${cell.goVersion.raw}`);
  if (cell.cgo !== 'auto') parts.push(`cgo ${cell.cgo}`);
  if (cell.libc.family !== 'any') parts.push(`libc ${cell.libc.family}${cell.libc.range ? ` ${cell.libc.range}` : ''}`);
  if (cell.pkgConfig.length) parts.push(`pkg-config ${cell.pkgConfig.map(formatRequirement).join(', ')}`);
  return parts.length ? `[${parts.join('; ')}]` : '[no expectations]';
}

export function formatRequirement(r: PkgConfigRequirement): string {
  return r.op ? `${r.module} ${r.op} ${r.version}` : r.module;
}
