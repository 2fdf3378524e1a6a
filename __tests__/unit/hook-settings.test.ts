// The hooks' settings: GO_CI_GUARD_* variables over a YAML file over the hook's defaults over action.yml's.
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionInputDefaults } from '../../harness/local-runner.js';
import { readSettings } from '../../src/hooks/job-started.js';
import { ACTION_DEFAULTS, resolveSettings, retell, variableFor } from '../../src/hooks/settings.js';
import { checkStateDir, HookStateFile, jobKey, pruneStaleStates, stateDirFor } from '../../src/hooks/state-file.js';
import { readInputs } from '../../src/inputs.js';
import { hostFacts, parseProcStat } from '../../src/lib/job-owner.js';
import { platformRules } from '../../src/lib/platform.js';
import { encodeState, STATE_VERSION, type GuardState } from '../../src/state.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rules = platformRules('linux');

describe('resolveSettings', () => {
  it("knows action.yml's defaults", () => {
    expect(ACTION_DEFAULTS).toEqual(actionInputDefaults(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')));
  });

  it('defaults to no toolchain checks and no matchers, otherwise as the action', () => {
    const s = resolveSettings({});
    expect([s.read('validate'), s.read('problem-matcher'), s.read('sample-interval'), s.read('cgo')]).toEqual(['false', 'false', '5', 'auto']);
    expect(s.homeCacheMaxAgeDays).toBeUndefined();
  });

  it('takes a variable over the file, and the file over the default', () => {
    const s = resolveSettings(
      { GO_CI_GUARD_MIN_FREE: '2GB' },
      { path: '/etc/gcg.yml', content: { 'min-free': '1GB', 'sample-interval': 10, 'home-cache-max-age': '30d' } },
    );
    expect([s.read('min-free'), s.read('sample-interval')]).toEqual(['2GB', '10']);
    expect(s.homeCacheMaxAgeDays).toBe(30);
    expect(s.sourceOf('min-free')).toBe('GO_CI_GUARD_MIN_FREE');
    expect(s.sourceOf('sample-interval')).toBe("'sample-interval' in /etc/gcg.yml");
  });

  it('names the variable or file key of a bad value', () => {
    const s = resolveSettings({ GO_CI_GUARD_MIN_FREE: '12 parsecs' });
    let message = '';
    try {
      readInputs(s.read, rules);
    } catch (err) {
      message = (retell(err, s) as Error).message;
    }
    expect(message).toMatch(/^Setting GO_CI_GUARD_MIN_FREE has an invalid value "12 parsecs"/);
    expect(() => resolveSettings({ GO_CI_GUARD_HOME_CACHE_MAX_AGE: 'soon' })).toThrow(
      /GO_CI_GUARD_HOME_CACHE_MAX_AGE has an invalid value "soon": expected a number of days/,
    );
  });

  it('refuses unknown keys, nested values, a file that is not a mapping, and caching', () => {
    expect(() => resolveSettings({}, { path: 'f.yml', content: { 'min-fre': '1GB' } })).toThrow(/f.yml: unknown setting 'min-fre'; accepted: root, min-free/);
    expect(() => resolveSettings({}, { path: 'f.yml', content: { redirect: ['A'] } })).toThrow(/'redirect' must be a single value/);
    expect(() => resolveSettings({}, { path: 'f.yml', content: ['min-free'] })).toThrow(/not a YAML mapping/);
    expect(() => resolveSettings({ GO_CI_GUARD_CACHE: 'true' })).toThrow(/GO_CI_GUARD_CACHE is "true": the hooks do not cache/);
  });

  it('reads the YAML file GO_CI_GUARD_CONFIG names, and says so when it cannot', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-settings-'));
    const file = path.join(dir, 'guard.yml');
    fs.writeFileSync(file, '# fleet settings\nmin-free: 5%\nredirect: GOMODCACHE\n');
    expect(readSettings({ GO_CI_GUARD_CONFIG: file }).read('redirect')).toBe('GOMODCACHE');
    fs.writeFileSync(file, 'min-free: [\n');
    expect(() => readSettings({ GO_CI_GUARD_CONFIG: file })).toThrow(/GO_CI_GUARD_CONFIG names .*guard.yml, which cannot be read as YAML/);
    fs.rmSync(dir, { recursive: true });
  });

  it('spells variables from setting names', () => {
    expect(variableFor('fail-on-cleanup-error')).toBe('GO_CI_GUARD_FAIL_ON_CLEANUP_ERROR');
  });
});

describe('the hook state file', () => {
  const state = (changes: Partial<GuardState>): GuardState => ({
    version: STATE_VERSION,
    jobDir: '/r/go-ci-guard-1',
    root: '/r',
    token: 't',
    dev: 1,
    ino: 2,
    home: '/home/u',
    workspace: '/w',
    folders: [],
    previous: {},
    failOnCleanupError: false,
    startedAt: 1,
    matcherOwners: [],
    ...changes,
  });

  it('lives under XDG_STATE_HOME or ~/.local/state, named by the tracking id, else by the run and the job process', () => {
    expect(stateDirFor(undefined, { XDG_STATE_HOME: '/s' })).toBe('/s/go-ci-guard');
    expect(stateDirFor(undefined, {})).toBe(path.join(os.homedir(), '.local', 'state', 'go-ci-guard'));
    expect(stateDirFor('/x/y', {})).toBe('/x/y');
    const worker = { pid: 4242, start: '99', host: 'h', found: 'runner-worker' as const };
    expect(jobKey({ RUNNER_TRACKING_ID: 'github_a/b' }, worker)).toBe('github_a_b');
    // Matrix cells share run, attempt and job: the runner and the job's process tell them apart.
    const run = { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'build', RUNNER_NAME: 'r1' };
    expect(jobKey(run, worker)).toBe('7-1-build-r1-4242-99');
    expect(jobKey(run, { ...worker, pid: 4343 })).not.toBe(jobKey(run, worker));
    expect(String(jobKey(run, undefined))).toMatch(/RUNNER_TRACKING_ID is not set and the runner's job process/);
  });

  it('refuses a state folder others may write, or of another user', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-state-'));
    expect(checkStateDir(dir)).toBeUndefined();
    fs.chmodSync(dir, 0o777);
    expect(checkStateDir(dir)).toMatch(/may be written by others \(mode 777\)/);
    expect(() => new HookStateFile(dir, 'k').write('{}')).toThrow(/state folder is not safe to use/);
    fs.rmSync(dir, { recursive: true });
    expect(() => resolveSettings({ GO_CI_GUARD_STATE_DIR: 'rel/dir' })).toThrow(
      /GO_CI_GUARD_STATE_DIR has an invalid value "rel\/dir": expected an absolute folder path/,
    );
  });

  it('round-trips, refuses a link, and prunes only states of jobs that are over', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-state-'));
    const mine = new HookStateFile(dir, 'mine');
    expect(mine.read()).toEqual({ kind: 'missing' });
    mine.write(encodeState(state({})));
    expect(mine.read()).toMatchObject({ kind: 'ok', state: { jobDir: '/r/go-ci-guard-1' } });

    // This process stands for a live job; the same pid with another start time, for one that is over.
    const live = { ...(await hostFacts()), pid: process.pid, start: parseProcStat(fs.readFileSync('/proc/self/stat', 'utf8')).start, found: 'parent' as const };
    const dead = { ...live, start: '1' };
    new HookStateFile(dir, 'live').write(encodeState(state({ owner: live, root: '/live' })));
    new HookStateFile(dir, 'dead').write(encodeState(state({ owner: dead, root: '/dead' })));
    new HookStateFile(dir, 'nobody').write(encodeState(state({ root: '/nobody' })));
    // Files that are not the hooks' own stay, however old (the folder might be shared by mistake).
    const weekOld = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    for (const name of ['package.json', '.credentials', 'x.json.12.tmp']) {
      fs.writeFileSync(path.join(dir, name), '{}');
      fs.utimesSync(path.join(dir, name), weekOld, weekOld);
    }
    expect(await pruneStaleStates(dir, mine.file)).toEqual({ roots: ['/dead'], removed: 1 });
    expect(fs.readdirSync(dir).sort()).toEqual(['.credentials', 'live.json', 'mine.json', 'nobody.json', 'package.json']);

    fs.symlinkSync(mine.file, path.join(dir, 'link.json'));
    expect(new HookStateFile(dir, 'link').read()).toMatchObject({ kind: 'damaged' });
    fs.rmSync(dir, { recursive: true });
  });
});
