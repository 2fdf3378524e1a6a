// Issue 11: post removes whatever the job could create as its own user, whatever the modes: folders
// a step left unreadable (000, 0300, 0100) or read-only, and the job folder itself. Only what truly
// belongs to someone else (root's files, immutable files) is reported instead. The job runs as an
// ordinary user, as on GitHub's hosted runners. Depth and path length: reach-depth.test.ts.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER_FILE } from '../../src/constants.js';
import type { LocalRunner, StepResult } from '../../harness/local-runner.js';
import { disposeRunners, exists, expectOk, forceRemove, isRoot, itWhen, newRunner, onCleanup, runCleanups, unprivileged, warnings } from './support.js';

afterEach(() => {
  runCleanups();
  disposeRunners();
});

/** A runner whose steps run as the unprivileged user; whatever a test leaves is removed after it, even on failure. */
function jobRunner(inputs: Record<string, string> = {}) {
  const runner = newRunner({ runAs: unprivileged() });
  onCleanup(() => forceRemove(runner.base));
  return { runner, main: runner.main(inputs) };
}

/** Runs a step (with J set to the job folder) and checks it ran as an ordinary user. */
async function step(runner: LocalRunner, jobDir: string, script: string): Promise<StepResult> {
  const result = await runner.step(`J='${jobDir}'\nid -u\n${script}`);
  expectOk(result);
  expect(Number(result.stdout.split('\n')[0])).not.toBe(0);
  return result;
}

/** Post removed everything, exited 0 and said nothing. */
function expectAllRemoved(runner: LocalRunner, post: StepResult, jobDir: string) {
  expectOk(post);
  expect(warnings(post)).toEqual([]);
  expect(exists(jobDir)).toBe(false);
  expect(runner.summary).toContain('✅ Job folder removed');
}

/** Every path below `dir`, relative to it (read as root: modes do not stop us). */
function tree(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(prefix, e.name);
    return e.isDirectory() && !e.isSymbolicLink() ? [rel, ...tree(dir, rel)] : [rel];
  });
}

describe('folders a step left unreadable or read-only (as an ordinary user)', () => {
  it('a 000 folder with files and subfolders, and 000 folders inside 000 folders, in GOCACHE, TMPDIR and the job folder', async () => {
    const { runner, main } = jobRunner();
    const jobDir = (await main).outputs['job-dir'];
    const result = await step(
      runner,
      jobDir,
      [
        'mkdir -p "$GOCACHE/locked/sub/deeper" "$TMPDIR/outer/inner/x" "$J/top/a"',
        'for d in "$GOCACHE/locked" "$GOCACHE/locked/sub" "$GOCACHE/locked/sub/deeper" "$TMPDIR/outer" "$TMPDIR/outer/inner/x" "$J/top" "$J/top/a"; do',
        '  echo data > "$d/file"; head -c 4096 /dev/zero > "$d/zeros"',
        'done',
        'chmod 000 "$GOCACHE/locked/sub/deeper" "$GOCACHE/locked/sub" "$GOCACHE/locked"',
        'chmod 000 "$TMPDIR/outer/inner/x" "$TMPDIR/outer/inner" "$TMPDIR/outer" "$J/top/a" "$J/top"',
        // The hard case: the owner cannot list these as they are.
        'if ls "$GOCACHE/locked" >/dev/null 2>&1; then echo listable; else echo unlistable; fi',
      ].join('\n'),
    );
    expect(result.stdout.trim().split('\n')[1]).toBe('unlistable');
    expectAllRemoved(runner, await runner.post(), jobDir);
  });

  it.each(['0300', '0100', '0500'])('a folder of mode %s (and one inside it) with content', async (mode) => {
    const { runner, main } = jobRunner();
    const jobDir = (await main).outputs['job-dir'];
    await step(
      runner,
      jobDir,
      [
        'for d in "$GOCACHE/m" "$XDG_CACHE_HOME/m" "$J/m"; do',
        '  mkdir -p "$d/sub/deeper" "$d/empty"',
        '  echo a > "$d/f"; echo b > "$d/sub/f"; echo c > "$d/sub/deeper/f"; ln -s f "$d/link"',
        `  chmod ${mode} "$d/sub/deeper" "$d/sub" "$d/empty" "$d"`,
        'done',
      ].join('\n'),
    );
    expectAllRemoved(runner, await runner.post(), jobDir);
  });

  it('a read-only file in a 0555 folder inside a 0000 folder', async () => {
    const { runner, main } = jobRunner();
    const jobDir = (await main).outputs['job-dir'];
    await step(
      runner,
      jobDir,
      [
        'for d in "$GOTMPDIR/z" "$J/z"; do',
        '  mkdir -p "$d/ro"; echo x > "$d/ro/file"; echo y > "$d/other"',
        '  chmod 0444 "$d/ro/file"; chmod 0555 "$d/ro"; chmod 0000 "$d"',
        'done',
      ].join('\n'),
    );
    expectAllRemoved(runner, await runner.post(), jobDir);
  });

  it('the job folder itself, left 000 by a step, with a 000 folder in it', async () => {
    const { runner, main } = jobRunner();
    const jobDir = (await main).outputs['job-dir'];
    await step(runner, jobDir, 'mkdir "$TMPDIR/x"; echo x > "$TMPDIR/x/f"; chmod 000 "$TMPDIR/x" "$J"');
    expectAllRemoved(runner, await runner.post(), jobDir);
  });
});

describe('links inside unreadable folders are removed, never followed', () => {
  it('a 000 folder holding links to files and folders in HOME and in a temp folder of the user: the targets survive, modes and all', async () => {
    const { runner, main } = jobRunner();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-reach-outside-'));
    onCleanup(() => forceRemove(outside));
    const runAs = unprivileged();
    if (runAs) fs.chownSync(outside, runAs.uid, runAs.gid);
    const jobDir = (await main).outputs['job-dir'];
    const keep = path.join(runner.home, 'keep');
    await step(
      runner,
      jobDir,
      [
        `O='${outside}'`,
        'mkdir -p "$HOME/keep/sub" "$O/locked"',
        'echo keep > "$HOME/keep/keep.txt"; echo keep > "$HOME/keep/sub/k2"; echo keep > "$O/locked/o.txt"; echo keep > "$O/top.txt"',
        'chmod 0444 "$HOME/keep/keep.txt"; chmod 0555 "$HOME/keep/sub"; chmod 0750 "$HOME/keep"; chmod 000 "$O/locked"; chmod 0500 "$O"',
        'mkdir -p "$TMPDIR/box/inner" "$J/box"',
        'for b in "$TMPDIR/box" "$TMPDIR/box/inner" "$J/box"; do',
        '  ln -s "$HOME/keep" "$b/to-dir"; ln -s "$HOME/keep/keep.txt" "$b/to-file"; ln -s "$O/locked" "$b/to-locked"; ln -s "$O" "$b/to-tmp"',
        'done',
        'chmod 000 "$TMPDIR/box/inner" "$TMPDIR/box" "$J/box"',
      ].join('\n'),
    );
    const modes = (paths: string[]) => paths.map((p) => (fs.lstatSync(p).mode & 0o7777).toString(8));
    const targets = [keep, `${keep}/keep.txt`, `${keep}/sub`, `${keep}/sub/k2`, outside, `${outside}/locked`, `${outside}/locked/o.txt`, `${outside}/top.txt`];
    const before = modes(targets);
    const post = await runner.post();
    // Safety first: whatever post managed, it touched nothing outside the job folder.
    expect(modes(targets)).toEqual(before);
    for (const file of [`${keep}/keep.txt`, `${keep}/sub/k2`, `${outside}/locked/o.txt`, `${outside}/top.txt`])
      expect(fs.readFileSync(file, 'utf8')).toBe('keep\n');
    expectAllRemoved(runner, post, jobDir);
  });
});

// Only root can make files the job's user truly cannot delete (and drop to that user).
const itAsRoot = itWhen(isRoot, 'creating files the job user cannot delete needs root');

/** Whether `chattr +i` works on the filesystem the runners' folders live on (root only). */
function chattrWorks(): boolean {
  if (!isRoot) return false;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-chattr-'));
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, '');
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    try {
      execFileSync('chattr', ['-i', file], { stdio: 'ignore' });
    } catch {
      // never set
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const itWithChattr = itWhen(chattrWorks(), 'immutable files need root and a filesystem where chattr +i works');

describe("what is not the job's to remove is reported, the rest removed (extends faults.test.ts)", () => {
  itAsRoot(
    'a root-owned folder in the job folder and one inside a 000 folder of the user: warned, listed, left; the 000 folder around it emptied',
    async () => {
      const { runner, main } = jobRunner();
      const jobDir = (await main).outputs['job-dir'];
      await step(runner, jobDir, 'mkdir -p "$TMPDIR/box/mine"; echo x > "$TMPDIR/box/mine/f"; echo x > "$TMPDIR/box/f"; echo x > "$GOCACHE/f"');
      for (const dir of [`${jobDir}/from-root`, `${jobDir}/tmp/box/from-root2`]) {
        fs.mkdirSync(dir, { mode: 0o755 });
        fs.writeFileSync(`${dir}/f`, 'root');
      }
      await step(runner, jobDir, 'chmod 000 "$TMPDIR/box"');
      const post = await runner.post();
      expectOk(post);
      expect(warnings(post)).toHaveLength(1);
      expect(warnings(post)[0]).toMatch(/^Could not remove \d+ entries of the job folder, e\.g\. /);
      for (const left of ['from-root', 'tmp/box/from-root2']) {
        expect(warnings(post)[0]).toMatch(new RegExp(`${jobDir}/${left}(/f)? \\((EACCES|EPERM)\\)`));
        expect(runner.summary).toMatch(new RegExp(`^- \`.*${left}(/f)?\`: (EACCES|EPERM)$`, 'm'));
      }
      expect(runner.summary).toContain('⚠️ Job folder only partly removed');
      expect(tree(jobDir).sort()).toEqual([MARKER_FILE, 'from-root', 'from-root/f', 'tmp', 'tmp/box', 'tmp/box/from-root2', 'tmp/box/from-root2/f']);
    },
  );

  itWithChattr('an immutable file: warned, listed, left with the folders holding it; fails the job with fail-on-cleanup-error: true', async () => {
    const { runner, main } = jobRunner({ 'fail-on-cleanup-error': 'true' });
    const jobDir = (await main).outputs['job-dir'];
    await step(runner, jobDir, 'mkdir -p "$GOCACHE/keep/gone" "$GOCACHE/other"; for f in keep/imm keep/f keep/gone/f other/f; do echo x > "$GOCACHE/$f"; done');
    const gocache = runner.env.GOCACHE;
    const immutable = path.join(gocache, 'keep', 'imm');
    execFileSync('chattr', ['+i', immutable]);
    onCleanup(() => {
      try {
        execFileSync('chattr', ['-i', immutable], { stdio: 'ignore' });
      } catch {
        // already gone
      }
    });
    const post = await runner.post();
    expect(post.exitCode).toBe(1);
    expect(post.stdout).toContain('::error::Cleanup did not complete and fail-on-cleanup-error is true');
    expect(warnings(post)).toEqual([
      `Could not remove 1 entries of the job folder, e.g. ${immutable} (EPERM). EPERM (not permitted) means entries owned by another user, ` +
        'such as root-owned files a container or a sudo step wrote, or marked immutable (chattr +i): run the step that wrote them as the runner user, ' +
        'or chown them back, clear the flag with chattr -i or remove them with sudo in a later step. See the job summary.',
    ]);
    expect(runner.summary).toMatch(/^- `.*\/keep\/imm`: EPERM$/m);
    const rel = path.relative(jobDir, gocache);
    expect(tree(jobDir).sort()).toEqual([MARKER_FILE, rel, `${rel}/keep`, `${rel}/keep/imm`]);
  });
});
