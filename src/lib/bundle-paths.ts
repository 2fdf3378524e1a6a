// Where the action's other files are, relative to the running bundle (dist/main.js, dist/post.js):
// the bundler puts every entry side by side in dist/, and matchers/ beside dist/. Resolved here only,
// then passed in, so code that starts them can be tested with paths of the test's choosing.
import { fileURLToPath } from 'node:url';

export interface BundlePaths {
  /** dist/sampler.js: the detached free-space sampler main starts. */
  sampler: URL;
  /** dist/remove-worker.js: the worker threads of post's removal. */
  removeWorker: URL;
  /** matchers/go-ci-guard.json: the problem matchers main registers. */
  matchers: string;
  /** dist/cache.js: the cache client, loaded only when caching is on. */
  cacheClient: URL;
  /** dist/artifact.js: the cells' report upload and download, loaded only when used. */
  artifactClient: URL;
  /** dist/reap.js: the janitor's remover, loaded only when there are leftovers to remove. */
  reap: URL;
}

export function bundlePaths(base: string | URL = import.meta.url): BundlePaths {
  return {
    sampler: new URL('./sampler.js', base),
    removeWorker: new URL('./remove-worker.js', base),
    matchers: fileURLToPath(new URL('../matchers/go-ci-guard.json', base)),
    cacheClient: new URL('./cache.js', base),
    artifactClient: new URL('./artifact.js', base),
    reap: new URL('./reap.js', base),
  };
}
