// Runs the library tests with the cell's own compiler, in the job folder: each header or cgo preamble
// is compiled with CC and the flags the build will use, and each set of libraries is linked into an
// empty program while the linker lists what it loads (-Wl,-t). Each loaded shared library is then
// read for the libc it was built against. Observes only; evaluate-libraries.ts judges.
import fs from 'node:fs';
import path from 'node:path';
import { execTool } from '../lib/exec.js';
import { firstLine } from './parse.js';
import { compilerError, missingHeader, missingLibrary, tracedFiles } from './cc-output.js';
import { libcOfElf, readElfDynamic, type LibraryLibc } from './elf-deps.js';
import type { LibcFamily } from './expectations.js';

export interface TestSource {
  /** What is compiled, as messages name it: `#include <zlib.h>`, or a Go file's preamble. */
  name: string;
  text: string;
  /** Preprocess only (a cgo preamble may call Go functions it cannot declare), else a syntax check. */
  preprocessOnly: boolean;
  /** The package folder, for the preamble's quoted includes. */
  dir?: string;
}

export interface TestSubject {
  id: string;
  cflags: string[];
  ldflags: string[];
  sources: TestSource[];
  /** Whether to link: only where there are libraries to link. */
  link: boolean;
}

export interface CompileResult {
  name: string;
  ok: boolean;
  error?: string;
  header?: string;
  /** Where that header is on this machine, outside the compiler's view (filled in by library-facts). */
  headerFoundAt?: string;
}

export interface LinkedLibrary {
  path: string;
  libc?: LibraryLibc;
  /** Part of a C library itself (libc.so.6, libc_nonshared.a, musl's libc.so …), not one the user asked for. */
  libcItself: boolean;
}

export interface LinkResult {
  ok: boolean;
  error?: string;
  missing?: string;
  libraries: LinkedLibrary[];
  /** The linked program started here (native cells only): the loader resolves every library's symbols at start. */
  run?: { ok: boolean; output: string };
}

export interface SubjectResult {
  id: string;
  compiles: CompileResult[];
  link?: LinkResult;
}

export interface Compiler {
  path: string;
  args: string[];
  /** CGO_CPPFLAGS + CGO_CFLAGS and CGO_LDFLAGS, as cgo passes them. */
  cflags: string[];
  ldflags: string[];
  /** Whether its programs run here (not a cross build). */
  runnable: boolean;
}

/** How many compiler runs at once: the runner has two cores, and each run is short. */
const PARALLEL = 4;
const LIBC_PART =
  /^(libc(_nonshared)?\.(so(\.\d+)?|a)|ld-linux[\w.-]*|ld-musl[\w.-]*|libc\.musl[\w.-]*|lib(m|dl|rt|pthread|util|resolv)(-[\d.]+)?\.(so(\.\d+)?|a))$/;

async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** The libc a library folder belongs to: glibc's folders hold libc.so.6, musl's its ELF libc.so. */
function folderLibc(dir: string, memo: Map<string, LibraryLibc | undefined>): LibraryLibc | undefined {
  if (memo.has(dir)) return memo.get(dir);
  let libc: LibraryLibc | undefined;
  // The file itself tells, not its name: a musl system may carry a libc.so.6 that is musl (a compat link).
  const six = path.join(dir, 'libc.so.6');
  const sixLibc = fs.existsSync(six) ? elfLibc(six) : undefined;
  if (sixLibc) libc = { family: sixLibc.family, because: `its folder ${dir} is ${sixLibc.family}'s (its libc.so.6 ${sixLibc.because.replace(/^it /, '')})` };
  else {
    const dyn = elfDynamic(path.join(dir, 'libc.so'));
    if (dyn && !dyn.needed.length) libc = { family: 'musl', because: `its folder ${dir} is musl's (it holds musl's libc.so)` };
  }
  memo.set(dir, libc);
  return libc;
}

function elfLibc(file: string): LibraryLibc | undefined {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return undefined;
  }
  const dyn = elfDynamic(real);
  return dyn && libcOfElf(path.basename(real), dyn);
}

function elfDynamic(file: string) {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const handle = fd;
    return readElfDynamic((offset, length) => {
      const buffer = Buffer.alloc(length);
      const read = fs.readSync(handle, buffer, 0, length, offset);
      return buffer.subarray(0, read);
    });
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** What each library the linker loaded was built for. */
export function classifyLibraries(files: string[], cwd: string): LinkedLibrary[] {
  const memo = new Map<string, LibraryLibc | undefined>();
  const seen = new Set<string>();
  const libraries: LinkedLibrary[] = [];
  for (const file of files) {
    const full = path.resolve(cwd, file);
    const real = path.normalize(full);
    if (seen.has(real)) continue;
    seen.add(real);
    const base = path.basename(real);
    const libcItself = LIBC_PART.test(base);
    if (base.endsWith('.a')) {
      // An archive's objects carry no libc mark: its folder tells (gcc's own folder belongs to neither).
      libraries.push({ path: real, libc: folderLibc(path.dirname(real), memo), libcItself });
      continue;
    }
    const dyn = elfDynamic(real);
    // A linker script (glibc's libc.so) or a Mach-O/PE library: the files it names are listed themselves.
    if (!dyn) continue;
    libraries.push({ path: real, libc: libcOfElf(base, dyn), libcItself });
  }
  return libraries;
}

/** `file`: this compile's own name, unique in `dir` (subjects' names may sanitise alike). */
async function compile(cc: Compiler, subject: TestSubject, source: TestSource, file: string, env: NodeJS.ProcessEnv): Promise<CompileResult> {
  const dir = path.dirname(file);
  fs.writeFileSync(file, `${source.text}\n`);
  const includes = source.dir ? ['-I', source.dir] : [];
  const mode = source.preprocessOnly ? ['-E', '-o', `${file}.i`] : ['-fsyntax-only'];
  // A cgo preamble may include _cgo_export.h, which only the build writes: an empty one stands in.
  const args = [...cc.args, ...cc.cflags, ...subject.cflags, ...includes, '-I', path.join(dir, 'stub'), ...mode, file];
  const result = await execTool(cc.path, args, { env, cwd: dir, timeoutMs: 60_000 });
  // The test file is ours: its name means nothing to the user. A preamble's lines are named after its Go file.
  const output = [result.error, result.stdout, result.stderr]
    .filter(Boolean)
    .join('\n')
    .replace(new RegExp(`${escapeRegExp(file)}(?::(\\d+)(?::\\d+)?)?: ?`, 'g'), (_, line?: string) =>
      source.preprocessOnly ? `${source.name} (C preamble${line ? `, line ${line}` : ''}): ` : '',
    );
  if (result.code === 0) return { name: source.name, ok: true };
  return {
    name: source.name,
    ok: false,
    error: compilerError(output) ?? (output.trim().split('\n')[0] || `exit ${result.code}`),
    header: missingHeader(output),
  };
}

async function link(cc: Compiler, subject: TestSubject, out: string, env: NodeJS.ProcessEnv): Promise<LinkResult> {
  const dir = path.dirname(out);
  const main = path.join(dir, 'empty-main.c');
  const args = [...cc.args, ...cc.cflags, '-o', out, main, ...cc.ldflags, ...subject.ldflags, '-Wl,-t'];
  const result = await execTool(cc.path, args, { env, cwd: dir, timeoutMs: 60_000 });
  const output = [result.error, result.stdout, result.stderr].filter(Boolean).join('\n');
  const libraries = classifyLibraries(tracedFiles(output), dir);
  if (result.code === 0) {
    if (!cc.runnable || !subject.ldflags.length) return { ok: true, libraries };
    const started = await execTool(out, [], { env, cwd: dir, timeoutMs: 10_000 });
    const said = [started.error, started.stdout, started.stderr].filter(Boolean).join('\n').trim();
    return { ok: true, libraries, run: { ok: started.code === 0, output: compilerError(said) ?? firstLine(said) } };
  }
  return { ok: false, error: compilerError(output) ?? `exit ${result.code}`, missing: missingLibrary(output), libraries };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs every subject's tests in `dir` (created; the job folder's cleanup removes it). */
export async function runLibraryTests(cc: Compiler, subjects: TestSubject[], dir: string, env: NodeJS.ProcessEnv): Promise<SubjectResult[]> {
  fs.mkdirSync(path.join(dir, 'stub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'stub', '_cgo_export.h'), '/* stands in for the header cgo writes during the build */\n');
  fs.writeFileSync(path.join(dir, 'empty-main.c'), 'int main(void) { return 0; }\n');
  // Subjects that link the same flags (a module, and the package that names it) share one link.
  const linkKey = (s: TestSubject) => JSON.stringify(s.ldflags);
  const linkers = new Map<string, number>();
  subjects.forEach((s, i) => s.link && !linkers.has(linkKey(s)) && linkers.set(linkKey(s), i));
  type Job = { subject: number; source?: number };
  const jobs: Job[] = subjects.flatMap((s, i) => [
    ...s.sources.map((_, j) => ({ subject: i, source: j })),
    ...(s.link && linkers.get(linkKey(s)) === i ? [{ subject: i }] : []),
  ]);
  const done = await pool(jobs, PARALLEL, async (job): Promise<CompileResult | LinkResult> => {
    const subject = subjects[job.subject];
    const name = path.join(dir, `s${job.subject}${job.source === undefined ? '' : `-${job.source}`}`);
    try {
      return job.source === undefined ? await link(cc, subject, `${name}.out`, env) : await compile(cc, subject, subject.sources[job.source], `${name}.c`, env);
    } catch (err) {
      // One test that cannot even start (a file not written, a name too long) fails alone.
      const error = `the test could not run: ${(err as Error).message}`;
      return job.source === undefined ? { ok: false, error, libraries: [] } : { name: subject.sources[job.source].name, ok: false, error };
    }
  });
  const results = jobs.map((job, k) => ({ job, result: done[k] }));
  return subjects.map((subject, i) => {
    const linker = subject.link ? linkers.get(linkKey(subject)) : undefined;
    return {
      id: subject.id,
      compiles: results.filter(({ job }) => job.subject === i && job.source !== undefined).map(({ result }) => result as CompileResult),
      link: results.find(({ job }) => job.subject === linker && job.source === undefined)?.result as LinkResult | undefined,
    };
  });
}

/** The libraries built for another libc than the cell's. */
export function foreignLibraries(link: LinkResult | undefined, family: LibcFamily | undefined): LinkedLibrary[] {
  if (!link || !family) return [];
  return link.libraries.filter((l) => l.libc && l.libc.family !== family);
}
