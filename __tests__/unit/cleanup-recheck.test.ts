// After removal post looks at the job folder again: what a leftover process wrote there makes the
// cleanup partial, named with the processes of the job that still run.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER_FILE } from '../../src/constants.js';
import { leftoverProcesses } from '../../src/cleanup/leftovers.js';
import { recheckJobDir, writtenAgain } from '../../src/cleanup/recheck.js';
import { newReport } from '../../src/cleanup/report.js';
import { platformRules } from '../../src/lib/platform.js';

const rules = platformRules();
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-recheck-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const pids: number[] = [];
afterEach(() => {
  for (const pid of pids.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

let n = 0;
const jobDir = () => path.join(base, `go-ci-guard-${n++}`);

/** A process of "the job" that outlives its step: its parent shell exits at once, so it is no child of this process. */
function orphan(script: string, env: Record<string, string>): number {
  const out = execFileSync('bash', ['-c', `nohup bash -c '${script}' >/dev/null 2>&1 &\necho $!`], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
  const pid = Number(out.trim());
  pids.push(pid);
  return pid;
}

/** Waits until `pid` runs `name` (nohup and env exec it a moment after the shell reports the pid). */
async function execed(pid: number, name: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const comm = (() => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      } catch {
        return '';
      }
    })();
    if (comm === name) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`process ${pid} never ran ${name}`);
}

describe('writtenAgain', () => {
  const J = '/r/go-ci-guard-x';
  it('names what is back, not the marker nor what cleanup reported as left (a failure, a mount, a folder holding one)', () => {
    const names = ['tmp', MARKER_FILE, 'go-build', 'mnt', 'cache'];
    expect(writtenAgain(names, J, [`${J}/go-build/f`, `${J}/mnt`], rules)).toEqual(['cache', 'tmp']);
  });

  it("does not count the job folder's own failure (it is what something writing there causes)", () => {
    expect(writtenAgain(['tmp'], J, [J], rules)).toEqual(['tmp']);
  });
});

describe('recheckJobDir', () => {
  it('leaves a removal alone where nothing came back and no process of the job runs', async () => {
    const report = newReport('removed');
    expect(await recheckJobDir(report, jobDir(), rules)).toEqual([]);
    expect(report).toEqual(newReport('removed'));
  });

  it('makes a removal partial when the job folder is back, naming what is in it', async () => {
    const dir = jobDir();
    fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
    const report = newReport('removed');
    await recheckJobDir(report, dir, rules, 0);
    expect(report.status).toBe('partial');
    expect(report.rewritten).toEqual({ folderBack: true, entries: ['tmp'], moreEntries: 0 });
    const empty = jobDir();
    fs.mkdirSync(empty);
    const again = newReport('removed');
    await recheckJobDir(again, empty, rules, 0);
    expect(again.rewritten).toEqual({ folderBack: true, entries: [], moreEntries: 0 });
  });

  it('watches while a process of the job still runs, and names it with what ties it to the job folder', async () => {
    const dir = jobDir();
    const pid = orphan('while :; do sleep 0.1; mkdir -p "$TMPDIR"; date > "$TMPDIR/still-writing"; done', { TMPDIR: path.join(dir, 'tmp') });
    const report = newReport('removed');
    const found = await recheckJobDir(report, dir, rules, 10_000);
    expect(found).toEqual([{ pid, command: expect.stringContaining('while :; do sleep 0.1;'), why: 'environment' }]);
    expect(report.status).toBe('partial');
    expect(report.rewritten).toEqual({ folderBack: true, entries: ['tmp'], moreEntries: 0 });
    expect(report.leftovers).toEqual(found);
  });

  it('names a leftover process beside a partial cleanup even when nothing new came back; never for a refused one', async () => {
    const dir = jobDir();
    fs.mkdirSync(path.join(dir, 'busy'), { recursive: true });
    // Only its working folder ties this one to the job folder.
    const sleeper = Number(
      execFileSync('bash', ['-c', 'nohup env -u PWD sleep 30 >/dev/null 2>&1 &\necho $!'], {
        cwd: path.join(dir, 'busy'),
        env: { PATH: process.env.PATH },
        encoding: 'utf8',
      }).trim(),
    );
    pids.push(sleeper);
    await execed(sleeper, 'sleep');
    const report = newReport('partial', { failures: [{ path: path.join(dir, 'busy'), code: 'ENOTEMPTY', message: 'm' }] });
    await recheckJobDir(report, dir, rules, 0);
    expect(report.rewritten).toBeUndefined();
    expect(report.leftovers).toEqual([{ pid: sleeper, command: 'sleep 30', why: 'working folder' }]);
    const refused = newReport('refused');
    expect(await recheckJobDir(refused, dir, rules, 0)).toEqual([]);
    expect(refused.leftovers).toBeUndefined();
  });
});

describe('leftoverProcesses', () => {
  it("does not count this process's own children (post's du), nor processes elsewhere", async () => {
    const dir = jobDir();
    fs.mkdirSync(dir);
    const child = spawn('sleep', ['30'], { env: { TMPDIR: path.join(dir, 'tmp') }, stdio: 'ignore' });
    pids.push(child.pid!);
    const elsewhere = orphan('exec sleep 30', { TMPDIR: `${dir}-other/tmp` });
    await new Promise((r) => child.once('spawn', r));
    const found = leftoverProcesses(dir).map((p) => p.pid);
    expect(found).not.toContain(child.pid);
    expect(found).not.toContain(elsewhere);
    expect(leftoverProcesses(dir, 'darwin')).toEqual([]);
  });
});
