// The far side of the removal machinery, in dist/remove-worker.js: a worker thread empties the
// folders the coordinator sends (remove.ts); a child process removes the entries it is sent with
// many calls in flight (lanes-child.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { platformRules } from '../lib/platform.js';
import { emptyDir, type Unit } from './empty-dir.js';
import type { AccessOptions } from './folder-access.js';
import { LANES_PARENT_FD, type LanesJob } from './lanes-child.js';
import { removeWithLanes } from './remove-lanes.js';
import type { WorkerSetup } from './unit-runner.js';

const LANES = 64;

export function serveWorkerThread(): void {
  const setup = workerData as WorkerSetup;
  const opts: AccessOptions = { ...setup, rules: platformRules(setup.platform), mountPoints: new Set(setup.mountPoints) };
  parentPort!.on('message', (unit: Unit) => parentPort!.postMessage(emptyDir(unit, opts)));
}

export function serveChildProcess(): void {
  process.once('message', (job: LanesJob) => {
    const opts = { ...job, rules: platformRules(job.platform), mountPoints: new Set(job.mountPoints), lanes: LANES, maxFailuresKept: 200 };
    void removeWithLanes(LANES_PARENT_FD, job.parentPath, job.names, opts).then((result) => {
      result.maxRssKiB = process.resourceUsage().maxRSS;
      process.send!(result, () => process.disconnect());
    });
  });
}
