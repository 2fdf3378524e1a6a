// What the runner's "Complete job" does after the job's last step and hook: it kills every process
// the job left behind, found by the RUNNER_TRACKING_ID each step inherited, and it empties RUNNER_TEMP.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Pids of live processes whose environment holds `name=value` (not this process; unreadable ones skipped). */
export function processesWithEnv(name: string, value: string): number[] {
  const wanted = `${name}=${value}`;
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      // A zombie's environ reads empty, so the dead are not found again.
      if (fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(wanted)) found.push(Number(entry));
    } catch {
      // gone meanwhile, or another user's process
    }
  }
  return found;
}

/** True while `pid` exists and is not a zombie. */
export function isRunning(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/**
 * SIGKILLs every process carrying `RUNNER_TRACKING_ID=trackingId`, again until none is found (one may
 * fork meanwhile), then waits up to `waitMs` for them to die. Returns the pids it killed.
 */
export async function killTrackedProcesses(trackingId: string, waitMs = 5000): Promise<number[]> {
  const killed = new Set<number>();
  for (let pass = 0; pass < 20; pass++) {
    const found = processesWithEnv('RUNNER_TRACKING_ID', trackingId);
    if (found.length === 0) break;
    for (const pid of found) {
      try {
        process.kill(pid, 'SIGKILL');
        killed.add(pid);
      } catch {
        // gone, or not ours to kill
      }
    }
    await sleep(10);
  }
  const deadline = Date.now() + waitMs;
  while ([...killed].some(isRunning) && Date.now() < deadline) await sleep(10);
  return [...killed];
}

/** Deletes what `dir` holds, keeping `dir`; errors are ignored, as the runner ignores them. */
export function emptyFolder(dir: string) {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    try {
      fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    } catch {
      // the runner ignores what it cannot delete
    }
  }
}
