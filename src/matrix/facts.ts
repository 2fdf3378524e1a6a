// Gathers the facts about the job's toolchain: Go's effective settings, the C compiler, the libc of
// the job environment and of the compiler, flag folders and pkg-config modules. It only observes;
// judging the facts against the cell is evaluate.ts's job.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CellExpectations } from './expectations.js';
import { execTool, findExecutable } from '../lib/exec.js';
import { platformRules } from '../lib/platform.js';
import {
  firstLine,
  flagDirectories,
  goVersionToSemver,
  libcFromLdd,
  libcFromMacros,
  libcFromTriple,
  muslLoaderVersion,
  parseGoEnvJson,
  parseTriple,
  splitQuoted,
  type FlagDirectory,
  type GoEnv,
  type LibcInfo,
  type Triple,
} from './parse.js';
import { pkgConfigFacts, type PkgConfigFacts } from './pkg-config.js';
import { compilerError } from './cc-output.js';

export interface GoFacts {
  path: string;
  /** GOVERSION as Go prints it (go1.22.3) and as semver (1.22.3; undefined for devel builds). */
  goVersion: string;
  version?: string;
  env: GoEnv;
}

export interface CompilerFacts {
  /** CC as Go sees it: the program and any arguments it carries. */
  command: string;
  args: string[];
  /** Whether CC was set (environment or go env -w) rather than Go's default. */
  explicit: boolean;
  path?: string;
  version?: string;
  target?: Triple;
  libc?: LibcInfo;
  /** Short content hash of the compiler program (its identity in the fingerprint). */
  hash?: string;
  problems: string[];
  /**
   * When the cell's include flags (-I, -isystem, --sysroot … in CGO_CPPFLAGS/CGO_CFLAGS) change what
   * the compiler's own headers say: those flags, and the libc it finds without them (undefined when it
   * cannot compile even then). Absent when they change nothing.
   */
  flagsEffect?: { flags: string[]; libcWithout?: LibcInfo; header?: string };
}

export interface ToolchainFacts {
  go?: GoFacts;
  /** Why there are no Go facts (not on PATH, go env failed). */
  goProblem?: string;
  /** The go found on PATH, also when go env failed. */
  goPath?: string;
  /** CGO_ENABLED in the job's environment (not Go's effective value). */
  cgoEnvironment?: string;
  /** Effective CGO_ENABLED per `go env` (undefined without Go). */
  cgoEnabled?: boolean;
  goos: string;
  goarch: string;
  hostOs: string;
  hostArch: string;
  cc: CompilerFacts;
  /** libc of the environment the job runs in (Linux only). */
  hostLibc?: LibcInfo;
  flagDirs: (FlagDirectory & { resolved: string; exists: boolean; relative: boolean })[];
  pkgConfig?: PkgConfigFacts;
}

const GOARCH_OF: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ia32: '386',
  arm: 'arm',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
};

/** Go's default C compiler when CC is unset (cmd/internal/cfg DefaultCC). */
export function defaultCC(goos: string): string {
  return ['darwin', 'ios', 'freebsd', 'openbsd'].includes(goos) ? 'clang' : 'gcc';
}

async function goFacts(env: NodeJS.ProcessEnv, cwd: string): Promise<{ go?: GoFacts; problem?: string; path?: string }> {
  const goPath = findExecutable('go', env, process.platform, cwd);
  if (!goPath) return { problem: 'go is not on PATH' };
  // Generous: with GOTOOLCHAIN, go env may first download the toolchain the module asks for.
  const result = await execTool(goPath, ['env', '-json'], { env, cwd, timeoutMs: 120_000 });
  if (result.error || result.code !== 0) {
    return { path: goPath, problem: `go env -json failed: ${result.error || firstLine(result.stderr) || `exit ${result.code}`}` };
  }
  try {
    const goEnv = parseGoEnvJson(result.stdout);
    const goVersion = goEnv.GOVERSION ?? '';
    return { path: goPath, go: { path: goPath, goVersion, version: goVersionToSemver(goVersion), env: goEnv } };
  } catch (err) {
    return { path: goPath, problem: `go env -json printed something unreadable: ${(err as Error).message}` };
  }
}

async function hashFile(file: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of fs.createReadStream(fs.realpathSync(file))) hash.update(chunk as Buffer);
    return hash.digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

/** musl's loader tells its version when run directly; its name follows the architecture. */
async function muslVersion(arch: string | undefined): Promise<string | undefined> {
  let names: string[];
  try {
    names = fs.readdirSync('/lib').filter((n) => /^ld-musl-.+\.so\.1$/.test(n));
  } catch {
    return undefined;
  }
  const loader = names.find((n) => arch && n.includes(arch)) ?? (names.length === 1 ? names[0] : undefined);
  if (!loader) return undefined;
  const result = await execTool(path.join('/lib', loader), [], { timeoutMs: 10_000 });
  return muslLoaderVersion(result.stderr);
}

/**
 * Asks the compiler itself. `cflags` (CGO_CPPFLAGS and CGO_CFLAGS, as cgo passes them) go with the
 * target and libc questions: a --target, --sysroot or -specs there changes both answers.
 */
async function compilerFacts(
  command: string,
  args: string[],
  cflags: string[],
  explicit: boolean,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<CompilerFacts> {
  const facts: CompilerFacts = { command, args, explicit, problems: [] };
  facts.path = findExecutable(command, env, process.platform, cwd);
  if (!facts.path) return facts;
  const cc = facts.path;
  const stdio = (flags: string[]) => execTool(cc, [...args, ...flags, '-E', '-dM', '-x', 'c', '-'], { env, cwd, input: '#include <stdio.h>\n' });
  // Flags that move the compiler's headers: asked without them too (in parallel), to tell their effect.
  // -iquote moves only "…" headers: never the C library's.
  const includeFlags = headerFolderFlags(cflags).filter((f) => !f.startsWith('-iquote'));
  const [version, machine, macros, hash, plain] = await Promise.all([
    execTool(cc, [...args, '--version'], { env, cwd }),
    execTool(cc, [...args, ...cflags, '-dumpmachine'], { env, cwd }),
    stdio(cflags),
    hashFile(cc),
    includeFlags.length ? stdio(withoutFlags(cflags, includeFlags)) : undefined,
  ]);
  if (version.code === 0) facts.version = firstLine(version.stdout);
  else facts.problems.push(`${command} --version failed: ${version.error ?? firstLine(version.stderr)}`);
  if (machine.code === 0) facts.target = parseTriple(firstLine(machine.stdout));
  else facts.problems.push(`${command} -dumpmachine failed: ${machine.error ?? firstLine(machine.stderr)}`);
  if (macros.code === 0) {
    facts.libc = libcFromMacros(macros.stdout);
    if (facts.libc.family === 'musl') facts.libc.version = await muslVersion(facts.target?.arch);
  } else {
    // The compiler's own error line, not "In file included from <stdin>:1:".
    facts.problems.push(`${command} cannot compile #include <stdio.h>: ${macros.error ?? compilerError(macros.stderr) ?? firstLine(macros.stderr)}`);
    facts.libc = facts.target && libcFromTriple(facts.target);
  }
  if (plain) {
    const libcWithout = plain.code === 0 ? libcFromMacros(plain.stdout) : undefined;
    if (libcWithout?.family === 'musl') libcWithout.version = await muslVersion(facts.target?.arch);
    const changed = macros.code !== 0 ? plain.code === 0 : libcWithout !== undefined && libcWithout.family !== facts.libc?.family;
    // Which of them: the one whose removal alone gives the compiler its own headers back.
    if (changed) {
      const alone = await Promise.all(includeFlags.map((f) => stdio(withoutFlags(cflags, [f]))));
      const same = (r: (typeof alone)[number]) => r.code === 0 && (!libcWithout || libcFromMacros(r.stdout).family === libcWithout.family);
      const culprits = includeFlags.filter((_, i) => same(alone[i]));
      const dir = culprits.length === 1 ? culprits[0].replace(/^(-I|-isystem|-idirafter)\s*/, '') : undefined;
      const header = dir && fs.existsSync(path.join(dir, 'stdio.h')) ? path.join(dir, 'stdio.h') : undefined;
      facts.flagsEffect = { flags: culprits.length ? culprits : includeFlags, libcWithout, header };
    }
  }
  facts.hash = hash;
  return facts;
}

/** `flags` without the given ones (as headerFolderFlags lists them: `-I dir` stands for the pair). */
export function withoutFlags(flags: string[], drop: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    if (drop.includes(flags[i])) continue;
    if (i + 1 < flags.length && drop.includes(`${flags[i]} ${flags[i + 1]}`)) {
      i++;
      continue;
    }
    out.push(flags[i]);
  }
  return out;
}

/** The flags of a compiler command line that change where its headers come from, with their values. */
export function headerFolderFlags(flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (['-I', '-isystem', '-idirafter', '-iquote', '--sysroot', '-isysroot'].includes(f) && flags[i + 1]) out.push(`${f} ${flags[++i]}`);
    else if (/^(-I|-isystem|-idirafter|--sysroot=|-isysroot|-nostdinc)/.test(f)) out.push(f);
  }
  return out;
}

export async function hostLibc(platform: NodeJS.Platform = process.platform): Promise<LibcInfo | undefined> {
  if (platform !== 'linux') return undefined;
  const detectLibc = await import('detect-libc');
  const [family, version] = await Promise.all([detectLibc.family(), detectLibc.version()]).catch(() => [null, null]);
  if (family === 'glibc' || family === 'musl') {
    return { family, version: version ?? undefined, evidence: 'detect-libc, from the process running the action' };
  }
  // detect-libc had no answer: ask ldd, whose output differs per family.
  const ldd = await execTool('ldd', ['--version'], { timeoutMs: 10_000 });
  return libcFromLdd(ldd.stdout, ldd.stderr);
}

function checkFlagDirs(goEnv: GoEnv | undefined, env: NodeJS.ProcessEnv, cwd: string): ToolchainFacts['flagDirs'] {
  const variables = ['CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_LDFLAGS'];
  return variables
    .flatMap((v) => flagDirectories(v, (goEnv ? goEnv[v] : env[v]) ?? ''))
    .map((f) => {
      const resolved = path.resolve(cwd, f.dir);
      let exists: boolean;
      try {
        exists = fs.statSync(resolved).isDirectory();
      } catch {
        exists = false;
      }
      // cgo runs the compiler in a temporary folder: a relative folder is never found there.
      return { ...f, resolved, exists, relative: !path.isAbsolute(f.dir) };
    });
}

/** What Go's settings (or, without Go, the environment) say about target, cgo and CC. Pure. */
export function goSettings(goEnv: GoEnv | undefined, env: NodeJS.ProcessEnv, platform: NodeJS.Platform, arch: string) {
  const hostOs = goEnv?.GOHOSTOS || platformRules(platform).goos;
  const hostArch = goEnv?.GOHOSTARCH || GOARCH_OF[arch] || arch;
  const goos = goEnv?.GOOS || env.GOOS || hostOs;
  const [ccCommand = defaultCC(goos), ...ccArgs] = splitQuoted(goEnv?.CC || env.CC || '');
  return {
    goos,
    goarch: goEnv?.GOARCH || env.GOARCH || hostArch,
    hostOs,
    hostArch,
    cgoEnvironment: env.CGO_ENABLED,
    cgoEnabled: goEnv?.CGO_ENABLED === undefined ? undefined : goEnv.CGO_ENABLED === '1',
    ccCommand,
    ccArgs,
    // As cgo passes them to the compiler (Go's default CGO_CFLAGS is -g -O2).
    cflags: [...splitQuoted(goEnv?.CGO_CPPFLAGS ?? env.CGO_CPPFLAGS ?? ''), ...splitQuoted(goEnv?.CGO_CFLAGS ?? env.CGO_CFLAGS ?? '-g -O2')],
    // Go ≥ 1.20 turns cgo off only when CC is unset and its default compiler is missing.
    ccExplicit: Boolean(env.CC) || (goEnv?.CC !== undefined && goEnv.CC !== defaultCC(goos)),
  };
}

export async function gatherFacts(cell: CellExpectations, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<ToolchainFacts> {
  // go env is the slow one (it runs the C compiler to probe flags): started before anything else, as
  // each start blocks this thread for a moment. The compiler Go will name is nearly always the
  // environment's CC or Go's default: ask it while go env runs, and ask again only when go env names
  // another (a go env -w CC, say).
  const goRun = goFacts(env, cwd);
  const guess = goSettings(undefined, env, process.platform, process.arch);
  const guessed = compilerFacts(guess.ccCommand, guess.ccArgs, guess.cflags, guess.ccExplicit, env, cwd);
  const [{ go, problem, path: goPath }, host] = await Promise.all([goRun, hostLibc()]);
  const { ccCommand, ccArgs, cflags, ccExplicit, ...settings } = goSettings(go?.env, env, process.platform, process.arch);
  const key = (command: string, ...lists: string[][]) => [command, ...lists.flat()].join('\0');
  const sameCompiler = key(ccCommand, ccArgs, cflags) === key(guess.ccCommand, guess.ccArgs, guess.cflags);
  const [cc, pkgConfig] = await Promise.all([
    sameCompiler ? guessed.then((facts) => ({ ...facts, explicit: ccExplicit })) : compilerFacts(ccCommand, ccArgs, cflags, ccExplicit, env, cwd),
    cell.pkgConfig.length ? pkgConfigFacts(cell.pkgConfig, go?.env, env, cwd) : Promise.resolve(undefined),
  ]);
  // An unused guess still finishes here (its tools have time limits), so nothing outlives main.
  if (!sameCompiler) await guessed;
  return { go, goPath, goProblem: problem, ...settings, cc, hostLibc: host, flagDirs: checkFlagDirs(go?.env, env, cwd), pkgConfig };
}
