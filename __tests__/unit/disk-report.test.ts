import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { HeldFile } from '../../src/disk/held-deleted.js';
import type { DiskState } from '../../src/disk/measure-main.js';
import { buildDiskReport, type PostFacts } from '../../src/disk/report.js';
import type { SampleRecord } from '../../src/disk/sample-file.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const T0 = 1_700_000_000_000;
const JOB = '/runner/_temp/go-ci-guard-1-1-build-abc';

function disk(changes: Partial<DiskState> = {}): DiskState {
  return {
    filesystems: [
      { mount: '/', dev: 1, path: '/runner/_temp', roles: ['job folder', 'workspace'], total: 100 * GiB, free: 40 * GiB },
      { mount: '/mnt', dev: 2, path: '/mnt', roles: ['HOME'], total: 50 * GiB, free: 30 * GiB },
    ],
    verdicts: [
      { mount: '/', status: 'ok' },
      { mount: '/mnt', status: 'ok' },
    ],
    cacheRoots: ['/home/r/.cache'],
    cacheBefore: [{ path: '/home/r/.cache/go-build', bytes: 10 * MiB, complete: true }],
    xdgRedirected: true,
    reportPath: `${JOB}/disk.json`,
    problems: ['from main'],
    ...changes,
  };
}

const rec = (q: number, t: number, f: (number | null)[], changes: Partial<SampleRecord> = {}): SampleRecord => ({
  q,
  t: T0 + t,
  f,
  lo: f.map((v) => v),
  lt: f.map(() => T0 + t),
  ...changes,
});

function facts(changes: Partial<PostFacts> = {}): PostFacts {
  return {
    startedAt: T0,
    jobDir: JOB,
    records: [],
    after: [39 * GiB, 30 * GiB],
    afterAt: T0 + 60_000,
    cacheAfter: [{ path: '/home/r/.cache/go-build', bytes: 10 * MiB, complete: true }],
    held: { files: [], denied: 0 },
    problems: [],
    path: path.posix,
    ...changes,
  };
}

describe('buildDiskReport: the series and the lowest point', () => {
  it('starts with the reading before at 0 and ends with the reading after', () => {
    const r = buildDiskReport(disk(), facts({ records: [rec(1, 5000, [35 * GiB, 29 * GiB]), rec(2, 10_000, [33 * GiB, null])] }));
    expect(r.filesystems[0]).toMatchObject({ mount: '/', roles: ['job folder', 'workspace'], total: 100 * GiB, before: 40 * GiB, after: 39 * GiB });
    expect(r.filesystems[0].series).toEqual([
      { t: 0, free: 40 * GiB },
      { t: 5000, free: 35 * GiB },
      { t: 10_000, free: 33 * GiB },
      { t: 60_000, free: 39 * GiB },
    ]);
    // An unreadable reading (null) is left out.
    expect(r.filesystems[1].series).toEqual([
      { t: 0, free: 30 * GiB },
      { t: 5000, free: 29 * GiB },
      { t: 60_000, free: 30 * GiB },
    ]);
    expect(r.filesystems[0]).toMatchObject({ lowest: 33 * GiB, lowestAt: 10_000 });
  });

  it('has no after point where the filesystem could not be read after', () => {
    const r = buildDiskReport(disk(), facts({ after: [undefined, 31 * GiB] }));
    expect(r.filesystems[0].after).toBeUndefined();
    expect(r.filesystems[0].series).toEqual([{ t: 0, free: 40 * GiB }]);
    expect(r.filesystems[1].series.at(-1)).toEqual({ t: 60_000, free: 31 * GiB });
  });

  it("takes the sampler's running minimum when it is below every recorded point, with its time", () => {
    const last = rec(3, 30_000, [36 * GiB, 28 * GiB], { lo: [20 * GiB, 29 * GiB], lt: [T0 + 22_000, T0 + 1000] });
    const r = buildDiskReport(disk(), facts({ records: [rec(1, 10_000, [35 * GiB, 28 * GiB]), last] }));
    expect(r.filesystems[0]).toMatchObject({ lowest: 20 * GiB, lowestAt: 22_000 });
    // The running minimum above a recorded point loses to it.
    expect(r.filesystems[1]).toMatchObject({ lowest: 28 * GiB, lowestAt: 10_000 });
  });

  it('the running minimum without a time leaves lowestAt unknown', () => {
    const last = rec(1, 5000, [35 * GiB, 30 * GiB], { lo: [1 * GiB, null], lt: [null, null] });
    const r = buildDiskReport(disk(), facts({ records: [last] }));
    expect(r.filesystems[0].lowest).toBe(1 * GiB);
    expect(r.filesystems[0].lowestAt).toBeUndefined();
  });

  it('clamps times before main started to 0', () => {
    const r = buildDiskReport(disk(), facts({ records: [rec(1, -3000, [1 * GiB, 1 * GiB])] }));
    expect(r.filesystems[0].series[1]).toEqual({ t: 0, free: 1 * GiB });
  });

  it('dates the lowest at 0 when it was the reading before the job', () => {
    const r = buildDiskReport(disk(), facts({ records: [rec(1, 5000, [45 * GiB, 31 * GiB])], after: [41 * GiB, 32 * GiB] }));
    expect(r.filesystems[0].lowest).toBe(40 * GiB);
    expect(r.filesystems[0].lowestAt).toBe(0);
  });

  it('dates the lowest at the after reading when it was the reading after the job', () => {
    const f = facts({ records: [rec(1, 5000, [45 * GiB, 31 * GiB])], after: [39 * GiB, 32 * GiB] });
    const r = buildDiskReport(disk(), f);
    expect(r.filesystems[0].lowest).toBe(39 * GiB);
    expect(r.filesystems[0].lowestAt).toBe(f.afterAt - f.startedAt);
  });
});

describe('buildDiskReport: growers, leaks, held files, sampler', () => {
  it("lists the job folder's subfolders by peak from the last record, dropping zero peaks", () => {
    const first = rec(1, 5000, [1, 1], { d: { old: 1 }, pk: { old: 999 * GiB } });
    const last = rec(2, 10_000, [1, 1], { d: { 'go-build': 2 * GiB, tmp: 0 }, pk: { tmp: 3 * GiB, 'go-build': 5 * GiB, gone: 1 * GiB, none: 0 } });
    const r = buildDiskReport(disk(), facts({ records: [first, last] }));
    // Without post's own count at the end, the sampler's last reading is all there is.
    expect(r.growers).toEqual([
      { folder: 'go-build', peak: 5 * GiB, lastSampled: 2 * GiB },
      { folder: 'tmp', peak: 3 * GiB, lastSampled: 0 },
      { folder: 'gone', peak: 1 * GiB },
    ]);
  });

  it("takes each folder's size at the end from post's count before cleanup, not the sampler's last reading", () => {
    const last = rec(2, 10_000, [1, 1], { d: { tmp: 24 * MiB, 'go-build': MiB }, pk: { tmp: 24 * MiB, 'go-build': MiB } });
    const child = (name: string, bytes: number, complete = true) => ({ path: `${JOB}/${name}`, bytes, complete });
    const endSizes = { dir: JOB, children: [child('tmp', 0), child('go-build', 3 * MiB, false), child('cache', 2 * MiB)], complete: true, tool: 'du' as const };
    const r = buildDiskReport(disk(), facts({ records: [last], endSizes }));
    expect(r.growers).toEqual([
      // Emptied by the job after the last sample: 0 at the end.
      { folder: 'tmp', peak: 24 * MiB, end: 0, lastSampled: 24 * MiB },
      // Grew after the last sample: the end is the peak; a count cut short is a lower bound.
      { folder: 'go-build', peak: 3 * MiB, end: 3 * MiB, endApproximate: true, lastSampled: MiB },
      // Made after the last sample.
      { folder: 'cache', peak: 2 * MiB, end: 2 * MiB },
    ]);
    // A folder missing from a complete count ended empty; from a count cut short, unknown.
    const gone = buildDiskReport(disk(), facts({ records: [last], endSizes: { ...endSizes, children: [] } })).growers;
    expect(gone.map((g) => [g.folder, g.end])).toEqual([
      ['tmp', 0],
      ['go-build', 0],
    ]);
    const cut = buildDiskReport(disk(), facts({ records: [last], endSizes: { ...endSizes, children: [], complete: false } })).growers;
    expect(cut.map((g) => g.end)).toEqual([undefined, undefined]);
  });

  it('computes leaks from the cache before and after', () => {
    const r = buildDiskReport(disk(), facts({ cacheAfter: [{ path: '/home/r/.cache/go-build', bytes: 50 * MiB, complete: true }] }));
    expect(r.leaks).toEqual([
      {
        kind: 'home-cache',
        path: '/home/r/.cache/go-build',
        tool: 'go-build',
        before: 10 * MiB,
        after: 50 * MiB,
        added: 40 * MiB,
        approximate: false,
        hint: 'redirect: GOCACHE',
      },
    ]);
    expect(r.xdgRedirected).toBe(true);
  });

  it("adds the growth of Go's module cache outside the job folder to the leaks", () => {
    const modCache = { path: '/home/r/go/pkg/mod', source: 'go env GOMODCACHE', before: { path: '/home/r/go/pkg/mod', bytes: 0, complete: true } };
    const r = buildDiskReport(disk({ modCache }), facts({ modCacheAfter: { path: '/home/r/go/pkg/mod', bytes: 2 * MiB, complete: true } }));
    expect(r.leaks).toEqual([expect.objectContaining({ kind: 'module-cache', path: '/home/r/go/pkg/mod', added: 2 * MiB, hint: 'redirect: GOMODCACHE' })]);
    expect(buildDiskReport(disk({ modCache }), facts()).leaks).toEqual([]);
  });

  it('keeps held files on the watched filesystems only, and passes on the scan counts', () => {
    const file = (dev: number, p: string, bytes: number): HeldFile => ({ pid: 5, command: 'qemu', path: p, bytes, dev, ino: dev * 10 });
    const held = { files: [file(1, '/var/big', 9 * MiB), file(2, `${JOB}/tmp/small`, 10), file(9, '/other/big', 99 * MiB)], denied: 3 };
    const r = buildDiskReport(disk(), facts({ held }));
    expect(r.held.map((h) => [h.path, h.inJobDir])).toEqual([
      ['/var/big', false],
      [`${JOB}/tmp/small`, true],
    ]);
    expect(r.heldDenied).toBe(3);
    expect(r.heldUnavailable).toBeUndefined();
    expect(buildDiskReport(disk(), facts({ held: { files: [], denied: 0, unavailable: 'no /proc' } })).heldUnavailable).toBe('no /proc');
  });

  it('reports the sampler from the handle, the stop and the last record; problems from main and post', () => {
    const last = rec(4, 20_000, [1, 1], { we: 2, sc: 7, err: 'write: ENOSPC', end: 'stopped by post' });
    const r = buildDiskReport(disk(), facts({ records: [rec(1, 1, [1, 1]), last], intervalMs: 5000, stop: { how: 'stopped' }, problems: ['from post'] }));
    expect(r.sampler).toEqual({
      intervalMs: 5000,
      records: 2,
      how: 'stopped',
      end: 'stopped by post',
      writeErrors: 2,
      sizeScans: 7,
      lastError: 'write: ENOSPC',
    });
    expect(r.problems).toEqual(['from main', 'from post']);
  });

  it('without records or sampler: zero counts, no growers, and the series of before and after only', () => {
    const r = buildDiskReport(disk(), facts());
    expect(r.sampler).toEqual({ intervalMs: undefined, records: 0, how: undefined, end: undefined, writeErrors: 0, sizeScans: 0, lastError: undefined });
    expect(r.growers).toEqual([]);
    expect(r.filesystems[0].series).toHaveLength(2);
    expect(r.filesystems[0].lowest).toBe(39 * GiB);
  });

  it('passes verdicts, consumers and the root choice through', () => {
    const verdicts = [{ mount: '/', status: 'warn' as const, needed: GiB, threshold: '1GiB' }];
    const rootChoice = { path: '/mnt', reason: 'most free', considered: [] };
    const consumers = [{ path: '/tmp', bytes: 5, complete: true, label: 'system temp folder' }];
    const r = buildDiskReport(disk({ verdicts, rootChoice, consumers }), facts());
    expect(r).toMatchObject({ verdicts, rootChoice, consumers });
  });
});
