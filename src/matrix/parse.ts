// Pure: reads what Go, the C compiler, ldd and a built binary say about the toolchain.
import validVersion from 'semver/functions/valid.js';

/** The `go env -json` keys the checks use (older Go versions lack some). */
export interface GoEnv {
  GOVERSION?: string;
  GOOS?: string;
  GOARCH?: string;
  GOHOSTOS?: string;
  GOHOSTARCH?: string;
  CGO_ENABLED?: string;
  CC?: string;
  CGO_CFLAGS?: string;
  CGO_CPPFLAGS?: string;
  CGO_CXXFLAGS?: string;
  CGO_LDFLAGS?: string;
  PKG_CONFIG?: string;
  GOROOT?: string;
  [key: string]: string | undefined;
}

export type LibcFamilyFound = 'glibc' | 'musl' | 'bionic' | 'uclibc' | 'darwin' | 'mingw' | 'unknown';

export interface LibcInfo {
  family: LibcFamilyFound;
  version?: string;
  /** How it was found, for the summary ("headers define __GLIBC__ 2.36"). */
  evidence: string;
}

export function parseGoEnvJson(text: string): GoEnv {
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('go env -json did not print a JSON object');
  const env: GoEnv = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === 'string') env[key] = v;
  return env;
}

/** go1.22.3 → 1.22.3, go1.21rc2 → 1.21.0-rc.2, go1.20 → 1.20.0; undefined for devel builds. */
export function goVersionToSemver(goVersion: string): string | undefined {
  const match = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(goVersion.trim().split(/\s+/)[0] ?? '');
  if (!match) return undefined;
  const [, major, minor = '0', patch = '0', pre, preNumber] = match;
  const version = `${major}.${minor}.${patch}${pre ? `-${pre}.${preNumber}` : ''}`;
  return validVersion(version) ?? undefined;
}

/**
 * Splits a flag list exactly as Go's cmd/internal/quoted.Split does for CC and CGO_*FLAGS: fields are
 * separated by spaces; a field that starts with ' or " runs to the matching quote (no escapes).
 * Quotes further inside a field are ordinary characters (-I'/a b' is two fields, as Go passes it).
 */
export function splitQuoted(text: string): string[] {
  const fields: string[] = [];
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text[i])) i++;
    if (i >= text.length) break;
    const quote = text[i];
    if (quote === "'" || quote === '"') {
      const close = text.indexOf(quote, i + 1);
      // Go rejects an unterminated quote; keep the rest as one field so the check can still name it.
      fields.push(text.slice(i + 1, close === -1 ? undefined : close));
      i = close === -1 ? text.length : close + 1;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpace(text[i])) i++;
    fields.push(text.slice(start, i));
  }
  return fields;
}

export interface FlagDirectory {
  variable: string;
  flag: string;
  dir: string;
}

const DIR_FLAGS = ['-isystem', '-idirafter', '-iquote', '-I', '-L'];

/** Every folder a compiler or linker flag names (-I, -L, -isystem, …), attached or as the next field. */
export function flagDirectories(variable: string, value: string): FlagDirectory[] {
  return flagDirectoriesOf(variable, splitQuoted(value));
}

/** flagDirectories over fields already split. */
export function flagDirectoriesOf(variable: string, fields: string[]): FlagDirectory[] {
  const found: FlagDirectory[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const flag = DIR_FLAGS.find((f) => field.startsWith(f));
    if (!flag) continue;
    const dir = field.length > flag.length ? field.slice(flag.length) : fields[++i];
    if (dir) found.push({ variable, flag, dir });
  }
  return found;
}

export function firstLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

/**
 * The C library a compiler builds against, from the macros its headers define after
 * `#include <stdio.h>` (`cc -E -dM`). musl deliberately defines no macro of its own, so a Linux
 * compiler without the others' macros is musl.
 */
export function libcFromMacros(macros: string): LibcInfo {
  const define = (name: string) => new RegExp(`^#define ${name}(?:\\s+(\\S+))?\\s*$`, 'm').exec(macros);
  // uClibc defines __GLIBC__ 2.2 for compatibility: ask for it first.
  if (define('__UCLIBC__')) return { family: 'uclibc', evidence: 'its headers define __UCLIBC__' };
  const glibc = define('__GLIBC__');
  if (glibc) {
    const minor = define('__GLIBC_MINOR__')?.[1];
    const version = minor ? `${glibc[1]}.${minor}` : glibc[1];
    return { family: 'glibc', version, evidence: `its headers define __GLIBC__ ${version}` };
  }
  if (define('__BIONIC__')) return { family: 'bionic', evidence: 'its headers define __BIONIC__' };
  if (define('__APPLE__')) return { family: 'darwin', evidence: 'it targets Apple (libSystem)' };
  if (define('__MINGW32__')) return { family: 'mingw', evidence: 'its headers define __MINGW32__' };
  if (define('__linux__')) return { family: 'musl', evidence: 'a Linux compiler whose headers define no __GLIBC__; musl defines no macro of its own' };
  return { family: 'unknown', evidence: 'its headers name no known C library' };
}

/** The libc a target triple names, for when the compiler's headers cannot be asked. */
export function libcFromTriple(triple: Triple): LibcInfo | undefined {
  const evidence = `its target triple ${triple.raw}`;
  if (triple.abi === 'musl') return { family: 'musl', evidence };
  if (triple.os === 'android') return { family: 'bionic', evidence };
  if (triple.abi === 'gnu' && triple.os === 'linux') return { family: 'glibc', evidence };
  if (triple.os === 'darwin') return { family: 'darwin', evidence };
  if (triple.os === 'windows') return { family: 'mingw', evidence };
  return undefined;
}

export interface Triple {
  raw: string;
  arch: string;
  os: string;
  /** gnu, musl, …, or '' */
  abi: string;
}

export function parseTriple(raw: string): Triple | undefined {
  const parts = raw.trim().split('-');
  if (parts.length < 2 || !parts[0]) return undefined;
  const rest = parts.slice(1);
  const os =
    rest.find((p) => /^(linux|darwin\d*(\.\d+)*|macos\d*|freebsd\d*(\.\d+)*|netbsd|openbsd|mingw32|windows|android|solaris\d*|illumos)/.test(p)) ??
    rest[rest.length - 1];
  const last = rest[rest.length - 1];
  // The NDK's triples end in android<API> (aarch64-linux-android21): the OS Go calls android.
  const android = /^android/.test(last);
  const osName = android ? 'android' : os.startsWith('mingw') ? 'windows' : os.replace(/[\d.]+$/, '').replace(/^macosx?$/, 'darwin');
  const abi = last.includes('musl') ? 'musl' : /^gnu/.test(last) ? 'gnu' : last === os ? '' : last;
  return { raw: raw.trim(), arch: parts[0], os: osName, abi };
}

/** Triple architecture names for each GOARCH. */
const GOARCH_TRIPLE: Record<string, RegExp> = {
  amd64: /^(x86_64|amd64)$/,
  386: /^i[3-6]86$/,
  arm64: /^(aarch64|arm64)(_be)?$/,
  arm: /^(arm|armv\d+\w*|armhf|armel)$/,
  riscv64: /^riscv64$/,
  ppc64le: /^(powerpc64le|ppc64le)$/,
  ppc64: /^(powerpc64|ppc64)$/,
  s390x: /^s390x$/,
  loong64: /^loongarch64$/,
  mips64le: /^mips64(el|isa64r\d+el)$/,
  mipsle: /^mips(el|isa32r\d+el)$/,
  wasm: /^wasm32$/,
};

/** Whether a compiler's target triple builds for GOOS/GOARCH; undefined when we cannot tell. */
export function tripleMatchesGo(triple: Triple, goos: string, goarch: string): boolean | undefined {
  // On darwin Go passes -arch x86_64 / -arch arm64: Apple's clang builds either from one triple.
  if ((goos === 'darwin' || goos === 'ios') && triple.os === 'darwin') return true;
  // For 386 Go passes -m32: an x86_64 gcc manages when 32-bit libraries (gcc-multilib) are there.
  if (goarch === '386' && GOARCH_TRIPLE.amd64.test(triple.arch) && triple.os === goos) return undefined;
  const archRule = GOARCH_TRIPLE[goarch];
  const archOk = archRule ? archRule.test(triple.arch) : undefined;
  const osOk = goos === 'ios' ? triple.os === 'darwin' || triple.os === 'ios' : triple.os === goos;
  if (archOk === undefined) return osOk ? undefined : false;
  return archOk && osOk;
}

/** `ldd --version`: glibc prints to stdout (exit 0); musl's loader prints to stderr (exit 1). */
export function libcFromLdd(stdout: string, stderr: string): LibcInfo | undefined {
  const text = `${stdout}\n${stderr}`;
  if (/musl libc/i.test(text)) {
    const version = /^Version\s+(\S+)/m.exec(text)?.[1];
    return { family: 'musl', version, evidence: 'ldd --version names musl' };
  }
  const glibc = /(?:GLIBC|GNU libc)[^)\n]*\)\s+(\d+\.\d+(?:\.\d+)?)/i.exec(firstLine(stdout));
  if (glibc) return { family: 'glibc', version: glibc[1], evidence: 'ldd --version names glibc' };
  return undefined;
}

/** Version printed by running musl's dynamic loader directly (`Version 1.2.3` on stderr). */
export function muslLoaderVersion(stderr: string): string | undefined {
  return /musl libc[\s\S]*?^Version\s+(\S+)/m.exec(stderr)?.[1];
}

export type BinaryFormat = { format: 'elf'; interpreter?: string } | { format: 'mach-o' } | { format: 'pe' } | { format: 'unknown' };

/** Reads the ELF program headers for PT_INTERP: the loader a dynamic binary asks for (absent: static). */
export function readBinaryFormat(bytes: Buffer): BinaryFormat {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x7f454c46) return readElf(bytes);
  if (bytes.length >= 4 && [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(bytes.readUInt32BE(0))) {
    return { format: 'mach-o' };
  }
  if (bytes.length >= 2 && bytes.toString('latin1', 0, 2) === 'MZ') return { format: 'pe' };
  return { format: 'unknown' };
}

const PT_INTERP = 3;

function readElf(bytes: Buffer): BinaryFormat {
  const is64 = bytes[4] === 2;
  const little = bytes[5] === 1;
  const u16 = (o: number) => (little ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o));
  const u32 = (o: number) => (little ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o));
  const uword = (o: number) => (is64 ? Number(little ? bytes.readBigUInt64LE(o) : bytes.readBigUInt64BE(o)) : u32(o));
  try {
    const phoff = uword(is64 ? 0x20 : 0x1c);
    const phentsize = u16(is64 ? 0x36 : 0x2a);
    const phnum = u16(is64 ? 0x38 : 0x2c);
    for (let i = 0; i < phnum; i++) {
      const ph = phoff + i * phentsize;
      if (u32(ph) !== PT_INTERP) continue;
      const offset = uword(is64 ? ph + 0x08 : ph + 0x04);
      const size = uword(is64 ? ph + 0x20 : ph + 0x10);
      return { format: 'elf', interpreter: bytes.toString('latin1', offset, offset + size).replace(/\0+$/, '') };
    }
    return { format: 'elf' };
  } catch {
    return { format: 'unknown' };
  }
}

/** What a built binary links against, judged by its ELF interpreter. */
export function libcFromBinary(format: BinaryFormat): LibcInfo | { family: 'static'; evidence: string } | undefined {
  if (format.format !== 'elf') return undefined;
  const interp = format.interpreter;
  if (!interp) return { family: 'static', evidence: 'the binary is statically linked (no ELF interpreter)' };
  if (/ld-musl-/.test(interp)) return { family: 'musl', evidence: `the binary's ELF interpreter is ${interp}` };
  if (/ld-linux|ld64\.so|ld\.so/.test(interp)) return { family: 'glibc', evidence: `the binary's ELF interpreter is ${interp}` };
  return { family: 'unknown', evidence: `the binary's ELF interpreter is ${interp}` };
}
