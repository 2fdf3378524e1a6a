// Windows' patience with files held open: passes over what was busy, one deadline for the whole cleanup.
import { describe, expect, it } from '@jest/globals';
import { heldRetryFrom, removePatiently, worthAnotherPass } from '../../src/cleanup/held-retry.js';
import type { RemovalResult } from '../../src/cleanup/remove.js';
import { platformRules } from '../../src/lib/platform.js';

const windows = platformRules('win32');
const linux = platformRules('linux');

const result = (failures: string[], files = 0): RemovalResult => ({
  files,
  dirs: 0,
  removed: failures.length === 0,
  failures: failures.map((code, i) => ({ path: `C:\\job\\tmp\\f${i}`, code, message: code })),
  moreFailures: 0,
  skippedMounts: [],
  engine: 'inline',
  workers: 0,
  notes: [],
});

/** A fake clock: sleeping moves it on; `busyFor` passes of `remove` fail with EBUSY before the file goes. */
function fixture(busyFor: number) {
  let now = 1_000_000;
  const calls: string[][] = [];
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
  const remove = async (names: string[]) => {
    calls.push(names);
    return calls.length <= busyFor ? result(['EBUSY'], calls.length === 1 ? 5 : 0) : result([], 1);
  };
  return { calls, clock, remove, elapsed: (from: number) => now - from, start: now };
}

describe('held-retry', () => {
  it('comes back every 250 ms for 10 s on Windows; never on Linux', () => {
    expect(heldRetryFrom(windows, 5)).toEqual({ until: 10_005, passDelayMs: 250 });
    expect(heldRetryFrom(linux, 5)).toEqual({ until: 0, passDelayMs: 0 });
  });

  it('tries again only where every failure may clear when a process lets go', () => {
    expect(worthAnotherPass(result(['EBUSY', 'EPERM', 'ENOTEMPTY']), windows)).toBe(true);
    expect(worthAnotherPass(result(['EBUSY', 'ELOOP']), windows)).toBe(false);
    expect(worthAnotherPass(result([]), windows)).toBe(false);
    expect(worthAnotherPass({ ...result(['EBUSY']), moreFailures: 3 }, windows)).toBe(false);
  });

  it('removes a file released after 3 s on a pass after that, adding up the counts', async () => {
    const f = fixture(12); // 1 + 11 passes of 250 ms = 2.75 s busy
    const r = await removePatiently(['tmp'], f.remove, (names) => names, heldRetryFrom(windows, f.start), windows, f.clock);
    expect(r.removed).toBe(true);
    expect(r.files).toBe(6);
    expect(f.calls.length).toBe(13);
    expect(f.elapsed(f.start)).toBe(3000);
  });

  it('stops at the deadline and reports the last failure', async () => {
    const f = fixture(Infinity);
    const r = await removePatiently(['go-build'], f.remove, (names) => names, heldRetryFrom(windows, f.start), windows, f.clock);
    expect(r.removed).toBe(false);
    expect(r.failures.map((x) => x.code)).toEqual(['EBUSY']);
    expect(f.elapsed(f.start)).toBe(10_000);
  });

  it('shares one deadline between the groups of a cleanup: a second held group gets what is left, not 10 s more', async () => {
    const first = fixture(Infinity);
    const held = heldRetryFrom(windows, first.start);
    await removePatiently(['tmp'], first.remove, (n) => n, held, windows, first.clock);
    const second = fixture(Infinity);
    const clock = { now: first.clock.now, sleep: first.clock.sleep };
    await removePatiently(['go-build'], second.remove, (n) => n, held, windows, clock);
    expect(second.calls.length).toBe(1);
    expect(first.elapsed(first.start)).toBe(10_000);
  });

  it('makes one pass on Linux, where open files are deleted at once', async () => {
    const f = fixture(Infinity);
    const r = await removePatiently(['tmp'], f.remove, (names) => names, heldRetryFrom(linux), linux, f.clock);
    expect(f.calls.length).toBe(1);
    expect(r.removed).toBe(false);
  });

  it('asks again only for the names still there', async () => {
    const f = fixture(1);
    await removePatiently(['tmp', 'go-build'], f.remove, (names) => names.filter((n) => n === 'tmp'), heldRetryFrom(windows, f.start), windows, f.clock);
    expect(f.calls).toEqual([['tmp', 'go-build'], ['tmp']]);
  });
});
