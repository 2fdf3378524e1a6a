// Pure: which flags from #cgo lines and pkg-config output the library tests pass on to the compiler.
// Like `go build`, which refuses unsafe flags from those sources (a dependency's `#cgo CFLAGS:
// -fplugin=…` would run its code), only flags known to be harmless are passed; the job's own
// CGO_CFLAGS/CGO_LDFLAGS are the user's and pass whole, as in Go. CGO_CFLAGS_ALLOW and
// CGO_LDFLAGS_ALLOW (regular expressions, as for Go) let more through.

export interface FilteredFlags {
  kept: string[];
  /** Flags left out of the tests (the row names them). */
  dropped: string[];
}

/** A value that cannot be taken for another flag or a response file. */
const VALUE = '[^@\\-\\s][^\\s]*';

const COMPILER = [
  `-[DU][A-Za-z_][A-Za-z0-9_]*(=[^@\\s]*)?`,
  `-[IF]${VALUE}`,
  `-isystem${VALUE}`,
  '-O([0-3sgz]|fast)?',
  '-g[a-z0-9]*',
  // Warnings; -Wl, -Wa, -Wp hand flags to other tools.
  '-W(?!l,|a,|p,)[A-Za-z0-9=_+-]+',
  '-w',
  '-std=[a-z0-9+]+',
  '-ansi',
  '-pedantic(-errors)?',
  '-pthread',
  '-m[a-z0-9=._+-]+',
  '-f(no-)?(pic|PIC|pie|PIE|common|strict-aliasing|strict-overflow|omit-frame-pointer|stack-protector(-strong|-all)?|stack-check|exceptions|asynchronous-unwind-tables|unwind-tables|signed-char|unsigned-char|visibility=[a-z]+|inline-functions|fast-math|math-errno|wrapv|trapv|builtin|blocks|openmp|lto|rtti|short-enums|diagnostics-color(=[a-z]+)?|permissive|objc-arc|modules)',
];
const COMPILER_WITH_NEXT = ['-I', '-isystem', '-D', '-U', '-include', '-F'];

const LINKER = [
  `-l${VALUE}`,
  `-L${VALUE}`,
  '-pthread',
  '-rdynamic',
  '-static(-libgcc)?',
  '-m(32|64)',
  '-fopenmp',
  '-Wl,--?(as-needed|no-as-needed|E|export-dynamic|Bsymbolic(-functions)?|Bstatic|Bdynamic|start-group|end-group|whole-archive|no-whole-archive|no-undefined|gc-sections|no-gc-sections|O[0-9]|build-id(=[a-z0-9]+)?)',
  `-Wl,--?(rpath(-link)?|soname|version-script)[=,][^@\\-,\\s][^,\\s]*`,
  '-Wl,-z,(relro|now|noexecstack|origin|defs|lazy)',
  // A library or object named by its path (a vendored static library, ${SRCDIR}/lib/libfoo.a).
  '[^@\\-\\s][^\\s]*\\.(a|o|so(\\.[0-9.]+)?|dylib|tbd|lib)',
];
const LINKER_WITH_NEXT = ['-L', '-framework'];

const whole = (patterns: string[]) => patterns.map((p) => new RegExp(`^(?:${p})$`));
const COMPILER_RES = whole(COMPILER);
const LINKER_RES = whole(LINKER);

function userPattern(text: string | undefined): RegExp | undefined {
  if (!text) return undefined;
  try {
    return new RegExp(`^(?:${text})$`);
  } catch {
    return undefined;
  }
}

function filter(flags: string[], valid: RegExp[], withNext: string[], allow: RegExp | undefined): FilteredFlags {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (valid.some((re) => re.test(flag)) || allow?.test(flag)) kept.push(flag);
    else if (withNext.includes(flag) && i + 1 < flags.length && /^[^@-]/.test(flags[i + 1])) kept.push(flag, flags[++i]);
    else dropped.push(flag);
  }
  return { kept, dropped };
}

export function safeCompilerFlags(flags: string[], env: NodeJS.ProcessEnv): FilteredFlags {
  return filter(flags, COMPILER_RES, COMPILER_WITH_NEXT, userPattern(env.CGO_CFLAGS_ALLOW));
}

export function safeLinkerFlags(flags: string[], env: NodeJS.ProcessEnv): FilteredFlags {
  return filter(flags, LINKER_RES, LINKER_WITH_NEXT, userPattern(env.CGO_LDFLAGS_ALLOW));
}

/** Go's own compiler flags per target (cmd/go gccArchArgs): a 386 cell's headers and libraries are 32-bit ones. */
export function goArchFlags(goos: string, goarch: string): string[] {
  switch (goarch) {
    case '386':
      return ['-m32'];
    case 'amd64':
      return goos === 'darwin' || goos === 'ios' ? ['-arch', 'x86_64', '-m64'] : ['-m64'];
    case 'arm64':
      return goos === 'darwin' || goos === 'ios' ? ['-arch', 'arm64'] : [];
    case 'arm':
      return ['-marm'];
    case 'ppc64':
    case 'ppc64le':
    case 's390x':
      return ['-m64'];
    case 'mips64':
    case 'mips64le':
      return ['-mabi=64'];
    case 'mips':
    case 'mipsle':
      return ['-mabi=32', '-march=mips32'];
    case 'riscv64':
    case 'loong64':
      return ['-mabi=lp64d'];
    default:
      return [];
  }
}

/** What the library tests link: -l flags and libraries named by their path. */
export function linkedLibraries(flags: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === '-l' && flags[i + 1]) names.push(`-l${flags[++i]}`);
    else if (flags[i].startsWith('-l') && flags[i].length > 2) names.push(flags[i]);
    else if (/^[^-].*\.(a|so(\.[0-9.]+)?|dylib|tbd|lib)$/.test(flags[i])) names.push(flags[i]);
  }
  return names;
}
