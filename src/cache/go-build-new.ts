// What a job added to a restored GOCACHE that is worth a new save. Counting entries is not enough: the
// go command also caches its module index there (cmd/go/internal/modindex, Go 1.19 to today), one entry
// per package directory outside the module cache — the checkout's and GOROOT's — keyed by the names,
// sizes and mtimes of the directory's files (a package with a file under 2 s old is not indexed). A
// fresh checkout has fresh mtimes, so every job writes new index entries for the same sources; were
// they counted, `cache-save: on-change` would save after every warm build.
//
// Main writes the restored action ids to RESTORED_ACTIONS_FILE. At post, an action entry (`<id>-a`, one
// line "v1 <id> <output id> <size> <unixnano>") used or made in the job whose id was not restored is new
// (Go also rewrites some restored ones, such as each link's "link-stdout", so their times do not tell);
// its output (`<out>-d`) is an index when it starts with "go index v" (write.go's indexVersion).
import fs from 'node:fs';
import path from 'node:path';
import { RESTORED_ACTIONS_FILE } from '../constants.js';
import { readFileHead, readSmallText } from '../lib/small-file.js';
import { outputIdOf } from './go-build-trim.js';

const INDEX_PREFIX = Buffer.from('go index v');

/** Pure: whether an output's first bytes are a module index. */
export const isModuleIndex = (head: Buffer): boolean => head.subarray(0, INDEX_PREFIX.length).equals(INDEX_PREFIX);

/** Main: records the restored action ids in the job folder (a file, not the state: there may be 100,000). */
export function writeRestoredActions(jobDir: string, actionIds: readonly string[]): void {
  fs.writeFileSync(path.join(jobDir, RESTORED_ACTIONS_FILE), actionIds.join('\n'), { flag: 'wx', mode: 0o600 });
}

/** Post: the ids main restored, or undefined when the record is gone or unreadable (a job step removed it). */
export function readRestoredActions(jobDir: string): Set<string> | undefined {
  const text = readSmallText(path.join(jobDir, RESTORED_ACTIONS_FILE), 64 << 20);
  return text === undefined ? undefined : new Set(text.split('\n'));
}

export interface NewEntries {
  /** new action entries for build, test or vet results */
  built: number;
  /** new action entries for Go's module index */
  indexes: number;
}

/** Of the action entries `actions` (paths of `-a` files in GOCACHE `dir`), those not `restored`, by kind. */
export function newActionEntries(dir: string, actions: readonly string[], restored: ReadonlySet<string>): NewEntries {
  const result: NewEntries = { built: 0, indexes: 0 };
  for (const file of actions) {
    if (restored.has(path.basename(file).slice(0, -2))) continue;
    const line = readFileHead(file, 256);
    const out = line && outputIdOf(line);
    const head = out && readFileHead(path.join(dir, out.slice(0, 2), `${out}-d`), INDEX_PREFIX.length);
    if (head && isModuleIndex(head)) result.indexes++;
    else result.built++;
  }
  return result;
}
