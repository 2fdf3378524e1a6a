// The local results service's artifact half (harness/cache-service.ts) against the real
// @actions/artifact 6.2, run through the action's own bundle dist/artifact.js in a child process per
// call (artifact-driver.mjs), each call as one job of one workflow run with its own token; then the
// protocol edges the library does not reach, over plain HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CacheService } from '../../harness/cache-service.js';
import { parseWorkflowCommands } from '../../harness/local-runner.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const driver = path.join(here, 'artifact-driver.mjs');
const node = process.env.GCG_ACTION_NODE || process.execPath;

let base: string;
let service: CacheService;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-artifact-service-'));
  service = await CacheService.start({ dir: path.join(base, 'store') });
});

afterAll(async () => {
  await service?.stop();
  fs.rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  service.faults.clear();
  service.log.length = 0;
});

interface Job {
  run: string;
  job: string;
}

interface StepRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  value?: unknown;
  error?: { name: string; message: string };
  warnings: string[];
}

type StepCall = { op: 'upload'; file: string; name: string; retentionDays: number } | { op: 'download'; prefix: string; dest: string } | { op: 'available' };

let folders = 0;
/** A fresh folder under the test's base. */
function folder(label: string): string {
  const dir = path.join(base, `${label}-${++folders}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs one artifact step as `who` in a child process against `service`. */
function runStep(who: Job, call: StepCall, drop: string[] = []): Promise<StepRun> {
  const ws = folder('ws');
  fs.mkdirSync(path.join(ws, 'temp'));
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? os.homedir(), LANG: 'C.UTF-8' };
  Object.assign(env, service.env({ workspace: ws, runnerTemp: path.join(ws, 'temp'), ...who }));
  for (const name of drop) delete env[name];
  return new Promise((resolve, reject) => {
    const child = spawn(node, [driver, JSON.stringify(call)], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const line = stdout.split('\n').find((l) => l.startsWith('::driver-result::'));
      const result = line ? (JSON.parse(line.slice('::driver-result::'.length)) as Pick<StepRun, 'value' | 'error'>) : {};
      const warnings = parseWorkflowCommands(stdout)
        .annotations.filter((a) => a.level !== 'notice')
        .map((a) => a.message);
      resolve({ exitCode, stdout, stderr, warnings, ...result });
    });
  });
}

/** A cell's report file, alone in a fresh folder (as post writes it). */
function report(content: object): { file: string; text: string } {
  const file = path.join(folder('cell'), 'report.json');
  const text = `${JSON.stringify(content, null, 2)}\n`;
  fs.writeFileSync(file, text);
  return { file, text };
}

const upload = (who: Job, file: string, name: string, retentionDays = 3) => runStep(who, { op: 'upload', file, name, retentionDays });
const download = (who: Job, prefix: string, dest = folder('reports')) => runStep(who, { op: 'download', prefix, dest });

function expectOk(run: StepRun) {
  if (run.exitCode !== 0 || run.error || run.value === undefined) throw new Error(`driver failed (exit ${run.exitCode})\n${run.stdout}\n${run.stderr}`);
}

type Downloaded = { name: string; dir?: string; error?: string }[];

/** Each downloaded artifact's folder: file name → text. */
function contents(got: Downloaded): Record<string, Record<string, string>> {
  return Object.fromEntries(
    got.map((d) => [d.name, d.dir ? Object.fromEntries(fs.readdirSync(d.dir).map((f) => [f, fs.readFileSync(path.join(d.dir!, f), 'utf8')])) : {}]),
  );
}

const runA = { linux: { run: 'run-a', job: 'cell-linux' }, arm: { run: 'run-a', job: 'cell-arm' }, report: { run: 'run-a', job: 'report' } };
let amd64: { file: string; text: string };
let arm64: { file: string; text: string };
beforeAll(() => {
  amd64 = report({ cell: 'linux-amd64', checks: { passed: 7, failed: 0 } });
  arm64 = report({ cell: 'linux-arm64', checks: { passed: 6, failed: 1 } });
});

describe('the real @actions/artifact (dist/artifact.js) against the local service', () => {
  test('two jobs of a run upload their reports; the report job downloads both, byte for byte, and only those of the prefix', async () => {
    const first = await upload(runA.linux, amd64.file, 'gcg-cell-linux-amd64', 3);
    expectOk(first);
    expect(first.warnings).toEqual([]);
    expect(service.log.map((r) => [r.method, r.key, r.run, r.status])).toEqual([
      ['CreateArtifact', 'gcg-cell-linux-amd64', 'run-a', 200],
      ['PutBlock', 'gcg-cell-linux-amd64', 'run-a', 201],
      ['PutBlockList', 'gcg-cell-linux-amd64', 'run-a', 201],
      ['FinalizeArtifact', 'gcg-cell-linux-amd64', 'run-a', 200],
    ]);
    const stored = service.artifacts.find('run-a', 'gcg-cell-linux-amd64')!;
    expect(first.value).toEqual({ id: stored.id, size: fs.statSync(service.artifacts.blobPath(stored.id)).size });
    // What went up is a zip with the report at its top, marked as a zip, kept for the retention asked.
    expect(fs.readFileSync(service.artifacts.blobPath(stored.id)).subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(stored).toMatchObject({ job: 'cell-linux', contentType: 'application/zip', mimeType: 'application/zip', version: 7 });
    expect(stored.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The client sends the expiry it computed from the retention; the server stamps its creation in the same call.
    expect(Math.round((stored.expiresAt! - stored.createdAt) / 86400_000)).toBe(3);

    const second = await upload(runA.arm, arm64.file, 'gcg-cell-linux-arm64');
    expectOk(second);
    expect((second.value as { id: number }).id).toBeGreaterThan(stored.id);
    expectOk(await upload(runA.arm, arm64.file, 'unrelated-logs'));

    service.log.length = 0;
    const got = await download(runA.report, 'gcg-cell-');
    expectOk(got);
    const listed = got.value as Downloaded;
    expect(listed.map((d) => [d.name, d.error])).toEqual([
      ['gcg-cell-linux-amd64', undefined],
      ['gcg-cell-linux-arm64', undefined],
    ]);
    expect(listed.every((d) => d.dir !== undefined && path.basename(d.dir) === d.name)).toBe(true);
    expect(contents(listed)).toEqual({ 'gcg-cell-linux-amd64': { 'report.json': amd64.text }, 'gcg-cell-linux-arm64': { 'report.json': arm64.text } });
    // One listing of the run, then one by id_filter per download (downloadArtifact takes an id).
    expect(service.calls('ListArtifacts')).toHaveLength(3);
    expect(service.calls('GetSignedArtifactURL').map((r) => r.status)).toEqual([200, 200]);
    expect(
      service
        .calls('Download')
        .map((r) => [r.key, r.status])
        .sort(),
    ).toEqual([
      ['gcg-cell-linux-amd64', 200],
      ['gcg-cell-linux-arm64', 200],
    ]);
  });

  test('a name already taken in the run fails with the conflict named, and the first upload stays', async () => {
    const clash = await upload(runA.arm, report({ cell: 'impostor' }).file, 'gcg-cell-linux-amd64');
    expect(clash.exitCode).toBe(0);
    expect(clash.value).toBeUndefined();
    expect(clash.warnings).toEqual([]); // the client's own "Artifact upload failed" warning is not reached: the caller reports
    expect(clash.error?.message).toMatch(
      /^could not upload artifact 'gcg-cell-linux-amd64' \(another job of this run already uploaded an artifact of that name\): .*\(409\) Conflict: an artifact with this name already exists on the workflow run/,
    );
    expect(service.log.map((r) => [r.method, r.status])).toEqual([['CreateArtifact', 409]]);
    const got = await download(runA.report, 'gcg-cell-linux-amd64');
    expect(contents(got.value as Downloaded)).toEqual({ 'gcg-cell-linux-amd64': { 'report.json': amd64.text } });
  });

  test("another run's artifacts are not listed, and a run's uploads are invisible to another run's token", async () => {
    // The same name is free in another run.
    const other = report({ cell: 'linux-amd64', run: 'b' });
    expectOk(await upload({ run: 'run-b', job: 'cell-linux' }, other.file, 'gcg-cell-linux-amd64'));
    const inA = await download(runA.report, 'gcg-cell-');
    expect(contents(inA.value as Downloaded)).toEqual({
      'gcg-cell-linux-amd64': { 'report.json': amd64.text },
      'gcg-cell-linux-arm64': { 'report.json': arm64.text },
    });
    const inB = await download({ run: 'run-b', job: 'report' }, 'gcg-cell-');
    expect(contents(inB.value as Downloaded)).toEqual({ 'gcg-cell-linux-amd64': { 'report.json': other.text } });
    const inC = await download({ run: 'run-c', job: 'report' }, '');
    expectOk(inC);
    expect(inC.value).toEqual([]);
  });

  test('one failed download is reported in its entry and the others still arrive', async () => {
    service.fail('GetSignedArtifactURL', 404, { msg: 'artifact not found' }); // not retried
    const got = await download(runA.report, 'gcg-cell-');
    expectOk(got);
    const listed = got.value as Downloaded;
    expect(listed.map((d) => d.name)).toEqual(['gcg-cell-linux-amd64', 'gcg-cell-linux-arm64']);
    const failed = listed.filter((d) => d.error !== undefined);
    expect(failed).toHaveLength(1);
    expect(failed[0].dir).toBeUndefined();
    expect(failed[0].error).toMatch(/Failed to GetSignedArtifactURL: .*\(404\)/);
    const fine = listed.find((d) => d.error === undefined)!;
    expect(contents([fine])[fine.name]).toEqual({ 'report.json': fine.name.endsWith('amd64') ? amd64.text : arm64.text });
  });

  test('the service is available only with both a token and a results URL', async () => {
    expect((await runStep(runA.report, { op: 'available' })).value).toBe(true);
    expect((await runStep(runA.report, { op: 'available' }, ['ACTIONS_RESULTS_URL'])).value).toBe(false);
    expect((await runStep(runA.report, { op: 'available' }, ['ACTIONS_RUNTIME_TOKEN'])).value).toBe(false);
  });
});

describe('protocol edges (plain HTTP)', () => {
  async function twirp(method: string, body: object, token: string) {
    const res = await fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const ids = (who: Job) => ({ workflow_run_backend_id: who.run, workflow_job_run_backend_id: who.job });
  const tokenOf = (who: Job) => service.tokenFor(who.run, who.job);

  test('tokens: signed by this service, run-scoped; the body must name the token run (and, to write, its job)', async () => {
    const b = { run: 'run-b', job: 'report' };
    const tokenB = tokenOf(b);
    expect((await twirp('ListArtifacts', ids(b), tokenB)).body.artifacts).toEqual([
      expect.objectContaining({ name: 'gcg-cell-linux-amd64', workflow_job_run_backend_id: 'cell-linux' }),
    ]);
    expect(await twirp('ListArtifacts', ids(runA.report), tokenB)).toEqual({
      status: 403,
      body: { code: 'permission_denied', msg: 'the token is not for workflow run run-a' },
    });
    expect((await twirp('CreateArtifact', { ...ids({ run: 'run-b', job: 'cell-linux' }), name: 'x', version: 7 }, tokenB)).status).toBe(403);
    // A token this server did not sign, or signed by another server, is refused.
    const [head, claims] = tokenB.split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ scp: 'Actions.Results:run-a:report', exp: 2e9 })).toString('base64url')}.${tokenB.split('.')[2]}`;
    expect((await twirp('ListArtifacts', ids(runA.report), forged)).status).toBe(401);
    expect((await twirp('ListArtifacts', ids(b), `${head}.${claims}.`)).status).toBe(401);
    expect((await twirp('ListArtifacts', ids(b), 'local-cache-service-token')).status).toBe(401);
    const next = await CacheService.start({ dir: service.store.dir });
    try {
      expect((await twirp('ListArtifacts', ids(b), next.tokenFor('run-b', 'report'))).status).toBe(401);
    } finally {
      await next.stop();
    }
  });

  test('filters, id lookups, bad names, unfinalized artifacts unlisted, delete frees the name', async () => {
    const token = tokenOf(runA.report);
    const all = (await twirp('ListArtifacts', ids(runA.report), token)).body.artifacts as Record<string, string>[];
    expect(all.map((a) => a.name)).toEqual(['gcg-cell-linux-amd64', 'gcg-cell-linux-arm64', 'unrelated-logs']);
    expect(all[0]).toEqual({
      workflow_run_backend_id: 'run-a',
      workflow_job_run_backend_id: 'cell-linux',
      database_id: expect.stringMatching(/^\d+$/),
      name: 'gcg-cell-linux-amd64',
      size: expect.stringMatching(/^[1-9]\d*$/),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      digest: expect.stringMatching(/^sha256:/),
    });
    expect(((await twirp('ListArtifacts', { ...ids(runA.report), id_filter: all[1].database_id }, token)).body.artifacts as object[]).length).toBe(1);
    expect((await twirp('ListArtifacts', { ...ids(runA.report), name_filter: 'unrelated-logs' }, token)).body.artifacts).toEqual([all[2]]);
    expect((await twirp('ListArtifacts', { ...ids(runA.report), name_filter: 'gcg-cell' }, token)).body.artifacts).toEqual([]);
    expect((await twirp('CreateArtifact', { ...ids(runA.report), name: 'a/b', version: 7 }, token)).body).toMatchObject({ code: 'invalid_argument' });
    const pending = await twirp('CreateArtifact', { ...ids(runA.report), name: 'pending', version: 7 }, token);
    expect(pending.body).toMatchObject({ ok: true, signed_upload_url: expect.stringContaining('/localcache/actions-results/') });
    expect((await twirp('ListArtifacts', { ...ids(runA.report), name_filter: 'pending' }, token)).body.artifacts).toEqual([]);
    expect((await twirp('FinalizeArtifact', { ...ids(runA.report), name: 'pending', size: '1' }, token)).body).toMatchObject({
      msg: expect.stringMatching(/not uploaded/),
    });
    // Delete: addressed by the job that made it, as the client sends it; then the name is free again.
    const del = { ...ids(runA.linux), name: 'gcg-cell-linux-amd64' };
    expect((await twirp('DeleteArtifact', { ...del, workflow_job_run_backend_id: 'report' }, token)).status).toBe(404);
    expect((await twirp('DeleteArtifact', del, token)).body).toEqual({ ok: true, artifact_id: all[0].database_id });
    expect((await twirp('GetSignedArtifactURL', del, token)).status).toBe(404);
    expect((await twirp('CreateArtifact', { ...ids(runA.linux), name: 'gcg-cell-linux-amd64', version: 7 }, tokenOf(runA.linux))).body).toMatchObject({
      ok: true,
    });
    expect(fs.existsSync(service.artifacts.blobPath(Number(all[0].database_id)))).toBe(false);
  });
});
