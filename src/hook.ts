import { run } from './hooks/run-hook.js';

await run(process.argv.slice(2));
