// Pure: the cache keys of a job. Everything that makes a build cache unusable elsewhere is in the key
// (OS, arch, libc family and version, Go, CGO_ENABLED, the toolchain fingerprint), then the hash of the
// dependency files, then the run. Restoring falls back only by dropping the dependency hash: never
// across libc, Go, compiler or CGO_ENABLED.
import type { ToolchainOutputs } from '../matrix/fingerprint.js';
import type { CacheSettings } from './settings.js';

export interface CacheKeys {
  /** The job's key: toolchain and dependencies. A restored entry saved under it (plus a run suffix) is a hit. */
  key: string;
  /** What post saves under: the key and this run, so each run's trimmed cache is a new entry. */
  saveKey: string;
  /** Prefixes tried in order: the same dependencies first, then any dependencies with the same toolchain. */
  restoreKeys: string[];
}

export interface KeyFacts {
  platform: string;
  arch: string;
  toolchain: Pick<ToolchainOutputs, 'go-version' | 'cgo-enabled' | 'libc' | 'libc-version' | 'toolchain-fingerprint'>;
  /** Hash of the dependency files ('' when none matched). */
  dependencyHash: string;
  runId: string;
  runAttempt: string;
}

/** Keeps a part of the key to the characters GitHub's keys allow and ours read well. */
const part = (text: string, fallback: string) => text.replace(/[^A-Za-z0-9._+]/g, '') || fallback;

export function cacheKeys(settings: Pick<CacheSettings, 'keyPrefix' | 'paths'>, f: KeyFacts): CacheKeys {
  const t = f.toolchain;
  const base = [
    settings.keyPrefix,
    part(f.platform, 'os'),
    part(f.arch, 'arch'),
    part(`${t.libc}${t['libc-version']}`, 'nolibc'),
    `go${part(t['go-version'], 'unknown')}`,
    `cgo${part(t['cgo-enabled'], 'unknown')}`,
    part(t['toolchain-fingerprint'], 'nofingerprint'),
    settings.paths.join('+'),
  ].join('-');
  const key = `${base}-${f.dependencyHash ? f.dependencyHash.slice(0, 16) : 'nodeps'}`;
  return { key, saveKey: `${key}-${part(f.runId, 'run')}-${part(f.runAttempt, '1')}`, restoreKeys: [`${key}-`, `${base}-`] };
}

/** A restored entry is a hit when it was saved for this key: same toolchain and dependencies. */
export function isHit(keys: Pick<CacheKeys, 'key'>, matchedKey: string | undefined): boolean {
  return matchedKey !== undefined && (matchedKey === keys.key || matchedKey.startsWith(`${keys.key}-`));
}
