import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { homeCacheRoots, scanPlaces, topConsumers, usualPlaces, type PlaceScan, type UsualPlace } from '../../src/disk/consumers.js';
import type { SizeEntry } from '../../src/disk/folder-sizes.js';
import { platformRules } from '../../src/lib/platform.js';

const linux = platformRules('linux');
const darwin = platformRules('darwin');
const win32 = platformRules('win32');
const MiB = 1024 ** 2;

describe('homeCacheRoots', () => {
  it('per OS', () => {
    expect(homeCacheRoots('/home/runner', linux)).toEqual(['/home/runner/.cache']);
    expect(homeCacheRoots('/Users/runner', darwin)).toEqual(['/Users/runner/Library/Caches', '/Users/runner/.cache']);
    expect(homeCacheRoots('C:\\Users\\runneradmin', win32)).toEqual(['C:\\Users\\runneradmin\\AppData\\Local', 'C:\\Users\\runneradmin\\.cache']);
  });

  it('none without HOME', () => {
    expect(homeCacheRoots('', linux)).toEqual([]);
  });
});

describe('usualPlaces', () => {
  const facts = { home: '/home/runner', systemTemp: '/tmp', workspace: '/home/runner/work/r/r', toolCache: '/opt/hostedtoolcache' };

  it("lists HOME's cache and the tool cache by child, the temp folder and the workspace whole", () => {
    expect(usualPlaces(facts, linux)).toEqual([
      { label: "HOME's cache", path: '/home/runner/.cache', byChild: true },
      { label: 'tool cache', path: '/opt/hostedtoolcache', byChild: true },
      { label: 'system temp folder', path: '/tmp', byChild: false },
      { label: 'workspace', path: '/home/runner/work/r/r', byChild: false },
    ]);
  });

  it('uses both cache roots on macOS', () => {
    const paths = usualPlaces({ ...facts, home: '/Users/r', workspace: '/Users/r/work' }, darwin)
      .filter((p) => p.label === "HOME's cache")
      .map((p) => p.path);
    expect(paths).toEqual(['/Users/r/Library/Caches', '/Users/r/.cache']);
  });

  it('drops empty and relative paths', () => {
    const places = usualPlaces({ home: '', systemTemp: 'tmp', workspace: '', toolCache: './tools' }, linux);
    expect(places).toEqual([]);
    expect(usualPlaces({ ...facts, toolCache: '', workspace: 'rel/ws' }, linux).map((p) => p.label)).toEqual(["HOME's cache", 'system temp folder']);
  });

  it('lists a folder once, under its first label, even spelled differently', () => {
    const places = usualPlaces({ home: '/h', systemTemp: '/h/.cache/', workspace: '/h/./.cache', toolCache: '/t' }, linux);
    expect(places.map((p) => [p.label, p.path])).toEqual([
      ["HOME's cache", '/h/.cache'],
      ['tool cache', '/t'],
    ]);
  });

  it('compares without case on Windows', () => {
    const places = usualPlaces({ home: 'C:\\Users\\r', systemTemp: 'c:\\users\\R\\AppData\\Local', workspace: 'D:\\a\\r\\r', toolCache: '' }, win32);
    expect(places.map((p) => p.label)).toEqual(['%LOCALAPPDATA%', '%LOCALAPPDATA%', 'workspace']);
  });
});

const size = (p: string, bytes: number, complete = true): SizeEntry => ({ path: p, bytes, complete });
function scan(place: UsualPlace, dev: number, total: number | undefined, children: SizeEntry[] = []): PlaceScan {
  return {
    place,
    dev,
    sizes: { dir: place.path, total: total === undefined ? undefined : size(place.path, total), children, complete: total !== undefined, tool: 'du' },
  };
}
const cache: UsualPlace = { label: "HOME's cache", path: '/home/r/.cache', byChild: true };
const tmp: UsualPlace = { label: 'system temp folder', path: '/tmp', byChild: false };
const ws: UsualPlace = { label: 'workspace', path: '/home/r/work', byChild: false };

describe('topConsumers', () => {
  it('lists the children of by-child places and the totals of whole places, biggest first', () => {
    const out = topConsumers(
      [scan(cache, 1, 300 * MiB, [size('/home/r/.cache/go-build', 200 * MiB), size('/home/r/.cache/pip', 90 * MiB, false)]), scan(tmp, 1, 150 * MiB)],
      linux,
    );
    expect(out).toEqual([
      { path: '/home/r/.cache/go-build', bytes: 200 * MiB, complete: true, label: "HOME's cache" },
      { path: '/tmp', bytes: 150 * MiB, complete: true, label: 'system temp folder' },
      { path: '/home/r/.cache/pip', bytes: 90 * MiB, complete: false, label: "HOME's cache" },
    ]);
  });

  it('subtracts a place nested in a whole place on the same filesystem only', () => {
    const nested: UsualPlace = { label: "HOME's cache", path: '/home/r/work/.cache', byChild: true };
    const same = topConsumers([scan(ws, 1, 500 * MiB), scan(nested, 1, 120 * MiB, [size('/home/r/work/.cache/x', 120 * MiB)])], linux);
    expect(same.find((c) => c.label === 'workspace')?.bytes).toBe(380 * MiB);
    const other = topConsumers([scan(ws, 1, 500 * MiB), scan(nested, 2, 120 * MiB)], linux);
    expect(other.find((c) => c.label === 'workspace')?.bytes).toBe(500 * MiB);
  });

  it('does not subtract a place that merely shares a prefix', () => {
    const sibling: UsualPlace = { label: 'tool cache', path: '/home/r/work-tools', byChild: true };
    expect(topConsumers([scan(ws, 1, 500 * MiB), scan(sibling, 1, 100 * MiB)], linux)[0]).toMatchObject({ path: '/home/r/work', bytes: 500 * MiB });
  });

  it('sums the children as a lower bound when a whole place has no total', () => {
    const out = topConsumers([scan(tmp, 1, undefined, [size('/tmp/a', 5 * MiB), size('/tmp/b', 7 * MiB)])], linux);
    expect(out).toEqual([{ path: '/tmp', bytes: 12 * MiB, complete: false, label: 'system temp folder' }]);
    expect(topConsumers([scan(tmp, 1, undefined)], linux)).toEqual([]);
  });

  it('keeps only the filesystem asked for', () => {
    const scans = [scan(tmp, 1, 10 * MiB), scan(ws, 2, 20 * MiB)];
    expect(topConsumers(scans, linux, { dev: 2 }).map((c) => c.path)).toEqual(['/home/r/work']);
    expect(topConsumers(scans, linux, { dev: 3 })).toEqual([]);
  });

  it('drops empty entries and keeps at most `limit` (8 by default)', () => {
    const children = Array.from({ length: 12 }, (_, i) => size(`/home/r/.cache/c${i}`, i * MiB));
    const out = topConsumers([scan(cache, 1, 100 * MiB, children)], linux);
    expect(out.map((c) => c.path)).toEqual([11, 10, 9, 8, 7, 6, 5, 4].map((i) => `/home/r/.cache/c${i}`));
    expect(topConsumers([scan(cache, 1, 100 * MiB, children)], linux, { limit: 20 })).toHaveLength(11);
    expect(topConsumers([scan(cache, 1, 100 * MiB, children)], linux, { limit: 2 })).toHaveLength(2);
  });

  it('never goes below zero when a nested place is bigger than its total', () => {
    const nested: UsualPlace = { label: 'tool cache', path: '/tmp/tools', byChild: true };
    const out = topConsumers([scan(tmp, 1, 10 * MiB), scan(nested, 1, 50 * MiB, [size('/tmp/tools/go', 50 * MiB)])], linux);
    expect(out.map((c) => c.path)).toEqual(['/tmp/tools/go']);
  });
});

describe('scanPlaces (a real tree)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-consumers-'));
    for (const [name, kib] of [
      ['cache/big', 512],
      ['cache/small', 64],
      ['temp/x', 128],
    ] as const) {
      fs.mkdirSync(path.join(dir, name), { recursive: true });
      fs.writeFileSync(path.join(dir, name, 'data'), Buffer.alloc(kib * 1024, 1));
    }
    fs.writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    fs.symlinkSync(path.join(dir, 'cache'), path.join(dir, 'link-to-cache'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('measures each existing folder and leaves out missing places, files and symbolic links', async () => {
    const places: UsualPlace[] = [
      { label: "HOME's cache", path: path.join(dir, 'cache'), byChild: true },
      { label: 'missing', path: path.join(dir, 'nope'), byChild: false },
      { label: 'file', path: path.join(dir, 'a-file'), byChild: false },
      { label: 'link', path: path.join(dir, 'link-to-cache'), byChild: true },
      { label: 'system temp folder', path: path.join(dir, 'temp'), byChild: false },
    ];
    const scans = await scanPlaces(places, Date.now() + 30_000);
    expect(scans.map((s) => s.place.label)).toEqual(["HOME's cache", 'system temp folder']);
    expect(scans[0].dev).toBe(fs.statSync(dir).dev);
    expect(scans[0].sizes.children.map((c) => path.basename(c.path)).sort()).toEqual(['big', 'small']);

    const top = topConsumers(scans, linux);
    expect(top.map((c) => path.relative(dir, c.path))).toEqual(['cache/big', 'temp', 'cache/small']);
    expect(top[0].bytes).toBeGreaterThanOrEqual(512 * 1024);
    expect(top[0].bytes).toBeLessThan(600 * 1024);
  });
});
