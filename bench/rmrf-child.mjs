// Child process for bench/run.mjs: removes one folder with @actions/io rmRF, as many actions do (in
// @actions/io 3: fs.promises.rm(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 300 })).
import { rmRF } from '@actions/io';

const target = process.argv[2];
if (!target) {
  console.error('usage: node bench/rmrf-child.mjs FOLDER');
  process.exit(2);
}
await rmRF(target);
