// One folder's worth of removal, on the real filesystem: what it deletes and what it refuses to.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyDir, type EmptyDirOptions } from '../../src/cleanup/empty-dir.js';
import { platformRules } from '../../src/lib/platform.js';

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

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
  const opts: EmptyDirOptions = { rules: platformRules(), dev: fs.lstatSync(job).dev, mountPoints: new Set(), attempts: 2, delayMs: 1 };
  return { job, victim, opts };
}

describe('emptyDir', () => {
  it('deletes the files of one folder, counts their bytes and hands back its subfolders', () => {
    const { job, opts } = setup();
    const out = emptyDir(path.join(job, 'a', 'sub'), opts);
    expect(out).toEqual({ kind: 'listed', files: 2, bytes: 8, subdirs: [], failures: [] });
    expect(fs.readdirSync(path.join(job, 'a', 'sub'))).toEqual([]);
    expect(emptyDir(path.join(job, 'a'), opts)).toEqual({ kind: 'listed', files: 0, bytes: 0, subdirs: [path.join(job, 'a', 'sub')], failures: [] });
  });

  it('refuses a folder reached through a parent that became a link (a swap after the parent was listed)', () => {
    const { job, victim, opts } = setup();
    // The state a racing process leaves: job/a, already listed, is now a link to the victim.
    fs.rmSync(path.join(job, 'a'), { recursive: true });
    fs.symlinkSync(victim, path.join(job, 'a'));
    const out = emptyDir(path.join(job, 'a', 'sub'), opts);
    expect(out.kind).toBe('failed');
    expect(out.failures[0]).toMatchObject({ path: path.join(job, 'a', 'sub'), code: 'ECHANGED' });
    expect(fs.readFileSync(path.join(victim, 'sub', 'precious'), 'utf8')).toBe('keep');
  });

  it('removes a link in place of a folder as a link, never its target', () => {
    const { job, victim, opts } = setup();
    fs.symlinkSync(victim, path.join(job, 'link'));
    expect(emptyDir(path.join(job, 'link'), opts)).toMatchObject({ kind: 'file', files: 1, bytes: 0 });
    expect(fs.existsSync(path.join(job, 'link'))).toBe(false);
    expect(fs.readFileSync(path.join(victim, 'sub', 'precious'), 'utf8')).toBe('keep');
  });

  it('treats a folder on another device as a mount and leaves it', () => {
    const { job, opts } = setup();
    expect(emptyDir(path.join(job, 'a'), { ...opts, dev: opts.dev + 1 }).kind).toBe('mount');
    expect(fs.existsSync(path.join(job, 'a', 'sub', 'f1'))).toBe(true);
  });
});
