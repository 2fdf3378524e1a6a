import { describe, expect, it } from '@jest/globals';
import { planJanitor, type FoundFolder } from '../../src/cleanup/janitor-plan.js';
import { renderJanitor } from '../../src/summary/render-janitor.js';

const folder = (name: string, changes: Partial<FoundFolder>): FoundFolder => ({ name, path: `/r/${name}`, isFolder: true, dev: 1, ino: 2, ...changes });

describe('planJanitor', () => {
  it('removes only folders whose marker names a job that is over', () => {
    const plan = planJanitor([
      folder('go-ci-guard-over', { marker: { token: 't1' }, verdict: { verdict: 'over', reason: 'gone' } }),
      folder('go-ci-guard-live', { marker: { token: 't2' }, verdict: { verdict: 'running', reason: 'running' } }),
      folder('go-ci-guard-elsewhere', { marker: { token: 't3' }, verdict: { verdict: 'unknown', reason: 'another host' } }),
      folder('go-ci-guard-nomarker', {}),
      folder('go-ci-guard-file', { isFolder: false, marker: { token: 't4' }, verdict: { verdict: 'over', reason: 'gone' } }),
      folder('go-ci-guard-unjudged', { marker: { token: 't5' } }),
    ]);
    expect(plan.reap).toEqual([{ name: 'go-ci-guard-over', path: '/r/go-ci-guard-over', token: 't1', dev: 1, ino: 2, reason: 'gone' }]);
    expect(plan.leave.map((l) => [l.name, l.running])).toEqual([
      ['go-ci-guard-live', true],
      ['go-ci-guard-elsewhere', false],
      ['go-ci-guard-nomarker', false],
      ['go-ci-guard-unjudged', false],
    ]);
  });
});

describe('renderJanitor', () => {
  const base = { root: '/r', reaped: [], running: 0, unjudged: 0, ms: 5 };
  it('renders nothing when nothing was done', () => {
    expect(renderJanitor(base)).toBeUndefined();
  });
  it('shows what was reclaimed, from which folders and why', () => {
    const text = renderJanitor({
      ...base,
      running: 1,
      reaped: [
        {
          name: 'go-ci-guard-1-1-build-x',
          reason: "its job's process 7 is gone",
          status: 'removed',
          bytes: 3 * 1024 ** 3,
          files: 12,
          problems: [],
          samplerStopped: true,
        },
      ],
      aged: { maxAgeDays: 30, removed: [{ path: '/home/r/.cache/wasmtime', bytes: 1024 ** 3, idleDays: 41, complete: true }], problems: [] },
    })!;
    expect(text).toContain('reclaimed **3.00 GiB** from 1 job folder(s) whose jobs are over, stopped 1 sampler(s)');
    expect(text).toContain('1 folder(s) of jobs still running left alone');
    expect(text).toContain("| `go-ci-guard-1-1-build-x` | its job's process 7 is gone | 12 | 3.00 GiB | ✅ removed |");
    expect(text).toContain('| Folder | Why | Files | Freed on disk | Status |');
    expect(text).toContain('`/home/r/.cache/wasmtime`: 1.00 GiB on disk, unused for 41 days');
  });
});

describe('planJanitor: claimed folders', () => {
  const claimed = (verdict?: 'over' | 'running' | 'unknown') =>
    folder('.go-ci-guard-reap-x', {
      marker: { token: 't' },
      verdict: { verdict: 'over', reason: 'gone' },
      claim: { file: '/r/.go-ci-guard-reap-x.claim', verdict: verdict && { verdict, reason: verdict } },
    });
  it('leaves a folder whose claiming job runs, or whose claim it cannot judge or read', () => {
    for (const v of ['running', 'unknown', undefined] as const) {
      const plan = planJanitor([claimed(v)]);
      expect(plan.reap).toEqual([]);
      expect(plan.leave[0].reason).toMatch(/^another job's start is removing it/);
    }
  });
  it('takes over a claim whose job is over, and removes the stale claim with the folder', () => {
    expect(planJanitor([claimed('over')]).reap).toEqual([
      expect.objectContaining({
        name: '.go-ci-guard-reap-x',
        staleClaim: '/r/.go-ci-guard-reap-x.claim',
        reason: 'the job that began removing it is over too (over)',
      }),
    ]);
  });
});
