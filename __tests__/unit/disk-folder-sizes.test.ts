import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderSizes, type FolderSizes } from '../../src/disk/folder-sizes.js';

const KiB = 1024;
const MiB = 1024 ** 2;
// Probed on this file, not on the temp folder, where other tests create and delete folders meanwhile.
const hasDu = process.platform !== 'win32' && spawnSync('du', ['-k', '-d', '0', fileURLToPath(import.meta.url)]).status === 0;
const walkers = hasDu ? (['du', 'node'] as const) : (['node'] as const);

let base: string;
let tree: string;
let outside: string;

/** Writes `kib` KiB of non-zero bytes (not sparse). */
const fill = (file: string, kib: number) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.alloc(kib * KiB, 7));
};

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-sizes-'));
  tree = path.join(base, 'tree');
  outside = path.join(base, 'outside');
  fill(path.join(tree, 'go-build', 'a', 'obj1'), 300);
  fill(path.join(tree, 'go-build', 'b', 'obj2'), 200);
  fill(path.join(tree, 'tmp', 'scratch'), 100);
  fs.mkdirSync(path.join(tree, 'empty'));
  fill(path.join(tree, 'top-level-file'), 40);
  fill(path.join(outside, 'huge'), 10 * 1024);
  fs.symlinkSync(outside, path.join(tree, 'link-to-outside'));
  fs.symlinkSync(path.join(outside, 'huge'), path.join(tree, 'link-to-huge-file'));
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const byName = (r: FolderSizes) => Object.fromEntries(r.children.map((c) => [path.basename(c.path), c.bytes]));
const later = () => Date.now() + 60_000;

describe.each(walkers)('folderSizes with %s', (walker) => {
  it('measures each child folder and the whole folder, completely', async () => {
    const r = await folderSizes(tree, { deadline: later(), walker });
    expect(r).toMatchObject({ dir: tree, complete: true, tool: walker });
    expect(r.problem).toBeUndefined();
    const sizes = byName(r);
    expect(Object.keys(sizes).sort()).toEqual(['empty', 'go-build', 'tmp']);
    for (const c of r.children) expect(c).toEqual({ path: path.join(tree, path.basename(c.path)), bytes: expect.any(Number), complete: true });
    expect(sizes['go-build']).toBeGreaterThanOrEqual(500 * KiB);
    expect(sizes['go-build']).toBeLessThan(540 * KiB);
    expect(sizes.tmp).toBeGreaterThanOrEqual(100 * KiB);
    expect(sizes.tmp).toBeLessThan(120 * KiB);
    expect(sizes.empty).toBeLessThan(16 * KiB);
    expect(r.total).toEqual({ path: tree, bytes: expect.any(Number), complete: true });
    const total = r.total?.bytes ?? 0;
    expect(total).toBeGreaterThanOrEqual(640 * KiB);
    expect(total).toBeLessThan(700 * KiB);
  });

  it('does not follow symbolic links to a big folder or file outside', async () => {
    const r = await folderSizes(tree, { deadline: later(), walker });
    expect(r.children.map((c) => path.basename(c.path))).not.toContain('link-to-outside');
    expect(r.total?.bytes ?? Infinity).toBeLessThan(1 * MiB);
  });

  it('a deadline already past gives an incomplete count with a problem', async () => {
    const r = await folderSizes(tree, { deadline: Date.now() - 1000, walker });
    // du is still started and killed on the next timer tick: on a busy machine a small tree can be
    // counted in full first. Then the figures must be the full ones, without a problem.
    if (walker === 'du' && r.complete) {
      const full = await folderSizes(tree, { deadline: later(), walker });
      expect(r.problem).toBeUndefined();
      expect(r.total).toEqual(full.total);
      return;
    }
    expect(r.complete).toBe(false);
    expect(r.problem).toMatch(/^time limit reached/);
    // The walker stops before its first child folder, so it has no total.
    if (walker === 'node') expect(r.total).toBeUndefined();
    if (walker === 'node') expect(r.children).toEqual([]);
  });

  it('an aborted signal stops the count', async () => {
    const controller = new AbortController();
    const pending = folderSizes(tree, { deadline: later(), walker, signal: controller.signal });
    controller.abort();
    const r = await pending;
    // du may already have finished a small tree when the kill lands: then its exit status 0 stands.
    if (walker === 'du' && r.complete) expect(r.problem).toBeUndefined();
    else if (walker === 'du') expect(r).toMatchObject({ complete: false, problem: 'stopped before the count finished' });
    else expect(r.complete).toBe(false);
  });

  it('reports a missing folder as incomplete with a problem naming why', async () => {
    const missing = path.join(base, 'no-such-folder');
    const r = await folderSizes(missing, { deadline: later(), walker });
    expect(r.complete).toBe(false);
    expect(r.total).toBeUndefined();
    expect(r.children).toEqual([]);
    expect(r.problem).toMatch(walker === 'du' ? /No such file or directory/ : /ENOENT/);
  });

  it('measures an empty folder as just itself', async () => {
    const r = await folderSizes(path.join(tree, 'empty'), { deadline: later(), walker });
    expect(r.complete).toBe(true);
    expect(r.children).toEqual([]);
    expect(r.total?.bytes).toBeLessThan(16 * KiB);
  });
});

(hasDu ? describe : describe.skip)('du and the Node walker agree', () => {
  it('on each child to within a few KiB and on the total', async () => {
    const [du, node] = await Promise.all([folderSizes(tree, { deadline: later(), walker: 'du' }), folderSizes(tree, { deadline: later(), walker: 'node' })]);
    const a = byName(du);
    const b = byName(node);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const name of Object.keys(a)) expect(Math.abs(a[name] - b[name])).toBeLessThanOrEqual(8 * KiB);
    expect(Math.abs((du.total?.bytes ?? 0) - (node.total?.bytes ?? -1e9))).toBeLessThanOrEqual(16 * KiB);
  });

  it('both see a folder grow', async () => {
    fill(path.join(tree, 'tmp', 'more'), 256);
    try {
      for (const walker of ['du', 'node'] as const) {
        const r = await folderSizes(tree, { deadline: later(), walker });
        expect(byName(r).tmp).toBeGreaterThanOrEqual(356 * KiB);
      }
    } finally {
      fs.rmSync(path.join(tree, 'tmp', 'more'));
    }
  });
});

describe('folderSizes with a du that goes wrong', () => {
  /** Runs folderSizes with a stand-in `du` first on PATH. */
  async function withFakeDu(script: string) {
    const bin = fs.mkdtempSync(path.join(base, 'fake-du-'));
    fs.writeFileSync(path.join(bin, 'du'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      return await folderSizes(tree, { deadline: later(), walker: 'du' });
    } finally {
      process.env.PATH = saved;
    }
  }

  const itWithSh = process.platform === 'win32' ? it.skip : it;

  itWithSh('a du killed by a signal gives lower bounds, not exact figures, and says so', async () => {
    const r = await withFakeDu(`printf '12\\t${tree}/go-build\\n'; kill -9 $$`);
    expect(r.problem).toBe('du was killed by SIGKILL');
    expect(r.complete).toBe(false);
    expect(r.children).toEqual([{ path: path.join(tree, 'go-build'), bytes: 12 * KiB, complete: false }]);
  });

  itWithSh('a line cut off by the kill is not taken as a figure', async () => {
    const r = await withFakeDu(`printf '12\\t${tree}/go-build\\n34\\t${tree}/tm'; kill -9 $$`);
    expect(r.children.map((c) => path.basename(c.path))).toEqual(['go-build']);
  });

  it('no du on PATH: the Node walker counts instead, with the same rules', async () => {
    const empty = fs.mkdtempSync(path.join(base, 'no-du-'));
    const saved = process.env.PATH;
    process.env.PATH = empty;
    try {
      const r = await folderSizes(tree, { deadline: later() });
      expect(r).toMatchObject({ tool: 'node', complete: true });
      expect(byName(r)['go-build']).toBeGreaterThanOrEqual(500 * KiB);
    } finally {
      process.env.PATH = saved;
    }
  });
});
