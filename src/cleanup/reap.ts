// Applies the janitor's plan: stops a sampler that outlived its job, claims each folder by renaming
// it (two janitors never remove one folder), then removes it with post's own remover and checks.
// Its own bundle (dist/reap.js): main loads it only when there is something to remove.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { JOB_DIR_PREFIX, SAMPLER_CONFIG_FILE, SAMPLER_PID_FILE, SAMPLES_FILE, STOP_FILE } from '../constants.js';
import { stopSampler } from '../disk/sampler-control.js';
import { errorCode, errorMessage } from '../lib/errors.js';
import type { PlatformRules } from '../lib/platform.js';
import { cleanJobDir } from './clean-job-dir.js';
import type { ReapItem, ReapedFolder } from './janitor-plan.js';

export interface ReapContext {
  root: string;
  home: string;
  workspace: string;
  rules: PlatformRules;
  env: NodeJS.ProcessEnv;
  /** dist/remove-worker.js, as for post. */
  workerScript?: URL;
}

export async function reapFolders(items: ReapItem[], ctx: ReapContext): Promise<ReapedFolder[]> {
  const done: ReapedFolder[] = [];
  for (const item of items) done.push(await reapOne(item, ctx));
  return done;
}

async function reapOne(item: ReapItem, ctx: ReapContext): Promise<ReapedFolder> {
  const result: ReapedFolder = { name: item.name, reason: item.reason, status: 'refused', bytes: 0, files: 0, problems: [], samplerStopped: false };
  // While the folder still has its name: the sampler's command line names its config file by it.
  const sampler = await stopLeftoverSampler(item.path, ctx.rules);
  result.samplerStopped = sampler.stopped;
  if (sampler.problem) result.problems.push(sampler.problem);
  const claimed = ctx.rules.path.join(ctx.root, `${JOB_DIR_PREFIX}reap-${randomUUID()}`);
  try {
    fs.renameSync(item.path, claimed);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return { ...result, status: 'taken' };
    return { ...result, problems: [...result.problems, `could not claim it: ${errorMessage(err)}`] };
  }
  const report = await cleanJobDir(
    { jobDir: claimed, root: ctx.root, token: item.token, dev: item.dev, ino: item.ino, home: ctx.home, workspace: ctx.workspace, folders: [] },
    ctx.env,
    ctx.rules,
    ctx.workerScript,
  );
  if (report.status === 'refused') {
    // Not the folder that was judged after all: it goes back under its own name, untouched.
    fs.renameSync(claimed, item.path);
    return { ...result, problems: [...result.problems, ...report.reasons] };
  }
  for (const g of report.groups.values()) {
    result.bytes += g.bytes;
    result.files += g.files;
  }
  result.problems.push(...report.failures.map((f) => `could not remove ${f.path}: ${f.code}`), ...report.warnings);
  if (report.moreFailures) result.problems.push(`… and ${report.moreFailures} more entries`);
  result.status = report.status === 'removed' || report.status === 'gone' ? 'removed' : 'partial';
  return result;
}

/** The sampler main started for that job, proven by its command line before any signal (stopSampler). */
async function stopLeftoverSampler(jobDir: string, rules: PlatformRules): Promise<{ stopped: boolean; problem?: string }> {
  const file = (name: string) => rules.path.join(jobDir, name);
  let pid: number;
  try {
    const fd = fs.openSync(file(SAMPLER_PID_FILE), fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
    try {
      pid = Number(fs.readFileSync(fd, 'utf8').slice(0, 20).trim());
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return { stopped: false };
  }
  if (!Number.isInteger(pid) || pid <= 1) return { stopped: false };
  const outcome = await stopSampler({
    pid,
    configFile: file(SAMPLER_CONFIG_FILE),
    samplesFile: file(SAMPLES_FILE),
    stopFile: file(STOP_FILE),
    intervalMs: 1000,
  });
  return { stopped: outcome.how === 'stopped' || outcome.how === 'killed', problem: outcome.problem };
}
