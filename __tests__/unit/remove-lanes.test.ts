// The removers on the real filesystem: many calls in flight (remove-lanes.ts, in-process here) and the
// coordinator's fallback when the child process that runs them dies.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FOLDER_FLAGS, type AccessOptions } from '../../src/cleanup/folder-access.js';
import { removeWithLanes } from '../../src/cleanup/remove-lanes.js';
import { removeEntries } from '../../src/cleanup/remove.js';
import { platformRules } from '../../src/lib/platform.js';

const scratch: string[] = [];
const fds: number[] = [];
afterEach(() => {
  fds.splice(0).forEach((fd) => fs.closeSync(fd));
  for (const d of scratch.splice(0)) execFileSync('sh', ['-c', 'chmod -R u+rwx "$1"; rm -rf "$1"', 'sh', d]);
});

/** A job folder with a few hundred files, locked folders, a deep chain and a link out; and a victim outside. */
function setup(folders = 20) {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-lanes-')));
  scratch.push(base);
  const job = path.join(base, 'job');
  const victim = path.join(base, 'victim');
  fs.mkdirSync(victim);
  fs.writeFileSync(path.join(victim, 'precious'), 'keep');
  for (let d = 0; d < folders; d++) {
    fs.mkdirSync(path.join(job, 'go-build', `${d}`, 'sub'), { recursive: true });
    for (let f = 0; f < 30; f++) fs.writeFileSync(path.join(job, 'go-build', `${d}`, `f${f}`), 'x'.repeat(f));
  }
  fs.symlinkSync(victim, path.join(job, 'go-build', '3', 'link-out'));
  fs.writeFileSync(path.join(job, 'top-file'), 'x');
  fs.chmodSync(path.join(job, 'go-build', '5'), 0o000);
  fs.chmodSync(path.join(job, 'go-build', '6'), 0o555);
  let deep = path.join(job, 'deep');
  for (let i = 0; i < 200; i++) deep = path.join(deep, 'level');
  fs.mkdirSync(deep, { recursive: true });
  fs.writeFileSync(path.join(deep, 'bottom'), 'x');
  const opts: AccessOptions = {
    rules: platformRules(),
    dev: fs.lstatSync(job).dev,
    mountPoints: new Set(),
    attempts: 3,
    delayMs: 1,
  };
  return { job, victim, opts };
}

describe('removeWithLanes', () => {
  it('removes every entry with many calls in flight, counting files and folders, never following a link', async () => {
    const { job, victim, opts } = setup();
    const fd = fs.openSync(job, FOLDER_FLAGS);
    fds.push(fd);
    const r = await removeWithLanes(fd, job, ['go-build', 'top-file', 'deep'], { ...opts, lanes: 16, maxFailuresKept: 10 });
    expect(r.failures).toEqual([]);
    expect(r.tops.map((t) => t.removed)).toEqual([true, true, true]);
    expect(r.tops[0]).toMatchObject({ files: 20 * 30 + 1, dirs: 41 });
    expect(r.tops[1]).toMatchObject({ files: 1, dirs: 0 });
    expect(r.tops[2]).toMatchObject({ files: 1, dirs: 201 });
    expect(fs.readdirSync(job)).toEqual([]);
    expect(fs.readFileSync(path.join(victim, 'precious'), 'utf8')).toBe('keep');
  });

  it('leaves a mount point (another device) and everything above it, and says so', async () => {
    const { job, opts } = setup();
    const fd = fs.openSync(job, FOLDER_FLAGS);
    fds.push(fd);
    const mount = path.join(job, 'go-build', '7');
    const r = await removeWithLanes(fd, job, ['go-build'], { ...opts, mountPoints: new Set([mount]), lanes: 8, maxFailuresKept: 10 });
    expect(r.tops[0]).toMatchObject({ removed: false, skippedMounts: [mount] });
    expect(fs.readdirSync(path.join(job, 'go-build'))).toEqual(['7']);
    expect(fs.readdirSync(mount).length).toBe(31);
  });

  it('renames names that are not valid UTF-8, never chmods a locked mount point', async () => {
    const { job, opts } = setup();
    const bin = Buffer.concat([Buffer.from(`${job}/go-build/4/`), Buffer.from([0x80, 0x81])]);
    fs.mkdirSync(bin);
    fs.writeFileSync(Buffer.concat([bin, Buffer.from('/f')]), 'x');
    const mount = path.join(job, 'go-build', '8');
    fs.chmodSync(mount, 0o000);
    const fd = fs.openSync(job, FOLDER_FLAGS);
    fds.push(fd);
    const r = await removeWithLanes(fd, job, ['go-build'], { ...opts, mountPoints: new Set([mount]), lanes: 8, maxFailuresKept: 10 });
    expect(r.failures).toEqual([]);
    expect(r.tops[0]).toMatchObject({ removed: false, skippedMounts: [mount] });
    expect(fs.readdirSync(path.join(job, 'go-build'))).toEqual(['8']);
    expect(fs.statSync(mount).mode & 0o777).toBe(0o000);
  });
});

describe('removeEntries', () => {
  it('reports a mount point once when a tree is handed to the child process midway', async () => {
    const { job, opts } = setup(60);
    const mount = path.join(job, 'go-build', '7');
    const fd = fs.openSync(job, FOLDER_FLAGS);
    fds.push(fd);
    const worker = new URL('../../dist/remove-worker.js', import.meta.url);
    const r = await removeEntries({ path: job, fd }, ['go-build', 'top-file', 'deep'], {
      ...opts,
      mountPoints: new Set([mount]),
      workerScript: worker,
      engine: 'lanes',
    });
    expect(r.engine).toBe('lanes');
    expect(r.skippedMounts).toEqual([mount]);
    expect(r.failures).toEqual([]);
    expect(fs.readdirSync(path.join(job, 'go-build'))).toEqual(['7']);
  });

  it('finishes with threads when the child process dies, and notes it', async () => {
    // Past the 1,500 entries done inline before an engine is chosen.
    const { job, victim, opts } = setup(60);
    const dead = path.join(path.dirname(job), 'dead.mjs');
    fs.writeFileSync(dead, 'process.exit(3);\n');
    const fd = fs.openSync(job, FOLDER_FLAGS);
    fds.push(fd);
    const r = await removeEntries({ path: job, fd }, ['go-build', 'top-file', 'deep'], { ...opts, workerScript: pathToFileURL(dead), engine: 'lanes' });
    expect(r.notes).toEqual([expect.stringMatching(/^the removal process failed \(exit 3\); finished with worker threads$/)]);
    expect(r.failures).toEqual([]);
    expect(r.removed).toBe(true);
    expect(fs.readdirSync(job)).toEqual([]);
    expect(fs.readFileSync(path.join(victim, 'precious'), 'utf8')).toBe('keep');
  });
});
