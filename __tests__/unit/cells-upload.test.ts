// The cell report's artifact name: unique per cell, job and step of a run, stable for the same one.
import { describe, expect, it } from '@jest/globals';
import { artifactNameFor, backendJobId } from '../../src/cells/upload-post.js';

const jwt = (payload: object) => ['e30', Buffer.from(JSON.stringify(payload)).toString('base64url'), 'sig'].join('.');
const env = (changes: Record<string, string> = {}) => ({
  GITHUB_JOB: 'test',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  GITHUB_ACTION: 'guard',
  ACTIONS_RUNTIME_TOKEN: jwt({ scp: 'Actions.GenericRead:00000000 Actions.Results:run-1:job-1' }),
  ...changes,
});

describe('artifactNameFor', () => {
  it('names the attempt and the job, and is the same for the same cell', () => {
    const name = artifactNameFor(env(), '{"libc":"musl"}');
    expect(name).toMatch(/^go-ci-guard-cell-2-test-[0-9a-f]{12}$/);
    expect(artifactNameFor(env(), '{"libc":"musl"}')).toBe(name);
  });

  it('differs between cells, jobs of reusable workflows (same name and matrix), steps and runners', () => {
    const base = artifactNameFor(env(), '{"libc":"musl"}');
    const others = [
      artifactNameFor(env(), '{"libc":"glibc"}'),
      artifactNameFor(env({ ACTIONS_RUNTIME_TOKEN: jwt({ scp: 'Actions.Results:run-1:job-2' }) }), '{"libc":"musl"}'),
      artifactNameFor(env({ GITHUB_ACTION: 'guard2' }), '{"libc":"musl"}'),
      artifactNameFor(env({ RUNNER_ARCH: 'ARM64' }), '{"libc":"musl"}'),
    ];
    expect(new Set([base, ...others]).size).toBe(5);
  });

  it('keeps a job name to the characters the artifact service accepts', () => {
    expect(artifactNameFor(env({ GITHUB_JOB: 'a:b/c"d' }), '')).toMatch(/^go-ci-guard-cell-2-a_b_c_d-[0-9a-f]{12}$/);
  });

  it("reads the job's id from its token's scope, and nothing from a token that is no JWT", () => {
    expect(backendJobId(jwt({ scp: 'Actions.GenericRead:x Actions.Results:run-7:job-9' }))).toBe('job-9');
    expect(backendJobId('opaque')).toBe('');
    expect(backendJobId(undefined)).toBe('');
  });
});
