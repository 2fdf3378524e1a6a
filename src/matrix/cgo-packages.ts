// The cgo packages a build will compile, as `go list` reports them (cgo-packages input): their #cgo
// flags, pkg-config modules and the C preamble of each file, which the library tests compile with
// the cell's own compiler.
import fs from 'node:fs';
import path from 'node:path';
import { execTool } from '../lib/exec.js';
import { firstLine } from './parse.js';

export interface CgoPackage {
  importPath: string;
  dir: string;
  cflags: string[];
  ldflags: string[];
  pkgConfig: string[];
  /** Each cgo file's preamble (the comment above `import "C"`, #cgo lines left out). */
  preambles: { file: string; source: string }[];
}

export interface CgoPackagesFacts {
  packages: CgoPackage[];
  /** Why none could be listed (go list failed), or per-package errors go list reported. */
  problems: string[];
}

const LIST_FIELDS = 'ImportPath,Dir,Standard,CgoFiles,CgoCFLAGS,CgoCPPFLAGS,CgoLDFLAGS,CgoPkgConfig,Error';

/** Most files read per package: enough for any real binding (go-sqlite3 has about ten). */
const MAX_FILES = 32;

interface GoListPackage {
  ImportPath?: string;
  Dir?: string;
  Standard?: boolean;
  CgoFiles?: string[];
  CgoCFLAGS?: string[];
  CgoCPPFLAGS?: string[];
  CgoLDFLAGS?: string[];
  CgoPkgConfig?: string[];
  Error?: { Err?: string };
}

/** `go list -json` prints one JSON object after another, not an array: split them. */
export function parseJsonStream(text: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
  }
  return values;
}

interface Span {
  start: number;
  end: number;
  block: boolean;
}

/** The comments of a Go file, skipping strings, runes and raw strings (a `/*` in a comment opens nothing). */
function goComments(source: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      spans.push({ start: i, end: end < 0 ? source.length : end, block: false });
      i = end < 0 ? source.length : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      spans.push({ start: i, end: end < 0 ? source.length : end + 2, block: true });
      i = end < 0 ? source.length : end + 1;
    } else if (c === '"' || c === "'") {
      for (i++; i < source.length && source[i] !== c && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
    } else if (c === '`') {
      const end = source.indexOf('`', i + 1);
      i = end < 0 ? source.length : end;
    }
  }
  return spans;
}

/**
 * The C preamble of a Go file, as cgo takes it: the doc comment of the `"C"` import spec — the
 * comment group right above `import "C"`, or above `"C"` inside an `import ( … )` group. `#cgo`
 * lines are blanked (cgo's own lines keep their numbers); undefined without a preamble.
 */
export function cgoPreamble(source: string): string | undefined {
  const comments = goComments(source);
  const inComment = (at: number) => comments.some((c) => at >= c.start && at < c.end);
  const spec = /^[ \t]*(?:import[ \t]+)?"C"[ \t]*(?:\/\/[^\n]*)?$/gm;
  let match: RegExpExecArray | null;
  while ((match = spec.exec(source))) {
    if (inComment(match.index)) continue;
    const lineStart = match.index;
    // The comment group ends on the line right above: only blanks between it and the spec's line.
    const group: Span[] = [];
    let at = lineStart;
    for (let k = comments.length - 1; k >= 0; k--) {
      const c = comments[k];
      if (c.end > at) continue;
      const gap = source.slice(c.end, at);
      if (!/^[ \t]*\r?\n?[ \t]*$/.test(gap)) break;
      group.unshift(c);
      at = c.start;
      // Only the same line's start may precede a comment of the group.
      if (!/(^|\n)[ \t]*$/.test(source.slice(0, c.start))) break;
    }
    if (!group.length) continue;
    const text = group.map((c) => (c.block ? source.slice(c.start + 2, c.end - 2) : source.slice(c.start + 2, c.end).replace(/^ /, ''))).join('\n');
    return text
      .split(/\r?\n/)
      .map((l) => (/^\s*#cgo\b/.test(l) ? '' : l))
      .join('\n');
  }
  return undefined;
}

/** The packages with cgo files among those listed (the standard library's own are Go's business). */
export function cgoPackagesOf(listed: unknown[]): { packages: Omit<CgoPackage, 'preambles'>[]; cgoFiles: Map<string, string[]>; problems: string[] } {
  const packages: Omit<CgoPackage, 'preambles'>[] = [];
  const cgoFiles = new Map<string, string[]>();
  const problems: string[] = [];
  for (const value of listed as GoListPackage[]) {
    if (!value || typeof value !== 'object') continue;
    if (value.Error?.Err) problems.push(`${value.ImportPath ?? '?'}: ${firstLine(value.Error.Err)}`);
    if (value.Standard || !value.CgoFiles?.length || !value.ImportPath || !value.Dir) continue;
    packages.push({
      importPath: value.ImportPath,
      dir: value.Dir,
      cflags: [...(value.CgoCPPFLAGS ?? []), ...(value.CgoCFLAGS ?? [])],
      ldflags: value.CgoLDFLAGS ?? [],
      pkgConfig: value.CgoPkgConfig ?? [],
    });
    cgoFiles.set(value.ImportPath, value.CgoFiles.slice(0, MAX_FILES));
    if (value.CgoFiles.length > MAX_FILES)
      problems.push(`${value.ImportPath}: only the first ${MAX_FILES} of its ${value.CgoFiles.length} cgo files were tried`);
  }
  return { packages, cgoFiles, problems };
}

/**
 * Pure: which folder each pattern is listed from. A relative pattern (`./db/...`) is listed from the
 * module that holds its folder (the nearest go.mod at or above it, not above `cwd`), rewritten
 * relative to that module, so a module in a subfolder of the workspace needs no working folder of
 * its own; any other pattern (an import path) is listed from `cwd`.
 */
export function groupByModule(patterns: string[], cwd: string, hasGoMod: (dir: string) => boolean): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (dir: string, pattern: string) => groups.set(dir, [...(groups.get(dir) ?? []), pattern]);
  for (const pattern of patterns) {
    if (!/^\.\.?(\/|$)/.test(pattern)) {
      add(cwd, pattern);
      continue;
    }
    const suffix = pattern.endsWith('/...') ? '/...' : '';
    const target = path.resolve(cwd, suffix ? pattern.slice(0, -suffix.length) : pattern);
    let dir = target;
    while (!hasGoMod(dir) && dir !== cwd && dir.startsWith(cwd + path.sep)) dir = path.dirname(dir);
    if (!hasGoMod(dir) || dir === cwd) {
      add(cwd, pattern);
      continue;
    }
    const rel = path.relative(dir, target).split(path.sep).join('/');
    add(dir, rel ? `./${rel}${suffix}` : `.${suffix}`);
  }
  return groups;
}

async function listOne(goPath: string, patterns: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ listed: unknown[]; problems: string[] }> {
  // -e: a package with errors is still listed (with Error) rather than failing the whole list.
  // Go ≥ 1.19 prints only the fields asked for, and skips the work behind the others (half the time);
  // an older Go refuses -json=… and gets the full listing.
  const list = (json: string) => execTool(goPath, ['list', '-e', '-deps', json, ...patterns], { env, cwd, timeoutMs: 180_000 });
  let result = await list(`-json=${LIST_FIELDS}`);
  if (result.code !== 0 && !result.stdout.trim() && /-json/.test(result.stderr)) result = await list('-json');
  if (result.error || (result.code !== 0 && !result.stdout.trim())) {
    return {
      listed: [],
      problems: [`go list ${patterns.join(' ')} (in ${cwd}) failed: ${result.error ?? (firstLine(result.stderr) || `exit ${result.code}`)}`],
    };
  }
  try {
    return { listed: parseJsonStream(result.stdout), problems: [] };
  } catch (err) {
    return { listed: [], problems: [`go list printed something unreadable: ${(err as Error).message}`] };
  }
}

/** Lists the named packages and their dependencies with `go list`, in the job's environment. */
export async function listCgoPackages(goPath: string, patterns: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<CgoPackagesFacts> {
  const groups = groupByModule(patterns, cwd, (dir) => fs.existsSync(path.join(dir, 'go.mod')));
  const lists = await Promise.all([...groups].map(([dir, group]) => listOne(goPath, group, env, dir)));
  const { packages: found, cgoFiles, problems } = cgoPackagesOf(lists.flatMap((l) => l.listed));
  problems.unshift(...lists.flatMap((l) => l.problems));
  // One module's dependency may be another's: each package once.
  const packages = found.filter((pkg, i) => found.findIndex((p) => p.importPath === pkg.importPath && p.dir === pkg.dir) === i);
  const withPreambles = packages.map((pkg): CgoPackage => {
    const preambles: CgoPackage['preambles'] = [];
    for (const file of cgoFiles.get(pkg.importPath) ?? []) {
      try {
        const source = cgoPreamble(fs.readFileSync(path.join(pkg.dir, file), 'utf8'));
        if (source?.trim()) preambles.push({ file, source });
      } catch (err) {
        problems.push(`${pkg.importPath}: cannot read ${file}: ${(err as Error).message}`);
      }
    }
    return { ...pkg, preambles };
  });
  return { packages: withPreambles, problems };
}
