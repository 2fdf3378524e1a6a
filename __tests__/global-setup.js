// Tests run the action's bundled entries as separate processes: make sure dist/ exists first.
// (__tests__/e2e/action-definition.test.ts separately fails when the committed dist/ is stale.)
import fs from 'node:fs';

export default function globalSetup() {
  for (const entry of ['dist/main.js', 'dist/post.js']) {
    if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run bundle`);
  }
}
