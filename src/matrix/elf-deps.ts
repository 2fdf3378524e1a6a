// Pure: which libc an ELF file needs, read from its dynamic section (DT_NEEDED, DT_SONAME). The
// ELF interpreter alone is not enough: a musl binary can still list glibc's libc.so.6 among its
// needed libraries when it links a library built for glibc.
import type { LibcFamily } from './expectations.js';

export interface ElfDynamic {
  needed: string[];
  soname?: string;
}

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Buffer;

const SHT_DYNAMIC = 6;
const DT_NULL = 0;
const DT_NEEDED = 1;
const DT_SONAME = 14;
/** A dynamic section or string table larger than this is not a library's: refuse rather than read it. */
const MAX_SECTION = 16 * 1024 * 1024;

/** The needed libraries and soname of an ELF file; undefined when it is not ELF or has no dynamic section. */
export function readElfDynamic(read: ReadAt): ElfDynamic | undefined {
  const header = read(0, 64);
  if (header.length < 52 || header.readUInt32BE(0) !== 0x7f454c46) return undefined;
  const is64 = header[4] === 2;
  const little = header[5] === 1;
  const u16 = (b: Buffer, o: number) => (little ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (little ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const word = (b: Buffer, o: number) => (is64 ? Number(little ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o));
  try {
    const shoff = word(header, is64 ? 0x28 : 0x20);
    const shentsize = u16(header, is64 ? 0x3a : 0x2e);
    const shnum = u16(header, is64 ? 0x3c : 0x30);
    if (!shoff || !shnum || shentsize < (is64 ? 64 : 40)) return undefined;
    const table = read(shoff, shnum * shentsize);
    const section = (i: number) => {
      const o = i * shentsize;
      return {
        type: u32(table, o + 4),
        offset: word(table, is64 ? o + 0x18 : o + 0x10),
        size: word(table, is64 ? o + 0x20 : o + 0x14),
        link: u32(table, is64 ? o + 0x28 : o + 0x18),
      };
    };
    for (let i = 0; i < shnum; i++) {
      const dyn = section(i);
      if (dyn.type !== SHT_DYNAMIC) continue;
      if (dyn.link >= shnum) return undefined;
      const strtab = section(dyn.link);
      if (dyn.size > MAX_SECTION || strtab.size > MAX_SECTION) return undefined;
      const entries = read(dyn.offset, dyn.size);
      const strings = read(strtab.offset, strtab.size);
      const text = (at: number) => {
        const end = strings.indexOf(0, at);
        return strings.toString('latin1', at, end < 0 ? strings.length : end);
      };
      const result: ElfDynamic = { needed: [] };
      const size = is64 ? 16 : 8;
      for (let o = 0; o + size <= entries.length; o += size) {
        const tag = word(entries, o);
        const value = word(entries, o + size / 2);
        if (tag === DT_NULL) break;
        if (tag === DT_NEEDED) result.needed.push(text(value));
        else if (tag === DT_SONAME) result.soname = text(value);
      }
      return result;
    }
    return { needed: [] };
  } catch {
    return undefined;
  }
}

export interface LibraryLibc {
  family: LibcFamily;
  /** Why: the needed library or the file's own name that tells. */
  because: string;
}

const GLIBC_LIBC = /^(libc\.so\.6|ld-linux[\w.-]*\.so\.\d)$/;
const MUSL_LIBC = /^(libc\.musl-[\w-]+\.so\.1|ld-musl-[\w-]+\.so\.1)$/;

/**
 * The libc a shared library (or the libc itself) belongs to. musl's own libc is named plain
 * `libc.so`, so a library that needs `libc.so` was linked against musl; glibc's is `libc.so.6`.
 */
export function libcOfElf(basename: string, dyn: ElfDynamic): LibraryLibc | undefined {
  const name = dyn.soname ?? basename;
  if (GLIBC_LIBC.test(name)) return { family: 'glibc', because: `it is glibc's own ${name}` };
  if (MUSL_LIBC.test(name) || (basename === 'libc.so' && !dyn.needed.length)) return { family: 'musl', because: `it is musl's own ${name}` };
  const glibc = dyn.needed.find((n) => GLIBC_LIBC.test(n));
  if (glibc) return { family: 'glibc', because: `it needs ${glibc}` };
  const musl = dyn.needed.find((n) => n === 'libc.so' || MUSL_LIBC.test(n));
  if (musl) return { family: 'musl', because: `it needs ${musl}` };
  return undefined;
}
