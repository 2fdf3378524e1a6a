import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { SizeEntry } from '../../src/disk/folder-sizes.js';
import { LEAK_MIN_BYTES, findLeaks, moduleCacheLeak } from '../../src/disk/leaks.js';
import { homeCacheLeakWarning, homeCacheNaming, type HomeCacheNaming } from '../../src/disk/report.js';
import { platformRules } from '../../src/lib/platform.js';

const CACHE = '/home/runner/.cache';
const MiB = 1024 ** 2;
const entry = (name: string, bytes: number, complete = true): SizeEntry => ({ path: `${CACHE}/${name}`, bytes, complete });
const leaks = (before: SizeEntry[], after: SizeEntry[]) => findLeaks(before, after, path.posix);

describe('findLeaks', () => {
  it('the noise threshold is 64 KiB', () => {
    expect(LEAK_MIN_BYTES).toBe(64 * 1024);
  });

  it('reports a folder that grew, with before, after and what was added', () => {
    expect(leaks([entry('wasmtime', 10 * MiB)], [entry('wasmtime', 30 * MiB)])).toEqual([
      {
        kind: 'home-cache',
        path: `${CACHE}/wasmtime`,
        tool: 'wasmtime',
        before: 10 * MiB,
        after: 30 * MiB,
        added: 20 * MiB,
        approximate: false,
        hint: undefined,
      },
    ]);
  });

  it('counts a new folder from zero', () => {
    const [leak] = leaks([], [entry('pip', 2 * MiB)]);
    expect(leak).toMatchObject({ tool: 'pip', before: 0, after: 2 * MiB, added: 2 * MiB });
  });

  it('ignores growth below LEAK_MIN_BYTES, and reports growth of exactly that much', () => {
    expect(leaks([entry('a', MiB)], [entry('a', MiB + LEAK_MIN_BYTES - 1)])).toEqual([]);
    expect(leaks([], [entry('small', LEAK_MIN_BYTES - 1)])).toEqual([]);
    expect(leaks([entry('a', MiB)], [entry('a', MiB + LEAK_MIN_BYTES)]).map((l) => l.added)).toEqual([LEAK_MIN_BYTES]);
  });

  it('ignores folders that shrank, stayed the same or vanished', () => {
    expect(leaks([entry('a', 50 * MiB), entry('b', 5 * MiB), entry('gone', 9 * MiB)], [entry('a', 10 * MiB), entry('b', 5 * MiB)])).toEqual([]);
  });

  it('is approximate when the count after, or the count before, was cut short', () => {
    const approx = (before: boolean | undefined, after: boolean) =>
      leaks(before === undefined ? [] : [entry('x', MiB, before)], [entry('x', 10 * MiB, after)])[0].approximate;
    expect(approx(true, true)).toBe(false);
    expect(approx(true, false)).toBe(true);
    expect(approx(false, true)).toBe(true);
    expect(approx(undefined, true)).toBe(false);
    expect(approx(undefined, false)).toBe(true);
  });

  it.each([
    ['go-build', 'redirect: GOCACHE'],
    ['golangci-lint', 'redirect: GOLANGCI_LINT_CACHE'],
    ['staticcheck', 'redirect: STATICCHECK_CACHE'],
    ['ccache', 'redirect: CCACHE_DIR'],
    ['.ccache', 'redirect: CCACHE_DIR'],
    ['pip', 'redirect: PIP_CACHE_DIR'],
  ])('hints how to move %s', (tool, hint) => {
    expect(leaks([], [entry(tool, MiB)])[0]).toMatchObject({ tool, hint });
  });

  it("skips a child main never reached when the time limit cut main's count of that root short", () => {
    const after = [entry('counted', 2 * MiB), entry('never-reached', 50 * MiB)];
    const before = [entry('counted', MiB)];
    expect(findLeaks(before, after, path.posix, [CACHE]).map((l) => l.tool)).toEqual(['counted']);
    expect(findLeaks(before, after, path.posix, []).map((l) => l.tool)).toEqual(['never-reached', 'counted']);
  });

  it('has no hint for an unknown tool', () => {
    expect(leaks([], [entry('wasmtime', MiB)])[0].hint).toBeUndefined();
  });

  it('names the tool with the basename function it is given (Windows paths)', () => {
    const [leak] = findLeaks([], [{ path: 'C:\\Users\\r\\AppData\\Local\\go-build', bytes: MiB, complete: true }], path.win32);
    expect(leak).toMatchObject({ tool: 'go-build', hint: 'redirect: GOCACHE' });
  });

  it('matches folders by path, not by position, and sorts by bytes added, biggest first', () => {
    const before = [entry('a', 100 * MiB), entry('b', 0), entry('c', 1 * MiB)];
    const after = [entry('c', 4 * MiB), entry('b', 2 * MiB), entry('a', 110 * MiB)];
    expect(leaks(before, after).map((l) => [l.tool, l.added])).toEqual([
      ['a', 10 * MiB],
      ['c', 3 * MiB],
      ['b', 2 * MiB],
    ]);
  });
});

describe('moduleCacheLeak', () => {
  const MOD = '/home/runner/go/pkg/mod';
  const size = (bytes: number, complete = true): SizeEntry => ({ path: MOD, bytes, complete });
  const cache = (before?: SizeEntry) => ({ path: MOD, before });

  it('reports growth of the module cache from LEAK_MIN_BYTES, with the variable that moves it', () => {
    expect(moduleCacheLeak(cache(size(MiB)), size(3 * MiB))).toEqual([
      { kind: 'module-cache', path: MOD, tool: 'go-mod', before: MiB, after: 3 * MiB, added: 2 * MiB, approximate: false, hint: 'redirect: GOMODCACHE' },
    ]);
    expect(moduleCacheLeak(cache(size(0)), size(LEAK_MIN_BYTES))).toHaveLength(1);
    expect(moduleCacheLeak(cache(size(0)), size(LEAK_MIN_BYTES - 1))).toEqual([]);
    expect(moduleCacheLeak(cache(size(5 * MiB)), size(MiB))).toEqual([]);
  });

  it('reports nothing where either count is unknown; a lower bound is approximate', () => {
    expect(moduleCacheLeak(undefined, size(MiB))).toEqual([]);
    expect(moduleCacheLeak(cache(undefined), size(MiB))).toEqual([]);
    expect(moduleCacheLeak(cache(size(0)), undefined)).toEqual([]);
    expect(moduleCacheLeak(cache(size(0, false)), size(MiB))[0].approximate).toBe(true);
  });
});

describe('homeCacheLeakWarning', () => {
  const linuxLeaks = leaks([], [entry('sometool', 3 * MiB)]);
  const LOCAL = 'Z:\\runner\\profile\\AppData\\Local';
  const windowsLeaks = findLeaks([], [{ path: `${LOCAL}\\sometool`, bytes: 3 * MiB, complete: true }], path.win32);
  const modCacheLeaks = moduleCacheLeak({ path: '/m', before: { path: '/m', bytes: 0, complete: true } }, { path: '/m', bytes: 9 * MiB, complete: true });
  const naming = (platform: NodeJS.Platform): HomeCacheNaming => homeCacheNaming(platformRules(platform));

  it("Linux: HOME's cache, and that the tools ignored XDG_CACHE_HOME where it was redirected", () => {
    expect(homeCacheLeakWarning({ leaks: [...linuxLeaks, ...modCacheLeaks], xdgRedirected: true, homeCache: naming('linux') })).toBe(
      `Tools wrote 3.00 MiB (space on disk) to HOME's cache during the job, ignoring XDG_CACHE_HOME: ${CACHE}/sometool +3.00 MiB. It stays after the job; see the job summary.`,
    );
    // A report without the naming names it as Linux does.
    expect(homeCacheLeakWarning({ leaks: linuxLeaks, xdgRedirected: false })).toBe(
      `Tools wrote 3.00 MiB (space on disk) to HOME's cache during the job: ${CACHE}/sometool +3.00 MiB. It stays after the job; see the job summary.`,
    );
  });

  it('Windows: %LOCALAPPDATA%, and no claim about XDG_CACHE_HOME, which Windows tools never read', () => {
    expect(homeCacheLeakWarning({ leaks: windowsLeaks, xdgRedirected: true, homeCache: naming('win32') })).toBe(
      `Tools wrote 3.00 MiB (space on disk) to %LOCALAPPDATA% during the job: ${LOCAL}\\sometool +3.00 MiB. It stays after the job; see the job summary.`,
    );
  });

  it('none without a leak in the home cache (the module cache has a warning of its own)', () => {
    expect(homeCacheLeakWarning({ leaks: modCacheLeaks, xdgRedirected: true })).toBeUndefined();
  });
});
