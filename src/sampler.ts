import { runSampler } from './disk/sampler.js';

runSampler(process.argv[2]);
