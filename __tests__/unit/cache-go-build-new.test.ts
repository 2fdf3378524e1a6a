// Telling new build results from Go's module index and from restored entries Go rewrote (go-build-new.ts).
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isModuleIndex, newActionEntries, readRestoredActions, writeRestoredActions } from '../../src/cache/go-build-new.js';
import { RESTORED_ACTIONS_FILE } from '../../src/constants.js';

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-new-'));
  scratch.push(d);
  return d;
}

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

/** An action entry `<id>-a` naming output `<out>-d` with `content` (no output when content is undefined); returns the `-a` path. */
function action(dir: string, seed: string, content?: string | Buffer): string {
  const id = hex(seed);
  const out = hex(`out-${seed}`);
  const line = `v1 ${id} ${out} ${String(content?.length ?? 0).padStart(20)} ${String(Date.now() * 1e6).padStart(20)}\n`;
  const file = path.join(dir, id.slice(0, 2), `${id}-a`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, line);
  if (content !== undefined) {
    fs.mkdirSync(path.join(dir, out.slice(0, 2)), { recursive: true });
    fs.writeFileSync(path.join(dir, out.slice(0, 2), `${out}-d`), content);
  }
  return file;
}

describe('newActionEntries', () => {
  it('skips restored ids (a rewritten link-stdout too), counts index outputs apart, and everything else as built', () => {
    const dir = tempDir();
    const rewritten = action(dir, 'link-stdout', '');
    const actions = [
      rewritten,
      action(dir, 'index 1.19', Buffer.concat([Buffer.from('go index v1\n'), Buffer.alloc(64, 7)])),
      action(dir, 'index today', 'go index v2\n\u0001'),
      action(dir, 'compile', '!<arch>\n'),
      action(dir, 'empty output', ''),
      action(dir, 'output gone'),
    ];
    const garbage = path.join(dir, 'ab', `${hex('garbage')}-a`);
    fs.mkdirSync(path.dirname(garbage), { recursive: true });
    fs.writeFileSync(garbage, 'not an entry');
    const restored = new Set([path.basename(rewritten).slice(0, -2)]);
    expect(newActionEntries(dir, [...actions, garbage], restored)).toEqual({ built: 4, indexes: 2 });
    // Nothing restored: the rewritten one is new too.
    expect(newActionEntries(dir, actions, new Set())).toEqual({ built: 4, indexes: 2 });
  });

  it('does not wait on a FIFO where an output should be', () => {
    const dir = tempDir();
    const a = action(dir, 'fifo');
    const out = hex('out-fifo');
    fs.mkdirSync(path.join(dir, out.slice(0, 2)), { recursive: true });
    execFileSync('mkfifo', [path.join(dir, out.slice(0, 2), `${out}-d`)]);
    expect(newActionEntries(dir, [a], new Set())).toEqual({ built: 1, indexes: 0 });
  });

  it('never reads an output through a link', () => {
    const dir = tempDir();
    const outside = path.join(tempDir(), 'index');
    fs.writeFileSync(outside, 'go index v1\n');
    const a = action(dir, 'linked');
    const out = hex('out-linked');
    fs.mkdirSync(path.join(dir, out.slice(0, 2)), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, out.slice(0, 2), `${out}-d`));
    expect(newActionEntries(dir, [a], new Set())).toEqual({ built: 1, indexes: 0 });
  });
});

describe('the restored record', () => {
  it('round-trips through the job folder, refuses to overwrite, and is undefined once removed', () => {
    const jobDir = tempDir();
    const ids = [hex('a'), hex('b')];
    writeRestoredActions(jobDir, ids);
    expect(readRestoredActions(jobDir)).toEqual(new Set(ids));
    expect(() => writeRestoredActions(jobDir, [])).toThrow(/EEXIST/);
    fs.rmSync(path.join(jobDir, RESTORED_ACTIONS_FILE));
    expect(readRestoredActions(jobDir)).toBeUndefined();
  });

  it('isModuleIndex looks at the first bytes only', () => {
    expect(isModuleIndex(Buffer.from('go index v1\n'))).toBe(true);
    expect(isModuleIndex(Buffer.from('go index'))).toBe(false);
    expect(isModuleIndex(Buffer.from('!<arch>\ngo index v1'))).toBe(false);
  });
});
