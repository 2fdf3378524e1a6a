// Pure: the toolchain facts as action outputs, and a short fingerprint for cache keys.
import { createHash } from 'node:crypto';
import { TOOLCHAIN_OUTPUTS, type ToolchainOutputName } from '../constants.js';
import type { ToolchainFacts } from './facts.js';
import type { LibcInfo } from './parse.js';

/** One value per toolchain output; the type keeps the keys to the names in constants.ts. */
export type ToolchainOutputs = Record<ToolchainOutputName, string>;

/**
 * A short hash over what makes one cell's build outputs unusable in another: Go's version and
 * target, CGO_ENABLED and, only when cgo is on, the C compiler's identity (version, target, a hash
 * of its program, its arguments) and the libc it links. With cgo off the binaries depend on neither,
 * so cells that differ only there may share a cache.
 */
export function toolchainFingerprint(facts: ToolchainFacts, libc: LibcInfo | undefined): string {
  const cgoOn = facts.cgoEnabled === true;
  const identity = {
    go: facts.go?.goVersion ?? null,
    goos: facts.goos,
    goarch: facts.goarch,
    cgo: facts.cgoEnabled ?? null,
    cc: cgoOn ? { version: facts.cc.version ?? null, target: facts.cc.target?.raw ?? null, hash: facts.cc.hash ?? null, args: facts.cc.args } : null,
    libc: cgoOn && libc ? { family: libc.family, version: libc.version ?? null } : null,
  };
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
}

/** The outputs when nothing could be learnt: every one empty. */
export function emptyToolchainOutputs(): ToolchainOutputs {
  return Object.fromEntries(TOOLCHAIN_OUTPUTS.map((name) => [name, ''])) as ToolchainOutputs;
}

export function toolchainOutputs(facts: ToolchainFacts, libc: LibcInfo | undefined): ToolchainOutputs {
  return {
    'go-version': facts.go?.version ?? facts.go?.goVersion ?? '',
    'cgo-enabled': facts.cgoEnabled === undefined ? '' : facts.cgoEnabled ? '1' : '0',
    cc: facts.cc.path ?? '',
    'cc-version': facts.cc.version ?? '',
    'cc-target': facts.cc.target?.raw ?? '',
    libc: libc?.family ?? '',
    'libc-version': libc?.version ?? '',
    'toolchain-fingerprint': toolchainFingerprint(facts, libc),
  };
}
