// Shared set-up of the hook and janitor end-to-end tests: a "host" (a root and HOME that several
// runners share) and runners that run this action's hooks as a self-hosted runner would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isRunning } from '../../harness/job-cleanup.js';
import type { LocalRunner, RunAs } from '../../harness/local-runner.js';
import { actionNode, exists, isRoot, newRunner, repoRoot, tmpfsForTest } from './support.js';

export const jobFolders = (root: string) => (exists(root) ? fs.readdirSync(root).filter((n) => n.startsWith('go-ci-guard-') && !n.endsWith('.json')) : []);

export type Host = ReturnType<typeof host>;

/**
 * A shared root and HOME for runners on one host, owned by the job user. As root the root is a tmpfs
 * of its own: space given back is read off the filesystem, which other test files move on the disk.
 */
export function host(runAs?: RunAs) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-host-'));
  fs.chmodSync(base, 0o755);
  const root = isRoot ? tmpfsForTest(128, runAs) : path.join(base, 'root');
  const home = path.join(base, 'home');
  for (const dir of [root, home]) {
    fs.mkdirSync(dir, { recursive: true });
    if (runAs) fs.chownSync(dir, runAs.uid, runAs.gid);
  }
  return { base, root, home, dispose: () => fs.rmSync(base, { recursive: true, force: true }) };
}

/** A runner whose .env sets this action's hooks, with the root `root` (default: the host's). */
export function hookedRunner(h: Host, runAs: RunAs | undefined, env: Record<string, string> = {}): LocalRunner {
  return newRunner({
    runAs,
    home: h.home,
    hooks: { started: 'hooks/job-started.sh', completed: 'hooks/job-completed.sh' },
    // No warn-free: the root is a small tmpfs.
    runnerEnv: { GO_CI_GUARD_NODE: actionNode, GO_CI_GUARD_ROOT: h.root, GO_CI_GUARD_WARN_FREE: '0', ...env },
    checkout: path.join(repoRoot, 'examples', 'cgo-hello'),
  });
}

/** The hooks' state folder under the host's HOME. */
export const stateDir = (h: Host) => path.join(h.home, '.local', 'state', 'go-ci-guard');

// A zombie (exited, not yet reaped by whoever inherited it) counts as gone.
export const processAlive = isRunning;
