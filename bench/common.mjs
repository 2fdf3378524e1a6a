// Helpers both benchmarks use.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Fresh, empty runner file-command files, as the runner makes for every step. */
export function commandFiles(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const files = {};
  for (const name of ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    files[name] = path.join(dir, `${name.toLowerCase()}_${randomUUID()}`);
    fs.writeFileSync(files[name], '');
  }
  return files;
}
