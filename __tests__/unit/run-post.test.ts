// post's run() with a stand-in @actions/core: each way it can go, from no state to a fault inside
// cleanup. The cleanup itself is real, on temp folders; nothing else is mocked.
import { afterAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../fixtures/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/run-post.js');
const { createJobDir } = await import('../../src/lib/job-dir.js');
const { platformRules } = await import('../../src/lib/platform.js');
const { STATE_KEY } = await import('../../src/constants.js');
const { STATE_VERSION, encodeState } = await import('../../src/state.js');
type GuardState = import('../../src/state.js').GuardState;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-run-post-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
// No worker script: the trees here are small and removed inline. The matchers are the shipped ones.
const paths = {
  sampler: new URL('file:///nonexistent/sampler.js'),
  removeWorker: new URL('file:///nonexistent/remove-worker.js'),
  cacheClient: new URL('file:///nonexistent/cache.js'),
  artifactClient: new URL('file:///nonexistent/artifact.js'),
  reap: new URL('file:///nonexistent/reap.js'),
  matchers: path.join(repoRoot, 'matchers', 'go-ci-guard.json'),
};

let n = 0;
/** A real job folder with a tmp/ folder holding a file, and the state main would have saved for it. */
async function jobWithState(changes: Partial<GuardState> = {}): Promise<GuardState> {
  const root = fs.mkdtempSync(path.join(base, `root-${n++}-`));
  const created = await createJobDir(root, {}, platformRules());
  fs.mkdirSync(path.join(created.jobDir, 'tmp'));
  fs.writeFileSync(path.join(created.jobDir, 'tmp', 'file'), 'x'.repeat(1000));
  const state: GuardState = {
    version: STATE_VERSION,
    ...created,
    home: path.join(base, 'home'),
    workspace: path.join(base, 'workspace'),
    folders: [{ folder: 'tmp', variables: ['TMPDIR'] }],
    previous: { TMPDIR: '/tmp' },
    failOnCleanupError: false,
    startedAt: Date.now(),
    matcherOwners: ['go-ci-guard-cgo'],
    ...changes,
  };
  core.state[STATE_KEY] = encodeState(state);
  return state;
}

const warnings = () => core.warning.mock.calls.map(([message]) => String(message));

beforeEach(() => core.resetCore());

describe('post run()', () => {
  it('removes the job folder, restores the variables and writes the summary', async () => {
    const state = await jobWithState();
    await run({ paths });
    expect(fs.existsSync(state.jobDir)).toBe(false);
    expect(core.exportVariable).toHaveBeenCalledWith('TMPDIR', '/tmp');
    expect(core.info).toHaveBeenCalledWith('::remove-matcher owner=go-ci-guard-cgo::');
    expect(core.summary.text).toContain('✅ Job folder removed');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    expect(warnings()).toEqual([]);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it("lists the checks' folders (cgo probe, library tests) only where main's checks made them", async () => {
    await jobWithState();
    await run({ paths });
    expect(core.summary.text).toContain('| `tmp` | 1 |');
    expect(core.summary.text).not.toContain('cgo-probe');
    expect(core.summary.text).not.toContain('cc-tests');
    core.resetCore();
    const state = await jobWithState();
    fs.mkdirSync(path.join(state.jobDir, 'cc-tests'));
    fs.writeFileSync(path.join(state.jobDir, 'cc-tests', 't.c'), 'int x;');
    await run({ paths });
    expect(core.summary.text).toMatch(/\| `cc-tests` \| 1 \| [\d.]+ (B|KiB) \| [\d.]+ m?s \| ✅ removed \|/);
    expect(core.summary.text).not.toContain('cgo-probe');
    expect(fs.existsSync(state.jobDir)).toBe(false);
  });

  it('with no state: nothing to clean up, every shipped matcher removed, never failed', async () => {
    core.inputs['fail-on-cleanup-error'] = 'true';
    await run({ paths });
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining('Nothing to clean up'));
    // The owners come from the matcher file named in `paths`.
    expect(core.info).toHaveBeenCalledWith(expect.stringMatching(/^::remove-matcher owner=go-ci-guard/));
    expect(core.summary.text).toContain('Nothing to clean up');
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it.each([
    ['damaged (not JSON)', '{not json', 'saved state is not valid JSON'],
    ['corrupt (wrong shape)', JSON.stringify({ version: 1, jobDir: 7 }), 'saved state lacks jobDir'],
  ])('with %s state: refuses, deletes nothing, fails only when the input asks', async (_name, raw, reason) => {
    for (const failOn of ['false', 'true']) {
      core.resetCore();
      core.state[STATE_KEY] = raw;
      core.inputs['fail-on-cleanup-error'] = failOn;
      await run({ paths });
      expect(warnings()).toEqual([`Cleanup skipped, nothing was deleted: ${reason}.`]);
      expect(core.summary.text).toContain('⛔ Cleanup refused');
      if (failOn === 'true') expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('fail-on-cleanup-error is true'));
      else expect(core.setFailed).not.toHaveBeenCalled();
    }
  });

  it.each([true, false])("a refused cleanup (another job's marker) fails the job only with fail-on-cleanup-error (%s)", async (failOnCleanupError) => {
    const state = await jobWithState({ failOnCleanupError, token: 'not-the-marker-token' });
    await run({ paths });
    expect(fs.existsSync(path.join(state.jobDir, 'tmp', 'file'))).toBe(true);
    expect(warnings()).toEqual([expect.stringContaining("carries another job's marker")]);
    if (failOnCleanupError) expect(core.setFailed).toHaveBeenCalledTimes(1);
    else expect(core.setFailed).not.toHaveBeenCalled();
  });

  it.each(['false', 'true'])('an unexpected fault inside cleanup is a warning; it fails the job only when fail-on-cleanup-error is %s', async (failOn) => {
    await jobWithState();
    core.inputs['fail-on-cleanup-error'] = failOn;
    core.exportVariable.mockImplementation(() => {
      throw new Error('injected fault');
    });
    await run({ paths });
    expect(warnings()).toEqual(['Cleanup stopped by an unexpected error: injected fault']);
    expect(core.summary.text).toContain('cleanup stopped by an unexpected error: injected fault');
    if (failOn === 'true') expect(core.setFailed).toHaveBeenCalledTimes(1);
    else expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('a cache bundle that cannot load costs the save, not the cleanup: a warning, the folder removed, the job green', async () => {
    const cache = {
      save: 'on-change' as const,
      folders: [{ path: 'gocache' as const, folder: 'go-build' }],
      keys: { key: 'k', saveKey: 'k-1-1', restoreKeys: ['k-'] },
      restore: { status: 'miss' as const, startedAt: Date.now(), ms: 0, bytes: 0, goCacheEntries: 0, modCacheFiles: 0 },
    };
    const state = await jobWithState({ cache });
    await run({ paths });
    expect(warnings()).toEqual([expect.stringMatching(/^Cache not saved: .*Cannot find module/)]);
    expect(fs.existsSync(state.jobDir)).toBe(false);
    expect(core.summary.text).toMatch(/Not saved: .*Cannot find module/);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('an unwritable summary is a warning, not a failure', async () => {
    const state = await jobWithState({ failOnCleanupError: true });
    core.summary.write.mockRejectedValue(new Error('EACCES: step summary file'));
    await run({ paths });
    expect(fs.existsSync(state.jobDir)).toBe(false);
    expect(warnings()).toEqual(['Could not write the job summary: EACCES: step summary file']);
    expect(core.setFailed).not.toHaveBeenCalled();
  });
});
