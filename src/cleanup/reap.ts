// Applies the janitor's plan. Each folder is checked against the paths cleanup protects under its
// own name, then claimed: a claim file naming this janitor's process, then a rename to a name no janitor's scan of job folders matches, so two janitors never remove one
// folder; a claim whose job ended too is taken over later. Then the claimed folder's identity is
// checked, a sampler that outlived its job is stopped, and post's own remover and checks do the rest.
// Its own bundle (dist/reap.js): main loads it only when there is something to remove.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { CLAIM_SUFFIX, REAP_PREFIX, SAMPLER_CONFIG_FILE, SAMPLER_PID_FILE, SAMPLES_FILE, STOP_FILE } from '../constants.js';
import { stopSampler } from '../disk/sampler-control.js';
import { errorCode, errorMessage } from '../lib/errors.js';
import { thisProcess, type JobOwner } from '../lib/job-owner.js';
import type { PlatformRules } from '../lib/platform.js';
import { readSmallJson, readSmallText } from '../lib/small-file.js';
import { cleanJobDir } from './clean-job-dir.js';
import { NO_WAITING } from './held-retry.js';
import { protectedPaths, refusalReasons } from './guard.js';
import type { Claim, ReapItem, ReapedFolder } from './janitor-plan.js';

export interface ReapContext {
  /** The root's real path. */
  root: string;
  home: string;
  workspace: string;
  rules: PlatformRules;
  env: NodeJS.ProcessEnv;
  /** dist/remove-worker.js, as for post. */
  workerScript?: URL;
}

export async function reapFolders(items: ReapItem[], ctx: ReapContext): Promise<ReapedFolder[]> {
  // The claimer is this process: a claim outlives it only when the janitor stopped before finishing.
  const self = await thisProcess();
  const done: ReapedFolder[] = [];
  for (const item of items) {
    try {
      done.push(await reapOne(item, ctx, self));
    } catch (err) {
      done.push({ name: item.name, reason: item.reason, status: 'refused', bytes: 0, files: 0, problems: [errorMessage(err)], samplerStopped: false });
    }
  }
  return done;
}

const unlink = (file: string) => fs.rmSync(file, { force: true });

async function reapOne(item: ReapItem, ctx: ReapContext, self: JobOwner): Promise<ReapedFolder> {
  const result: ReapedFolder = { name: item.name, reason: item.reason, status: 'refused', bytes: 0, files: 0, problems: [], samplerStopped: false };
  const target = { jobDir: item.path, root: ctx.root, token: item.token, dev: item.dev, ino: item.ino, home: ctx.home, workspace: ctx.workspace, folders: [] };
  // Under its own name: after the rename a protected path inside it would no longer be seen as inside.
  const refused = refusalReasons(target, protectedPaths(target, ctx.env, ctx.rules), ctx.rules);
  if (refused.length) return { ...result, problems: refused };
  const claimed = ctx.rules.path.join(ctx.root, `${REAP_PREFIX}${randomUUID()}`);
  const claimFile = `${claimed}${CLAIM_SUFFIX}`;
  const claim: Claim = { claimer: self };
  try {
    fs.writeFileSync(claimFile, JSON.stringify(claim), { flag: 'wx', mode: 0o600 });
    fs.renameSync(item.path, claimed);
  } catch (err) {
    unlink(claimFile);
    if (errorCode(err) === 'ENOENT') return { ...result, status: 'taken' };
    return { ...result, problems: [`could not claim it: ${errorMessage(err)}`] };
  }
  const giveBack = (why: string[]): ReapedFolder => {
    // Not the folder that was judged after all: back under its own name, untouched.
    try {
      fs.renameSync(claimed, item.path);
      unlink(claimFile);
    } catch (err) {
      why = [...why, `could not give it back its name (it stays as ${claimed}): ${errorMessage(err)}`];
    }
    return { ...result, problems: [...result.problems, ...why] };
  };
  const st = fs.lstatSync(claimed, { throwIfNoEntry: false });
  if (!st?.isDirectory() || st.dev !== item.dev || st.ino !== item.ino) return giveBack(['it was replaced after it was judged']);
  const sampler = await stopLeftoverSampler(claimed, ctx.rules);
  result.samplerStopped = sampler.stopped;
  if (sampler.problem) result.problems.push(sampler.problem);
  // No waiting for held files here: what is left is tried again by a later job's janitor.
  const report = await cleanJobDir({ ...target, jobDir: claimed }, ctx.env, ctx.rules, ctx.workerScript, { ...NO_WAITING });
  if (report.status === 'refused') return giveBack(report.reasons);
  if (item.staleClaim) unlink(item.staleClaim);
  for (const g of report.groups.values()) {
    result.bytes += g.bytes;
    result.files += g.files;
  }
  result.problems.push(...report.failures.map((f) => `could not remove ${f.path}: ${f.code}`), ...report.warnings);
  if (report.moreFailures) result.problems.push(`… and ${report.moreFailures} more entries`);
  result.status = report.status === 'removed' || report.status === 'gone' ? 'removed' : 'partial';
  // What is left stays claimed by this job: once it is over, a later job's start tries again.
  if (result.status === 'removed') unlink(claimFile);
  return result;
}

/**
 * The sampler main started for that job: its pid from the folder, proven by its command line,
 * which names the config file under the folder's first name (kept in the config) before any signal.
 */
async function stopLeftoverSampler(jobDir: string, rules: PlatformRules): Promise<{ stopped: boolean; problem?: string }> {
  const file = (name: string) => rules.path.join(jobDir, name);
  const pid = Number(readSmallText(file(SAMPLER_PID_FILE), 64)?.trim());
  const config = readSmallJson(file(SAMPLER_CONFIG_FILE)) as { jobDir?: unknown; intervalMs?: unknown } | undefined;
  if (!Number.isInteger(pid) || pid <= 1 || typeof config?.jobDir !== 'string') return { stopped: false };
  const outcome = await stopSampler({
    pid,
    configFile: rules.path.join(config.jobDir, SAMPLER_CONFIG_FILE),
    samplesFile: file(SAMPLES_FILE),
    stopFile: file(STOP_FILE),
    intervalMs: typeof config.intervalMs === 'number' ? config.intervalMs : 5000,
  });
  return { stopped: outcome.how === 'stopped' || outcome.how === 'killed', problem: outcome.problem };
}
