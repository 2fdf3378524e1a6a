// Which process owns a job, and when its job is over: the janitor removes folders on this verdict alone.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import {
  findJobOwner,
  judgeOwner,
  judgeOwnerNow,
  parseProcStat,
  pickOwner,
  processFacts,
  sameOwner,
  isJobOwner,
  type JobOwner,
} from '../../src/lib/job-owner.js';

const here = { host: 'h1', boot: 'b1', pidNs: 'pid:[1]' };
const owner: JobOwner = { pid: 4242, start: '1000', boot: 'b1', pidNs: 'pid:[1]', host: 'h1', found: 'runner-worker' };

describe('judgeOwner', () => {
  it('is running while the same process (same start time) lives', () => {
    expect(judgeOwner(owner, here, { ppid: 1, name: 'Runner.Worker', start: '1000' }).verdict).toBe('running');
  });
  it('is over when the process is gone', () => {
    expect(judgeOwner(owner, here, undefined)).toEqual({ verdict: 'over', reason: "its job's process 4242 is gone" });
  });
  it('is over when the pid now belongs to a process that started later', () => {
    expect(judgeOwner(owner, here, { ppid: 1, name: 'bash', start: '9999' }).verdict).toBe('over');
  });
  it('is over after a reboot, whatever runs under that pid now', () => {
    expect(judgeOwner(owner, { ...here, boot: 'b2' }, { ppid: 1, name: 'Runner.Worker', start: '1000' }).verdict).toBe('over');
  });
  it('cannot judge a folder made on another host (a shared root) or in another pid namespace', () => {
    expect(judgeOwner(owner, { ...here, host: 'h2' }, undefined).verdict).toBe('unknown');
    expect(judgeOwner(owner, { ...here, pidNs: 'pid:[2]' }, undefined).verdict).toBe('unknown');
  });
  it('cannot judge a marker without an owner', () => {
    expect(judgeOwner(undefined, here, undefined).verdict).toBe('unknown');
  });
});

describe('pickOwner', () => {
  const chain = [
    { pid: 30, facts: { ppid: 20, name: 'bash' } },
    { pid: 20, facts: { ppid: 10, name: 'Runner.Worker' } },
    { pid: 10, facts: { ppid: 1, name: 'Runner.Listener' } },
  ];
  it('takes the nearest Runner.Worker', () => {
    expect(pickOwner(chain, true)).toMatchObject({ pid: 20, found: 'runner-worker' });
  });
  it('without one: the parent for main, the first non-shell for a hook', () => {
    const noWorker = [chain[0], { pid: 20, facts: { ppid: 10, name: 'node' } }];
    expect(pickOwner(noWorker, false)).toMatchObject({ pid: 30, found: 'parent' });
    expect(pickOwner(noWorker, true)).toMatchObject({ pid: 20, found: 'parent' });
    expect(pickOwner([chain[0]], true)).toBeUndefined();
  });
});

describe('parseProcStat', () => {
  it('reads a name with spaces and parentheses, the ppid and the start time', () => {
    const fields = ['S', '77', ...Array(17).fill('0'), '123456', '0'];
    expect(parseProcStat(`99 (a (b) c) ${fields.join(' ')}`)).toEqual({ name: 'a (b) c', state: 'S', ppid: 77, start: '123456' });
  });
});

describe('on this machine', () => {
  it('finds a parent that is running, and judges it over once it has exited', async () => {
    const found = await findJobOwner({ hook: false });
    expect(found?.pid).toBe(process.ppid);
    expect((await judgeOwnerNow(found)).verdict).toBe('running');

    const child = spawn('sleep', ['30']);
    await new Promise((r) => child.once('spawn', r));
    const facts = await processFacts(child.pid!);
    const childOwner: JobOwner = { ...found!, pid: child.pid!, start: facts?.start };
    expect((await judgeOwnerNow(childOwner)).verdict).toBe('running');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect((await judgeOwnerNow(childOwner)).verdict).toBe('over');
  });

  it('checks the shape of a record read back from disk', () => {
    expect(isJobOwner(owner)).toBe(true);
    expect(isJobOwner({ ...owner, pid: 1 })).toBe(false);
    expect(isJobOwner({ ...owner, found: 'guess' })).toBe(false);
    expect(sameOwner(owner, { ...owner })).toBe(true);
    expect(sameOwner(owner, { ...owner, start: '1001' })).toBe(false);
  });
});
