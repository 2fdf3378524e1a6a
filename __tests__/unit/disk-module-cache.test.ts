// Where Go's module cache is when the job does not redirect it, as main finds it.
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locateModuleCache, moduleCacheFromEnv, moduleCacheSize } from '../../src/disk/module-cache.js';
import { platformRules } from '../../src/lib/platform.js';

const linux = platformRules('linux');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-modcache-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('moduleCacheFromEnv', () => {
  it('takes GOMODCACHE, else the first entry of GOPATH, else ~/go/pkg/mod', () => {
    expect(moduleCacheFromEnv({ GOMODCACHE: '/m', GOPATH: '/g' }, '/home/r', linux)).toEqual({ path: '/m', source: 'GOMODCACHE' });
    expect(moduleCacheFromEnv({ GOPATH: ':/g1:/g2' }, '/home/r', linux)).toEqual({ path: '/g1/pkg/mod', source: 'GOPATH' });
    expect(moduleCacheFromEnv({}, '/home/r', linux)).toEqual({ path: '/home/r/go/pkg/mod', source: "Go's default, ~/go/pkg/mod" });
  });

  it('ignores relative values, as Go does, and has no default without HOME', () => {
    expect(moduleCacheFromEnv({ GOMODCACHE: 'rel', GOPATH: 'rel' }, '/home/r', linux)?.path).toBe('/home/r/go/pkg/mod');
    expect(moduleCacheFromEnv({}, '', linux)).toBeUndefined();
  });

  it("splits GOPATH with the platform's list separator", () => {
    expect(moduleCacheFromEnv({ GOPATH: 'C:\\g1;C:\\g2' }, 'C:\\Users\\r', platformRules('win32'))?.path).toBe('C:\\g1\\pkg\\mod');
  });
});

describe('locateModuleCache', () => {
  const jobDir = path.join(base, 'job');
  fs.mkdirSync(jobDir);
  /** A `go` on PATH that prints `answer` for go env GOMODCACHE, and logs its environment and folder. */
  function fakeGo(answer: string, exit = 0): NodeJS.ProcessEnv {
    const bin = fs.mkdtempSync(path.join(base, 'bin-'));
    fs.writeFileSync(path.join(bin, 'go'), `#!/bin/sh\necho "$GOTOOLCHAIN $PWD $*" > "${bin}/called"\necho '${answer}'\nexit ${exit}\n`, { mode: 0o755 });
    return { PATH: `${bin}:/usr/bin:/bin`, GOPATH: '/from-env' };
  }
  const locate = (env: NodeJS.ProcessEnv, more: { redirected?: string[]; cacheRoots?: string[] } = {}) =>
    locateModuleCache({ env, home: '/home/r', jobDir, cacheRoots: more.cacheRoots ?? ['/home/r/.cache'], redirected: more.redirected ?? [], rules: linux });

  it('asks go env (which sees go env -w too), in the job folder, with the local toolchain', async () => {
    const env = fakeGo('/opt/mods');
    expect(await locate(env)).toEqual({ path: '/opt/mods', source: 'go env GOMODCACHE' });
    const bin = String(env.PATH).split(':')[0];
    expect(fs.readFileSync(path.join(bin, 'called'), 'utf8').trim()).toBe(`local ${jobDir} env GOMODCACHE`);
  });

  it('falls back to the variables where go fails, answers nothing usable or is not installed', async () => {
    expect(await locate(fakeGo('/opt/mods', 1))).toEqual({ path: '/from-env/pkg/mod', source: 'GOPATH' });
    expect(await locate(fakeGo(''))).toEqual({ path: '/from-env/pkg/mod', source: 'GOPATH' });
    expect(await locate({ PATH: path.join(base, 'nowhere') })).toEqual({ path: '/home/r/go/pkg/mod', source: "Go's default, ~/go/pkg/mod" });
  });

  it("watches none where GOMODCACHE is redirected, it lies in the job folder, or in HOME's cache (measured there already)", async () => {
    expect(await locate(fakeGo('/opt/mods'), { redirected: ['TMPDIR', 'GOMODCACHE'] })).toBeUndefined();
    expect(await locate(fakeGo(path.join(jobDir, 'gopath', 'pkg', 'mod')))).toBeUndefined();
    expect(await locate(fakeGo('/home/r/.cache/gomod'))).toBeUndefined();
  });
});

describe('moduleCacheSize', () => {
  it("is the scan's total, 0 for a cache that does not exist, unknown for one that exists but was not counted", async () => {
    const total = { path: '/m', bytes: 5, complete: true };
    expect(await moduleCacheSize('/m', total, true)).toBe(total);
    expect(await moduleCacheSize('/m', undefined, true)).toBeUndefined();
    expect(await moduleCacheSize(path.join(base, 'missing'), undefined, false)).toEqual({ path: path.join(base, 'missing'), bytes: 0, complete: true });
    expect(await moduleCacheSize(base, undefined, false)).toBeUndefined();
  });
});
