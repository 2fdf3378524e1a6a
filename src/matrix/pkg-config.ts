// Asks pkg-config about the cell's modules: whether each is there in the right version, and the flags
// and folders it gives the compiler (which the library tests then try with the cell's own compiler).
import type { GoEnv } from './parse.js';
import { firstLine, splitQuoted } from './parse.js';
import type { PkgConfigRequirement } from './expectations.js';
import { formatRequirement } from './expectations.js';
import { execTool, findExecutable } from '../lib/exec.js';

export interface ModuleFlags {
  cflags: string[];
  libs: string[];
  /** The module's includedir variable, and the folder of its .pc file (where it came from). */
  includedir?: string;
  pcfiledir?: string;
}

export interface ModuleResult {
  requirement: PkgConfigRequirement;
  version?: string;
  satisfied: boolean;
  message?: string;
  /** What pkg-config gives the compiler for it (when found). */
  flags?: ModuleFlags;
}

export interface PkgConfigFacts {
  command: string;
  path?: string;
  results: ModuleResult[];
}

/** pkg-config's complaint on one line, without its closing full stop (the check adds punctuation). */
function pkgConfigMessage(stderr: string, lines = 1): string | undefined {
  const text = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, lines)
    .join('; ')
    .replace(/\.+$/, '');
  return text || undefined;
}

/** The program Go runs for #cgo pkg-config lines: the first field of PKG_CONFIG alone (go env prints exactly that). */
export function pkgConfigCommand(goEnv: GoEnv | undefined, env: NodeJS.ProcessEnv): string {
  return goEnv?.PKG_CONFIG || splitQuoted(env.PKG_CONFIG ?? '')[0] || 'pkg-config';
}

/** `extra`: the flags of a #cgo pkg-config line (--static), which go build passes too. */
export async function moduleFlags(tool: string, module: string, env: NodeJS.ProcessEnv, cwd: string, extra: string[] = []): Promise<ModuleFlags | undefined> {
  const ask = (...args: string[]) => execTool(tool, [...extra, ...args, '--', module], { env, cwd });
  const [cflags, libs, includedir, pcfiledir] = await Promise.all([ask('--cflags'), ask('--libs'), ask('--variable=includedir'), ask('--variable=pcfiledir')]);
  if (cflags.code !== 0 || libs.code !== 0) return undefined;
  return {
    cflags: splitQuoted(cflags.stdout.trim()),
    libs: splitQuoted(libs.stdout.trim()),
    includedir: firstLine(includedir.stdout) || undefined,
    pcfiledir: firstLine(pcfiledir.stdout) || undefined,
  };
}

export async function pkgConfigFacts(
  requirements: PkgConfigRequirement[],
  goEnv: GoEnv | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<PkgConfigFacts> {
  const command = pkgConfigCommand(goEnv, env);
  const tool = findExecutable(command, env, process.platform, cwd);
  const facts: PkgConfigFacts = { command, path: tool, results: [] };
  if (!tool) return facts;
  facts.results = await Promise.all(
    requirements.map(async (requirement): Promise<ModuleResult> => {
      const found = await execTool(tool, ['--modversion', requirement.module], { env, cwd });
      const version = found.code === 0 ? firstLine(found.stdout) : undefined;
      if (version === undefined) return { requirement, satisfied: false, message: pkgConfigMessage(found.stderr) ?? found.error };
      const flags = await moduleFlags(tool, requirement.module, env, cwd);
      if (!requirement.op) return { requirement, version, satisfied: true, flags };
      // pkg-config compares versions by its own rules (rpmvercmp); let it judge.
      const judged = await execTool(tool, ['--exists', '--print-errors', formatRequirement(requirement)], { env, cwd });
      return { requirement, version, satisfied: judged.code === 0, message: pkgConfigMessage(judged.stderr, 2), flags };
    }),
  );
  return facts;
}
