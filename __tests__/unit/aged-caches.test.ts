// The runner owner's age limit for HOME's caches: only children no file of which was used for longer go.
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { agedCacheRoots, lastUsed, pickAged, removeAgedCaches } from '../../src/cleanup/aged-caches.js';
import { platformRules } from '../../src/lib/platform.js';

const rules = platformRules();
const DAY = 24 * 3600 * 1000;

function ageTree(dir: string, daysAgo: number) {
  const t = new Date(Date.now() - daysAgo * DAY);
  const walk = (p: string) => {
    if (fs.lstatSync(p).isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n));
    fs.lutimesSync(p, t, t);
  };
  walk(dir);
}

describe('pickAged', () => {
  it('picks complete scans older than the limit', () => {
    const now = 100 * DAY;
    const picked = pickAged(
      [
        { name: 'old', lastUsedMs: now - 40 * DAY, bytes: 1, complete: true },
        { name: 'new', lastUsedMs: now - 2 * DAY, bytes: 1, complete: true },
        { name: 'cut', lastUsedMs: now - 90 * DAY, bytes: 1, complete: false },
      ],
      30,
      now,
    );
    expect(picked.map((p) => [p.name, p.idleDays])).toEqual([['old', 40]]);
  });
});

describe('agedCacheRoots', () => {
  it('looks in ~/.cache (and ~/Library/Caches on macOS), never in Windows AppData\\Local', () => {
    expect(agedCacheRoots('/home/r', 'linux')).toEqual(['/home/r/.cache']);
    expect(agedCacheRoots('/Users/r', 'darwin')).toEqual(['/Users/r/Library/Caches', '/Users/r/.cache']);
    expect(agedCacheRoots('C:\\Users\\r', 'win32')).toEqual(['C:\\Users\\r\\.cache']);
  });
});

describe('lastUsed', () => {
  it('stops at the first file used after the cut-off', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-last-'));
    for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(dir, `f${i}`), 'x');
    const r = lastUsed(dir, rules, Date.now() + 10_000, Date.now() - DAY);
    expect(r.complete).toBe(true);
    expect(r.lastUsedMs).toBeGreaterThan(Date.now() - DAY);
    // Stopped early: fewer than all 50 files' blocks counted (each file takes at least one block on this disk).
    expect(r.bytes).toBeLessThan(lastUsed(dir, rules, Date.now() + 10_000).bytes);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('removeAgedCaches', () => {
  it('removes children unused for longer than the limit, keeps one with a file read recently, and never follows a link', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-home-'));
    const cache = path.join(home, '.cache');
    const outside = path.join(home, 'outside');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'keep'), 'x');
    for (const tool of ['wasmtime', 'go-build', 'pip']) {
      fs.mkdirSync(path.join(cache, tool, 'sub'), { recursive: true });
      fs.writeFileSync(path.join(cache, tool, 'sub', 'blob'), 'x'.repeat(10_000));
      fs.chmodSync(path.join(cache, tool, 'sub'), 0o555);
    }
    fs.symlinkSync(outside, path.join(cache, 'wasmtime', 'link'));
    ageTree(path.join(cache, 'wasmtime'), 45);
    ageTree(path.join(cache, 'go-build'), 45);
    // Read yesterday: the file's access time says the cache is in use.
    const yesterday = new Date(Date.now() - DAY);
    fs.utimesSync(path.join(cache, 'go-build', 'sub', 'blob'), yesterday, new Date(Date.now() - 45 * DAY));
    expect(lastUsed(path.join(cache, 'pip'), rules, Date.now() + 10_000).complete).toBe(true);

    const aged = await removeAgedCaches(home, 30, rules);
    expect(aged.problems).toEqual([]);
    expect(aged.removed.map((r) => [path.basename(r.path), r.idleDays])).toEqual([['wasmtime', 45]]);
    expect(aged.removed[0].bytes).toBeGreaterThanOrEqual(10_000);
    expect(fs.readdirSync(cache).sort()).toEqual(['go-build', 'pip']);
    expect(fs.readFileSync(path.join(outside, 'keep'), 'utf8')).toBe('x');
    for (const tool of ['go-build', 'pip']) fs.chmodSync(path.join(cache, tool, 'sub'), 0o755);
    fs.rmSync(home, { recursive: true });
  });
});
