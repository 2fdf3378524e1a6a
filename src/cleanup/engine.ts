// Which engine removes a big tree, from how the first part of it went (pure, for unit tests).
//
// Measured on one 2-core machine (issue 11): where each unlink uses the CPU (tmpfs, a journaled
// ext4) two synchronous worker threads come closest to `rm -rf`, and many calls in flight cost about
// 3× more CPU; where each unlink waits on the device (ext4 mounted with `discard`) the CPU is idle
// most of the time and 64 calls in flight on 16 pool threads take a quarter of `rm -rf`'s time.

/** inline: small enough to finish on the main thread; threads: worker threads; lanes: the child process. */
export type Engine = 'inline' | 'threads' | 'lanes';

/** Entries removed inline before choosing: below it, starting threads or a process costs more than it saves. */
export const INLINE_LIMIT = 1500;

/** Below this share of CPU time in wall time, removal is waiting on the device, not computing. */
export const WAITING_SHARE = 0.5;

export interface EngineFacts {
  /** CPU time (user + system) and wall time spent on the first INLINE_LIMIT entries. */
  cpuMs: number;
  wallMs: number;
  /** Whether the child process may be used (Linux, its script known) and worker threads may. */
  canHandOff: boolean;
  canThread: boolean;
  /** Set by the user (REMOVAL_ENGINE_VAR); used where it can run. */
  forced?: Engine;
}

export function chooseEngine(f: EngineFacts): Engine {
  if (f.forced === 'lanes' && f.canHandOff) return 'lanes';
  if (f.forced === 'threads' && f.canThread) return 'threads';
  const waiting = f.wallMs > 0 && f.cpuMs / f.wallMs < WAITING_SHARE;
  if (waiting && f.canHandOff) return 'lanes';
  return f.canThread ? 'threads' : 'inline';
}

/** The engine a user forced, or why the value is not one. */
export function parseForcedEngine(value: string | undefined): { engine?: Engine; problem?: string } {
  const v = (value ?? '').trim();
  if (!v) return {};
  if (v === 'threads' || v === 'lanes') return { engine: v };
  return { problem: `ignored ${JSON.stringify(v)}: accepted values are threads and lanes` };
}
