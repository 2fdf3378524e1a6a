import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionInputDefaults } from '../../harness/local-runner.js';
import { parseRoot, readInputs } from '../../src/inputs.js';
import { parseBoolean } from '../../src/lib/boolean-input.js';
import { platformRules } from '../../src/lib/platform.js';
import { InputError } from '../../src/lib/errors.js';
import { inputErrorMessage, thrownBy } from './helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULTS = ['XDG_CACHE_HOME', 'TMPDIR', 'TMP', 'TEMP', 'GOCACHE', 'GOTMPDIR'];
const linux = platformRules('linux');
const win32 = platformRules('win32');

describe('parseBoolean', () => {
  it.each(['true', 'True', 'TRUE', '  true  ', 'TRUE\n'])('%j is true', (raw) => {
    expect(parseBoolean('x', raw, false)).toBe(true);
  });

  it.each(['false', 'False', 'FALSE', ' false\t'])('%j is false', (raw) => {
    expect(parseBoolean('x', raw, true)).toBe(false);
  });

  it('returns the fallback for an empty or blank value', () => {
    expect(parseBoolean('x', '', true)).toBe(true);
    expect(parseBoolean('x', '', false)).toBe(false);
    expect(parseBoolean('x', '   ', true)).toBe(true);
  });

  it.each(['yes', '1', 'no', '0', 'on', 'tRUE', 'fAlse', 't'])('rejects %j naming the input and the value', (raw) => {
    const message = inputErrorMessage(() => parseBoolean('fail-on-cleanup-error', raw, false));
    expect(message).toBe(`Input 'fail-on-cleanup-error' has an invalid value ${JSON.stringify(raw)}: expected true or false`);
  });

  it('quotes the raw value, blanks included', () => {
    const message = inputErrorMessage(() => parseBoolean('flag', ' yes ', false));
    expect(message).toBe(`Input 'flag' has an invalid value " yes ": expected true or false`);
  });
});

describe('parseRoot', () => {
  it('returns empty for an empty or blank value (the runner temp folder is meant)', () => {
    expect(parseRoot('', linux)).toBe('');
    expect(parseRoot(' Auto ', linux)).toBe('auto');
    expect(parseRoot('  \n', linux)).toBe('');
  });

  it.each(['relative/dir', './x', '../up', 'x', '~/cache'])('rejects the relative path %j naming root and the value', (raw) => {
    const message = inputErrorMessage(() => parseRoot(raw, linux));
    expect(message).toBe(
      `Input 'root' has an invalid value ${JSON.stringify(raw)}: expected an absolute folder path, empty for the runner temp folder (RUNNER_TEMP), or 'auto' for the writable filesystem with the most free space`,
    );
  });

  it('normalises . and .. (a trailing separator is kept by path.normalize)', () => {
    expect(parseRoot('/a/b/../c/', linux)).toBe('/a/c/');
    expect(parseRoot('/a//b/./c', linux)).toBe('/a/b/c');
  });

  it('trims blanks around the value', () => {
    expect(parseRoot('  /srv/ci  ', linux)).toBe('/srv/ci');
  });

  it('accepts and normalises Windows absolute paths', () => {
    expect(parseRoot('C:\\a\\..\\b', win32)).toBe('C:\\b');
    expect(parseRoot('D:/ci/cache', win32)).toBe('D:\\ci\\cache');
  });

  it.each(['C:relative', 'relative\\dir', 'ci'])('rejects the Windows relative path %j', (raw) => {
    const err = thrownBy(() => parseRoot(raw, win32));
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toContain(`Input 'root' has an invalid value ${JSON.stringify(raw)}`);
  });

  it('rejects a Windows path under POSIX rules', () => {
    expect(inputErrorMessage(() => parseRoot('C:\\ci', linux))).toContain('"C:\\\\ci"');
  });
});

describe('readInputs', () => {
  function fakeReader(values: Record<string, string>) {
    const asked: string[] = [];
    const read = (name: string) => {
      asked.push(name);
      return values[name] ?? '';
    };
    return { read, asked };
  }

  it('reads exactly the inputs action.yml declares', () => {
    const { read, asked } = fakeReader({});
    readInputs(read, linux);
    const declared = Object.keys(actionInputDefaults(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')));
    expect([...new Set(asked)].sort()).toEqual(declared.sort());
  });

  const NO_EXPECTATIONS = {
    validate: true,
    goVersion: undefined,
    cgo: 'auto',
    libc: { family: 'any' },
    pkgConfig: [],
    probe: false,
    cgoPackages: [],
    onMismatch: 'fail',
  };

  it('gives the defaults when every input is empty', () => {
    const { read } = fakeReader({});
    expect(readInputs(read, linux)).toEqual({
      root: '',
      disk: { minFree: undefined, warnFree: { raw: '1GiB', bytes: 1024 ** 3 }, sampleIntervalMs: 5000 },
      redirect: DEFAULTS,
      failOnCleanupError: false,
      cell: NO_EXPECTATIONS,
      problemMatcher: true,
      cache: { enabled: false, dependencyPaths: ['**/go.sum'], keyPrefix: 'go-ci-guard', paths: ['gocache'], save: 'on-change' },
      mode: 'job',
      cells: { upload: true, label: '' },
    });
  });

  it('parses every input', () => {
    const { read } = fakeReader({
      root: '/srv/ci/../ci2',
      redirect: 'GOMODCACHE\n-TMP',
      'fail-on-cleanup-error': 'True',
      'go-version': '>=1.21 <1.23',
      cgo: 'true',
      libc: 'musl>=1.2',
      'pkg-config': 'sqlite3>=3.40, zlib',
      'cgo-probe': 'true',
      'cgo-packages': './cmd/...  ./db',
      mode: 'Report',
      'cell-report': 'false',
      cell: ' {"libc":"musl"} ',
      'on-mismatch': 'warn',
      validate: 'true',
      'problem-matcher': 'false',
      'min-free': '5%',
      'warn-free': '10GiB',
      'sample-interval': '2.5',
      cache: 'true',
      'cache-dependency-path': 'go.sum, tools/go.sum',
      'cache-key-prefix': 'ci-v2',
      'cache-paths': 'gocache\ngomodcache',
      'cache-save': 'never',
    });
    expect(readInputs(read, linux)).toEqual({
      root: '/srv/ci2',
      disk: { minFree: { raw: '5%', percent: 5 }, warnFree: { raw: '10GiB', bytes: 10 * 1024 ** 3 }, sampleIntervalMs: 2500 },
      redirect: ['XDG_CACHE_HOME', 'TMPDIR', 'TEMP', 'GOCACHE', 'GOTMPDIR', 'GOMODCACHE'],
      failOnCleanupError: true,
      cell: {
        validate: true,
        goVersion: { raw: '>=1.21 <1.23', range: '>=1.21 <1.23' },
        cgo: 'true',
        libc: { family: 'musl', range: '>=1.2' },
        pkgConfig: [{ module: 'sqlite3', op: '>=', version: '3.40' }, { module: 'zlib' }],
        probe: true,
        cgoPackages: ['./cmd/...', './db'],
        onMismatch: 'warn',
      },
      problemMatcher: false,
      cache: { enabled: true, dependencyPaths: ['go.sum', 'tools/go.sum'], keyPrefix: 'ci-v2', paths: ['gocache', 'gomodcache'], save: 'never' },
      mode: 'report',
      cells: { upload: false, label: '{"libc":"musl"}' },
    });
  });

  it('warns below 1 GiB by default, unless min-free already asks for that much; an explicit order mistake is refused', () => {
    const disk = (inputs: Record<string, string>) => readInputs(fakeReader(inputs).read, linux).disk;
    expect(disk({ 'min-free': '2GiB' })).toMatchObject({ minFree: { bytes: 2 * 1024 ** 3 }, warnFree: undefined });
    expect(disk({ 'min-free': '500MB' }).warnFree).toEqual({ raw: '1GiB', bytes: 1024 ** 3 });
    expect(disk({ 'min-free': '5%' }).warnFree).toEqual({ raw: '1GiB', bytes: 1024 ** 3 });
    expect(disk({ 'warn-free': '0' }).warnFree).toBeUndefined();
    expect(inputErrorMessage(() => disk({ 'min-free': '2GiB', 'warn-free': '1GiB' }))).toMatch(
      /^Input 'min-free' has an invalid value "2GiB": it is more than warn-free \(1GiB\)/,
    );
  });

  it('refuses validate: false beside stated expectations, naming them', () => {
    const { read } = fakeReader({ validate: 'false', libc: 'musl', 'go-version': '1.22' });
    expect(inputErrorMessage(() => readInputs(read, linux))).toBe(
      `Input 'validate' has an invalid value "false": expected true while go-version, libc state what the cell expects`,
    );
    const quiet = fakeReader({ validate: 'false', cgo: 'auto', libc: 'any', 'cgo-probe': 'false' });
    expect(readInputs(quiet.read, linux).cell.validate).toBe(false);
  });

  it('uses the platform rules for root', () => {
    const { read } = fakeReader({ root: 'C:/ci' });
    expect(readInputs(read, win32).root).toBe('C:\\ci');
  });

  it('lets an invalid boolean through as an InputError naming fail-on-cleanup-error', () => {
    const { read } = fakeReader({ 'fail-on-cleanup-error': 'yes' });
    expect(inputErrorMessage(() => readInputs(read, linux))).toBe(`Input 'fail-on-cleanup-error' has an invalid value "yes": expected true or false`);
  });

  it('lets an invalid redirect list through as an InputError naming redirect', () => {
    const { read } = fakeReader({ redirect: 'PATH' });
    expect(inputErrorMessage(() => readInputs(read, linux))).toContain(`Input 'redirect' has an invalid value "PATH"`);
  });

  it('refuses a bad mode, cell-report or cgo-packages, naming the input, the value and what is accepted', () => {
    const message = (inputs: Record<string, string>) => inputErrorMessage(() => readInputs(fakeReader(inputs).read, linux));
    expect(message({ mode: 'summary' })).toBe(
      `Input 'mode' has an invalid value "summary": expected job (guard this job) or report (one summary of every cell of the run, in a job that needs them)`,
    );
    expect(message({ 'cell-report': 'maybe' })).toBe(`Input 'cell-report' has an invalid value "maybe": expected true or false`);
    expect(message({ 'cgo-packages': './... -toolexec=x' })).toContain(`Input 'cgo-packages' has an invalid value "./... -toolexec=x"`);
  });

  it('lets a relative root through as an InputError naming root', () => {
    const { read } = fakeReader({ root: 'tmp' });
    expect(inputErrorMessage(() => readInputs(read, linux))).toContain(`Input 'root' has an invalid value "tmp"`);
  });
});
