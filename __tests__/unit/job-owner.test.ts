// Which process owns a job, and when its job is over: the janitor removes folders on this verdict alone,
// so anything it cannot read must leave the verdict 'unknown'.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  findJobOwner,
  isJobOwner,
  judgeOwner,
  judgeOwnerNow,
  parseProcStat,
  pickOwner,
  processFacts,
  RUNNER_WORKER,
  sameOwner,
  type JobOwner,
} from '../../src/lib/job-owner.js';

const here = { host: 'h1', machine: 'm1', boot: 'b1', pidNs: 'pid:[1]' };
const owner: JobOwner = { pid: 4242, start: '1000', machine: 'm1', boot: 'b1', pidNs: 'pid:[1]', host: 'h1', found: 'runner-worker' };
const alive = { ppid: 1, name: 'Runner.Worker', start: '1000' };

describe('judgeOwner', () => {
  it('is running while the same process (same start time) lives', () => {
    expect(judgeOwner(owner, here, alive).verdict).toBe('running');
  });
  it('is over when the process is provably gone, or its pid belongs to a later process', () => {
    expect(judgeOwner(owner, here, 'gone')).toEqual({ verdict: 'over', reason: "its job's process 4242 is gone" });
    expect(judgeOwner(owner, here, { ppid: 1, name: 'bash', start: '9999' }).verdict).toBe('over');
  });
  it('is unknown when the process cannot be read', () => {
    expect(judgeOwner(owner, here, 'unknown').verdict).toBe('unknown');
  });
  it('is over after a reboot of this very machine, whatever runs under that pid now', () => {
    expect(judgeOwner(owner, { ...here, boot: 'b2' }, alive).verdict).toBe('over');
  });
  it('does not take another boot for proof without a machine id, or on a root shared over the network', () => {
    const noMachine = { ...owner, machine: undefined };
    expect(judgeOwner(noMachine, { ...here, machine: undefined, boot: 'b2' }, 'gone').verdict).toBe('unknown');
    expect(judgeOwner(owner, { ...here, boot: 'b2' }, 'gone', true).verdict).toBe('unknown');
    // Same boot on a shared root: this machine's own processes are still judged.
    expect(judgeOwner(owner, here, 'gone', true).verdict).toBe('over');
  });
  it('cannot judge a folder made on another host or machine (a shared root), or in another pid namespace', () => {
    expect(judgeOwner(owner, { ...here, host: 'h2' }, 'gone').verdict).toBe('unknown');
    expect(judgeOwner(owner, { ...here, machine: 'm2' }, 'gone').verdict).toBe('unknown');
    expect(judgeOwner(owner, { ...here, pidNs: 'pid:[2]' }, 'gone').verdict).toBe('unknown');
  });
  it('cannot judge a marker without an owner', () => {
    expect(judgeOwner(undefined, here, 'gone').verdict).toBe('unknown');
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
  it('without one: the parent for main, nothing for a hook (whatever runs it may end with it)', () => {
    const noWorker = [chain[0], { pid: 20, facts: { ppid: 10, name: 'sudo' } }];
    expect(pickOwner(noWorker, false)).toMatchObject({ pid: 30, found: 'parent' });
    expect(pickOwner(noWorker, true)).toBeUndefined();
  });
});

describe('parseProcStat', () => {
  it('reads a name with spaces and parentheses, the ppid and the start time', () => {
    const fields = ['S', '77', ...Array(17).fill('0'), '123456', '0'];
    expect(parseProcStat(`99 (a (b) c) ${fields.join(' ')}`)).toEqual({ name: 'a (b) c', state: 'S', ppid: 77, start: '123456' });
  });
});

describe('processFacts on macOS (a stand-in ps)', () => {
  function fakePs(script: string): () => void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-ps-'));
    fs.writeFileSync(path.join(dir, 'ps'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${dir}:${saved}`;
    return () => {
      process.env.PATH = saved;
      fs.rmSync(dir, { recursive: true });
    };
  }
  it('reads ppid, start and name in the C locale', async () => {
    const undo = fakePs('[ "$LC_ALL" = C ] && [ "$TZ" = UTC0 ] || exit 3; echo "  501 Sun Nov 29 06:43:11 2026     /Users/r/actions-runner/bin/Runner.Worker"');
    try {
      expect(await processFacts(7, 'darwin')).toEqual({ ppid: 501, start: 'Sun Nov 29 06:43:11 2026', name: RUNNER_WORKER });
    } finally {
      undo();
    }
  });
  it('is gone only when ps finds nothing and the kernel knows no such process; output it cannot read is unknown', async () => {
    const child = spawn('true');
    await new Promise((r) => child.once('exit', r));
    let undo = fakePs('echo "ps: some failure" >&2; exit 1');
    try {
      expect(await processFacts(child.pid!, 'darwin')).toBe('gone');
      // This process runs: a failing ps proves nothing about it.
      expect(await processFacts(process.pid, 'darwin')).not.toBe('gone');
    } finally {
      undo();
    }
    undo = fakePs('echo "  501 So 29 Nov 06:43:11 2026     Runner.Worker"');
    try {
      expect(await processFacts(7, 'darwin')).toBe('unknown');
    } finally {
      undo();
    }
  });
});

describe('on this machine', () => {
  /** The expected owner, walked independently: the nearest Runner.Worker above us, else the parent. */
  function expectedOwnerPid(): number {
    for (let pid = process.ppid, depth = 0; pid > 1 && depth < 12; depth++) {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === RUNNER_WORKER) return pid;
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    }
    return process.ppid;
  }

  it('finds the job process that is running, and judges a process over once it has exited', async () => {
    const found = await findJobOwner({ hook: false });
    expect(found?.pid).toBe(expectedOwnerPid());
    expect((await judgeOwnerNow(found)).verdict).toBe('running');

    const child = spawn('sleep', ['30']);
    await new Promise((r) => child.once('spawn', r));
    const facts = await processFacts(child.pid!);
    expect(typeof facts).toBe('object');
    const childOwner: JobOwner = { ...found!, pid: child.pid!, start: typeof facts === 'object' ? facts.start : undefined };
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
