import { runSampler } from './disk/sampler-process.js';

runSampler(process.argv[2]);
