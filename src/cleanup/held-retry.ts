// Windows: a file another process holds open cannot be deleted until it is closed. Rather than wait
// on each such file in turn (a synchronous sleep would stall what post does meanwhile, such as
// measuring the home caches), cleanup removes what it can, then comes back for what was busy every
// passDelayMs until one deadline for the whole cleanup (lib/platform.ts BusyRetry).
import type { PlatformRules } from '../lib/platform.js';
import { isTransient } from './folder-access.js';
import type { RemovalResult } from './remove.js';

export interface HeldRetry {
  /** Epoch ms after which no pass starts; 0: one pass only. */
  until: number;
  passDelayMs: number;
}

/** The deadline for a cleanup that starts now. */
export function heldRetryFrom(rules: PlatformRules, now = Date.now()): HeldRetry {
  const { heldBudgetMs, passDelayMs } = rules.busyRetry;
  return { until: heldBudgetMs ? now + heldBudgetMs : 0, passDelayMs };
}

/** Whether another pass may help: all that is left failed with codes that clear when a process lets go (or a folder refilled meanwhile). */
export function worthAnotherPass(r: RemovalResult, rules: PlatformRules): boolean {
  if (r.removed || r.moreFailures > 0 || r.failures.length === 0) return false;
  return r.failures.every((f) => isTransient(f.code, rules) || f.code === 'ENOTEMPTY');
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `remove(names)`, then while worth it and before `retry.until`, `remove` again on the names that
 * `left` still finds. Counts add up; what failed is the last pass's.
 */
export async function removePatiently(
  names: string[],
  remove: (names: string[]) => Promise<RemovalResult>,
  left: (names: string[]) => string[],
  retry: HeldRetry,
  rules: PlatformRules,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = { now: Date.now, sleep: defaultSleep },
): Promise<RemovalResult> {
  let result = await remove(names);
  while (retry.until && worthAnotherPass(result, rules)) {
    const wait = Math.min(retry.passDelayMs, retry.until - clock.now());
    if (wait <= 0) break;
    await clock.sleep(wait);
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
