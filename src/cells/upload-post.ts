// Post's last step: the cell's report as a small artifact, for a report job (mode: report) to gather.
// The artifact client (dist/artifact.js, @actions/artifact) is loaded only when there is a service
// to upload to; whatever goes wrong is a warning, never a failed job.
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CELL_ARTIFACT_PREFIX, CELL_ARTIFACT_RETENTION_DAYS } from '../constants.js';
import { errorMessage } from '../lib/errors.js';
import { loadArtifactSteps } from './artifact-loader.js';
import { artifactServiceAvailable } from './artifact-service.js';
import type { CellReport } from './cell-report.js';
import type { CellSettings } from './settings.js';

export type CellUpload = { status: 'uploaded'; name: string; size: number } | { status: 'skipped' | 'failed'; name: string; reason: string };

/** The job's own id on the results service (its token's `Actions.Results:<run>:<job>` scope); '' when unreadable. */
export function backendJobId(token: string | undefined): string {
  try {
    const payload = JSON.parse(Buffer.from((token ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown };
    const scope = String(payload.scp ?? '')
      .split(' ')
      .find((s) => s.startsWith('Actions.Results:'));
    return scope?.split(':')[2] ?? '';
  } catch {
    return '';
  }
}

/**
 * Unique per cell within a run (the service refuses a name twice): the attempt, the job, and a hash
 * of the cell's name, the runner, the job's own id on the service (jobs of reusable workflows share
 * their job name and matrix) and the step (two steps of the action in one job). Only `[A-Za-z0-9_.-]`.
 */
export function artifactNameFor(env: NodeJS.ProcessEnv, label: string): string {
  const job = (env.GITHUB_JOB ?? 'job').replace(/[^\w.-]+/g, '_').slice(0, 60);
  const hash = createHash('sha256')
    .update([label, env.RUNNER_OS ?? '', env.RUNNER_ARCH ?? '', backendJobId(env.ACTIONS_RUNTIME_TOKEN), env.GITHUB_ACTION ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 12);
  return `${CELL_ARTIFACT_PREFIX}${Number(env.GITHUB_RUN_ATTEMPT) || 1}-${job}-${hash}`;
}

export async function uploadCellReport(
  settings: CellSettings | undefined,
  report: CellReport,
  env: NodeJS.ProcessEnv,
  module: URL,
): Promise<CellUpload | undefined> {
  if (!settings?.upload) return undefined;
  const name = artifactNameFor(env, settings.label);
  if (!artifactServiceAvailable(env)) {
    core.info('Cell report not uploaded: the runner gave this job no artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL).');
    return { status: 'skipped', name, reason: 'the runner gave this job no artifact service' };
  }
  // Outside the job folder (gone by now) and outside the janitor's names.
  const dir = fs.mkdtempSync(path.join(env.RUNNER_TEMP || os.tmpdir(), '.gcg-cell-'));
  try {
    const file = path.join(dir, `${name}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
    const steps = await loadArtifactSteps(module);
    const { size } = await steps.uploadReport(file, name, CELL_ARTIFACT_RETENTION_DAYS);
    core.info(`Cell report uploaded as the artifact ${name} (${size} bytes), for a job with mode: report.`);
    return { status: 'uploaded', name, size };
  } catch (err) {
    core.warning(`Cell report not uploaded (${name}): ${errorMessage(err)}`);
    return { status: 'failed', name, reason: errorMessage(err) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
