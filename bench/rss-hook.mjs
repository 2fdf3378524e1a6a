// Preloaded with `node --import ./bench/rss-hook.mjs …` by bench/run.mjs: when the process exits,
// writes its peak resident set size (KiB, from getrusage) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      // The benchmark reports a missing value; never change the measured process's exit.
    }
  });
}
