// Windows: a file another process holds open, or a program running from the job folder, cannot be
// deleted until that process lets go. Rather than wait on each such file in turn (a synchronous sleep
// would stall post), cleanup removes what it can, then comes back for what was busy every
// passDelayMs. What it may spend waiting is one budget for the whole cleanup (lib/platform.ts
// BusyRetry); time spent removing does not count, so a big cache removed first leaves the budget
// whole for a test binary that ends a second later.
import { errorCode } from '../lib/errors.js';
import type { PlatformRules } from '../lib/platform.js';
import { isTransient } from './folder-access.js';
import type { RemovalResult } from './remove.js';

/** The waiting a cleanup may still do, shared by its groups (mutated as it is spent). */
export interface HeldRetry {
  leftMs: number;
  passDelayMs: number;
}

export interface Clock {
  sleep: (ms: number) => Promise<void>;
}

const realClock: Clock = { sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };

/** A cleanup's waiting budget: 10 s on Windows; none elsewhere, where an open file is deleted at once. */
export function heldRetryFor(rules: PlatformRules): HeldRetry {
  return { leftMs: rules.busyRetry.heldBudgetMs, passDelayMs: rules.busyRetry.passDelayMs };
}

/** No waiting at all (the janitor: what is left is tried again by a later job). */
export const NO_WAITING: Readonly<HeldRetry> = { leftMs: 0, passDelayMs: 0 };

/** Whether a failure may clear when a process lets go (or a folder refilled meanwhile is scanned again). */
export const mayClear = (code: string, rules: PlatformRules) => isTransient(code, rules) || code === 'ENOTEMPTY';

/** Whether another pass may help: all that is left failed with codes that may clear. */
export function worthAnotherPass(r: RemovalResult, rules: PlatformRules): boolean {
  if (r.removed || r.moreFailures > 0 || r.failures.length === 0) return false;
  return r.failures.every((f) => mayClear(f.code, rules));
}

/** Waits one pass's delay out of the budget; false when the budget is spent. */
async function waitOnePass(held: HeldRetry, clock: Clock): Promise<boolean> {
  const wait = Math.min(held.passDelayMs, held.leftMs);
  if (wait <= 0) return false;
  held.leftMs -= wait;
  await clock.sleep(wait);
  return true;
}

/**
 * `remove(names)`, then while worth it and the budget lasts, `remove` again on the names that `left`
 * still finds. Counts add up; what failed is the last pass's.
 */
export async function removePatiently(
  names: string[],
  remove: (names: string[]) => Promise<RemovalResult>,
  left: (names: string[]) => string[],
  held: HeldRetry,
  rules: PlatformRules,
  clock: Clock = realClock,
): Promise<RemovalResult> {
  let result = await remove(names);
  while (worthAnotherPass(result, rules) && (await waitOnePass(held, clock))) {
    const again = await remove(left(names));
    result = {
      ...again,
      files: result.files + again.files,
      dirs: result.dirs + again.dirs,
      skippedMounts: [...new Set([...result.skippedMounts, ...again.skippedMounts])],
      notes: [...new Set([...result.notes, ...again.notes])],
      engine: result.engine,
      workers: Math.max(result.workers, again.workers),
    };
  }
  return result;
}

/** `op`, tried again after a pass's delay while it fails with a code that may clear and the budget lasts. */
export async function retryWhileHeld<T>(op: () => Promise<T>, held: HeldRetry, rules: PlatformRules, clock: Clock = realClock): Promise<T> {
  for (;;) {
    try {
      return await op();
    } catch (err) {
      if (!mayClear(errorCode(err), rules) || !(await waitOnePass(held, clock))) throw err;
    }
  }
}
