// The matrix as a whole, as a workflow runs it: five cells of one job (glibc and musl, cgo on and
// off, one failing, one whose compiler differs from its twin's) each run main, a step and post, and
// post uploads the cell's report with the real @actions/artifact to the local results service. Then
// a report job (mode: report) of the same run gathers them into one summary and a JSON/CSV table.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CacheService } from '../../harness/cache-service.js';
import type { LocalRunner } from '../../harness/local-runner.js';
import { disposeRunners, expectOk, newRunner, runCleanups, warnings } from './support.js';

let base: string;
let service: CacheService;
beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-matrix-report-'));
  service = await CacheService.start({ dir: path.join(base, 'store') });
});
afterAll(async () => {
  await service?.stop();
  fs.rmSync(base, { recursive: true, force: true });
});
afterEach(() => {
  disposeRunners();
  runCleanups();
});

const RUN = '4242';

/** One job of run RUN: its own token (its job id on the service), the workflow's job name and matrix values. */
function jobOf(job: string, backendJob: string, matrix: Record<string, string> | undefined, env: Record<string, string> = {}): LocalRunner {
  return newRunner({ runId: RUN, job, matrix, env: { ...service.jobEnv({ run: `run-${RUN}`, job: backendJob }), ...env } });
}

interface Cell {
  matrix: Record<string, string>;
  env?: Record<string, string>;
  inputs: Record<string, string>;
}

const CELLS: Cell[] = [
  { matrix: { libc: 'glibc', cgo: 'on' }, inputs: { libc: 'glibc', cgo: 'true' } },
  { matrix: { libc: 'glibc', cgo: 'off' }, env: { CGO_ENABLED: '0' }, inputs: { cgo: 'false' } },
  { matrix: { libc: 'musl', cgo: 'on' }, env: { CC: 'musl-gcc' }, inputs: { libc: 'musl', cgo: 'true' } },
  // Expects musl but forgot CC=musl-gcc: its libc check fails.
  { matrix: { libc: 'musl', cgo: 'forgot-cc' }, inputs: { libc: 'musl', cgo: 'true' } },
  // The glibc cell's twin with a compiler argument of its own: another fingerprint for the same Go and libc.
  { matrix: { libc: 'glibc', cgo: 'on-fno-common' }, env: { CC: 'gcc -fno-common' }, inputs: { libc: 'glibc', cgo: 'true' } },
];

describe('one report across the cells of a matrix', () => {
  it('each cell uploads its report; the report job shows every cell, failed first, the differences, and writes JSON and CSV', async () => {
    for (const [i, cell] of CELLS.entries()) {
      const runner = jobOf('test', `cell-${i}`, cell.matrix, cell.env);
      const main = await runner.main({ ...cell.inputs, 'problem-matcher': 'false' });
      expect(main.exitCode).toBe(cell.matrix.cgo === 'forgot-cc' ? 1 : 0);
      expectOk(await runner.step('go version', 'build'));
      const post = await runner.post();
      expectOk(post);
      expect(warnings(post)).toEqual([]);
      expect(post.stdout).toMatch(/Cell report uploaded as the artifact go-ci-guard-cell-1-test-[0-9a-f]{12} \(\d+ bytes\), for a job with mode: report\./);
      expect(runner.summary).toMatch(/📤 This cell's report is the artifact `go-ci-guard-cell-1-test-[0-9a-f]{12}`/);
    }
    const uploads = service.log.filter((r) => r.method === 'CreateArtifact' && r.status === 200);
    expect(new Set(uploads.map((r) => r.key)).size).toBe(CELLS.length);

    const report = jobOf('report', 'report-job', undefined);
    const main = await report.main({ mode: 'report' });
    expectOk(main);
    expect(warnings(main)).toEqual([]);
    expect(main.stdout).toContain('5 cell report(s) found.');
    expect(main.stdout).toContain('5 cell(s): 1 failed, ');
    // No job folder, no checks: the report job only reads.
    expect(main.outputs['job-dir']).toBeUndefined();
    expect(main.stdout).not.toContain('Checking the matrix cell');
    const post = await report.post();
    expectOk(post);
    expect(post.stdout.trim()).toBe('');

    const summary = report.summary;
    expect(summary).toContain('### Go CI Guard: matrix report');
    const rows = summary.split('\n').filter((l) => /^\| (✅|❌|⚠️) \| test \|/.test(l));
    expect(rows).toHaveLength(5);
    // The failed cell first, with its first failed check.
    expect(rows[0]).toContain('libc=musl, cgo=forgot-cc');
    expect(rows[0]).toContain('❌');
    expect(rows[0]).toMatch(/libc: glibc 2\.36/);
    expect(rows[0]).toContain('| Linux/X64 |');
    // Same Go, glibc and CGO_ENABLED, different fingerprints: called out.
    expect(summary).toMatch(/should match/i);
    const differences = summary.slice(summary.search(/should match/i));
    expect(differences).toContain('libc=glibc, cgo=on-fno-common');
    expect(differences).toContain('libc=glibc, cgo=on');

    const table = JSON.parse(fs.readFileSync(main.outputs['cells-json'], 'utf8'));
    expect(table.counts).toMatchObject({ cells: 5, failed: 1, unreadable: 0 });
    expect(table.rows.map((r: { label: string }) => r.label)[0]).toBe('libc=musl, cgo=forgot-cc');
    expect(table.rows.find((r: { label: string }) => r.label === 'libc=musl, cgo=on')).toMatchObject({
      libc: 'musl',
      cgoEnabled: '1',
      cc: '/usr/bin/musl-gcc',
    });
    expect(table.rows.find((r: { label: string }) => r.label === 'libc=glibc, cgo=off')).toMatchObject({ cgoEnabled: '0' });
    expect(table.differences).toHaveLength(1);
    const csv = fs.readFileSync(main.outputs['cells-csv'], 'utf8').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(6);
    expect(csv[1]).toContain('libc=musl, cgo=forgot-cc');
  });

  it('cell-report: false uploads nothing, and a run with no reports gives the report job a warning, not a failure', async () => {
    const quiet = jobOf('solo', 'solo-1', { os: 'linux' });
    expectOk(await quiet.main({ 'cell-report': 'false', 'problem-matcher': 'false' }));
    const post = await quiet.post();
    expectOk(post);
    expect(post.stdout).not.toContain('Cell report');
    const before = service.log.length;

    const report = newRunner({ runId: '9999', job: 'report', env: service.jobEnv({ run: 'run-9999', job: 'r' }) });
    const main = await report.main({ mode: 'report' });
    expectOk(main);
    expect(warnings(main)).toEqual([expect.stringMatching(/^No cell reports in this run: /)]);
    expect(JSON.parse(fs.readFileSync(main.outputs['cells-json'], 'utf8')).counts.cells).toBe(0);
    expect(service.log.slice(before).some((r) => r.method === 'CreateArtifact')).toBe(false);
  });
});
