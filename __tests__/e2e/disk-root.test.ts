// root: auto end to end: the job folder goes on the writable filesystem with the most free space,
// on tmpfs mounts the test makes (one over /mnt, as GitHub's Linux runners mount a scratch disk there).
import { afterEach, describe, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { disposeRunners, expectOk, newRunner, onCleanup, isRoot, itWhen, runCleanups, tmpfsForTest, unprivileged } from './support.js';

// Counted as skipped where we are not root (and failed in CI, see itWhen).
const itAsRoot = itWhen(isRoot, 'mounting tmpfs at /mnt needs root');
// gcg-runner needs passwordless sudo, as the runner user has on hosted runners (.ci/run sets it up).
const runnerHasSudo =
  isRoot &&
  (() => {
    try {
      execFileSync('sudo', ['-n', '-u', 'gcg-runner', 'sudo', '-n', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
const itWithSudo = itWhen(runnerHasSudo, isRoot ? 'gcg-runner has no passwordless sudo (.ci/run sets it up)' : 'mounting tmpfs at /mnt needs root');

afterEach(() => {
  disposeRunners();
  runCleanups();
});

describe('root: auto', () => {
  itAsRoot('puts the job folder on the writable filesystem with the most free space and says why; skips a read-only one', async () => {
    const small = tmpfsForTest(32);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', '/mnt']);
    onCleanup(() => execFileSync('umount', ['-l', '/mnt']));
    fs.mkdirSync(path.join(small, 'runner'));
    const runner = newRunner({ base: path.join(small, 'runner') });
    const main = await runner.main({ root: 'auto' });
    expectOk(main);
    expect(main.outputs['job-dir']).toMatch(/^\/mnt\/go-ci-guard-/);
    expect(main.stdout).toMatch(
      new RegExp(
        `Job folder root /mnt \\(root: auto\\): most free space: 6\\d\\.\\d MiB on the scratch volume /mnt vs 2\\d\\.\\d MiB at ${runner.runnerTemp} \\(candidates on one filesystem counted once\\)\\.`,
      ),
    );
    expectOk(await runner.post());
    expect(fs.readdirSync('/mnt')).toEqual([]);
    expect(runner.summary).toContain('Root (auto): `/mnt`, most free space');

    execFileSync('mount', ['-o', 'remount,ro', '/mnt']);
    const second = newRunner({ base: fs.mkdtempSync(path.join(small, 'runner-')) });
    const secondMain = await second.main({ root: 'auto' });
    expectOk(secondMain);
    expect(path.dirname(secondMain.outputs['job-dir'])).toBe(second.runnerTemp);
    expect(secondMain.stdout).toContain(`on the runner temp folder (RUNNER_TEMP), the only usable candidate`);
    expectOk(await second.post());
  });

  itWithSudo("as the runner's ordinary user, makes its own folder on a root-owned /mnt with passwordless sudo, as on GitHub's runners", async () => {
    const runAs = unprivileged()!;
    const small = tmpfsForTest(48, runAs);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m,mode=0755', 'tmpfs', '/mnt']);
    onCleanup(() => execFileSync('umount', ['-l', '/mnt']));
    const job = (name: string, env: Record<string, string> = {}) => {
      fs.mkdirSync(path.join(small, name));
      fs.chownSync(path.join(small, name), runAs.uid, runAs.gid);
      return newRunner({ base: path.join(small, name), runAs, env });
    };

    // Where sudo asks for a password, /mnt is skipped and the log says why.
    const fakeBin = path.join(small, 'bin');
    fs.mkdirSync(fakeBin);
    fs.writeFileSync(path.join(fakeBin, 'sudo'), '#!/bin/sh\necho "sudo: a password is required" >&2\nexit 1\n', { mode: 0o755 });
    const denied = job('denied');
    denied.env.PATH = `${fakeBin}:${denied.env.PATH}`;
    const deniedMain = await denied.main({ root: 'auto' });
    expectOk(deniedMain);
    expect(path.dirname(deniedMain.outputs['job-dir'])).toBe(denied.runnerTemp);
    expect(deniedMain.stdout).toContain(
      'skipped /mnt (the scratch volume /mnt): not writable, and `sudo -n` could not make /mnt/go-ci-guard (sudo: a password is required)',
    );
    expectOk(await denied.post());

    const hosted = job('hosted');
    const main = await hosted.main({ root: 'auto' });
    expectOk(main);
    expect(main.outputs['job-dir']).toMatch(/^\/mnt\/go-ci-guard\/go-ci-guard-/);
    expect(main.stdout).toContain('; /mnt/go-ci-guard made with sudo, as /mnt belongs to root.');
    expect(fs.statSync('/mnt/go-ci-guard').uid).toBe(runAs.uid);
    expectOk(await hosted.post());
    expect(fs.readdirSync('/mnt/go-ci-guard')).toEqual([]);

    // A later job finds the folder and needs no sudo (the failing one stays first on PATH).
    const later = job('later');
    later.env.PATH = `${fakeBin}:${later.env.PATH}`;
    const laterMain = await later.main({ root: 'auto' });
    expectOk(laterMain);
    expect(laterMain.outputs['job-dir']).toMatch(/^\/mnt\/go-ci-guard\/go-ci-guard-/);
    expectOk(await later.post());
  });
});
