// Pure: reads what the C compiler and the linker print during the library tests: the files the
// linker loaded (-Wl,-t), and the one line that says what went wrong.

/** Files the linker loaded, as `-Wl,-t` lists them (GNU ld, gold, lld, ld64): absolute or relative paths. */
export function tracedFiles(output: string): string[] {
  const files = new Set<string>();
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    // GNU ld prints an archive member as `(archive.a)member.o` or `archive.a(member.o)`: keep the archive.
    const match = /^\(?([^\s():]+?\.(?:so(?:\.[\w.]+)?|a|dylib|tbd))(?:\)|\(|$)/.exec(line);
    if (match && !line.includes(': ')) files.add(match[1]);
  }
  return [...files];
}

/** The compiler's own error line: the first `error:` (not `In file included from …`), clipped. */
export function compilerError(output: string): string | undefined {
  const lines = output.split(/\r?\n/).map((l) => l.trim());
  // The driver's closing words (collect2: ld returned 1, linker command failed) say nothing of the cause.
  const closing = /ld returned \d+ exit status|linker command failed/;
  const line =
    lines.find((l) => /\bfatal error:/.test(l)) ??
    lines.find((l) => /\b(cannot find|unable to find library|library not found for|undefined reference)\b/.test(l)) ??
    lines.find((l) => /\berror:/.test(l) && !closing.test(l));
  if (!line) return undefined;
  return clipLine(line.replace(/^\S*\/(ld|collect2|ld\.lld|ld64)(\.\w+)?:\s*/, ''));
}

/** The `-lNAME` a linker could not find, if that is what failed. */
export function missingLibrary(output: string): string | undefined {
  const match = /(?:cannot find|unable to find library|library not found for) (-l[^\s:]+)/.exec(output);
  return match?.[1];
}

/** The header the preprocessor could not find, if that is what failed. */
export function missingHeader(output: string): string | undefined {
  return /fatal error: ([^:\s]+): No such file or directory/.exec(output)?.[1] ?? /fatal error: '([^']+)' file not found/.exec(output)?.[1];
}

function clipLine(line: string, max = 240): string {
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * Header names a pkg-config module is likely to provide, most likely first: `zlib` → zlib.h,
 * `libcurl` → curl.h, curl/curl.h, `sqlite3` → sqlite3.h, `gtk+-3.0` → gtk/gtk.h.
 */
export function headerCandidates(module: string): string[] {
  const bases = new Set<string>();
  const plain = module.replace(/[-_.]?\d+(\.\d+)*$/, '');
  for (const name of [module, plain]) {
    bases.add(name);
    bases.add(name.replace(/^lib/, ''));
    bases.add(name.replace(/\+/g, '').replace(/^lib/, ''));
  }
  const names = [...bases].filter((b) => /^[\w+.-]+$/.test(b) && b.length > 0);
  return [...names.map((b) => `${b}.h`), ...names.map((b) => `${b}/${b}.h`)];
}
