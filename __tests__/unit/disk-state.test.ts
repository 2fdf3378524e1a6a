import { describe, expect, it } from '@jest/globals';
import type { DiskState } from '../../src/disk/measure-main.js';
import { decodeState, encodeState, type GuardState } from '../../src/state.js';

function validDisk(): DiskState {
  return {
    filesystems: [{ mount: '/', dev: 2049, path: '/runner/_temp', roles: ['job folder', 'workspace', 'HOME'], total: 80e9, free: 20e9 }],
    verdicts: [{ mount: '/', status: 'warn', needed: 1073741824, threshold: '1GiB' }],
    cacheRoots: ['/home/runner/.cache'],
    cacheBefore: [{ path: '/home/runner/.cache/go-build', bytes: 1234, complete: true }],
    xdgRedirected: true,
    modCache: { path: '/home/runner/go/pkg/mod', source: 'go env GOMODCACHE', before: { path: '/home/runner/go/pkg/mod', bytes: 4096, complete: true } },
    consumers: [{ path: '/tmp', bytes: 5, complete: true, label: 'system temp folder' }],
    rootChoice: { path: '/mnt', reason: 'most free space', considered: [{ path: '/mnt', source: 'the scratch volume /mnt', free: 1 }] },
    reportPath: '/runner/_temp/go-ci-guard-report.json',
    problems: ['cannot measure free space for HOME (/nope): ENOENT'],
  };
}

function validState(disk?: unknown): GuardState {
  return {
    version: 1,
    jobDir: '/runner/_temp/go-ci-guard-1-1-build-abc123',
    root: '/runner/_temp',
    token: 'token',
    dev: 2049,
    ino: 1234567,
    home: '/home/runner',
    workspace: '/home/runner/work/repo/repo',
    folders: [{ folder: 'tmp', variables: ['TMPDIR'] }],
    previous: { TMPDIR: '/tmp' },
    failOnCleanupError: false,
    startedAt: 1_700_000_000_000,
    matcherOwners: ['go-ci-guard-go'],
    ...(disk === undefined ? {} : { disk: disk as DiskState }),
  };
}

/** The disk part with one field replaced (undefined removes it). */
function diskWith(changes: Record<string, unknown>): Record<string, unknown> {
  const d: Record<string, unknown> = { ...validDisk() };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete d[k];
    else d[k] = v;
  }
  return d;
}

function decodedDisk(disk: unknown) {
  const decoded = decodeState(JSON.stringify(validState(disk)));
  expect(decoded.kind).toBe('ok');
  if (decoded.kind !== 'ok') throw new Error('unreachable');
  // Everything else still decodes: the cleanup does not depend on the disk part.
  expect(decoded.state.jobDir).toBe('/runner/_temp/go-ci-guard-1-1-build-abc123');
  expect(decoded.state.folders).toEqual([{ folder: 'tmp', variables: ['TMPDIR'] }]);
  expect(decoded.state.matcherOwners).toEqual(['go-ci-guard-go']);
  return decoded.state.disk;
}

describe('decodeState: the disk part', () => {
  it('a well-formed disk part survives the round trip', () => {
    const state = validState(validDisk());
    expect(decodeState(encodeState(state))).toEqual({ kind: 'ok', state });
    expect(decodedDisk(validDisk())).toEqual(validDisk());
  });

  it('a disk part without a sampler (sample-interval: 0) survives', () => {
    expect(decodedDisk(diskWith({ sampler: undefined }))).toEqual(diskWith({ sampler: undefined }));
  });

  it('a module cache without its size before (the count was cut short), or none at all, survives', () => {
    const unmeasured = diskWith({ modCache: { path: '/home/runner/go/pkg/mod', source: 'GOPATH' } });
    expect(decodedDisk(unmeasured)).toEqual(unmeasured);
    expect(decodedDisk(diskWith({ modCache: undefined }))).toEqual(diskWith({ modCache: undefined }));
  });

  it('no disk part (main stopped before measuring) decodes with disk undefined', () => {
    expect(decodedDisk(undefined)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a string', 'disk'],
    ['an array', []],
    ['filesystems missing', diskWith({ filesystems: undefined })],
    ['a filesystem without dev', diskWith({ filesystems: [{ mount: '/', path: '/', free: 1, total: 2, roles: [] }] })],
    ['a filesystem with a string free', diskWith({ filesystems: [{ mount: '/', path: '/', dev: 1, free: '1', total: 2, roles: [] }] })],
    ['a null filesystem', diskWith({ filesystems: [null] })],
    ['a filesystem whose roles are not a list', diskWith({ filesystems: [{ mount: '/', path: '/', dev: 1, free: 1, total: 2, roles: 'HOME' }] })],
    ['verdicts not a list', diskWith({ verdicts: {} })],
    ['a cache root that is not a string', diskWith({ cacheRoots: ['/a', 3] })],
    ['a cache entry without bytes', diskWith({ cacheBefore: [{ path: '/a' }] })],
    ['a cache entry with a null path', diskWith({ cacheBefore: [{ path: null, bytes: 1 }] })],
    ['reportPath missing', diskWith({ reportPath: undefined })],
    ['problems not a list', diskWith({ problems: 'none' })],
    ['a module cache without a path', diskWith({ modCache: { source: 'GOPATH' } })],
    ['a module cache whose size before has no bytes', diskWith({ modCache: { path: '/m', source: 'GOPATH', before: { path: '/m' } } })],
  ])('a malformed disk part (%s) decodes as ok with disk undefined', (_label, disk) => {
    expect(decodedDisk(disk)).toBeUndefined();
  });

  const sampler = { pid: 4242, configFile: '/j/c.json', samplesFile: '/j/s', stopFile: '/j/stop', intervalMs: 5000, startedAt: 1_700_000_000_000 };
  it('keeps a well-formed sampler handle beside the disk part', () => {
    const decoded = decodeState(JSON.stringify({ ...validState(validDisk()), sampler }));
    expect(decoded.kind === 'ok' && decoded.state.sampler).toEqual(sampler);
  });

  it.each([
    ['null', null],
    ['pid 0', { ...sampler, pid: 0 }],
    ['a negative pid', { ...sampler, pid: -1 }],
    ['no stop file', { ...sampler, stopFile: undefined }],
    ['a string interval', { ...sampler, intervalMs: '5000' }],
  ])('a malformed sampler handle (%s) is dropped; the state and its disk part still decode', (_label, bad) => {
    const decoded = decodeState(JSON.stringify({ ...validState(validDisk()), sampler: bad }));
    expect(decoded.kind).toBe('ok');
    if (decoded.kind === 'ok') {
      expect(decoded.state.sampler).toBeUndefined();
      expect(decoded.state.disk).toEqual(validDisk());
    }
  });

  it('a malformed disk part does not hide a damaged state', () => {
    const raw = JSON.stringify({ ...validState({ filesystems: 'x' }), token: '' });
    expect(decodeState(raw)).toEqual({ kind: 'damaged', reason: 'saved state has an empty jobDir, root or token' });
  });
});
