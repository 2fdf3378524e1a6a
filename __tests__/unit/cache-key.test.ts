// The cache keys and settings: pure rules, no service.
import { describe, expect, it } from '@jest/globals';
import { cacheKeys, isHit } from '../../src/cache/key.js';
import type { CacheState } from '../../src/cache/report.js';
import { reasonNotToSave } from '../../src/cache/save-post.js';
import { parseCacheSettings, withCacheRedirects } from '../../src/cache/settings.js';
import { renderCache } from '../../src/summary/render-cache.js';

const toolchain = { 'go-version': '1.22.3', 'cgo-enabled': '1', libc: 'glibc', 'libc-version': '2.39', 'toolchain-fingerprint': '0123456789abcdef' };
const facts = { platform: 'linux', arch: 'x64', toolchain, dependencyHash: 'f'.repeat(64), runId: '42', runAttempt: '2' };
const settings = { keyPrefix: 'go-ci-guard', paths: ['gocache' as const] };

describe('cacheKeys', () => {
  it('names OS, arch, libc, Go, CGO_ENABLED, fingerprint, paths and dependencies; saves per run; falls back only by dropping dependencies', () => {
    expect(cacheKeys(settings, facts)).toEqual({
      key: 'go-ci-guard-linux-x64-glibc2.39-go1.22.3-cgo1-0123456789abcdef-gocache-ffffffffffffffff',
      saveKey: 'go-ci-guard-linux-x64-glibc2.39-go1.22.3-cgo1-0123456789abcdef-gocache-ffffffffffffffff-42-2',
      restoreKeys: [
        'go-ci-guard-linux-x64-glibc2.39-go1.22.3-cgo1-0123456789abcdef-gocache-ffffffffffffffff-',
        'go-ci-guard-linux-x64-glibc2.39-go1.22.3-cgo1-0123456789abcdef-gocache-',
      ],
    });
  });

  it('never shares a restore key across libc, Go, compiler or CGO_ENABLED', () => {
    const base = cacheKeys(settings, facts).restoreKeys[1];
    for (const change of [
      { libc: 'musl', 'libc-version': '1.2.3' },
      { 'go-version': '1.22.4' },
      { 'cgo-enabled': '0' },
      { 'toolchain-fingerprint': 'fedcba9876543210' },
    ]) {
      const other = cacheKeys(settings, { ...facts, toolchain: { ...toolchain, ...change } });
      expect(other.key.startsWith(base)).toBe(false);
      expect(other.restoreKeys.some((k) => k.startsWith(base) || base.startsWith(k))).toBe(false);
    }
  });

  it('says nodeps, unknown and nolibc where a fact is missing, and keeps commas and spaces out', () => {
    const keys = cacheKeys(
      { keyPrefix: 'p', paths: ['gocache', 'gomodcache'] },
      { ...facts, toolchain: { ...toolchain, 'go-version': '', libc: '', 'libc-version': '', 'cgo-enabled': '' }, dependencyHash: '', arch: 'a,b c' },
    );
    expect(keys.key).toBe('p-linux-abc-nolibc-gounknown-cgounknown-0123456789abcdef-gocache+gomodcache-nodeps');
  });

  it('counts a hit only for this key (plus a run suffix), not for another key that starts alike', () => {
    const keys = cacheKeys(settings, facts);
    expect(isHit(keys, `${keys.key}-7-1`)).toBe(true);
    expect(isHit(keys, keys.key)).toBe(true);
    expect(isHit(keys, `${keys.key}0-7-1`)).toBe(false);
    expect(isHit(keys, undefined)).toBe(false);
  });
});

describe('cache settings', () => {
  const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  it('defaults: off, **/go.sum, go-ci-guard, gocache, on-change', () => {
    expect(parseCacheSettings(read({}))).toEqual({
      enabled: false,
      dependencyPaths: ['**/go.sum'],
      keyPrefix: 'go-ci-guard',
      paths: ['gocache'],
      save: 'on-change',
    });
  });

  it('reads lists and adds the redirects caching needs', () => {
    const s = parseCacheSettings(
      read({ cache: 'true', 'cache-dependency-path': 'go.sum\ntools/go.sum', 'cache-paths': 'gomodcache,GOCACHE', 'cache-save': 'Always' }),
    );
    expect(s).toMatchObject({ enabled: true, dependencyPaths: ['go.sum', 'tools/go.sum'], paths: ['gocache', 'gomodcache'], save: 'always' });
    expect(withCacheRedirects(['TMPDIR', 'GOCACHE'], s)).toEqual(['TMPDIR', 'GOCACHE', 'GOMODCACHE']);
    expect(withCacheRedirects(['TMPDIR'], { ...s, enabled: false })).toEqual(['TMPDIR']);
  });

  it.each([
    ['cache-save', 'sometimes', /Input 'cache-save' has an invalid value "sometimes": expected one of on-change, always, never/],
    ['cache-paths', 'gocache,vendor', /Input 'cache-paths' has an invalid value "gocache,vendor": expected a list of gocache, gomodcache \(unknown: vendor\)/],
    ['cache-key-prefix', 'my prefix', /Input 'cache-key-prefix' has an invalid value "my prefix"/],
    ['cache', 'maybe', /Input 'cache' has an invalid value "maybe"/],
  ])('%s: %s is refused with the input, the value and what is accepted', (name, value, message) => {
    expect(() => parseCacheSettings(read({ [name]: value }))).toThrow(message);
  });
});

const state = (changes: Partial<CacheState['restore']> = {}, save: CacheState['save'] = 'on-change'): CacheState => ({
  save,
  folders: [{ path: 'gocache', folder: 'go-build' }],
  keys: cacheKeys(settings, facts),
  restore: { status: 'hit', startedAt: 0, ms: 1200, bytes: 5 * 1024 ** 2, goCacheEntries: 100, modCacheFiles: 0, matchedKey: 'k-1-1', ...changes },
});

describe('when to save', () => {
  it('skips an exact hit with nothing new under on-change; saves it under always; never saves empty folders', () => {
    expect(reasonNotToSave(state(), { status: 'skipped', files: 100, added: 0 })).toBe('nothing new was built since the restore (cache-save: on-change)');
    expect(reasonNotToSave(state({}, 'always'), { status: 'skipped', files: 100, added: 0 })).toBeUndefined();
    expect(reasonNotToSave(state(), { status: 'skipped', files: 101, added: 1 })).toBeUndefined();
    expect(reasonNotToSave(state({ status: 'partial' }), { status: 'skipped', files: 100, added: 0 })).toBeUndefined();
    expect(reasonNotToSave(state({ status: 'miss' }), { status: 'skipped', files: 0, added: 0 })).toBe('the cached folders are empty');
  });
});

describe('renderCache', () => {
  it('shows restored, trimmed and saved sizes with their times', () => {
    const text = renderCache({
      ...state(),
      saved: { status: 'saved', key: 'k-2-1', ms: 2100, bytes: 4 * 1024 ** 2, added: 12, files: 90, trimmed: { files: 22, bytes: 1024 ** 2, ms: 35 } },
    });
    expect(text).toBe(
      '**✅ Cache** `go-build`: restored (same toolchain and dependencies): **5.00 MiB** on disk from `k-1-1` in 1.20 s. Trimmed 22 unused entries (1.00 MiB of file data) in 35 ms; saved **4.00 MiB** on disk (12 new) under `k-2-1` in 2.10 s.',
    );
  });

  it('says why nothing was restored or saved, and warns on a failure', () => {
    const text = renderCache({
      ...state({ status: 'failed', reason: 'boom', matchedKey: undefined }),
      saved: { status: 'failed', reason: 'the service refused it' },
    });
    expect(text).toBe('**⚠️ Cache** `go-build`: restore failed (boom). Not saved: the service refused it.');
  });
});
