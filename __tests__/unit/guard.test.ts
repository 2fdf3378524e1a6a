// Only the pure checks of guard.ts: protectedPaths and refusalReasons (ownershipProblems reads the disk).
import { describe, expect, it } from '@jest/globals';
import { protectedPaths, refusalReasons } from '../../src/cleanup/guard.js';
import { platformRules, type PlatformRules } from '../../src/lib/platform.js';
import type { GuardState } from '../../src/state.js';

const linux = platformRules('linux');
const darwin = platformRules('darwin');
const win32 = platformRules('win32');

const ROOT = '/runner/_temp';
const JOB = `${ROOT}/go-ci-guard-1-1-build-abc123`;
const HOME = '/home/runner';
const WORKSPACE = '/home/runner/work/repo/repo';

function state(changes: Partial<GuardState> = {}): GuardState {
  return {
    version: 1,
    jobDir: JOB,
    root: ROOT,
    token: 'token',
    dev: 1,
    ino: 2,
    home: HOME,
    workspace: WORKSPACE,
    folders: [{ folder: 'tmp', variables: ['TMPDIR'] }],
    previous: {},
    failOnCleanupError: false,
    startedAt: 0,
    matcherOwners: [],
    ...changes,
  };
}

const runnerEnv = { HOME, GITHUB_WORKSPACE: WORKSPACE, RUNNER_TEMP: ROOT };

/** refusalReasons with the protected paths post would compute itself. */
function reasons(s: GuardState, env: NodeJS.ProcessEnv = runnerEnv, rules: PlatformRules = linux): string[] {
  return refusalReasons(s, protectedPaths(s, env, rules), rules);
}

describe('protectedPaths', () => {
  it('lists saved HOME, workspace and root, then HOME, GITHUB_WORKSPACE and RUNNER_TEMP as post sees them', () => {
    const env = { HOME: '/home/other', GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/rt', PATH: '/usr/bin' };
    expect(protectedPaths(state(), env, linux)).toEqual([
      { label: 'HOME (when main ran)', path: HOME },
      { label: 'the workspace (when main ran)', path: WORKSPACE },
      { label: 'the root', path: ROOT },
      { label: 'HOME (now)', path: '/home/other' },
      { label: 'GITHUB_WORKSPACE (now)', path: '/w' },
      { label: 'RUNNER_TEMP (now)', path: '/rt' },
    ]);
  });

  it('leaves out unset, empty and relative paths', () => {
    const env = { HOME: 'relative/home', GITHUB_WORKSPACE: '' };
    expect(protectedPaths(state({ workspace: '' }), env, linux)).toEqual([
      { label: 'HOME (when main ran)', path: HOME },
      { label: 'the root', path: ROOT },
    ]);
  });

  it('on Windows consults USERPROFILE then HOME, and drops POSIX-style relative values', () => {
    const s = state({ home: 'C:\\Users\\runneradmin', workspace: 'D:\\a\\repo\\repo', root: 'D:\\a\\_temp', jobDir: 'D:\\a\\_temp\\go-ci-guard-x' });
    const env = { USERPROFILE: 'C:\\Users\\runneradmin', HOME: 'C:\\Users\\other', GITHUB_WORKSPACE: 'repo', RUNNER_TEMP: 'D:\\a\\_temp' };
    expect(protectedPaths(s, env, win32)).toEqual([
      { label: 'HOME (when main ran)', path: 'C:\\Users\\runneradmin' },
      { label: 'the workspace (when main ran)', path: 'D:\\a\\repo\\repo' },
      { label: 'the root', path: 'D:\\a\\_temp' },
      { label: 'USERPROFILE (now)', path: 'C:\\Users\\runneradmin' },
      { label: 'HOME (now)', path: 'C:\\Users\\other' },
      { label: 'RUNNER_TEMP (now)', path: 'D:\\a\\_temp' },
    ]);
  });
});

describe('refusalReasons: a valid job folder', () => {
  it('gives no reasons', () => {
    expect(reasons(state())).toEqual([]);
  });

  it('gives no reasons with nothing to protect', () => {
    expect(refusalReasons(state(), [], linux)).toEqual([]);
  });

  it('gives no reasons when HOME is the root itself (a parent of the job folder)', () => {
    expect(reasons(state({ home: ROOT }))).toEqual([]);
  });

  it('gives no reasons when a protected path only shares a name prefix with the job folder', () => {
    expect(reasons(state({ home: `${JOB}-other`, workspace: `${JOB}x/repo` }))).toEqual([]);
  });

  it('accepts a trailing separator on the job folder and the root', () => {
    expect(reasons(state({ jobDir: `${JOB}/`, root: `${ROOT}/` }))).toEqual([]);
  });
});

describe('refusalReasons: where the job folder is', () => {
  it("refuses '/' as a filesystem root, with that reason only", () => {
    expect(reasons(state({ jobDir: '/', root: '/' }))).toEqual(['/ is a filesystem root']);
  });

  it("refuses '/' even when the root is elsewhere", () => {
    expect(reasons(state({ jobDir: '/' }))).toEqual(['/ is a filesystem root']);
  });

  it('refuses the root itself', () => {
    expect(reasons(state({ jobDir: ROOT }), {})).toEqual([
      `${ROOT} is not inside the root ${ROOT}`,
      `${ROOT} is not named like a job folder (go-ci-guard-…)`,
      `${ROOT} is or contains the root: ${ROOT}`,
    ]);
  });

  it('refuses the root spelled with a trailing separator', () => {
    expect(reasons(state({ jobDir: `${ROOT}/` }), {})).toContain(`${ROOT}/ is not inside the root ${ROOT}`);
  });

  it('refuses a folder outside the root', () => {
    expect(reasons(state({ jobDir: '/elsewhere/go-ci-guard-1-1-build-abc123' }))).toEqual([
      `/elsewhere/go-ci-guard-1-1-build-abc123 is not inside the root ${ROOT}`,
    ]);
  });

  it('refuses a sibling of the root that shares its name as a prefix', () => {
    expect(reasons(state({ jobDir: `${ROOT}2/go-ci-guard-x` }))).toEqual([`${ROOT}2/go-ci-guard-x is not inside the root ${ROOT}`]);
  });

  it('refuses a folder that climbs out of the root with ..', () => {
    expect(reasons(state({ jobDir: `${ROOT}/../go-ci-guard-x` }))).toEqual([`${ROOT}/../go-ci-guard-x is not inside the root ${ROOT}`]);
  });

  it('refuses a folder nested deeper than directly inside the root', () => {
    const jobDir = `${ROOT}/sub/go-ci-guard-1-1-build-abc123`;
    expect(reasons(state({ jobDir }))).toEqual([`${jobDir} is not directly inside the root ${ROOT}`]);
  });

  it('refuses a folder not named go-ci-guard-…', () => {
    const jobDir = `${ROOT}/other-1-1-build-abc123`;
    expect(reasons(state({ jobDir }))).toEqual([`${jobDir} is not named like a job folder (go-ci-guard-…)`]);
  });

  it('compares the name prefix case-sensitively', () => {
    const jobDir = `${ROOT}/GO-CI-GUARD-1`;
    expect(reasons(state({ jobDir }))).toEqual([`${jobDir} is not named like a job folder (go-ci-guard-…)`]);
  });

  it('refuses a folder whose last segment is . even though it resolves to a job folder', () => {
    const jobDir = `${JOB}/.`;
    expect(reasons(state({ jobDir }))).toEqual([`${jobDir} is not named like a job folder (go-ci-guard-…)`]);
  });

  it('refuses a relative job folder, with that reason only', () => {
    expect(reasons(state({ jobDir: 'go-ci-guard-1' }))).toEqual([`job folder go-ci-guard-1 or root ${ROOT} is not an absolute path`]);
  });

  it('refuses a relative root', () => {
    expect(reasons(state({ root: 'runner/_temp' }))).toEqual([`job folder ${JOB} or root runner/_temp is not an absolute path`]);
  });

  it('refuses an empty job folder', () => {
    expect(reasons(state({ jobDir: '' }))).toEqual([`job folder  or root ${ROOT} is not an absolute path`]);
  });
});

describe('refusalReasons: protected folders', () => {
  it('refuses when the job folder is HOME as main saw it', () => {
    expect(reasons(state({ home: JOB }))).toEqual([`${JOB} is or contains HOME (when main ran): ${JOB}`]);
  });

  it('refuses when the job folder contains HOME as main saw it', () => {
    expect(reasons(state({ home: `${JOB}/home` }))).toEqual([`${JOB} is or contains HOME (when main ran): ${JOB}/home`]);
  });

  it('refuses when the job folder is the workspace as main saw it', () => {
    expect(reasons(state({ workspace: JOB }))).toEqual([`${JOB} is or contains the workspace (when main ran): ${JOB}`]);
  });

  it('refuses when the job folder contains the workspace as main saw it', () => {
    const workspace = `${JOB}/go-build/repo`;
    expect(reasons(state({ workspace }))).toEqual([`${JOB} is or contains the workspace (when main ran): ${workspace}`]);
  });

  it('refuses when HOME now is the job folder (a step exported HOME)', () => {
    expect(reasons(state(), { ...runnerEnv, HOME: JOB })).toEqual([`${JOB} is or contains HOME (now): ${JOB}`]);
  });

  it('refuses when HOME now is inside the job folder', () => {
    const home = `${JOB}/cache/home`;
    expect(reasons(state(), { ...runnerEnv, HOME: home })).toEqual([`${JOB} is or contains HOME (now): ${home}`]);
  });

  it('refuses when GITHUB_WORKSPACE now is the job folder', () => {
    expect(reasons(state(), { ...runnerEnv, GITHUB_WORKSPACE: `${JOB}/` })).toEqual([`${JOB} is or contains GITHUB_WORKSPACE (now): ${JOB}/`]);
  });

  it('refuses when GITHUB_WORKSPACE now is inside the job folder', () => {
    const ws = `${JOB}/src`;
    expect(reasons(state(), { ...runnerEnv, GITHUB_WORKSPACE: ws })).toEqual([`${JOB} is or contains GITHUB_WORKSPACE (now): ${ws}`]);
  });

  it('lists every protected folder it would destroy', () => {
    const s = state({ home: `${JOB}/h`, workspace: `${JOB}/w` });
    expect(reasons(s, { HOME: `${JOB}/h2` })).toEqual([
      `${JOB} is or contains HOME (when main ran): ${JOB}/h`,
      `${JOB} is or contains the workspace (when main ran): ${JOB}/w`,
      `${JOB} is or contains HOME (now): ${JOB}/h2`,
    ]);
  });

  it('on Linux a differently-cased path is a different folder', () => {
    expect(reasons(state({ home: `${ROOT}/GO-CI-GUARD-1-1-BUILD-ABC123/h` }))).toEqual([]);
  });

  it('on macOS a differently-cased path is the same folder', () => {
    const home = '/RUNNER/_Temp/GO-CI-GUARD-1-1-build-ABC123/h';
    expect(reasons(state({ home }), { HOME: HOME }, darwin)).toEqual([`${JOB} is or contains HOME (when main ran): ${home}`]);
  });
});

describe('refusalReasons on Windows', () => {
  const winState = (changes: Partial<GuardState> = {}) =>
    state({ jobDir: 'C:\\T\\go-ci-guard-x', root: 'C:\\T', home: 'C:\\Users\\runneradmin', workspace: 'D:\\a\\repo\\repo', ...changes });
  const winEnv = { USERPROFILE: 'C:\\Users\\runneradmin', GITHUB_WORKSPACE: 'D:\\a\\repo\\repo', RUNNER_TEMP: 'C:\\T' };

  it('accepts a valid job folder, the root spelled in another case', () => {
    expect(reasons(winState({ root: 'c:\\t\\' }), winEnv, win32)).toEqual([]);
  });

  it('refuses when HOME is inside the job folder spelled in another case', () => {
    expect(reasons(winState({ home: 'c:\\t\\GO-CI-GUARD-X\\h' }), winEnv, win32)).toEqual([
      'C:\\T\\go-ci-guard-x is or contains HOME (when main ran): c:\\t\\GO-CI-GUARD-X\\h',
    ]);
  });

  it('refuses when USERPROFILE now is the job folder with forward slashes', () => {
    expect(reasons(winState(), { ...winEnv, USERPROFILE: 'c:/T/Go-Ci-Guard-X' }, win32)).toEqual([
      'C:\\T\\go-ci-guard-x is or contains USERPROFILE (now): c:/T/Go-Ci-Guard-X',
    ]);
  });

  it('refuses a drive root', () => {
    expect(reasons(winState({ jobDir: 'C:\\' }), winEnv, win32)).toEqual(['C:\\ is a filesystem root']);
  });

  it('refuses a job folder on another drive', () => {
    expect(reasons(winState({ jobDir: 'D:\\T\\go-ci-guard-x' }), winEnv, win32)).toEqual(['D:\\T\\go-ci-guard-x is not inside the root C:\\T']);
  });

  it('refuses a job folder nested deeper than directly inside the root', () => {
    expect(reasons(winState({ jobDir: 'C:\\T\\sub\\go-ci-guard-x' }), winEnv, win32)).toEqual([
      'C:\\T\\sub\\go-ci-guard-x is not directly inside the root C:\\T',
    ]);
  });

  it('refuses a drive-relative job folder', () => {
    expect(reasons(winState({ jobDir: 'C:go-ci-guard-x' }), winEnv, win32)).toEqual(['job folder C:go-ci-guard-x or root C:\\T is not an absolute path']);
  });
});

describe('refusalReasons: a protected folder whose name starts with two dots', () => {
  it('refuses when HOME is a child named ..home of the job folder', () => {
    expect(reasons(state({ home: `${JOB}/..home` }))).toEqual([`${JOB} is or contains HOME (when main ran): ${JOB}/..home`]);
  });
});
