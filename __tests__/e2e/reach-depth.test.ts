// Issue 11: post removes trees deeper or longer than the system's path limit (PATH_MAX, 4096 bytes
// on Linux), very deep chains and names of the longest length a filesystem allows (NAME_MAX, 255),
// and such a tree with an unreadable folder in its middle. The job runs as an ordinary user, as on
// GitHub's hosted runners; steps build the trees by cd-ing into each new folder, as a tool would.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { LocalRunner, StepResult } from '../../harness/local-runner.js';
import { disposeRunners, exists, expectOk, forceRemove, newRunner, onCleanup, runCleanups, unprivileged, warnings } from './support.js';

const PATH_MAX = 4096;

afterEach(() => {
  runCleanups();
  disposeRunners();
});

/** Runs main as the unprivileged user; whatever the test leaves is removed after it, even on failure. */
async function startJob(): Promise<{ runner: LocalRunner; jobDir: string }> {
  const runner = newRunner({ runAs: unprivileged() });
  onCleanup(() => forceRemove(runner.base));
  const main = await runner.main();
  expectOk(main);
  return { runner, jobDir: main.outputs['job-dir'] };
}

/** Runs a step (J: the job folder; LONG: a 200-byte name) as an ordinary user; returns its output lines after `id -u`. */
async function step(runner: LocalRunner, jobDir: string, script: string): Promise<string[]> {
  const result = await runner.step(`J='${jobDir}'\nLONG=$(printf 'd%.0s' $(seq 200))\nid -u\n${script}`);
  expectOk(result);
  const [uid, ...lines] = result.stdout.trim().split('\n');
  expect(Number(uid)).not.toBe(0);
  return lines;
}

function expectAllRemoved(runner: LocalRunner, post: StepResult, jobDir: string) {
  expectOk(post);
  expect(warnings(post)).toEqual([]);
  expect(exists(jobDir)).toBe(false);
  expect(runner.summary).toContain('✅ Job folder removed');
}

describe('trees beyond the path limit (as an ordinary user)', () => {
  it('30 levels of 200-byte names (absolute paths over 6,000 bytes), files at the bottom and every fifth level, in GOCACHE and in the job folder', async () => {
    const { runner, jobDir } = await startJob();
    const lengths = await step(
      runner,
      jobDir,
      [
        'for top in "$GOCACHE/deep" "$J/deep"; do',
        '  mkdir "$top"',
        '  (',
        '    cd "$top"',
        '    for i in $(seq 1 30); do mkdir "$LONG"; cd "$LONG"; if [ $((i % 5)) = 0 ]; then echo "$i" > "mid$i"; mkdir "side$i"; echo x > "side$i/f"; fi; done',
        '    echo bottom > bottom.txt; ln -s bottom.txt link; mkdir empty',
        '    echo ${#PWD}',
        '  )',
        'done',
      ].join('\n'),
    );
    expect(lengths).toHaveLength(2);
    for (const length of lengths) expect(Number(length)).toBeGreaterThan(PATH_MAX);
    expectAllRemoved(runner, await runner.post(), jobDir);
  });

  it('a chain of 1,000 nested folders with short names, files every 100 levels, in TMPDIR', async () => {
    const { runner, jobDir } = await startJob();
    const [depth] = await step(
      runner,
      jobDir,
      [
        // Relative paths stay under PATH_MAX here (2,000 bytes), so mkdir -p builds it in ten calls.
        'cd "$TMPDIR"',
        'p=; for i in $(seq 1 1000); do p="${p}a/"; if [ $((i % 100)) = 0 ]; then mkdir -p "$p"; echo "$i" > "${p}f"; fi; done',
        'echo bottom > "${p}bottom.txt"',
        'find . -type d -name a | wc -l',
      ].join('\n'),
    );
    expect(depth).toBe('1000');
    expectAllRemoved(runner, await runner.post(), jobDir);
  });

  it('255-byte names: files, a folder, a link, in XDG_CACHE_HOME and in the job folder', async () => {
    const { runner, jobDir } = await startJob();
    await step(
      runner,
      jobDir,
      [
        'N=$(printf "n%.0s" $(seq 255))',
        'for d in "$XDG_CACHE_HOME" "$J"; do',
        '  echo x > "$d/$N"; mkdir "$d/${N%n}d"; echo y > "$d/${N%n}d/$N"; ln -s "$N" "$d/${N%n}l"',
        'done',
      ].join('\n'),
    );
    expectAllRemoved(runner, await runner.post(), jobDir);
  });
});

describe('depth and modes together', () => {
  it('a tree beyond the path limit whose 15th level is mode 000 and 25th level 0300, directly in the job folder', async () => {
    const { runner, jobDir } = await startJob();
    const [length] = await step(
      runner,
      jobDir,
      [
        'mkdir "$J/mix" && cd "$J/mix"',
        'for i in $(seq 1 14); do mkdir "$LONG"; cd "$LONG"; echo "$i" > "f$i"; done',
        'mkdir "$LONG"',
        '(',
        '  cd "$LONG"',
        '  for i in $(seq 15 24); do echo "$i" > "f$i"; mkdir "$LONG"; cd "$LONG"; done',
        '  mkdir "$LONG"',
        '  (cd "$LONG"; for i in $(seq 25 30); do echo "$i" > "f$i"; mkdir "$LONG"; cd "$LONG"; done; echo bottom > bottom.txt; echo ${#PWD})',
        '  chmod 0300 "$LONG"',
        ')',
        'chmod 000 "$LONG"',
      ].join('\n'),
    );
    expect(Number(length)).toBeGreaterThan(PATH_MAX);
    expectAllRemoved(runner, await runner.post(), jobDir);
  });
});
