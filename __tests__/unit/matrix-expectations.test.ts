import { describe, expect, it } from '@jest/globals';
import {
  describeCell,
  formatRequirement,
  parseCgo,
  parseGoVersionRange,
  parseLibc,
  parseOnMismatch,
  parsePkgConfigList,
  type CellExpectations,
} from '../../src/matrix/expectations.js';
import { inputErrorMessage } from './helpers.js';

const GO_ACCEPTED = 'expected a Go version or semver range such as 1.22, 1.22.x, ">=1.21 <1.23" or "^1.21", or empty for any';
const LIBC_ACCEPTED = 'expected glibc, musl or any, optionally followed by a version range (glibc>=2.31, "musl >=1.2 <1.3")';
const PKG_ACCEPTED =
  'expected pkg-config module names separated by commas or newlines, each optionally with a version constraint (sqlite3>=3.40, zlib, "openssl >= 3")';

function cell(changes: Partial<CellExpectations> = {}): CellExpectations {
  return { validate: true, cgo: 'auto', libc: { family: 'any' }, pkgConfig: [], probe: false, cgoPackages: [], onMismatch: 'fail', ...changes };
}

describe('parseGoVersionRange', () => {
  it.each([
    ['1.22', '1.22'],
    ['1.22.x', '1.22.x'],
    ['>=1.21 <1.23', '>=1.21 <1.23'],
    ['^1.21', '^1.21'],
    ['~1.22.3', '~1.22.3'],
    ['1.22.3', '1.22.3'],
  ])('accepts %j as the range %j', (raw, range) => {
    expect(parseGoVersionRange(raw)).toEqual({ raw, range });
  });

  it("normalises Go's own spelling go1.22.3 to 1.22.3, keeping the raw value", () => {
    expect(parseGoVersionRange('go1.22.3')).toEqual({ raw: 'go1.22.3', range: '1.22.3' });
    expect(parseGoVersionRange('>=go1.21 <go1.23')).toEqual({ raw: '>=go1.21 <go1.23', range: '>=1.21 <1.23' });
  });

  it('trims blanks around the value', () => {
    expect(parseGoVersionRange('  1.22.x \n')).toEqual({ raw: '1.22.x', range: '1.22.x' });
  });

  it('is undefined for an empty or blank value (any Go)', () => {
    expect(parseGoVersionRange('')).toBeUndefined();
    expect(parseGoVersionRange('  \n')).toBeUndefined();
  });

  it.each(['latest', 'stable', '1.2.3.4', 'go', 'one.two'])('rejects %j naming go-version, the value and the accepted forms', (raw) => {
    expect(inputErrorMessage(() => parseGoVersionRange(raw))).toBe(`Input 'go-version' has an invalid value ${JSON.stringify(raw)}: ${GO_ACCEPTED}`);
  });
});

describe('parseCgo', () => {
  it.each([
    ['true', 'true'],
    ['false', 'false'],
    ['auto', 'auto'],
    ['TRUE', 'true'],
    ['False', 'false'],
    [' Auto\n', 'auto'],
    ['', 'auto'],
    ['   ', 'auto'],
  ])('%j is %j', (raw, expected) => {
    expect(parseCgo(raw)).toBe(expected);
  });

  it.each(['1', '0', 'yes', 'on', 'enabled'])('rejects %j naming cgo and the accepted values', (raw) => {
    expect(inputErrorMessage(() => parseCgo(raw))).toBe(
      `Input 'cgo' has an invalid value ${JSON.stringify(raw)}: expected true (CGO_ENABLED must be 1), false (must be 0) or auto (report only)`,
    );
  });
});

describe('parseLibc', () => {
  it.each([
    ['glibc', { family: 'glibc' }],
    ['musl', { family: 'musl' }],
    ['any', { family: 'any' }],
    ['', { family: 'any' }],
    ['  ', { family: 'any' }],
    ['GLIBC', { family: 'glibc' }],
    ['Musl', { family: 'musl' }],
    ['glibc>=2.31', { family: 'glibc', range: '>=2.31' }],
    ['glibc >= 2.31', { family: 'glibc', range: '>= 2.31' }],
    ['musl >=1.2 <1.3', { family: 'musl', range: '>=1.2 <1.3' }],
    [' musl ^1.2 ', { family: 'musl', range: '^1.2' }],
  ])('%j is %j', (raw, expected) => {
    expect(parseLibc(raw)).toEqual(expected);
  });

  it('rejects a range without a family (any>=1), saying a range needs one', () => {
    expect(inputErrorMessage(() => parseLibc('any>=1'))).toBe(`Input 'libc' has an invalid value "any>=1": ${LIBC_ACCEPTED}; a version range needs a family`);
  });

  it.each(['uclibc', 'bionic', 'glibc>=banana', 'musl >=one', '>=2.31', 'glibcx', 'muslx', 'anything', 'glibc-2.31'])(
    'rejects %j naming libc, the value and the accepted forms',
    (raw) => {
      expect(inputErrorMessage(() => parseLibc(raw))).toBe(`Input 'libc' has an invalid value ${JSON.stringify(raw)}: ${LIBC_ACCEPTED}`);
    },
  );
});

describe('parsePkgConfigList', () => {
  it('reads a comma separated list', () => {
    expect(parsePkgConfigList('sqlite3>=3.40, zlib,libpng')).toEqual([
      { module: 'sqlite3', op: '>=', version: '3.40' },
      { module: 'zlib' },
      { module: 'libpng' },
    ]);
  });

  it('reads a newline separated list (a YAML block), CRLF and blank lines included', () => {
    expect(parsePkgConfigList('sqlite3 >= 3.40\r\n\nzlib\n  openssl >= 3\n')).toEqual([
      { module: 'sqlite3', op: '>=', version: '3.40' },
      { module: 'zlib' },
      { module: 'openssl', op: '>=', version: '3' },
    ]);
  });

  it('keeps module names with + . - _ (gtk+-3.0) and spaces around the operator', () => {
    expect(parsePkgConfigList('gtk+-3.0 >= 3.24')).toEqual([{ module: 'gtk+-3.0', op: '>=', version: '3.24' }]);
    expect(parsePkgConfigList('glib_2.0<2.80')).toEqual([{ module: 'glib_2.0', op: '<', version: '2.80' }]);
  });

  it.each([
    ['a=1', '='],
    ['a==1', '='],
    ['a!=1', '!='],
    ['a<1', '<'],
    ['a>1', '>'],
    ['a<=1', '<='],
    ['a>=1', '>='],
  ])("%j has the operator %j (== is pkg-config's =)", (raw, op) => {
    expect(parsePkgConfigList(raw)).toEqual([{ module: 'a', op, version: '1' }]);
  });

  it('ignores empty entries', () => {
    expect(parsePkgConfigList('')).toEqual([]);
    expect(parsePkgConfigList(' , ,\n\n')).toEqual([]);
    expect(parsePkgConfigList(',zlib,,')).toEqual([{ module: 'zlib' }]);
  });

  it('rejects a module listed twice, naming it', () => {
    expect(inputErrorMessage(() => parsePkgConfigList('zlib, sqlite3, zlib>=1.2'))).toBe(
      `Input 'pkg-config' has an invalid value "zlib, sqlite3, zlib>=1.2": ${PKG_ACCEPTED}; "zlib" is listed twice`,
    );
  });

  it.each([
    ['zlib>=', 'zlib>='],
    ['zlib, >=1.2', '>=1.2'],
    ['zlib 1.2', 'zlib 1.2'],
    ['sqlite3 >= 3.40 <4', 'sqlite3 >= 3.40 <4'],
    ['-lz', '-lz'],
  ])('rejects %j naming the entry it cannot read (%j)', (raw, entry) => {
    expect(inputErrorMessage(() => parsePkgConfigList(raw))).toBe(
      `Input 'pkg-config' has an invalid value ${JSON.stringify(raw)}: ${PKG_ACCEPTED}; cannot read "${entry}"`,
    );
  });
});

describe('parseOnMismatch', () => {
  it.each([
    ['fail', 'fail'],
    ['warn', 'warn'],
    ['WARN', 'warn'],
    [' Fail ', 'fail'],
    ['', 'fail'],
  ])('%j is %j', (raw, expected) => {
    expect(parseOnMismatch(raw)).toBe(expected);
  });

  it.each(['error', 'ignore', 'true'])('rejects %j naming on-mismatch', (raw) => {
    expect(inputErrorMessage(() => parseOnMismatch(raw))).toBe(
      `Input 'on-mismatch' has an invalid value ${JSON.stringify(raw)}: expected fail (a mismatch fails main) or warn (it becomes a warning)`,
    );
  });
});

describe('formatRequirement', () => {
  it('writes the module alone, or module, operator and version spaced for pkg-config', () => {
    expect(formatRequirement({ module: 'zlib' })).toBe('zlib');
    expect(formatRequirement({ module: 'sqlite3', op: '>=', version: '3.40' })).toBe('sqlite3 >= 3.40');
    expect(formatRequirement(parsePkgConfigList('gtk+-3.0==3.24')[0])).toBe('gtk+-3.0 = 3.24');
  });
});

describe('describeCell', () => {
  it('names a cell with no expectations as such', () => {
    expect(describeCell(cell())).toBe('[no expectations]');
    expect(describeCell(cell({ probe: true }))).toBe('[no expectations]');
  });

  it('names every expectation in a fixed order, with the raw go-version', () => {
    const full = cell({
      goVersion: parseGoVersionRange('go1.22.3'),
      cgo: parseCgo('TRUE'),
      libc: parseLibc('musl >=1.2 <1.3'),
      pkgConfig: parsePkgConfigList('sqlite3>=3.40,zlib'),
    });
    expect(describeCell(full)).toBe('[go go1.22.3; cgo true; libc musl >=1.2 <1.3; pkg-config sqlite3 >= 3.40, zlib]');
  });

  it('leaves out what is auto or any', () => {
    expect(describeCell(cell({ cgo: 'false' }))).toBe('[cgo false]');
    expect(describeCell(cell({ libc: { family: 'glibc' } }))).toBe('[libc glibc]');
    expect(describeCell(cell({ goVersion: { raw: '>=1.21 <1.23', range: '>=1.21 <1.23' }, libc: { family: 'any' } }))).toBe('[go >=1.21 <1.23]');
  });
});
