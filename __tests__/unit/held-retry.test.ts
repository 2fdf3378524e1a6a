// Windows' patience with files held open: passes over what was busy, one waiting budget for the whole cleanup.
import { describe, expect, it } from '@jest/globals';
import { heldRetryFor, NO_WAITING, removePatiently, retryWhileHeld, worthAnotherPass } from '../../src/cleanup/held-retry.js';
import { rmdirWithRetry, type RemovalResult } from '../../src/cleanup/remove.js';
import { failureHints, newReport } from '../../src/cleanup/report.js';
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

/** A fake clock: sleeping moves it on; `busyFor` passes of `remove` fail with EBUSY; each pass itself takes `passMs`. */
function fixture(busyFor: number, passMs = 0) {
  const clock = { t: 0, sleep: async (ms: number) => void (clock.t += ms) };
  const calls: string[][] = [];
  const remove = async (names: string[]) => {
    calls.push(names);
    clock.t += passMs;
    return calls.length <= busyFor ? result(['EBUSY'], calls.length === 1 ? 5 : 0) : result([], 1);
  };
  return { calls, clock, remove };
}

describe('held-retry', () => {
  it('may wait 10 s, every 250 ms, on Windows; never on Linux', () => {
    expect(heldRetryFor(windows)).toEqual({ leftMs: 10_000, passDelayMs: 250 });
    expect(heldRetryFor(linux)).toEqual({ leftMs: 0, passDelayMs: 0 });
  });

  it('tries again only where every failure may clear when a process lets go', () => {
    expect(worthAnotherPass(result(['EBUSY', 'EPERM', 'ENOTEMPTY']), windows)).toBe(true);
    expect(worthAnotherPass(result(['EBUSY', 'ELOOP']), windows)).toBe(false);
    expect(worthAnotherPass(result([]), windows)).toBe(false);
    expect(worthAnotherPass({ ...result(['EBUSY']), moreFailures: 3 }, windows)).toBe(false);
  });

  it('removes a file released after 3 s on a pass after that, adding up the counts', async () => {
    const f = fixture(12); // the first pass and 11 more, 250 ms apart: 2.75 s busy
    const r = await removePatiently(['tmp'], f.remove, (names) => names, heldRetryFor(windows), windows, f.clock);
    expect(r.removed).toBe(true);
    expect(r.files).toBe(6);
    expect(f.calls.length).toBe(13);
    expect(f.clock.t).toBe(3000);
  });

  it('stops when the budget is spent and reports the last failure', async () => {
    const f = fixture(Infinity);
    const r = await removePatiently(['go-build'], f.remove, (names) => names, heldRetryFor(windows), windows, f.clock);
    expect(r.removed).toBe(false);
    expect(r.failures.map((x) => x.code)).toEqual(['EBUSY']);
    expect(f.clock.t).toBe(10_000);
  });

  it('shares one budget between the groups of a cleanup: a second held group gets what is left, not 10 s more', async () => {
    const held = heldRetryFor(windows);
    const first = fixture(Infinity);
    await removePatiently(['tmp'], first.remove, (n) => n, held, windows, first.clock);
    const second = fixture(Infinity);
    await removePatiently(['go-build'], second.remove, (n) => n, held, windows, second.clock);
    expect(second.calls.length).toBe(1);
    expect(first.clock.t + second.clock.t).toBe(10_000);
  });

  it('counts only the waiting: a group that took 12 s to remove leaves the whole budget to the next', async () => {
    const held = heldRetryFor(windows);
    const big = fixture(0, 12_000);
    await removePatiently(['go-build'], big.remove, (n) => n, held, windows, big.clock);
    const test = fixture(4); // a test binary that ends 1 s later
    const r = await removePatiently(['go-tmp'], test.remove, (n) => n, held, windows, test.clock);
    expect(r.removed).toBe(true);
    expect(held.leftMs).toBe(9000);
  });

  it('makes one pass on Linux, where open files are deleted at once, and in the janitor', async () => {
    for (const [rules, held] of [
      [linux, heldRetryFor(linux)],
      [windows, { ...NO_WAITING }],
    ] as const) {
      const f = fixture(Infinity);
      const r = await removePatiently(['tmp'], f.remove, (names) => names, held, rules, f.clock);
      expect(f.calls.length).toBe(1);
      expect(r.removed).toBe(false);
    }
  });

  it('asks again only for the names still there', async () => {
    const f = fixture(1);
    await removePatiently(['tmp', 'go-build'], f.remove, (names) => names.filter((n) => n === 'tmp'), heldRetryFor(windows), windows, f.clock);
    expect(f.calls).toEqual([['tmp', 'go-build'], ['tmp']]);
  });

  it('retries one call while it fails with a code that may clear, within the same budget', async () => {
    const held = heldRetryFor(windows);
    const clock = { t: 0, sleep: async (ms: number) => void (clock.t += ms) };
    let calls = 0;
    const busyTwice = async () => {
      if (++calls <= 2) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      return 'gone';
    };
    await expect(retryWhileHeld(busyTwice, held, windows, clock)).resolves.toBe('gone');
    expect(held.leftMs).toBe(9500);
    const denied = async () => {
      throw Object.assign(new Error('loop'), { code: 'ELOOP' });
    };
    await expect(retryWhileHeld(denied, held, windows, clock)).rejects.toThrow('loop');
    expect(held.leftMs).toBe(9500);
  });
});

describe('rmdirWithRetry', () => {
  const access = (rules = windows) => ({ rules, dev: 1, mountPoints: new Set<string>(), attempts: rules.busyRetry.attempts, delayMs: 1 });
  const eperm = () => Object.assign(new Error('EPERM: operation not permitted, rmdir'), { code: 'EPERM' });

  it("clears a Windows folder's read-only attribute once (Node reports the refusal as EPERM), then removes it", async () => {
    const calls: string[] = [];
    let readOnly = true;
    const ops = {
      rmdir: async (p: unknown) => {
        calls.push(`rmdir ${String(p)}`);
        if (readOnly) throw eperm();
      },
      chmod: async (p: unknown, mode: unknown) => {
        calls.push(`chmod ${String(p)} ${Number(mode).toString(8)}`);
        readOnly = false;
      },
    } as unknown as Parameters<typeof rmdirWithRetry>[2];
    await rmdirWithRetry('C:\\job\\go-mod\\m@v1', access(), ops);
    expect(calls).toEqual(['rmdir C:\\job\\go-mod\\m@v1', 'chmod C:\\job\\go-mod\\m@v1 777', 'rmdir C:\\job\\go-mod\\m@v1']);
  });

  it('never chmods a folder where there are Unix modes (its owner made the parent writable already)', async () => {
    const calls: string[] = [];
    const ops = {
      rmdir: async () => {
        calls.push('rmdir');
        throw eperm();
      },
      chmod: async () => void calls.push('chmod'),
    } as unknown as Parameters<typeof rmdirWithRetry>[2];
    await expect(rmdirWithRetry('/job/x', access(linux), ops)).rejects.toThrow('EPERM');
    expect(calls).toEqual(['rmdir']);
  });
});

describe('failureHints by the OS that cleaned', () => {
  const failures = [{ path: 'x', code: 'EPERM', message: 'EPERM' }];
  it('gives Windows its own meaning of EPERM, Linux (also when not said) and macOS theirs', () => {
    expect(failureHints(newReport('partial', { failures, os: 'win32' }))[0]).toMatch(/a program started from the job folder still runs/);
    expect(failureHints(newReport('partial', { failures }))[0]).toMatch(/chattr -i/);
    expect(failureHints(newReport('partial', { failures, os: 'darwin' }))[0]).toMatch(/chflags nouchg/);
  });
});
