// Trimming GOCACHE to what the job used: synthetic trees for the rules, then the real Go toolchain for
// Go's side of the bargain (it refreshes what it uses, its own trim stays off while trim.txt is fresh).
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OLD_MTIME_S, outputIdOf, planTrim, prepareRestoredGoCache, trimGoCache, type ScannedEntry } from '../../src/cache/go-build-trim.js';

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  scratch.push(d);
  return d;
}

const hex = (s: string) => createHash('sha256').update(s).digest('hex');
const HOUR = 3600_000;

/** Writes one entry `<hash(seed)>-<kind>` with `size` bytes and mtime `mtimeS`; returns its path. */
function entry(dir: string, seed: string, kind: 'a' | 'd', size: number, mtimeS: number, content?: string): string {
  const h = hex(seed);
  const p = path.join(dir, h.slice(0, 2), `${h}-${kind}`);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content ?? Buffer.alloc(size, 1));
  fs.utimesSync(p, mtimeS, mtimeS);
  return p;
}

/** An action entry line exactly as Go writes it (putIndexEntry). */
const actionLine = (id: string, out: string, size: number) => `v1 ${id} ${out} ${String(size).padStart(20)} ${String(Date.now() * 1e6).padStart(20)}\n`;

const mtimeS = (p: string) => fs.lstatSync(p).mtimeMs / 1000;

describe('trimGoCache on synthetic trees', () => {
  it('removes entries older than usedSince, keeps and ages the rest, removes trim.txt, leaves other files', async () => {
    const dir = path.join(tempDir('gcg-trim-'), 'go-build');
    const now = Date.now();
    const usedSince = now - HOUR;
    const fresh = now / 1000 - 60;
    const old = OLD_MTIME_S;
    const keptA = entry(dir, 'used-a', 'a', 175, fresh);
    const keptD = entry(dir, 'used-d', 'd', 1000, fresh);
    const goneA = entry(dir, 'old-a', 'a', 175, old);
    const goneD = entry(dir, 'old-d', 'd', 3000, old);
    const oddName = entry(dir, 'odd', 'd', 10, old).replace(/-d$/, '-x');
    fs.renameSync(oddName.replace(/-x$/, '-d'), oddName);
    fs.writeFileSync(path.join(dir, 'trim.txt'), '946684800');
    fs.writeFileSync(path.join(dir, 'README'), 'readme');
    fs.writeFileSync(path.join(dir, 'testexpire.txt'), '1');
    fs.mkdirSync(path.join(dir, 'fuzz', 'example.com', 'p'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'fuzz', 'example.com', 'p', 'seed-a'), 'x');
    fs.utimesSync(path.join(dir, 'fuzz', 'example.com', 'p', 'seed-a'), old, old);

    const r = await trimGoCache(dir, usedSince);

    expect(r).toMatchObject({ kept: { files: 2, bytes: 1175 }, removed: { files: 2, bytes: 3175 }, entries: 4, problems: [] });
    expect(r.freshActions).toEqual([keptA]); // the used action entry, not its output nor the old one
    expect(r.ms).toBeGreaterThanOrEqual(0);
    expect([keptA, keptD].map(mtimeS)).toEqual([OLD_MTIME_S, OLD_MTIME_S]);
    expect([goneA, goneD].map((p) => fs.existsSync(p))).toEqual([false, false]);
    expect(fs.existsSync(path.join(dir, 'trim.txt'))).toBe(false);
    expect(fs.existsSync(oddName)).toBe(true);
    for (const f of ['README', 'testexpire.txt', 'fuzz/example.com/p/seed-a']) expect(fs.existsSync(path.join(dir, f))).toBe(true);
  });

  it('keeps an old output that a fresh action entry names (Go does not restamp an identical output it puts again)', async () => {
    const dir = path.join(tempDir('gcg-trim-'), 'go-build');
    const out = hex('shared-output');
    const d = entry(dir, 'shared-output', 'd', 500, OLD_MTIME_S);
    const a = entry(dir, 'new-action', 'a', 0, Date.now() / 1000, actionLine(hex('new-action'), out, 500));
    const orphan = entry(dir, 'orphan-output', 'd', 700, OLD_MTIME_S);
    expect(outputIdOf(fs.readFileSync(a))).toBe(out);

    const r = await trimGoCache(dir, Date.now() - HOUR);

    expect(r).toMatchObject({ kept: { files: 2 }, removed: { files: 1, bytes: 700 }, problems: [] });
    expect([fs.existsSync(d), fs.existsSync(a), fs.existsSync(orphan)]).toEqual([true, true, false]);
    expect(mtimeS(d)).toBe(OLD_MTIME_S);
  });

  it('treats a -d folder (a cached executable, Go ≥ 1.24) as one entry by its own mtime', async () => {
    const dir = path.join(tempDir('gcg-trim-'), 'go-build');
    const h = hex('exe');
    const used = path.join(dir, h.slice(0, 2), `${h}-d`);
    fs.mkdirSync(used, { recursive: true });
    fs.writeFileSync(path.join(used, 'tool'), Buffer.alloc(4096));
    const h2 = hex('exe2');
    const unused = path.join(dir, h2.slice(0, 2), `${h2}-d`);
    fs.mkdirSync(unused, { recursive: true });
    fs.writeFileSync(path.join(unused, 'tool'), Buffer.alloc(8192));
    fs.utimesSync(unused, OLD_MTIME_S, OLD_MTIME_S);

    const r = await trimGoCache(dir, Date.now() - HOUR);

    expect(r).toMatchObject({ kept: { files: 1, bytes: 4096 }, removed: { files: 1, bytes: 8192 }, entries: 2, problems: [] });
    expect(mtimeS(used)).toBe(OLD_MTIME_S);
    expect(fs.existsSync(unused)).toBe(false);
  });

  it('never follows links: a linked entry, a linked subfolder and a linked GOCACHE are left alone', async () => {
    const base = tempDir('gcg-trim-');
    const dir = path.join(base, 'go-build');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(outside);
    const victim = path.join(outside, 'precious');
    fs.writeFileSync(victim, 'keep');
    fs.utimesSync(victim, 1_000_000_000, 1_000_000_000);
    // an entry name that is a link to a file outside, and a subfolder that is a link to a folder outside
    const h = hex('link');
    fs.mkdirSync(path.join(dir, h.slice(0, 2)), { recursive: true });
    fs.symlinkSync(victim, path.join(dir, h.slice(0, 2), `${h}-d`));
    fs.rmSync(path.join(dir, 'ab'), { recursive: true, force: true });
    fs.symlinkSync(outside, path.join(dir, 'ab'));
    fs.writeFileSync(path.join(outside, `${'ab'.padEnd(64, '0')}-d`), 'old');
    fs.utimesSync(path.join(outside, `${'ab'.padEnd(64, '0')}-d`), OLD_MTIME_S, OLD_MTIME_S);
    fs.symlinkSync(victim, path.join(dir, 'trim.txt'));

    const r = await trimGoCache(dir, Date.now());

    expect(r.kept.files + r.removed.files).toBe(0);
    expect(r.problems).toEqual([`${path.join(dir, 'ab')} is a symbolic link: left alone`, '1 entries are neither files nor folders (links?): left alone']);
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep');
    expect(mtimeS(victim)).toBe(1_000_000_000);
    expect(fs.existsSync(path.join(outside, `${'ab'.padEnd(64, '0')}-d`))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'trim.txt'))).toBe(false); // the link itself went

    const linked = path.join(base, 'linked-go-build');
    fs.symlinkSync(dir, linked);
    expect((await trimGoCache(linked, Date.now())).problems).toEqual([`${linked} is a symbolic link: left alone`]);
  });

  it('gives zeros for a missing folder', async () => {
    const missing = path.join(tempDir('gcg-trim-'), 'nope');
    expect(await trimGoCache(missing, Date.now())).toMatchObject({ kept: { files: 0, bytes: 0 }, removed: { files: 0, bytes: 0 }, entries: 0, problems: [] });
    expect(await prepareRestoredGoCache(missing)).toMatchObject({ entries: 0 });
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('planTrim and outputIdOf are pure rules', () => {
    const e = (name: string, mtimeMs: number, kind: ScannedEntry['kind'] = 'file'): ScannedEntry => ({ sub: name.slice(0, 2), name, kind, mtimeMs, bytes: 1 });
    const out = hex('o');
    const plan = planTrim([e('aa-a', 10), e('bb-d', 5), e(`${out}-d`, 5), e('cc-d', 5, 'other')], 10, new Set([out]));
    expect(plan.keep.map((x) => x.name)).toEqual(['aa-a', `${out}-d`]);
    expect(plan.remove.map((x) => x.name)).toEqual(['bb-d']);
    expect(plan.other).toBe(1);
    expect(outputIdOf(actionLine(hex('i'), out, 3))).toBe(out);
    expect(outputIdOf('v1 short')).toBeUndefined();
    expect(outputIdOf(actionLine(hex('i'), out, 3).replace(out, 'X'.repeat(64)))).toBeUndefined();
  });
});

describe('prepareRestoredGoCache', () => {
  it("writes trim.txt in Go's format (Unix seconds) and counts entry names without following a restored link", async () => {
    const base = tempDir('gcg-trim-');
    const dir = path.join(base, 'go-build');
    entry(dir, 'x', 'a', 175, OLD_MTIME_S);
    entry(dir, 'x', 'd', 10, OLD_MTIME_S);
    entry(dir, 'y', 'd', 10, OLD_MTIME_S);
    fs.writeFileSync(path.join(dir, 'README'), 'r');
    const victim = path.join(base, 'victim');
    fs.writeFileSync(victim, 'keep');
    fs.symlinkSync(victim, path.join(dir, 'trim.txt'));

    const r = await prepareRestoredGoCache(dir, Date.UTC(2026, 0, 2, 3, 4, 5, 678));

    expect(r.entries).toBe(3);
    expect(r.actionIds).toEqual([path.basename(entry(dir, 'x', 'a', 175, OLD_MTIME_S)).slice(0, -2)]);
    expect(fs.lstatSync(path.join(dir, 'trim.txt')).isFile()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'trim.txt'), 'utf8')).toBe(String(Date.UTC(2026, 0, 2, 3, 4, 5) / 1000));
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep');
  });
});

const goVersion = spawnSync('go', ['version'], { encoding: 'utf8' });
const haveGo = goVersion.status === 0;

describe('with the real Go toolchain', () => {
  (haveGo ? it : it.skip)(`${goVersion.stdout?.trim() ?? 'go'}: used entries survive, unused go, the next build is still cached`, async () => {
    const base = tempDir('gcg-trim-go-');
    const gocache = path.join(base, 'go-build');
    const src = path.join(base, 'src');
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: path.join(base, 'home'),
      GOPATH: path.join(base, 'gopath'),
      GOCACHE: gocache,
      GOENV: 'off',
      GOPROXY: 'off',
      GOFLAGS: '',
      CGO_ENABLED: '0',
      LANG: 'C',
    };
    const go = (args: string[], cache = gocache) => {
      const r = spawnSync('go', args, { cwd: src, env: { ...env, GOCACHE: cache }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`go ${args.join(' ')} failed: ${r.stderr}`);
      return r.stdout + r.stderr;
    };
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(src, rel)), { recursive: true });
      fs.writeFileSync(path.join(src, rel), text);
    };
    const names = (dir: string) =>
      fs
        .readdirSync(dir)
        .filter((s) => /^[0-9a-f]{2}$/.test(s))
        .flatMap((s) => fs.readdirSync(path.join(dir, s)).filter((n) => /-[ad]$/.test(n)));
    const mainV1 = 'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/p/lib"\n)\n\nfunc main() { fmt.Println("v1", lib.Add(1, 2)) }\n';
    write('go.mod', 'module example.com/p\n\ngo 1.19\n');
    write('main.go', mainV1);
    write('lib/lib.go', 'package lib\n\n// Add adds.\nfunc Add(a, b int) int { return a + b }\n');
    write('lib/lib_test.go', 'package lib\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("bad")\n\t}\n}\n');

    // Job 1 (a miss): build and test; post keeps (and ages) everything.
    go(['build', '-o', 'bin/p', '.']);
    expect(go(['test', './lib'])).toMatch(/^ok\s+example\.com\/p\/lib\s+[0-9.]+s$/m);
    const job1 = names(gocache);
    const save1 = await trimGoCache(gocache, Date.now() - 60_000);
    expect(save1).toMatchObject({ removed: { files: 0 }, entries: job1.length, problems: [] });
    expect(save1.kept.files).toBe(job1.length);

    // Job 2: restore (tar keeps the aged mtimes), change main.go only, build and test.
    const restore = await prepareRestoredGoCache(gocache);
    expect(restore.entries).toBe(job1.length);
    // Without a fresh trim.txt Go's own trim would drop every aged entry the command did not use:
    const stale = path.join(base, 'stale-copy');
    execFileSync('cp', ['-a', gocache, stale]);
    fs.rmSync(path.join(stale, 'trim.txt'));
    go(['build', '-o', 'bin/p', '.'], stale);
    expect(names(stale).length).toBeLessThan(job1.length);
    // With it, nothing restored is deleted during the job.
    const usedSince = Date.now() - 1000;
    write('main.go', mainV1.replace('"v1"', '"v2"'));
    expect(go(['build', '-v', '-o', 'bin/p', '.']).trim()).toBe('example.com/p');
    expect(go(['test', './lib'])).toMatch(/\(cached\)/);
    const job2 = names(gocache);
    expect(job1.filter((n) => !job2.includes(n))).toEqual([]);
    const trim2 = await trimGoCache(gocache, usedSince);
    expect(trim2.problems).toEqual([]);
    expect(trim2.entries).toBe(job2.length);
    expect(trim2.removed.files).toBeGreaterThan(0);
    expect(trim2.kept.files + trim2.removed.files).toBe(job2.length);

    // Job 3: unchanged sources — nothing compiles, the lib test stays cached.
    await prepareRestoredGoCache(gocache);
    const x = go(['build', '-x', '-v', '-o', 'bin/p', '.']);
    expect(x).not.toMatch(/\/compile /);
    expect(go(['test', './lib'])).toMatch(/\(cached\)/);
    // Back to main v1: only job 1 built it, and that build went in the trim; lib is still cached.
    write('main.go', mainV1);
    expect(go(['build', '-v', '-o', 'bin/p', '.']).trim()).toBe('example.com/p');

    // Job 4: lib changes, its test re-runs and puts a test log identical to job 1's: Go keeps the old
    // output file (old mtime) and writes a fresh action entry naming it. The trim must keep that output.
    await trimGoCache(gocache, 0);
    await prepareRestoredGoCache(gocache);
    const usedSince4 = Date.now() - 1000;
    write('lib/lib.go', 'package lib\n\n// Add adds.\nfunc Add(a, b int) int { return b + a }\n');
    expect(go(['test', './lib'])).not.toMatch(/\(cached\)/);
    const entries4 = names(gocache).map((n) => ({ n, p: path.join(gocache, n.slice(0, 2), n) }));
    const fresh = (p: string) => fs.statSync(p).mtimeMs >= usedSince4;
    const named = new Set(entries4.filter((e) => e.n.endsWith('-a') && fresh(e.p)).map((e) => outputIdOf(fs.readFileSync(e.p))));
    const keptByReference = entries4.filter((e) => e.n.endsWith('-d') && !fresh(e.p) && named.has(e.n.slice(0, -2)));
    expect(keptByReference.length).toBeGreaterThan(0); // an mtime-only rule would delete these
    const trim4 = await trimGoCache(gocache, usedSince4);
    expect(keptByReference.filter((e) => !fs.existsSync(e.p))).toEqual([]);
    expect(trim4.problems).toEqual([]);
    expect(trim4.removed.files).toBeGreaterThan(0);
    await prepareRestoredGoCache(gocache);
    expect(go(['test', './lib'])).toMatch(/^ok\s+example\.com\/p\/lib\s+\(cached\)$/m);
  });
});
