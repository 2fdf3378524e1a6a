// execTool and findExecutable with real processes: a time limit or an abort must stop a wrapper
// script's children too (they hold the output pipes open), and execTool never throws.
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execTool, findExecutable } from '../../src/lib/exec.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-exec-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A wrapper like `sh -c 'sleep …; exec gcc'`: its child keeps stdout open long after a plain kill. */
function wrapper(name: string): { script: string; pidFile: string } {
  const pidFile = path.join(dir, `${name}.pid`);
  const script = path.join(dir, name);
  fs.writeFileSync(script, `#!/bin/sh\nsleep 600 &\necho $! > ${pidFile}\nwait\n`, { mode: 0o755 });
  return { script, pidFile };
}

/** Dead: no such process, or a zombie waiting for its new parent to reap it. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 250; i++) {
    let state: string;
    try {
      state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
    } catch {
      return true;
    }
    if (state === 'Z' || state === 'X') return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe('execTool', () => {
  it('collects output and the exit code, and feeds stdin', async () => {
    expect(await execTool('/bin/sh', ['-c', 'cat; echo err >&2; exit 3'], { input: 'hello' })).toEqual({ code: 3, stdout: 'hello', stderr: 'err\n' });
  });

  it('reports a program that cannot start instead of throwing', async () => {
    const result = await execTool(path.join(dir, 'no-such-tool'), []);
    expect(result.code).toBeNull();
    expect(result.error).toMatch(/ENOENT/);
  });

  it('on its time limit kills the whole process group, the wrapper’s children included', async () => {
    const { script, pidFile } = wrapper('slow-cc');
    const result = await execTool(script, ['--version'], { timeoutMs: 500 });
    expect(result).toMatchObject({ code: null, error: 'slow-cc did not finish within 1 s' });
    expect(await gone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true);
  });

  it('stops on an abort signal the same way', async () => {
    const { script, pidFile } = wrapper('abort-me');
    const stop = new AbortController();
    const running = execTool(script, [], { signal: stop.signal });
    while (!fs.existsSync(pidFile) || !fs.readFileSync(pidFile, 'utf8').trim()) await new Promise((resolve) => setTimeout(resolve, 20));
    stop.abort();
    expect(await running).toMatchObject({ code: null, error: 'abort-me was stopped' });
    expect(await gone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true);
  });
});

describe('findExecutable', () => {
  it('finds a program on PATH, skipping files that are not executable and folders', () => {
    const a = path.join(dir, 'path-a');
    const b = path.join(dir, 'path-b');
    fs.mkdirSync(path.join(a, 'tool'), { recursive: true }); // a folder named like the tool
    fs.mkdirSync(b);
    fs.writeFileSync(path.join(b, 'tool'), '#!/bin/sh\n', { mode: 0o644 });
    expect(findExecutable('tool', { PATH: `${a}:${b}` }, 'linux')).toBeUndefined();
    fs.chmodSync(path.join(b, 'tool'), 0o755);
    expect(findExecutable('tool', { PATH: `${a}:${b}` }, 'linux')).toBe(path.join(b, 'tool'));
  });

  it('takes a name with a slash as a path, relative to the working folder', () => {
    expect(findExecutable('./path-b/tool', { PATH: '' }, 'linux', dir)).toBe(path.join(dir, 'path-b', 'tool'));
    expect(findExecutable('/usr/bin/gcc', { PATH: '' }, 'linux')).toBe('/usr/bin/gcc');
  });
});
