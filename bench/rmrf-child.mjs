// Child process for bench/run.mjs: removes one folder with @actions/io rmRF, as many actions do.
import { rmRF } from '@actions/io';

const target = process.argv[2];
if (!target) {
  console.error('usage: node bench/rmrf-child.mjs FOLDER');
  process.exit(2);
}
await rmRF(target);
