// Entry of dist/cache.js: main's and post's cache steps with @actions/cache, loaded only when caching is on.
export { restoreCache } from './cache/restore-main.js';
export { saveCache } from './cache/save-post.js';
