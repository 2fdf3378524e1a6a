// Runs the real @actions/cache once, as an action's entry would, in its own process (the library
// reads the environment at call time and runs tar/zstd). Argument: JSON
// {op: 'save' | 'restore', paths, key, restoreKeys?, lookupOnly?}. Prints the library's own output,
// then one line `::driver-result::{"value":…}` or `{"error":{name,message}}` for what it returned or threw.
import * as cache from '@actions/cache';

const req = JSON.parse(process.argv[2]);
let result;
try {
  const value =
    req.op === 'save'
      ? await cache.saveCache(req.paths, req.key)
      : await cache.restoreCache(req.paths, req.key, req.restoreKeys ?? [], { lookupOnly: Boolean(req.lookupOnly) });
  result = { value: value ?? null };
} catch (err) {
  result = { error: { name: err?.name, message: err?.message } };
}
console.log(`::driver-result::${JSON.stringify(result)}`);
