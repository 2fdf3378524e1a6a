// One folder's worth of removal, on the real filesystem: what it deletes and what it refuses to.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyDir, type Unit } from '../../src/cleanup/empty-dir.js';
import { fdBase, FOLDER_FLAGS, type AccessOptions } from '../../src/cleanup/folder-access.js';
import { platformRules } from '../../src/lib/platform.js';

const scratch: string[] = [];
const open: number[] = [];
afterEach(() => {
  open.splice(0).forEach((fd) => fs.closeSync(fd));
  // GNU rm, not fs.rmSync: Node's own recursive removal fails past PATH_MAX (ENAMETOOLONG).
  for (const d of scratch.splice(0)) execFileSync('sh', ['-c', 'chmod -R u+rwx "$1"; rm -rf "$1"', 'sh', d]);
});

function setup() {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-empty-')));
  scratch.push(base);
  const job = path.join(base, 'job');
  const victim = path.join(base, 'victim');
  fs.mkdirSync(path.join(job, 'a', 'sub'), { recursive: true });
  fs.mkdirSync(path.join(victim, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(job, 'a', 'sub', 'f1'), '12345');
  fs.writeFileSync(path.join(job, 'a', 'sub', 'f2'), '678');
  fs.writeFileSync(path.join(victim, 'sub', 'precious'), 'keep');
  const opts: AccessOptions = {
    rules: platformRules(),
    dev: fs.lstatSync(job).dev,
    mountPoints: new Set(),
    attempts: 2,
    delayMs: 1,
  };
  return { job, victim, opts };
}

/** The unit for `job/rel` as the coordinator makes it on Linux: through the job folder's descriptor. */
function unitIn(job: string, rel: string): Unit {
  const fd = fs.openSync(job, FOLDER_FLAGS);
  open.push(fd);
  return { at: `${fdBase(fd)}/${rel}`, shown: path.join(job, rel) };
}

describe('emptyDir', () => {
  it('deletes the files of one folder, hands back its subfolders and keeps a descriptor open for them', () => {
    const { job, opts } = setup();
    const out = emptyDir(unitIn(job, 'a/sub'), opts);
    expect(out).toMatchObject({ kind: 'listed', files: 2, subdirs: [], failures: [] });
    expect(out.fd).toBeUndefined();
    expect(fs.readdirSync(path.join(job, 'a', 'sub'))).toEqual([]);
    const parent = emptyDir(unitIn(job, 'a'), opts);
    open.push(parent.fd!);
    expect(parent).toMatchObject({ kind: 'listed', files: 0, subdirs: ['sub'], base: `/proc/self/fd/${parent.fd}` });
    // The subfolder is reached through the parent's descriptor, as a worker would.
    fs.rmdirSync(`${parent.base}/sub`);
    expect(fs.readdirSync(path.join(job, 'a'))).toEqual([]);
  });

  it('never follows a parent that became a link: calls go through the descriptor of the folder it listed', () => {
    const { job, victim, opts } = setup();
    const a = emptyDir(unitIn(job, 'a'), opts);
    open.push(a.fd!);
    // A racing process swaps job/a for a link to the victim after it was listed.
    fs.renameSync(path.join(job, 'a'), path.join(job, 'a-old'));
    fs.symlinkSync(victim, path.join(job, 'a'));
    const out = emptyDir({ at: `${a.base}/sub`, shown: path.join(job, 'a', 'sub') }, opts);
    expect(out).toMatchObject({ kind: 'listed', files: 2 });
    expect(fs.readdirSync(path.join(job, 'a-old', 'sub'))).toEqual([]);
    expect(fs.readFileSync(path.join(victim, 'sub', 'precious'), 'utf8')).toBe('keep');
  });

  it('removes a link in place of a folder as a link, never its target', () => {
    const { job, victim, opts } = setup();
    fs.symlinkSync(victim, path.join(job, 'link'));
    expect(emptyDir(unitIn(job, 'link'), opts)).toMatchObject({ kind: 'file', files: 1 });
    expect(fs.existsSync(path.join(job, 'link'))).toBe(false);
    expect(fs.readFileSync(path.join(victim, 'sub', 'precious'), 'utf8')).toBe('keep');
  });

  it('treats a folder on another device, or a listed mount point, as a mount and leaves it', () => {
    const { job, opts } = setup();
    expect(emptyDir(unitIn(job, 'a'), { ...opts, dev: opts.dev + 1 }).kind).toBe('mount');
    expect(emptyDir(unitIn(job, 'a'), { ...opts, mountPoints: new Set([path.join(job, 'a')]) }).kind).toBe('mount');
    expect(fs.existsSync(path.join(job, 'a', 'sub', 'f1'))).toBe(true);
  });

  it.each([0o000, 0o300, 0o100, 0o500])('empties a folder its owner left mode %o', (mode) => {
    const { job, opts } = setup();
    fs.chmodSync(path.join(job, 'a', 'sub'), mode);
    const out = emptyDir(unitIn(job, 'a/sub'), opts);
    expect(out).toMatchObject({ kind: 'listed', files: 2, failures: [] });
    expect(fs.statSync(path.join(job, 'a', 'sub')).mode & 0o700).toBe(0o700);
  });

  it('reaches folders deeper than PATH_MAX through short descriptor paths', () => {
    const { job, opts } = setup();
    const name = 'd'.repeat(200);
    // 25 levels of 200 bytes: beyond Linux's 4096-byte path limit.
    let fd = fs.openSync(job, FOLDER_FLAGS);
    for (let i = 0; i < 25; i++) {
      fs.mkdirSync(`${fdBase(fd)}/${name}`);
      const next = fs.openSync(`${fdBase(fd)}/${name}`, FOLDER_FLAGS);
      fs.closeSync(fd);
      fd = next;
    }
    fs.writeFileSync(`${fdBase(fd)}/bottom`, 'x');
    fs.closeSync(fd);
    let unit = unitIn(job, name);
    for (let depth = 1; ; depth++) {
      const out = emptyDir(unit, opts);
      expect(out.failures).toEqual([]);
      if (!out.subdirs.length) {
        expect(out.files).toBe(1);
        expect(depth).toBe(25);
        expect(unit.shown.length).toBeGreaterThan(4096);
        break;
      }
      open.push(out.fd!);
      unit = { at: `${out.base}/${name}`, shown: path.join(unit.shown, name) };
    }
  });

  it('never chmods a locked mount point: its root lies outside the job folder', () => {
    const { job, opts } = setup();
    fs.chmodSync(path.join(job, 'a'), 0o000);
    expect(emptyDir(unitIn(job, 'a'), { ...opts, mountPoints: new Set([path.join(job, 'a')]) }).kind).toBe('mount');
    expect(fs.statSync(path.join(job, 'a')).mode & 0o777).toBe(0o000);
  });

  it('reaches names that are not valid UTF-8 by renaming them to ones that are', () => {
    const { job, opts } = setup();
    const sub = path.join(job, 'a', 'sub');
    const raw = (name: number[]) => Buffer.concat([Buffer.from(`${sub}/`), Buffer.from(name)]);
    fs.writeFileSync(raw([0x66, 0xff, 0xfe]), 'x');
    fs.mkdirSync(raw([0x64, 0xc3]));
    fs.writeFileSync(Buffer.concat([raw([0x64, 0xc3]), Buffer.from('/inner')]), 'y');
    const out = emptyDir(unitIn(job, 'a/sub'), opts);
    open.push(out.fd!);
    expect(out).toMatchObject({ kind: 'listed', files: 3, failures: [] });
    expect(out.subdirs).toEqual([expect.stringMatching(/^go-ci-guard-renamed-\d+-64c3$/)]);
    expect(emptyDir({ at: `${out.base}/${out.subdirs[0]}`, shown: path.join(sub, out.subdirs[0]) }, opts)).toMatchObject({ kind: 'listed', files: 1 });
  });
});
