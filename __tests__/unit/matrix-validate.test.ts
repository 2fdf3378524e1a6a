// examineCell must never reject, even when gathering facts fails with the probe build under way:
// main then reports one failed check and leaves no build running. The fault is injected by mocking
// the facts module (nothing else here is mocked: the probe really builds with the Go installed).
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.unstable_mockModule('../../src/matrix/facts.js', () => ({
  gatherFacts: async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    throw new Error('injected fault');
  },
  // library-facts.ts imports it; never reached once gathering the facts fails.
  goSettings: () => {
    throw new Error('not reached');
  },
}));
const { examineCell } = await import('../../src/matrix/validate.js');
const { parseLibc } = await import('../../src/matrix/expectations.js');

const jobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-validate-'));
afterAll(() => fs.rmSync(jobDir, { recursive: true, force: true }));

describe('examineCell when the facts cannot be gathered', () => {
  it('reports one failed check naming the fault, with empty outputs, after stopping the probe build', async () => {
    const cell = { validate: true, cgo: 'true' as const, libc: parseLibc('musl'), pkgConfig: [], probe: true, cgoPackages: [], onMismatch: 'fail' as const };
    const env = { ...process.env, GOCACHE: path.join(jobDir, 'gocache'), GOFLAGS: '-mod=mod', GOPROXY: 'off' };
    const { report, probe } = await examineCell(cell, jobDir, env);
    expect(probe).toBeUndefined();
    expect(report.cell).toBe('[cgo true; libc musl]');
    expect(report.checks).toEqual([
      {
        id: 'checks',
        title: 'Matrix checks',
        status: 'fail',
        expected: 'the checks run',
        found: 'stopped by an unexpected error: injected fault',
        fix: 'on-mismatch: warn lets the job go on; please report this error',
      },
    ]);
    expect(Object.values(report.outputs).every((v) => v === '')).toBe(true);
    // The build was started, then stopped before it could link the binary.
    expect(fs.existsSync(path.join(jobDir, 'cgo-probe', 'main.go'))).toBe(true);
    expect(fs.existsSync(path.join(jobDir, 'cgo-probe', 'probe'))).toBe(false);
  });
});
