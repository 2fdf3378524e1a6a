// Entry of dist/remove-worker.js: a removal worker thread, or the removal child process.
import { isMainThread } from 'node:worker_threads';
import { serveChildProcess, serveWorkerThread } from './serve-removal.js';

if (isMainThread) serveChildProcess();
else serveWorkerThread();
