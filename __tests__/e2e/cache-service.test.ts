// The local cache service (harness/cache-service.ts) against the real @actions/cache 6.3, run in a
// child process per call (cache-driver.mjs), as an action's entry would run it; then the protocol
// edges the library does not reach, over plain HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CacheService } from '../../harness/cache-service.js';
import { parseWorkflowCommands } from '../../harness/local-runner.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const driver = path.join(here, 'cache-driver.mjs');
const hasZstd = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v zstd'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let base: string;
let service: CacheService;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-cache-service-'));
  service = await CacheService.start({ dir: path.join(base, 'store') });
});

afterAll(async () => {
  await service?.stop();
  fs.rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  service.faults.clear();
  service.log.length = 0;
});

let workspaces = 0;
/** A fresh workspace (with its own RUNNER_TEMP beside it) holding `files`. */
function workspace(files: Record<string, string | Buffer> = {}): string {
  const ws = path.join(base, `ws${++workspaces}`);
  fs.mkdirSync(path.join(ws, 'work'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'temp'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(ws, 'work', name)), { recursive: true });
    fs.writeFileSync(path.join(ws, 'work', name), content);
  }
  return path.join(ws, 'work');
}

interface CacheRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  value?: string | number | null;
  error?: { name: string; message: string };
  warnings: string[];
}

type CacheCall = { op: 'save'; paths: string[]; key: string } | { op: 'restore'; paths: string[]; key: string; restoreKeys?: string[]; lookupOnly?: boolean };

/** Runs the real library in a child process against `service`, in workspace `ws`. */
function runCache(ws: string, call: CacheCall): Promise<CacheRun> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? os.homedir(), LANG: 'C.UTF-8' };
  Object.assign(env, service.env({ workspace: ws, runnerTemp: path.join(path.dirname(ws), 'temp') }));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [driver, JSON.stringify(call)], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const line = stdout.split('\n').find((l) => l.startsWith('::driver-result::'));
      const result = line ? (JSON.parse(line.slice('::driver-result::'.length)) as Pick<CacheRun, 'value' | 'error'>) : {};
      const warnings = parseWorkflowCommands(stdout)
        .annotations.filter((a) => a.level !== 'notice')
        .map((a) => a.message);
      resolve({ exitCode, stdout, stderr, warnings, ...result });
    });
  });
}

const save = (ws: string, key: string, paths = ['data']) => runCache(ws, { op: 'save', paths, key });
const restore = (ws: string, key: string, restoreKeys: string[] = [], more: { paths?: string[]; lookupOnly?: boolean } = {}) =>
  runCache(ws, { op: 'restore', paths: more.paths ?? ['data'], key, restoreKeys, lookupOnly: more.lookupOnly });

/** Every file under `dir` with its bytes' sha256. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isFile()) out[name] = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}

function expectOk(run: CacheRun) {
  if (run.exitCode !== 0 || run.error) throw new Error(`driver failed (exit ${run.exitCode})\n${run.stdout}\n${run.stderr}`);
}

const methods = () => service.log.map((r) => r.method);

describe('the real @actions/cache against the local service', () => {
  test('saves a folder and restores it byte for byte into an empty workspace; lookupOnly downloads nothing', async () => {
    const files = { 'data/a.txt': 'alpha\n', 'data/sub/b.bin': randomBytes(4096), 'data/empty': '' };
    const src = workspace(files);
    const saved = await save(src, 'roundtrip-1');
    expectOk(saved);
    expect(saved.warnings).toEqual([]);
    expect(typeof saved.value).toBe('number');
    expect(saved.value).toBeGreaterThan(0);
    expect(service.log).toEqual([
      { method: 'CreateCacheEntry', key: 'roundtrip-1', status: 200 },
      { method: 'PutBlob', key: 'roundtrip-1', status: 201 },
      { method: 'FinalizeCacheEntryUpload', key: 'roundtrip-1', status: 200 },
    ]);
    // The stored archive is what the library made: zstd where zstd is installed, else gzip.
    const entry = service.store.list().find((e) => e.key === 'roundtrip-1')!;
    const magic = fs.readFileSync(service.store.blobPath(entry.id)).subarray(0, 4).toString('hex');
    expect(magic.startsWith(hasZstd ? '28b52ffd' : '1f8b')).toBe(true);

    service.log.length = 0;
    const dst = workspace();
    const restored = await restore(dst, 'roundtrip-1');
    expectOk(restored);
    expect(restored.value).toBe('roundtrip-1');
    expect(restored.stdout).toContain('Cache hit for: roundtrip-1');
    expect(tree(path.join(dst, 'data'))).toEqual(tree(path.join(src, 'data')));
    expect(methods()).toEqual(['GetCacheEntryDownloadURL', 'Download']);

    service.log.length = 0;
    const lookup = await restore(workspace(), 'roundtrip-1', [], { lookupOnly: true });
    expect(lookup.value).toBe('roundtrip-1');
    expect(methods()).toEqual(['GetCacheEntryDownloadURL']);
  });

  test('an archive over 128 MiB goes up as 64 MiB blocks and a block list, and comes back whole', async () => {
    const src = workspace();
    fs.mkdirSync(path.join(src, 'data'));
    const fd = fs.openSync(path.join(src, 'data', 'big.bin'), 'w');
    for (let i = 0; i < 130; i++) fs.writeSync(fd, randomBytes(1 << 20)); // incompressible: the archive stays > 128 MiB
    fs.closeSync(fd);
    expectOk(await save(src, 'big-1'));
    expect(methods()).toEqual(['CreateCacheEntry', 'PutBlock', 'PutBlock', 'PutBlock', 'PutBlockList', 'FinalizeCacheEntryUpload']);
    const dst = workspace();
    const restored = await restore(dst, 'big-1');
    expect(restored.value).toBe('big-1');
    expect(tree(path.join(dst, 'data'))).toEqual(tree(path.join(src, 'data')));
    fs.rmSync(path.dirname(src), { recursive: true });
    fs.rmSync(path.dirname(dst), { recursive: true });
  });

  test('a miss restores nothing; the same key saved for other paths (another version) does not match', async () => {
    const ws = workspace({ 'data/x': 'x', 'other/y': 'y' });
    const miss = await restore(workspace(), 'never-saved');
    expectOk(miss);
    expect(miss.value).toBeNull();
    expect(miss.warnings).toEqual([]);
    expectOk(await save(ws, 'versioned', ['other']));
    const dst = workspace();
    expect((await restore(dst, 'versioned')).value).toBeNull();
    expect(fs.existsSync(path.join(dst, 'data'))).toBe(false);
    expect((await restore(dst, 'versioned', [], { paths: ['other'] })).value).toBe('versioned');
  });

  test('restore keys match by prefix, newest entry first; the key itself also matches by prefix', async () => {
    const older = workspace({ 'data/which': 'older' });
    const newer = workspace({ 'data/which': 'newer' });
    expectOk(await save(older, 'go-linux-aaa'));
    expectOk(await save(newer, 'go-linux-bbb'));
    const dst = workspace();
    const fallback = await restore(dst, 'go-linux-zzz', ['go-darwin-', 'go-linux-']);
    expect(fallback.value).toBe('go-linux-bbb');
    expect(fallback.stdout).toContain('Cache hit for restore-key: go-linux-bbb');
    expect(fs.readFileSync(path.join(dst, 'data', 'which'), 'utf8')).toBe('newer');
    // An exact restore key beats a newer prefix match of the same restore key.
    expect((await restore(workspace(), 'nothing', ['go-linux-aaa'], { lookupOnly: true })).value).toBe('go-linux-aaa');
    expect((await restore(workspace(), 'go-linux-', [], { lookupOnly: true })).value).toBe('go-linux-bbb');
  });

  test('a key is written once: a second save gets 409 and the library reports another job creating it', async () => {
    expectOk(await save(workspace({ 'data/f': 'first' }), 'once-1'));
    service.log.length = 0;
    const again = await save(workspace({ 'data/f': 'second' }), 'once-1');
    expectOk(again);
    expect(again.value).toBe(-1);
    expect(again.stdout).toContain('Failed to save: Unable to reserve cache with key once-1, another job may be creating this cache.');
    expect(service.log).toEqual([{ method: 'CreateCacheEntry', key: 'once-1', status: 409 }]);
    const dst = workspace();
    await restore(dst, 'once-1');
    expect(fs.readFileSync(path.join(dst, 'data', 'f'), 'utf8')).toBe('first');
  });
});

describe('faults', () => {
  test('a 5xx is retried (after 3 s) and the save then succeeds', async () => {
    service.fail('CreateCacheEntry', 503);
    const saved = await save(workspace({ 'data/f': 'retried' }), 'retry-1');
    expectOk(saved);
    expect(saved.value).toBeGreaterThan(0);
    expect(saved.stdout).toMatch(/Attempt 1 of 5 failed with error: Failed request: \(503\) Service Unavailable: injected fault: 503\. Retrying/);
    expect(service.calls('CreateCacheEntry').map((r) => r.status)).toEqual([503, 200]);
    expect((await restore(workspace(), 'retry-1', [], { lookupOnly: true })).value).toBe('retry-1');
  });

  test('429 is not retried: restore warns and misses, save gives up', async () => {
    expectOk(await save(workspace({ 'data/f': 'x' }), 'limited-1'));
    service.log.length = 0;
    service.fail('GetCacheEntryDownloadURL', 429, { retryAfter: 60 });
    const restored = await restore(workspace(), 'limited-1');
    expect(restored.exitCode).toBe(0);
    expect(restored.value).toBeNull();
    expect(restored.warnings).toContain("You've hit a rate limit, your rate limit will reset in 60 seconds");
    expect(restored.warnings.some((w) => /^Failed to restore: .*Rate limited: Failed request: \(429\)/.test(w))).toBe(true);
    service.fail('CreateCacheEntry', 429);
    const saved = await save(workspace({ 'data/f': 'y' }), 'limited-2');
    expect(saved.value).toBe(-1);
    expect(methods()).toEqual(['GetCacheEntryDownloadURL', 'CreateCacheEntry']);
  });

  test('a quota error on finalize ("insufficient usage") is the library\'s storage-quota warning', async () => {
    service.fail('FinalizeCacheEntryUpload', 400, { msg: 'insufficient usage: the repository is over its cache quota' });
    const saved = await save(workspace({ 'data/f': 'q' }), 'quota-1');
    expect(saved.value).toBe(-1);
    expect(saved.warnings).toHaveLength(1);
    expect(saved.warnings[0]).toMatch(/^Failed to save: Failed to FinalizeCacheEntryUpload: Cache storage quota has been hit/);
    expect(methods()).toEqual(['CreateCacheEntry', 'PutBlob', 'FinalizeCacheEntryUpload']);
  });

  test('the service down: restore and save warn or give up, and nothing crashes', async () => {
    expectOk(await save(workspace({ 'data/f': 'kept' }), 'down-1'));
    await service.down();
    try {
      service.log.length = 0;
      const restored = await restore(workspace(), 'down-1');
      expect(restored.exitCode).toBe(0);
      expect(restored.value).toBeNull();
      expect(restored.warnings).toHaveLength(1);
      expect(restored.warnings[0]).toMatch(/^Failed to restore: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED/);
      // A save finds out only after compressing, and says no more than for a taken key (no warning).
      const saved = await save(workspace({ 'data/f': 'new' }), 'down-2');
      expect(saved.exitCode).toBe(0);
      expect(saved.value).toBe(-1);
      expect(saved.warnings).toEqual([]);
      expect(saved.stdout).toContain('another job may be creating this cache');
      expect(service.log).toEqual([]);
    } finally {
      await service.up();
    }
    expect((await restore(workspace(), 'down-1', [], { lookupOnly: true })).value).toBe('down-1');
  });

  test('a truncated download is detected: a warning, nothing extracted, and the next restore works', async () => {
    expectOk(await save(workspace({ 'data/big': randomBytes(1 << 20) }), 'cut-1'));
    service.truncateNextDownload();
    const dst = workspace();
    const cut = await restore(dst, 'cut-1');
    expect(cut.exitCode).toBe(0);
    expect(cut.value).toBeNull();
    expect(cut.warnings).toEqual(['Failed to restore: aborted']); // the socket closed before Content-Length bytes
    expect(fs.existsSync(path.join(dst, 'data'))).toBe(false);
    expect(service.calls('Download')).toEqual([{ method: 'Download', key: 'cut-1', status: 200, injected: true }]);
    expect((await restore(dst, 'cut-1')).value).toBe('cut-1');
  });
});

describe('protocol edges (plain HTTP)', () => {
  async function twirp(method: string, body: object, token = service.token) {
    const res = await fetch(`${service.url}/twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const put = (url: string, body: string, headers: Record<string, string> = {}) => fetch(url, { method: 'PUT', body, headers });

  test('twirp: the bearer token is checked, unknown methods are bad_route, errors are JSON {code, msg}', async () => {
    expect(await twirp('CreateCacheEntry', { key: 'k', version: 'v' }, 'wrong')).toEqual({
      status: 401,
      body: { code: 'unauthenticated', msg: 'invalid or missing bearer token' },
    });
    expect((await twirp('DeleteCacheEntry', { key: 'k' })).body).toMatchObject({ code: 'bad_route' });
    expect((await twirp('CreateCacheEntry', { key: 'k' })).body).toMatchObject({ code: 'invalid_argument' });
    service.fail('GetCacheEntryDownloadURL', 502, { body: '<html>Bad Gateway</html>' });
    const proxied = await fetch(`${service.url}/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.token}` },
      body: '{"key":"k","version":"v"}',
    });
    expect([proxied.status, await proxied.text()]).toEqual([502, '<html>Bad Gateway</html>']);
    expect(service.log.map((r) => [r.method, r.status])).toEqual([
      ['CreateCacheEntry', 401],
      ['twirp DeleteCacheEntry', 404],
      ['CreateCacheEntry', 400],
      ['GetCacheEntryDownloadURL', 502],
    ]);
  });

  test('blobs: signature, blob type and Content-MD5 checked; blocks commit in list order; Range; written once', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'raw-1', version: 'v1' });
    const url = created.body.signed_upload_url as string;
    expect((await put(url.replace(/sig=\w+/, 'sig=nope'), 'x', { 'x-ms-blob-type': 'BlockBlob' })).status).toBe(403);
    expect((await put(url, 'x')).status).toBe(400);
    const badMd5 = await put(url, 'hello', { 'x-ms-blob-type': 'BlockBlob', 'content-md5': createHash('md5').update('other').digest('base64') });
    expect([badMd5.status, badMd5.headers.get('x-ms-error-code')]).toEqual([400, 'Md5Mismatch']);
    // Blocks staged out of order; the list decides the order. Ids are base64, '+' and '/' included.
    const [first, second] = ['+/A=', 'B/+='];
    const block = (id: string, body: string) => put(`${url}&comp=block&blockid=${encodeURIComponent(id)}`, body);
    const staged = await block(second, 'world');
    expect([staged.status, staged.headers.get('content-md5')]).toEqual([201, createHash('md5').update('world').digest('base64')]);
    expect((await block(first, 'hello ')).status).toBe(201);
    const list = `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${first}</Latest><Latest>${second}</Latest></BlockList>`;
    const committed = await put(`${url}&comp=blocklist`, list);
    expect(committed.status).toBe(201);
    for (const h of ['etag', 'last-modified', 'x-ms-request-id', 'x-ms-version']) expect(committed.headers.get(h)).toBeTruthy();
    expect((await twirp('FinalizeCacheEntryUpload', { key: 'raw-1', version: 'v1', size_bytes: '999' })).body).toMatchObject({ ok: false });
    expect((await twirp('FinalizeCacheEntryUpload', { key: 'raw-1', version: 'v1', size_bytes: '11' })).body).toMatchObject({ ok: true });
    const found = await twirp('GetCacheEntryDownloadURL', { key: 'raw', restore_keys: [], version: 'v1' });
    expect(found.body).toMatchObject({ ok: true, matched_key: 'raw-1' });
    const dl = found.body.signed_download_url as string;
    const whole = await fetch(dl);
    expect([whole.status, whole.headers.get('content-length'), await whole.text()]).toEqual([200, '11', 'hello world']);
    const ranged = await fetch(dl, { headers: { range: 'bytes=6-' } });
    expect([ranged.status, ranged.headers.get('content-range'), await ranged.text()]).toEqual([206, 'bytes 6-10/11', 'world']);
    expect(await (await fetch(dl, { headers: { range: 'bytes=-5' } })).text()).toBe('world');
    expect((await fetch(dl, { headers: { range: 'bytes=11-' } })).status).toBe(416);
    expect((await put(url, 'replaced', { 'x-ms-blob-type': 'BlockBlob' })).status).toBe(409);
    expect((await twirp('CreateCacheEntry', { key: 'raw-1', version: 'v1' })).status).toBe(409);
    expect((await twirp('CreateCacheEntry', { key: 'raw-1', version: 'v2' })).body).toMatchObject({ ok: true });
  });

  test('a delay holds the answer back; the folder outlives the server', async () => {
    service.delay('GetCacheEntryDownloadURL', 300, 1);
    const started = Date.now();
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'raw-1', version: 'v1' })).body).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(service.log[0]).toMatchObject({ method: 'GetCacheEntryDownloadURL', injected: true });
    const next = await CacheService.start({ dir: service.store.dir });
    try {
      expect(next.store.list().find((e) => e.key === 'raw-1' && e.version === 'v1')?.finalizedAt).toBeDefined();
      expect(next.url).not.toBe(service.url);
    } finally {
      await next.stop();
    }
  });
});
