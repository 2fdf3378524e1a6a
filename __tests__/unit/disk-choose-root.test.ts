import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeChoice, pickRoot, probeCandidates, rootCandidates, type CandidateFacts, type RootCandidate } from '../../src/disk/choose-root.js';
import { platformRules } from '../../src/lib/platform.js';
import { thrownBy } from './helpers.js';

const GiB = 1024 ** 3;
const TEMP = 'the runner temp folder (RUNNER_TEMP)';
const WORKSPACE = "the workspace's filesystem (next to GITHUB_WORKSPACE)";
const SCRATCH = 'the scratch volume /mnt';

describe('rootCandidates', () => {
  const env = { RUNNER_TEMP: '/home/runner/work/_temp', GITHUB_WORKSPACE: '/home/runner/work/repo/repo' };

  it('on Linux: RUNNER_TEMP, the folder above the workspace, and /mnt as a mount point only', () => {
    expect(rootCandidates(env, platformRules('linux'))).toEqual([
      { path: '/home/runner/work/_temp', source: TEMP },
      { path: '/home/runner/work/repo', source: WORKSPACE },
      { path: '/mnt', source: SCRATCH, mustBeMountPoint: true },
    ]);
  });

  it('on macOS: no /mnt', () => {
    const paths = rootCandidates({ RUNNER_TEMP: '/Users/runner/work/_temp', GITHUB_WORKSPACE: '/Users/runner/work/r/r' }, platformRules('darwin'));
    expect(paths).toEqual([
      { path: '/Users/runner/work/_temp', source: TEMP },
      { path: '/Users/runner/work/r', source: WORKSPACE },
    ]);
  });

  it('on Windows: no /mnt, and Windows dirname for the workspace', () => {
    const paths = rootCandidates({ RUNNER_TEMP: 'D:\\a\\_temp', GITHUB_WORKSPACE: 'D:\\a\\repo\\repo' }, platformRules('win32'));
    expect(paths.map((c) => c.path)).toEqual(['D:\\a\\_temp', 'D:\\a\\repo']);
    expect(paths.some((c) => c.mustBeMountPoint)).toBe(false);
  });

  it('leaves out candidates whose variable is missing or empty', () => {
    expect(rootCandidates({}, platformRules('linux'))).toEqual([{ path: '/mnt', source: SCRATCH, mustBeMountPoint: true }]);
    expect(rootCandidates({ RUNNER_TEMP: '', GITHUB_WORKSPACE: '/w/r/r' }, platformRules('darwin'))).toEqual([{ path: '/w/r', source: WORKSPACE }]);
    expect(rootCandidates({}, platformRules('win32'))).toEqual([]);
  });
});

const cand = (p: string, source = `source of ${p}`): RootCandidate => ({ path: p, source });
const usable = (p: string, dev: number, free: number): CandidateFacts => ({ candidate: cand(p), dev, free });

describe('pickRoot', () => {
  it('picks the candidate with the most free space and names the others in the reason', () => {
    const choice = pickRoot([usable('/tmp/a', 1, 10 * GiB), usable('/srv', 2, 50 * GiB), usable('/mnt', 3, 20 * GiB)]);
    expect(choice.path).toBe('/srv');
    expect(choice.reason).toBe('most free space: 50.0 GiB on source of /srv vs 10.0 GiB at /tmp/a, 20.0 GiB at /mnt');
    expect(choice.considered).toEqual([
      { path: '/tmp/a', source: 'source of /tmp/a', free: 10 * GiB, skipped: undefined },
      { path: '/srv', source: 'source of /srv', free: 50 * GiB, skipped: undefined },
      { path: '/mnt', source: 'source of /mnt', free: 20 * GiB, skipped: undefined },
    ]);
  });

  it('keeps the first candidate on a tie', () => {
    expect(pickRoot([usable('/first', 1, GiB), usable('/second', 2, GiB)]).path).toBe('/first');
  });

  it('counts candidates on one filesystem once, under the first', () => {
    const choice = pickRoot([usable('/runner/_temp', 7, 30 * GiB), usable('/runner/work', 7, 30 * GiB), usable('/mnt', 9, 10 * GiB)]);
    expect(choice.path).toBe('/runner/_temp');
    expect(choice.reason).toBe('most free space: 30.0 GiB on source of /runner/_temp vs 10.0 GiB at /mnt (candidates on one filesystem counted once)');
    expect(choice.reason).not.toContain('/runner/work');
    expect(choice.considered).toHaveLength(3);
  });

  it('says when the winner was the only usable candidate, and lists skipped ones as considered', () => {
    const choice = pickRoot([{ candidate: cand('/mnt'), unusable: 'not a volume of its own' }, usable('/t', 1, 5 * GiB)]);
    expect(choice.path).toBe('/t');
    expect(choice.reason).toBe('most free space: 5.00 GiB on source of /t, the only usable candidate');
    expect(choice.considered[0]).toEqual({ path: '/mnt', source: 'source of /mnt', free: undefined, skipped: 'not a volume of its own' });
  });

  it('ignores a candidate without a free-space figure', () => {
    expect(pickRoot([{ candidate: cand('/x'), dev: 1 }, usable('/y', 2, 1)]).path).toBe('/y');
  });

  it("throws naming 'root' and every candidate when none is usable", () => {
    const err = thrownBy(() =>
      pickRoot([
        { candidate: cand('/a'), unusable: 'not writable (EACCES)' },
        { candidate: cand('/mnt'), unusable: 'not a volume of its own' },
        { candidate: cand('/b'), dev: 3 },
      ]),
    );
    expect((err as Error).message).toBe(
      "Input 'root' is auto but no candidate folder can hold the job folder; set 'root' to an absolute folder the job can write to. Candidates: /a: not writable (EACCES); /mnt: not a volume of its own; /b: not measured.",
    );
  });

  it("throws naming 'root' for no candidates at all", () => {
    expect(() => pickRoot([])).toThrow(/^Input 'root' is auto but no candidate folder/);
  });

  it('describeChoice puts the path and reason in one sentence', () => {
    expect(describeChoice({ path: '/srv', reason: 'most free space: 1 B on x', considered: [] })).toBe(
      'Job folder root /srv (root: auto): most free space: 1 B on x.',
    );
  });
});

describe('probeCandidates (real folders)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-choose-root-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('measures a writable folder: its device and free space', async () => {
    const [facts] = await probeCandidates([cand(dir)]);
    expect(facts.unusable).toBeUndefined();
    expect(facts.dev).toBe(fs.statSync(dir).dev);
    const s = fs.statfsSync(dir);
    expect(facts.free).toBeGreaterThan(0);
    expect(Math.abs((facts.free as number) - s.bavail * s.bsize)).toBeLessThan(512 * 1024 * 1024);
  });

  it('creates a missing ordinary candidate (the runner temp folder may not exist yet)', async () => {
    const missing = path.join(dir, 'not-yet', 'temp');
    const [facts] = await probeCandidates([cand(missing)]);
    expect(facts.unusable).toBeUndefined();
    expect(fs.statSync(missing).isDirectory()).toBe(true);
  });

  it("a missing mount-point candidate is 'unavailable (ENOENT)' and is not created", async () => {
    const missing = path.join(dir, 'no-such-volume');
    const [facts] = await probeCandidates([{ ...cand(missing), mustBeMountPoint: true }]);
    expect(facts).toEqual({ candidate: { ...cand(missing), mustBeMountPoint: true }, unusable: 'unavailable (ENOENT)' });
    expect(fs.existsSync(missing)).toBe(false);
  });

  it("a file given as a mount-point candidate is 'not a folder'", async () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x');
    const [facts] = await probeCandidates([{ ...cand(file), mustBeMountPoint: true }]);
    expect(facts.unusable).toBe('not a folder');
  });

  // BUG: mkdir({ recursive: true }) on an existing file throws EEXIST before the isDirectory check runs.
  it("a file given as an ordinary candidate is 'not a folder'", async () => {
    const file = path.join(dir, 'another-file');
    fs.writeFileSync(file, 'x');
    const [facts] = await probeCandidates([cand(file)]);
    expect(facts.unusable).toBe('not a folder');
  });

  it("a mount-point candidate on the root filesystem is 'not a volume of its own'", async () => {
    const onRoot = fs.statSync(dir).dev === fs.statSync('/').dev;
    const [facts] = await probeCandidates([{ ...cand(dir), mustBeMountPoint: true }]);
    if (onRoot) expect(facts.unusable).toBe('not a volume of its own');
    else expect(facts.unusable).toBeUndefined();
  });

  it('keeps the order of the candidates, and pickRoot chooses among what was probed', async () => {
    const facts = await probeCandidates([{ ...cand(path.join(dir, 'gone')), mustBeMountPoint: true }, cand(dir)]);
    expect(facts.map((f) => f.candidate.path)).toEqual([path.join(dir, 'gone'), dir]);
    const choice = pickRoot(facts);
    expect(choice.path).toBe(dir);
    expect(choice.considered[0].skipped).toBe('unavailable (ENOENT)');
  });
});
