// Starting the sampler (main) and stopping it (post). Post signals a process only after proving it
// is this job's sampler, so a reused process id is never hit.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLER_CONFIG_FILE, SAMPLER_PID_FILE, SAMPLES_FILE, STOP_FILE } from '../constants.js';
import { errorMessage } from '../lib/errors.js';
import { execTool } from '../lib/exec.js';
import { platformRules } from '../lib/platform.js';
import { processArguments, processRunning } from '../lib/proc.js';
import { SLOT_COUNT, SLOT_SIZE, blankFile, decodeSamples, type SampleRecord, type SamplerConfig } from './sample-file.js';
/** GitHub's hosted jobs end after 6 h, self-hosted ones after 5 days at most; the runner check stops it sooner. */
const MAX_LIFETIME_MS = 5 * 24 * 3600 * 1000;
/** Folder-size scans may take 0.5 % of the time, so the sampler stays well under 1 % of a core. */
const SCAN_BUDGET = 0.005;

export interface SamplerHandle {
  pid: number;
  configFile: string;
  samplesFile: string;
  stopFile: string;
  intervalMs: number;
}

export interface StartOptions {
  jobDir: string;
  token: string;
  watch: string[];
  intervalMs: number;
  /** dist/sampler.js, next to main.js. */
  script: URL;
  /** The job's process; the sampler stops when it is gone. Default: this process's parent (the runner). */
  ownerPid?: number;
}

export async function startSampler(o: StartOptions): Promise<SamplerHandle> {
  const file = (name: string) => path.join(o.jobDir, name);
  const config: SamplerConfig = {
    jobDir: o.jobDir,
    token: o.token,
    samplesFile: file(SAMPLES_FILE),
    stopFile: file(STOP_FILE),
    watch: o.watch,
    intervalMs: o.intervalMs,
    parentPid: o.ownerPid ?? process.ppid,
    maxLifetimeMs: MAX_LIFETIME_MS,
    scanBudget: SCAN_BUDGET,
  };
  const configFile = file(SAMPLER_CONFIG_FILE);
  await fs.writeFile(configFile, JSON.stringify(config), { flag: 'wx', mode: 0o600 });
  // Every slot written now, so the sampler needs no new space later (see sample-file.ts).
  await fs.writeFile(config.samplesFile, blankFile(), { flag: 'wx', mode: 0o600 });
  const child = spawn(process.execPath, [fileURLToPath(o.script), configFile], {
    detached: true,
    stdio: 'ignore',
    windowsHide: true,
    // Never inside the job folder: a working directory there would keep Windows from deleting it.
    cwd: path.parse(o.jobDir).root,
  });
  const pid = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () => resolve(child.pid!));
  });
  child.unref();
  // For the janitor, which never sees this job's state: a sampler that outlived its job is stopped by it.
  await fs.writeFile(file(SAMPLER_PID_FILE), String(pid), { flag: 'wx', mode: 0o600 }).catch(() => undefined);
  return { pid, configFile, samplesFile: config.samplesFile, stopFile: config.stopFile, intervalMs: o.intervalMs };
}

/** True when `pid` is this job's sampler: its command line names our config file. */
async function isOurSampler(pid: number, configFile: string): Promise<boolean> {
  const rules = platformRules();
  if (rules.hasProcFs) return (await processArguments(pid)).includes(configFile);
  if (rules.readsProcessTable) {
    const ps = await execTool('ps', ['-o', 'command=', '-p', String(pid)], { timeoutMs: 10_000 });
    return ps.code === 0 && ps.stdout.includes(configFile);
  }
  return false;
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const started = Date.now();
  const until = started + ms;
  // It usually ends 5–15 ms after being asked (most of it Node's own exit): look every millisecond
  // for a while, so post does not sleep past it, then less often.
  for (let wait = 1; Date.now() < until; wait = Date.now() - started < 50 ? 1 : Math.min(50, wait * 2)) {
    if (!(await processRunning(pid))) return true;
    await new Promise((r) => setTimeout(r, wait));
  }
  return !(await processRunning(pid));
}

export interface StopOutcome {
  /** 'stopped': it ended when asked; 'gone': it had already ended; 'killed': it had to be killed. */
  how: 'stopped' | 'gone' | 'killed' | 'left running';
  problem?: string;
}

/** `whileWaiting` runs once the sampler has been asked to stop, while it ends (post's other scans start there). */
export async function stopSampler(h: SamplerHandle, mayWriteStopFile = true, whileWaiting?: () => void): Promise<StopOutcome> {
  // Asked together: each is a few round trips to the thread pool, and post waits on them.
  const [running, ours] = await Promise.all([processRunning(h.pid), isOurSampler(h.pid, h.configFile)]);
  if (!running) return { how: 'gone' };
  const provable = platformRules().readsProcessTable;
  // Where identity can be proven, a live process that is not ours means the sampler ended and its pid was reused.
  if (provable && !ours) return { how: 'gone' };
  // A signal is quickest; the stop file reaches the sampler on every platform (it watches for it).
  // 'wx' never follows a link planted at that name; post checks the folder itself first.
  if (ours) signal(h.pid, 'SIGTERM');
  if (mayWriteStopFile) await fs.writeFile(h.stopFile, '', { flag: 'wx' }).catch(() => undefined);
  whileWaiting?.();
  // Without proof of identity (Windows) only the stop file acts; the sampler's tick sees it at the latest.
  if (await waitUntilGone(h.pid, ours ? 3000 : h.intervalMs + 2000)) return { how: 'stopped' };
  if (!ours) return { how: 'left running', problem: `the sampler (pid ${h.pid}) did not stop and cannot be proven ours to kill` };
  // Proven again right before the kill: in those 3 s it may have ended and its pid been reused.
  if (!(await isOurSampler(h.pid, h.configFile))) return { how: 'stopped' };
  signal(h.pid, 'SIGKILL');
  return (await waitUntilGone(h.pid, 2000))
    ? { how: 'killed', problem: 'the sampler did not stop when asked and was killed' }
    : { how: 'left running', problem: `the sampler (pid ${h.pid}) survived SIGKILL` };
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // it ended meanwhile
  }
}

export async function readSamples(file: string): Promise<{ records: SampleRecord[]; problem?: string }> {
  // A job step may have put anything there: read only a regular file of the expected size, never a link.
  let handle;
  try {
    // O_NONBLOCK: a FIFO planted there must not hang post waiting for a writer.
    handle = await fs.open(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile() || st.size > SLOT_COUNT * SLOT_SIZE) return { records: [], problem: 'the samples file was replaced by a job step' };
    return { records: decodeSamples(await handle.readFile()) };
  } catch (err) {
    return { records: [], problem: `cannot read the samples: ${errorMessage(err)}` };
  } finally {
    await handle?.close();
  }
}
