// main's run() with a stand-in @actions/core, on temp folders: a bad input fails before anything is
// made; a good run saves state through the store once per update and sets the outputs.
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../fixtures/core.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/run-main.js');
const { decodeState } = await import('../../src/state.js');
const { STATE_KEY } = await import('../../src/constants.js');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-run-main-'));
const savedEnv = { ...process.env };
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

// A stand-in sampler: main only starts it and saves its pid; it waits to be stopped.
const fakeSampler = path.join(base, 'fake-sampler.mjs');
fs.writeFileSync(fakeSampler, "process.on('SIGTERM', () => process.exit(0));\nsetTimeout(() => {}, 60_000);\n");
const paths = {
  sampler: new URL(`file://${fakeSampler}`),
  removeWorker: new URL('file:///nonexistent/remove-worker.js'),
  cacheClient: new URL('file:///nonexistent/cache.js'),
  artifactClient: new URL('file:///nonexistent/artifact.js'),
  reap: new URL('file:///nonexistent/reap.js'),
  matchers: path.join(repoRoot, 'matchers', 'go-ci-guard.json'),
};

let runnerTemp: string;
let n = 0;
beforeEach(() => {
  core.resetCore();
  runnerTemp = fs.mkdtempSync(path.join(base, `temp-${n++}-`));
  const home = fs.mkdtempSync(path.join(base, 'home-'));
  Object.assign(process.env, { RUNNER_TEMP: runnerTemp, HOME: home, GITHUB_WORKSPACE: home });
  // Quick and quiet: no toolchain checks (they need Go); the disk checks run for real.
  Object.assign(core.inputs, { validate: 'false', 'sample-interval': '0' });
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

const savedStates = () => core.saveState.mock.calls.map(([key, value]) => ({ key, decoded: decodeState(String(value)) }));

describe('main run()', () => {
  it('fails on a bad input, naming it, and leaves no job folder', async () => {
    core.inputs['min-free'] = '12 parsecs';
    await run({ paths });
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(String(core.setFailed.mock.calls[0][0])).toMatch(/^Input 'min-free' has an invalid value "12 parsecs"/);
    expect(fs.readdirSync(runnerTemp)).toEqual([]);
    expect(core.saveState).not.toHaveBeenCalled();
  });

  it('makes the job folder, saves state once per update and sets the outputs', async () => {
    core.inputs['sample-interval'] = '5';
    await run({ paths });
    expect(core.setFailed).not.toHaveBeenCalled();
    const [jobDir] = fs.readdirSync(runnerTemp).map((name) => path.join(runnerTemp, name));
    expect(path.basename(jobDir)).toMatch(/^go-ci-guard-local-/);
    expect(core.setOutput).toHaveBeenCalledWith('job-dir', jobDir);
    expect(core.setOutput).toHaveBeenCalledWith('report', `${jobDir}.report.json`);
    expect(core.setOutput).toHaveBeenCalledWith('gocache', path.join(jobDir, 'go-build'));

    // Created; redirected; sampler started; disk measured; matchers registered: five saves, each whole.
    const saves = savedStates();
    expect(saves.map((s) => s.key)).toEqual(Array(5).fill(STATE_KEY));
    const states = saves.map((s) => (s.decoded.kind === 'ok' ? s.decoded.state : undefined));
    expect(states.every((s) => s?.jobDir === jobDir)).toBe(true);
    expect(states[0]).toMatchObject({ previous: {}, matcherOwners: [] });
    expect(states[0]?.sampler).toBeUndefined();
    const last = states[4]!;
    expect(last.sampler?.pid).toBeGreaterThan(0);
    expect(last.disk?.reportPath).toBe(`${jobDir}.report.json`);
    expect(last.matcherOwners.length).toBeGreaterThan(0);
    expect(core.info).toHaveBeenCalledWith(`::add-matcher::${paths.matchers}`);
    process.kill(last.sampler!.pid, 'SIGTERM');
  });

  it('saves no sampler when sample-interval is 0, nor matchers when problem-matcher is false', async () => {
    core.inputs['problem-matcher'] = 'false';
    await run({ paths });
    expect(core.setFailed).not.toHaveBeenCalled();
    const saves = savedStates();
    expect(saves).toHaveLength(3);
    const last = saves[2].decoded;
    expect(last.kind === 'ok' && last.state).toMatchObject({ matcherOwners: [] });
    expect(last.kind === 'ok' && last.state.sampler).toBeUndefined();
  });
});
