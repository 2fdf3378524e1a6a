import { describe, expect, it } from '@jest/globals';
import { STATE_KEY } from '../../src/constants.js';
import { STATE_VERSION, decodeState, encodeState, type GuardState } from '../../src/state.js';

function validState(): GuardState {
  return {
    version: 1,
    jobDir: '/runner/_temp/go-ci-guard-1-1-build-abc123',
    root: '/runner/_temp',
    token: '0f8fad5b-d9cb-469f-a165-70867728950e',
    dev: 2049,
    ino: 1234567,
    home: '/home/runner',
    workspace: '/home/runner/work/repo/repo',
    folders: [
      { folder: 'tmp', variables: ['TMPDIR', 'TMP', 'TEMP'] },
      { folder: 'go-build', variables: ['GOCACHE'] },
    ],
    previous: { TMPDIR: '/tmp', GOCACHE: '/home/runner/.cache/go-build' },
    failOnCleanupError: false,
    startedAt: 1_700_000_000_000,
    matcherOwners: [],
  };
}

/** Encodes the valid state with some fields replaced (undefined removes the field). */
function encodedWith(changes: Record<string, unknown>): string {
  const raw: Record<string, unknown> = { ...validState() };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete raw[key];
    else raw[key] = value;
  }
  return JSON.stringify(raw);
}

describe('state constants', () => {
  it('uses key guard and version 1', () => {
    expect(STATE_KEY).toBe('guard');
    expect(STATE_VERSION).toBe(1);
  });
});

describe('encodeState / decodeState', () => {
  it('round-trips a valid state', () => {
    const state = validState();
    expect(decodeState(encodeState(state))).toEqual({ kind: 'ok', state });
  });

  it('encodes as plain JSON', () => {
    expect(JSON.parse(encodeState(validState()))).toEqual(validState());
  });

  it('round-trips Windows paths, empty folders and previous values, and fail-on-error true', () => {
    const state: GuardState = {
      ...validState(),
      jobDir: 'C:\\a\\_temp\\go-ci-guard-1-1-build-x',
      root: 'C:\\a\\_temp',
      home: 'C:\\Users\\runneradmin',
      workspace: '',
      folders: [],
      previous: {},
      failOnCleanupError: true,
    };
    expect(decodeState(encodeState(state))).toEqual({ kind: 'ok', state });
  });

  it('accepts state from a version that also saved the platform', () => {
    const decoded = decodeState(encodedWith({ platform: 'linux' }));
    expect(decoded.kind).toBe('ok');
    expect(decoded.kind === 'ok' && decoded.state.jobDir).toBe(validState().jobDir);
  });

  it("is 'missing' for an empty string", () => {
    expect(decodeState('')).toEqual({ kind: 'missing' });
  });
});

describe('decodeState: damaged state', () => {
  const damaged = (reason: string) => ({ kind: 'damaged', reason });

  it.each(['{', 'not json', '{"version":1,}', 'undefined'])('bad JSON %j', (raw) => {
    expect(decodeState(raw)).toEqual(damaged('saved state is not valid JSON'));
  });

  it.each(['null', '42', '"text"', 'true'])('JSON that is not an object: %s', (raw) => {
    expect(decodeState(raw)).toEqual(damaged('saved state is not an object'));
  });

  it.each([
    [2, 'saved state has version 2, expected 1'],
    [0, 'saved state has version 0, expected 1'],
    ['1', 'saved state has version 1, expected 1'],
    [undefined, 'saved state has version undefined, expected 1'],
  ])('wrong version %j', (version, reason) => {
    expect(decodeState(encodedWith({ version }))).toEqual(damaged(reason));
  });

  it('an array is judged by its (missing) version', () => {
    expect(decodeState('[]')).toEqual(damaged('saved state has version undefined, expected 1'));
  });

  it.each(['jobDir', 'root', 'token', 'home', 'workspace'])('missing string field %s', (field) => {
    expect(decodeState(encodedWith({ [field]: undefined }))).toEqual(damaged(`saved state lacks ${field}`));
  });

  it.each(['jobDir', 'home'])('non-string field %s', (field) => {
    expect(decodeState(encodedWith({ [field]: 7 }))).toEqual(damaged(`saved state lacks ${field}`));
  });

  it.each(['jobDir', 'root', 'token'])('empty %s', (field) => {
    expect(decodeState(encodedWith({ [field]: '' }))).toEqual(damaged('saved state has an empty jobDir, root or token'));
  });

  it.each([
    ['dev', undefined],
    ['ino', '1234'],
    ['startedAt', null],
    ['dev', null],
  ])('job folder identity: %s = %j', (field, value) => {
    expect(decodeState(encodedWith({ [field]: value }))).toEqual(damaged('saved state lacks the job folder identity'));
  });

  it.each([undefined, 'true', 1, null])('failOnCleanupError not a boolean: %j', (value) => {
    expect(decodeState(encodedWith({ failOnCleanupError: value }))).toEqual(damaged('saved state lacks failOnCleanupError'));
  });

  it.each([
    ['missing', undefined],
    ['an object', { folder: 'tmp', variables: ['TMP'] }],
    ['a null entry', [null]],
    ['a non-string folder', [{ folder: 3, variables: ['TMP'] }]],
    ['variables not an array', [{ folder: 'tmp', variables: 'TMP' }]],
    ['non-string folder variables', [{ folder: 'tmp', variables: ['TMP', 5] }]],
    ['a null variable', [{ folder: 'tmp', variables: [null] }]],
  ])('malformed folders: %s', (_label, folders) => {
    expect(decodeState(encodedWith({ folders }))).toEqual(damaged('saved state has a malformed folder list'));
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'TMP=/tmp'],
    ['a number value', { TMP: 1 }],
    ['a null value', { TMP: '/tmp', GOCACHE: null }],
  ])('bad previous map: %s', (_label, previous) => {
    expect(decodeState(encodedWith({ previous }))).toEqual(damaged('saved state has malformed previous values'));
  });
});
