// Starts the child process that removes with many calls in flight (remove-lanes.ts) and collects
// its result. The child gets the job folder's descriptor itself (as its fd 4), so it removes from
// the very folder post checked, and a thread pool of 16, which only the environment can set.
import { fileURLToPath } from 'node:url';
import type { AccessOptions } from './folder-access.js';
import type { LanesResult } from './remove-lanes.js';

/** What the parent sends; the job folder's descriptor arrives as fd LANES_PARENT_FD. */
export interface LanesJob {
  parentPath: string;
  names: string[];
  platform: NodeJS.Platform;
  dev: number;
  mountPoints: string[];
  attempts: number;
  delayMs: number;
}

export const LANES_PARENT_FD = 4;
const POOL_THREADS = '16';

export function removeInChild(parentPath: string, parentFd: number, names: string[], access: AccessOptions, script: URL): Promise<LanesResult> {
  const job: LanesJob = {
    parentPath,
    names,
    platform: access.rules.os,
    dev: access.dev,
    mountPoints: [...access.mountPoints],
    attempts: access.attempts,
    delayMs: access.delayMs,
  };
  const { spawn } = process.getBuiltinModule('node:child_process');
  return new Promise((resolve, reject) => {
    // A small young generation and no optimizing compilers keep its memory down: it waits on the disk, not on JavaScript.
    const child = spawn(process.execPath, ['--max-semi-space-size=1', '--no-maglev', '--no-opt', fileURLToPath(script)], {
      env: { ...process.env, UV_THREADPOOL_SIZE: POOL_THREADS },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc', parentFd],
    });
    let stderr = '';
    let result: LanesResult | undefined;
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.on('message', (m: LanesResult) => (result = m));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (result) resolve(result);
      else reject(new Error(`exit ${code ?? signal}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
    });
    child.send(job);
  });
}
