// Worker-thread entry (bundled as dist/remove-worker.js): empties the folders the coordinator sends.
import { parentPort, workerData } from 'node:worker_threads';
import { platformRules } from '../lib/platform.js';
import { emptyDir, type EmptyDirOptions } from './empty-dir.js';
import type { WorkerSetup } from './remove.js';

const setup = workerData as WorkerSetup;
const opts: EmptyDirOptions = { ...setup, rules: platformRules(setup.platform), mountPoints: new Set(setup.mountPoints) };
parentPort!.on('message', (path: string) => parentPort!.postMessage(emptyDir(path, opts)));
