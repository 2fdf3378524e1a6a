// Decides what the library tests try (pkg-config modules, CGO_LDFLAGS libraries, the cgo packages
// the user named) and runs them with the cell's compiler. What the host has is not the question:
// what the cell's compiler will see and link is.
import fs from 'node:fs';
import path from 'node:path';
import { CC_TESTS_DIR } from '../constants.js';
import { findExecutable } from '../lib/exec.js';
import { headerCandidates } from './cc-output.js';
import { goArchFlags, linkedLibraries, safeCompilerFlags, safeLinkerFlags } from './cgo-flags.js';
import { runLibraryTests, type SubjectResult, type TestSubject } from './cc-tests.js';
import type { CgoPackagesFacts } from './cgo-packages.js';
import type { CellExpectations } from './expectations.js';
import { goSettings, type ToolchainFacts } from './facts.js';
import { flagDirectoriesOf, splitQuoted } from './parse.js';
import { moduleFlags, pkgConfigCommand, type ModuleFlags } from './pkg-config.js';

export interface SubjectInfo {
  id: string;
  kind: 'pkg-config' | 'ldflags' | 'package';
  name: string;
  /** The header tried for a pkg-config module, and the folder it was found in on this machine. */
  header?: { name: string; dir: string };
  /** For a module: where its .pc file is and its includedir. */
  module?: Pick<ModuleFlags, 'includedir' | 'pcfiledir'>;
  /** For a package: the pkg-config modules its #cgo lines name that pkg-config does not know. */
  missingModules?: string[];
  /** The libraries tried: -l flags and libraries named by their path. */
  libraries: string[];
  /** Flags from #cgo lines or pkg-config left out of the tests, as go build would refuse them. */
  dropped?: string[];
  /** No pkg-config program to ask about a package's #cgo pkg-config modules (its name). */
  pkgConfigMissing?: string;
}

export interface LibraryFacts {
  /** Why no test ran (cgo off, no working compiler); the rows say it. */
  skipped?: string;
  subjects: SubjectInfo[];
  results: SubjectResult[];
  packages?: CgoPackagesFacts;
}

function includeDirs(flags: string[]): string[] {
  return flagDirectoriesOf('', flags)
    .filter((f) => f.flag === '-I' || f.flag === '-isystem')
    .map((f) => f.dir);
}

/** The first header named after the module in its -I folders or includedir, as found on this machine. */
export function findHeader(module: string, flags: ModuleFlags, exists = (file: string) => fs.existsSync(file)): SubjectInfo['header'] {
  const dirs = [...includeDirs(flags.cflags), ...(flags.includedir ? [flags.includedir] : [])];
  for (const name of headerCandidates(module)) {
    for (const dir of dirs) if (exists(path.join(dir, name))) return { name, dir };
  }
  return undefined;
}

/** Why the tests cannot run in this cell, if they cannot. */
function cannotTest(facts: ToolchainFacts): string | undefined {
  if (facts.cgoEnabled !== true) return 'cgo is off';
  if (!facts.cc.path) return `the C compiler ${facts.cc.command} is missing`;
  if (facts.cc.problems.length) return `the C compiler ${facts.cc.command} does not work`;
  return undefined;
}

export async function gatherLibraryFacts(
  cell: CellExpectations,
  facts: ToolchainFacts,
  packages: CgoPackagesFacts | undefined,
  jobDir: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<LibraryFacts> {
  const goEnv = facts.go?.env;
  const ldflags = splitQuoted(goEnv?.CGO_LDFLAGS ?? env.CGO_LDFLAGS ?? '');
  const envLibraries = linkedLibraries(ldflags);
  const wanted = cell.pkgConfig.length > 0 || cell.cgoPackages.length > 0 || envLibraries.length > 0;
  if (!wanted) return { subjects: [], results: [] };
  const skipped = cannotTest(facts);
  if (skipped || !facts.cc.path) return { skipped, subjects: [], results: [], packages };

  const subjects: TestSubject[] = [];
  const infos: SubjectInfo[] = [];
  for (const result of facts.pkgConfig?.results ?? []) {
    if (!result.flags) continue;
    const { module } = result.requirement;
    const header = findHeader(module, result.flags);
    // pkg-config's output is a .pc file's word, checked as go build checks it.
    const cflags = safeCompilerFlags(result.flags.cflags, env);
    const libs = safeLinkerFlags(result.flags.libs, env);
    const libraries = linkedLibraries(libs.kept);
    // Neither a header to compile nor a library to link: nothing the compiler could be asked.
    if (!header && !libraries.length) continue;
    subjects.push({
      id: `pkg-config:${module}`,
      cflags: cflags.kept,
      ldflags: libs.kept,
      sources: header ? [{ name: `#include <${header.name}>`, text: `#include <${header.name}>`, preprocessOnly: false }] : [],
      link: libraries.length > 0,
    });
    const dropped = [...cflags.dropped, ...libs.dropped];
    infos.push({ id: `pkg-config:${module}`, kind: 'pkg-config', name: module, header, module: result.flags, libraries, dropped });
  }
  if (envLibraries.length) {
    subjects.push({ id: 'ldflags', cflags: [], ldflags, sources: [], link: true });
    infos.push({ id: 'ldflags', kind: 'ldflags', name: 'CGO_LDFLAGS', libraries: envLibraries });
  }
  const pkgConfig = pkgConfigCommand(goEnv, env);
  const tool = findExecutable(pkgConfig, env, process.platform, cwd);
  for (const pkg of packages?.packages ?? []) {
    // Go moves the flags of a #cgo pkg-config line (--static) in front of the module names.
    const pcFlags = pkg.pkgConfig.filter((m) => m.startsWith('-'));
    const names = pkg.pkgConfig.filter((m) => !m.startsWith('-'));
    const modules = await Promise.all(names.map(async (m) => ({ m, flags: tool ? await moduleFlags(tool, m, env, cwd, pcFlags) : undefined })));
    const cflags = safeCompilerFlags([...pkg.cflags, ...modules.flatMap((x) => x.flags?.cflags ?? [])], env);
    const libs = safeLinkerFlags([...pkg.ldflags, ...modules.flatMap((x) => x.flags?.libs ?? [])], env);
    const id = `package:${pkg.importPath}`;
    const libraries = linkedLibraries(libs.kept);
    subjects.push({
      id,
      cflags: cflags.kept,
      ldflags: libs.kept,
      sources: pkg.preambles.map((p) => ({ name: p.file, text: p.source, preprocessOnly: true, dir: pkg.dir })),
      link: libraries.length > 0,
    });
    const missingModules = modules.filter((x) => !x.flags).map((x) => x.m);
    const dropped = [...cflags.dropped, ...libs.dropped];
    infos.push({ id, kind: 'package', name: pkg.importPath, libraries, missingModules, pkgConfigMissing: tool ? undefined : pkgConfig, dropped });
  }
  const settings = goSettings(goEnv, env, process.platform, process.arch);
  // The environment's libraries are the ldflags subject's own: in every other link they would repeat its failure.
  const keptLdflags = ldflags.filter((f, i) => !envLibraries.includes(f) && f !== '-l' && ldflags[i - 1] !== '-l');
  const runnable = facts.goos === facts.hostOs && facts.goarch === facts.hostArch;
  // As go build calls the compiler: its target flags (-m64, -m32 …) first.
  const cflags = [...goArchFlags(facts.goos, facts.goarch), ...settings.cflags];
  const compiler = { path: facts.cc.path, args: facts.cc.args, cflags, ldflags: keptLdflags, runnable };
  const testsDir = path.join(jobDir, CC_TESTS_DIR);
  const results = await runLibraryTests(compiler, subjects, testsDir, env);
  // A header the compiler could not find may still be on this machine, where only the host's compiler looks.
  for (const compile of results.flatMap((r) => r.compiles)) {
    if (compile.header) compile.headerFoundAt = HOST_INCLUDE_DIRS.find((dir) => fs.existsSync(path.join(dir, compile.header!)));
  }
  return { subjects: infos, results, packages };
}

/** The host compiler's own header folders (Debian/Ubuntu multiarch included). */
const HOST_INCLUDE_DIRS = ['/usr/local/include', '/usr/include/x86_64-linux-gnu', '/usr/include/aarch64-linux-gnu', '/usr/include'];
