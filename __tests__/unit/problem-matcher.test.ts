// The cgo/linker problem matcher (matchers/go-ci-guard.json) fed with REAL output: every case builds a
// small Go module with the go and gcc on this machine and runs the combined output, line by line,
// through the runner emulation in harness/problem-matchers.ts.
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProblemMatchers, type MatcherAnnotation } from '../../harness/problem-matchers.js';

const MATCHER_FILE = fileURLToPath(new URL('../../matchers/go-ci-guard.json', import.meta.url));
const GO_MOD = 'module example.com/m\n\ngo 1.19\n';

let root = '';
let goBin = '';

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-matcher-')));
  for (const d of ['gocache', 'gotmp', 'tmp', 'gopath', 'out']) fs.mkdirSync(path.join(root, d));
  goBin = path.join(execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim(), 'bin', 'go');
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** An environment that only this test's settings shape (no CGO_*, CC or GOFLAGS from outside). */
function goEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(CGO_|GO|CC$|CXX$|PKG_CONFIG)/.test(k)) delete env[k];
  }
  return {
    ...env,
    GOCACHE: path.join(root, 'gocache'),
    GOTMPDIR: path.join(root, 'gotmp'),
    GOPATH: path.join(root, 'gopath'),
    TMPDIR: path.join(root, 'tmp'), // the linker's go-link-* folders
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GO111MODULE: 'on',
    GOENV: 'off',
    LC_ALL: 'C',
    PWD: dir,
    ...extra,
  };
}

function writeModule(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [rel, text] of Object.entries({ 'go.mod': GO_MOD, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Runs a command with stdout and stderr going to one file (so their lines stay in order). */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { output: string; status: number | null } {
  const log = path.join(root, 'out', `log-${process.hrtime.bigint()}.txt`);
  const fd = fs.openSync(log, 'w');
  try {
    const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', fd, fd], timeout: 110_000 });
    if (r.error) throw r.error;
    return { output: fs.readFileSync(log, 'utf8'), status: r.status };
  } finally {
    fs.closeSync(fd);
  }
}

function goBuild(dir: string, extra: Record<string, string> = {}, cmd = goBin): { output: string; status: number | null } {
  return run(cmd, ['build', '-o', path.join(root, 'out', path.basename(dir)), '.'], dir, goEnv(dir, extra));
}

/** Every annotation the runner would make for this output (workspace unset: file text as matched). */
function annotate(output: string, workspace?: string): MatcherAnnotation[] {
  const pm = new ProblemMatchers({ workspace });
  pm.add(MATCHER_FILE);
  return output.split('\n').flatMap((line) => pm.match(line) ?? []);
}

const err = (owner: string, rest: Omit<MatcherAnnotation, 'owner' | 'severity'>): MatcherAnnotation => ({
  owner: `go-ci-guard-${owner}`,
  severity: 'error',
  ...rest,
});

describe('go-ci-guard.json on real cgo / C compiler output', () => {
  test('cgo: could not determine kind of name for C.x', () => {
    const dir = writeModule('kind', { 'main.go': 'package main\n\n// int y;\nimport "C"\n\nfunc main() { _ = C.x }\n' });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('./main.go:6:19: could not determine kind of name for C.x');
    expect(output).toContain('# example.com/m');
    expect(annotate(output, dir)).toEqual([err('cgo', { file: 'main.go', line: 6, column: 19, message: 'could not determine kind of name for C.x' })]);
  });

  test('missing header in a cgo preamble (fatal error; caret lines and "compilation terminated." ignored)', () => {
    const dir = writeModule('hdr', { 'main.go': 'package main\n\n// #include <missing.h>\nimport "C"\n\nfunc main() {}\n' });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('./main.go:3:11: fatal error: missing.h: No such file or directory');
    expect(output).toContain('compilation terminated.');
    expect(annotate(output, dir)).toEqual([err('cc', { file: 'main.go', line: 3, column: 11, message: 'missing.h: No such file or directory' })]);
  });

  test('C error in a preamble; the "In function" and "note:" lines make no annotation', () => {
    const dir = writeModule('cerr', {
      'main.go': 'package main\n\n// int f(void) { return undeclared_thing; }\nimport "C"\n\nfunc main() { _ = C.f() }\n',
    });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/^\.\/main\.go:3:23: note: /m);
    expect(output).toMatch(/^\.\/main\.go: In function 'f':$/m);
    expect(annotate(output, dir)).toEqual([
      err('cc', { file: 'main.go', line: 3, column: 23, message: "'undeclared_thing' undeclared (first use in this function)" }),
    ]);
  });

  test('.c and .h files of a sub-package: paths relative to the package folder, one without a column', () => {
    const dir = writeModule('csub', {
      'main.go': 'package main\n\nimport "example.com/m/sub"\n\nfunc main() { _ = sub.G() }\n',
      'sub/sub.go': 'package sub\n\n// int g(void);\nimport "C"\n\nfunc G() int { return int(C.g()) }\n',
      'sub/g.c': '#include "bad.h"\nint g(void) { return x; }\nint h(void)\n',
      'sub/bad.h': 'int x = ;\n',
    });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('In file included from g.c:1:');
    expect(output).toContain("bad.h:1:9: error: expected expression before ';' token");
    expect(output).toContain("g.c:4: error: expected '{' at end of input");
    // As matched ...
    expect(annotate(output)).toEqual([
      err('cc', { file: 'bad.h', line: 1, column: 9, message: "expected expression before ';' token" }),
      err('cc', { file: 'g.c', line: 4, message: "expected '{' at end of input" }),
    ]);
    // ... and as the runner reports them: gcc names the files relative to sub/, so they do not
    // resolve against the workspace and the runner drops the file (the annotation stays).
    expect(annotate(output, dir)).toEqual([
      err('cc', { line: 1, column: 9, message: "expected expression before ';' token" }),
      err('cc', { line: 4, message: "expected '{' at end of input" }),
    ]);
  });

  test('C++ file, UTF-8 quotes from gcc', () => {
    const dir = writeModule('cxx', {
      'main.go': 'package main\n\n// int k(void);\nimport "C"\n\nfunc main() {}\n',
      'k.cc': 'int k() { return nope; }\n',
    });
    const { output, status } = goBuild(dir, { LC_ALL: 'C.UTF-8' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/^k\.cc:1:18: error: /m);
    expect(annotate(output, dir)).toEqual([
      err('cc', { file: 'k.cc', line: 1, column: 18, message: expect.stringMatching(/^[‘']nope[’'] was not declared in this scope$/) as unknown as string }),
    ]);
  });
});

describe('go-ci-guard.json on real linker output', () => {
  const UNDEF_MAIN = 'package main\n\n// void foo(void);\nimport "C"\n\nfunc main() { C.foo() }\n';

  test('undefined reference with file:line (cgo-generated file), "in function" and collect2 lines ignored', () => {
    const dir = writeModule('undef', { 'main.go': UNDEF_MAIN });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/^\/usr\/bin\/ld: \S+: in function `\w+':$/m);
    expect(output).toMatch(/^\S+main\.cgo2\.c:\d+: undefined reference to `foo'$/m);
    expect(output).toContain('collect2: error: ld returned 1 exit status');
    expect(output).toMatch(/link: running gcc failed: exit status 1$/m);
    const line = Number(/main\.cgo2\.c:(\d+): undefined/.exec(output)?.[1]);
    expect(annotate(output)).toEqual([
      err('ld-symbol', { file: expect.stringMatching(/main\.cgo2\.c$/) as unknown as string, line, message: "undefined reference to `foo'" }),
    ]);
    expect(annotate(output, dir)).toEqual([err('ld-symbol', { line, message: "undefined reference to `foo'" })]);
  });

  test('undefined reference from a preamble function: absolute path of a workspace file', () => {
    const dir = writeModule('undefc', {
      'main.go': 'package main\n\n// void bar(void);\n// static void callbar(void) { bar(); }\nimport "C"\n\nfunc main() { C.callbar() }\n',
    });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/main.go:4: undefined reference to \`bar'`);
    expect(annotate(output, dir)).toEqual([err('ld-symbol', { file: 'main.go', line: 4, message: "undefined reference to `bar'" })]);
  });

  test('undefined reference without a line (no debug info): "(.text+0x..)" form', () => {
    const dir = writeModule('undefnoline', { 'main.go': UNDEF_MAIN });
    const { output, status } = goBuild(dir, { CGO_CFLAGS: '-O2 -g0' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/^\/usr\/bin\/ld: \S+: in function `\w+':\nmain\.cgo2\.c:\(\.text\+0x[0-9a-f]+\): undefined reference to `foo'$/m);
    expect(annotate(output)).toEqual([err('ld-symbol', { file: 'main.cgo2.c', message: "undefined reference to `foo'" })]);
    expect(annotate(output, dir)).toEqual([err('ld-symbol', { message: "undefined reference to `foo'" })]);
  });

  test('undefined reference from gold ("cgo-gcc-prolog:N: error: ...")', () => {
    if (!fs.existsSync('/usr/bin/ld.gold')) throw new Error('this case needs GNU gold (/usr/bin/ld.gold, Debian package binutils)');
    const dir = writeModule('gold', { 'main.go': UNDEF_MAIN });
    const { output, status } = goBuild(dir, { CGO_LDFLAGS: '-fuse-ld=gold' });
    expect(status).not.toBe(0);
    const raw = /^(\S*cgo-gcc-prolog):(\d+): error: undefined reference to 'foo'$/m.exec(output);
    expect(raw).not.toBeNull();
    expect(annotate(output)).toEqual([err('ld-symbol', { file: raw?.[1], line: Number(raw?.[2]), message: "undefined reference to 'foo'" })]);
  });

  test('multiple definition of a C symbol', () => {
    const dir = writeModule('mdef', {
      'main.go': 'package main\n\n// int foo(void);\nimport "C"\n\nfunc main() { _ = C.foo() }\n',
      'a.c': 'int foo(void) { return 1; }\n',
      'b.c': 'int foo(void) { return 2; }\n',
    });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/b.c:1: multiple definition of \`foo'; `);
    expect(annotate(output, dir)).toEqual([
      err('ld-symbol', {
        file: 'b.c',
        line: 1,
        message: expect.stringMatching(/^multiple definition of `foo'; \S+a\.c:1: first defined here$/) as unknown as string,
      }),
    ]);
  });

  test('cannot find -lx', () => {
    const dir = writeModule('lib', {
      'main.go': 'package main\n\n// #cgo LDFLAGS: -lnosuchlib\n// int one(void) { return 1; }\nimport "C"\n\nfunc main() { _ = C.one() }\n',
    });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/^\/usr\/bin\/ld: cannot find -lnosuchlib/m);
    expect(annotate(output, dir)).toEqual([
      err('ld', { message: expect.stringMatching(/^cannot find -lnosuchlib(: No such file or directory)?$/) as unknown as string }),
    ]);
  });
});

describe('go-ci-guard.json on real toolchain / runtime failures', () => {
  const CGO_MAIN = 'package main\n\n// int one(void) { return 1; }\nimport "C"\n\nfunc main() { _ = C.one() }\n';

  test('C compiler not on PATH (Go 1.19 keeps CGO_ENABLED=1)', () => {
    const dir = writeModule('nogcc', { 'main.go': CGO_MAIN });
    const bin = path.join(root, 'nogcc-bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(goBin, path.join(bin, 'go'));
    const { output, status } = goBuild(dir, { PATH: bin }, path.join(bin, 'go'));
    expect(status).not.toBe(0);
    const message = 'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH';
    expect(output.split('\n')).toContain(message);
    expect(annotate(output, dir)).toEqual([err('cgo-toolchain', { message })]);
  });

  test('C compiler driver error (bad CGO_CFLAGS)', () => {
    const dir = writeModule('badflag', { 'main.go': CGO_MAIN });
    const { output, status } = goBuild(dir, { CGO_CFLAGS: '-mno-such-flag' });
    expect(status).not.toBe(0);
    expect(output).toContain("gcc: error: unrecognized command-line option '-mno-such-flag'");
    expect(annotate(output, dir)).toEqual([err('cc-driver', { message: "unrecognized command-line option '-mno-such-flag'" })]);
  });

  test('pkg-config package not found (only the first of its lines)', () => {
    const dir = writeModule('pc', { 'main.go': 'package main\n\n// #cgo pkg-config: nosuchpkg\nimport "C"\n\nfunc main() {}\n' });
    const { output, status } = goBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('pkg-config: exit status 1');
    const message = 'Package nosuchpkg was not found in the pkg-config search path.';
    expect(output.split('\n')).toContain(message);
    expect(annotate(output, dir)).toEqual([err('pkg-config', { message })]);
  });

  test('runtime/cgo: pthread_create failed (produced here: address-space limit, 64 MiB thread stacks)', () => {
    const dir = writeModule('pthread', {
      'main.go': [
        'package main',
        '',
        '// #include <unistd.h>',
        '// static void block(void) { sleep(10); }',
        'import "C"',
        '',
        'import "fmt"',
        '',
        'func main() {',
        '\tfor i := 0; i < 200; i++ {',
        '\t\tgo C.block() // each blocked C call holds an OS thread',
        '\t}',
        '\tC.block()',
        '\tfmt.Println("all threads started")',
        '}',
        '',
      ].join('\n'),
    });
    const built = goBuild(dir);
    expect(built.output).toBe('');
    expect(built.status).toBe(0);
    // RLIMIT_AS 2 GB: the runtime starts (it needs ~0.8 GB), 200 threads of 64 MiB cannot. Limits
    // on address space apply to root as well, so no user switch is needed.
    const script = 'ulimit -v 2000000 && ulimit -s 65536 && exec "$0"';
    const { output, status } = run('/bin/sh', ['-c', script, path.join(root, 'out', 'pthread')], dir, goEnv(dir));
    expect(status).not.toBe(0);
    expect(output).not.toContain('all threads started');
    expect(output).toContain('SIGABRT: abort');
    expect(annotate(output, dir)).toEqual([err('cgo-runtime', { message: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable' })]);
  });
});

describe('go-ci-guard.json leaves ordinary output alone', () => {
  test('real go vet, go test and Go compiler output make no annotation', () => {
    const dir = writeModule('plain', {
      'main.go': 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Printf("%d\\n", "not a number")\n}\n',
      'main_test.go': [
        'package main',
        '',
        'import "testing"',
        '',
        'func TestFails(t *testing.T) {',
        '\tt.Errorf("error: expected %d, got %d", 1, 2)',
        '\tt.Log("main.go:1:1: error: text in a test log")',
        '}',
        '',
      ].join('\n'),
    });
    const vet = run(goBin, ['vet', '.'], dir, goEnv(dir));
    expect(vet.output).toMatch(/^\.\/main\.go:6:2: fmt\.Printf format %d has arg "not a number" of wrong type string$/m);
    const tst = run(goBin, ['test', '-v', '-vet=off', '.'], dir, goEnv(dir));
    expect(tst.output).toMatch(/^ +main_test\.go:6: error: expected 1, got 2$/m);
    expect(tst.output).toMatch(/^FAIL\texample\.com\/m\t/m);
    const bad = writeModule('gocompile', { 'main.go': 'package main\n\nfunc main() { undefinedThing() }\n' });
    const compile = goBuild(bad);
    expect(compile.output).toContain('./main.go:3:15: undefined: undefinedThing');
    for (const output of [vet.output, tst.output, compile.output]) {
      expect(output.length).toBeGreaterThan(0);
      expect(annotate(output, dir)).toEqual([]);
    }
  });

  test.each([
    '# example.com/m',
    '# runtime/cgo',
    'collect2: error: ld returned 1 exit status', // a summary: the ld error above it is the annotation
    'clang: error: linker command failed with exit code 1 (use -v to see invocation)', // the same, from clang
    '/usr/lib/go-1.19/pkg/tool/linux_amd64/link: running gcc failed: exit status 1',
    "/usr/bin/ld: /tmp/go-link-1/000001.o: in function `f':",
    '/usr/bin/ld: use the --help option for usage information',
    './main.go:3:23: note: each undeclared identifier is reported only once for each function it appears in',
    './main.go:3:5: warning: unused variable [-Wunused-variable]',
    'compilation terminated.',
    '    3 | // #include <missing.h>',
    'ok  \texample.com/m\t0.004s',
    '--- FAIL: TestX (0.00s)',
    '    x_test.go:12: error: want 1, got 2',
    './main.go:5:2: undefined: C', // plain Go compiler output: setup-go's "go" matcher handles these
    'cgo: C compiler "gcc" not found', // truncated: not the real message shape
  ])('no annotation for %j', (line) => {
    const pm = new ProblemMatchers();
    pm.add(MATCHER_FILE);
    expect(pm.match(line)).toBeUndefined();
  });
});

/** Constructs outside the subset that both JavaScript and .NET (RegexOptions.ECMAScript) read alike. */
function subsetProblems(src: string): string[] {
  const problems: string[] = [];
  let inClass = false;
  for (let i = 0; i < src.length;) {
    const c = src[i];
    const next = src[i + 1] ?? '';
    if (c === '\\') {
      const hex = /^x[0-9A-Fa-f]{2}/.test(src.slice(i + 1));
      if (hex) i += 4;
      else if (/[dDwWsS]/.test(next) || (!inClass && /[bB]/.test(next)) || /[tnrfv\\^$.|?*+()[\]{}/-]/.test(next)) i += 2;
      else {
        problems.push(`escape \\${next}`);
        i += 2;
      }
      continue;
    }
    if (inClass) {
      if (c === '[') problems.push('[ inside a class (.NET subtraction)');
      if (c === ']') inClass = false;
      i += 1;
      continue;
    }
    if (c === '[') {
      inClass = true;
      i += src[i + 1] === '^' ? 2 : 1;
      if (src[i] === ']') problems.push('] first in a class');
      continue;
    }
    if (c === '(' && next === '?') {
      if (!/[:=!]/.test(src[i + 2] ?? '')) problems.push(`group (?${src.slice(i + 2, i + 4)}`);
      i += 3;
      continue;
    }
    const quant = /^(?:[*+?]|\{\d+(?:,\d*)?\})/.exec(src.slice(i));
    if (quant) {
      i += quant[0].length;
      if (src[i] === '+') problems.push('possessive quantifier');
      if (src[i] === '?') i += 1; // lazy
      continue;
    }
    if (c === '{' || c === '}' || c === ']') problems.push(`literal ${c} (escape it)`);
    i += 1;
  }
  if (inClass) problems.push('unterminated class');
  return problems;
}

describe('go-ci-guard.json itself', () => {
  type PatternJson = Record<string, unknown> & { regexp: string };
  type MatcherJson = { owner: string; severity?: string; pattern: PatternJson[] };
  const json = JSON.parse(fs.readFileSync(MATCHER_FILE, 'utf8')) as { problemMatcher: MatcherJson[] };

  test('owners are ours, distinct and never setup-go\'s "go"; only keys the runner knows', () => {
    expect(Object.keys(json)).toEqual(['problemMatcher']);
    const owners = json.problemMatcher.map((m) => m.owner);
    expect(owners.length).toBeGreaterThanOrEqual(8);
    expect(new Set(owners.map((o) => o.toUpperCase())).size).toBe(owners.length);
    for (const m of json.problemMatcher) {
      expect(m.owner).toMatch(/^go-ci-guard-[a-z0-9-]+$/);
      for (const k of Object.keys(m)) expect(['owner', 'severity', 'pattern']).toContain(k);
      for (const p of m.pattern) {
        for (const k of Object.keys(p)) expect(['regexp', 'file', 'line', 'column', 'severity', 'code', 'message', 'fromPath', 'loop']).toContain(k);
      }
    }
    expect(() => new ProblemMatchers().add(MATCHER_FILE)).not.toThrow(); // the runner's validation
  });

  test('every regexp stays in the JavaScript / .NET common subset and compiles without flags', () => {
    const regexps = json.problemMatcher.flatMap((m) => m.pattern.map((p) => p.regexp));
    expect(regexps.length).toBe(json.problemMatcher.length);
    for (const r of regexps) {
      expect({ r, problems: subsetProblems(r) }).toEqual({ r, problems: [] });
      expect(() => new RegExp(r)).not.toThrow();
    }
  });

  test.each([
    '(?<=a)b',
    '(?<!a)b',
    '(?<n>a)',
    "(?'n'a)",
    '(?>a)',
    '(?i)a',
    '(?i:a)',
    '\\p{L}',
    '\\P{L}',
    'a*+',
    'a++',
    'a?+',
    'a{2}+',
    '\\k<n>',
    '\\1',
    '\\A',
    '\\Z',
    '\\z',
    '\\G',
    '\\u{41}',
    '[a-z-[aeiou]]',
    '[]a]',
    'a{',
    '[\\b]',
  ])('the subset check rejects %j', (r) => {
    expect(subsetProblems(r)).not.toEqual([]);
  });
});

describe('ProblemMatchers (runner semantics)', () => {
  let dir = '';
  const write = (name: string, problemMatcher: unknown[]): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify({ problemMatcher }));
    return file;
  };
  const single = (owner: string, regexp: string, more: Record<string, unknown> = {}, matcher: Record<string, unknown> = {}) => ({
    owner,
    ...matcher,
    pattern: [{ regexp, message: 1, ...more }],
  });
  // setup-go's matchers.json (owner "go").
  const SETUP_GO = single('go', '((?:\\.{0,2}\\/|\\.{0,2}\\\\)(?:.+\\.go)):(?:(\\d+):(\\d+):)? (.*)', { file: 1, line: 2, column: 3, message: 4 });
  const CGO_LINE = './main.go:6:19: could not determine kind of name for C.x';

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(root, 'json-'));
  });

  test('a file is put in front of the matchers added before it; the first matcher that matches wins', () => {
    const goFile = write('go.json', [SETUP_GO]);
    const pm = new ProblemMatchers();
    pm.add(goFile);
    pm.add(MATCHER_FILE); // Go CI Guard after setup-go: its matchers come first
    const ours = (JSON.parse(fs.readFileSync(MATCHER_FILE, 'utf8')) as { problemMatcher: { owner: string }[] }).problemMatcher.map((m) => m.owner);
    expect(pm.owners()).toEqual([...ours, 'go']);
    expect(pm.match(CGO_LINE)?.owner).toBe('go-ci-guard-cgo');
    expect(pm.match('./main.go:5:2: undefined: foo')).toEqual({
      owner: 'go',
      severity: 'error',
      file: './main.go',
      line: 5,
      column: 2,
      message: 'undefined: foo',
    });

    const other = new ProblemMatchers();
    other.add(MATCHER_FILE);
    other.add(goFile); // setup-go after Go CI Guard: "go" claims the line, still one annotation
    expect(other.owners()[0]).toBe('go');
    expect(other.match(CGO_LINE)).toEqual({
      owner: 'go',
      severity: 'error',
      file: './main.go',
      line: 6,
      column: 19,
      message: 'could not determine kind of name for C.x',
    });
  });

  test('a matcher with an existing owner (any case) replaces it; remove() is by owner, any case', () => {
    const pm = new ProblemMatchers();
    pm.add(write('a.json', [single('tool', '^A: (.+)$'), single('keep', '^K: (.+)$')]));
    pm.add(write('b.json', [single('TOOL', '^B: (.+)$')]));
    expect(pm.owners()).toEqual(['TOOL', 'keep']);
    expect(pm.match('A: x')).toBeUndefined();
    expect(pm.match('B: x')).toEqual({ owner: 'TOOL', severity: 'error', message: 'x' });
    pm.remove('tOoL');
    expect(pm.owners()).toEqual(['keep']);
    expect(pm.match('B: x')).toBeUndefined();
    pm.add(MATCHER_FILE);
    pm.remove('GO-CI-GUARD-CGO');
    expect(pm.owners()).not.toContain('go-ci-guard-cgo');
    expect(pm.match(CGO_LINE)).toBeUndefined();
    expect(pm.match('./main.go:3:11: fatal error: missing.h: No such file or directory')?.owner).toBe('go-ci-guard-cc');
  });

  test('a path that climbs out of the folder go ran in (../dep/x.go) stays in the message: the runner would attach it to no file or the wrong one', () => {
    const pm = new ProblemMatchers();
    pm.add(MATCHER_FILE);
    const line = '../go-sqlite3/backup.go:12:3: error: unknown type name sqlite3_backup';
    expect(pm.match(line)).toEqual({ owner: 'go-ci-guard-cc-outside', severity: 'error', message: line });
    const cgo = '../dep/x.go:7:2: could not determine kind of name for C.missing';
    expect(pm.match(cgo)).toEqual({ owner: 'go-ci-guard-cgo-outside', severity: 'error', message: cgo });
    expect(pm.match('./main.go:3:11: fatal error: missing.h: No such file or directory')).toMatchObject({ owner: 'go-ci-guard-cc', file: './main.go' });
  });

  test('matching is case-sensitive; default severity, then "error"; unsupported severity falls through', () => {
    const pm = new ProblemMatchers();
    pm.add(write('sev.json', [single('first', '^(\\w+): (.+)$', { severity: 1, message: 2 }), single('second', '^(fatal: .+)$', {}, { severity: 'warning' })]));
    // "FATAL" is no severity the runner knows: "first" makes no issue, and "second" is case-sensitive.
    expect(pm.match('FATAL: x')).toBeUndefined();
    expect(pm.match('Notice: x')).toEqual({ owner: 'first', severity: 'notice', message: 'x' });
    expect(pm.match('fatal: x')).toEqual({ owner: 'second', severity: 'warning', message: 'fatal: x' });
    const ours = new ProblemMatchers();
    ours.add(MATCHER_FILE);
    expect(ours.match('RUNTIME/CGO: pthread_create failed: x')).toBeUndefined();
    expect(ours.match('runtime/cgo: pthread_create failed: x')?.severity).toBe('error');
  });

  test('line/column must be plain digits; empty message makes no annotation; code is trimmed', () => {
    const pm = new ProblemMatchers();
    pm.add(write('num.json', [{ owner: 'n', pattern: [{ regexp: '^(\\S+) (\\S+) \\[(.*)\\] (.*)$', line: 1, column: 2, code: 3, message: 4 }] }]));
    expect(pm.match('007 +3 [ E1 ] m')).toEqual({ owner: 'n', severity: 'error', line: 7, code: 'E1', message: 'm' });
    expect(pm.match('1 99999999999 [] m')).toEqual({ owner: 'n', severity: 'error', line: 1, message: 'm' });
    expect(pm.match('1 2 [x]  ')).toBeUndefined();
  });

  test('multi-line pattern with loop, fromPath, and reset when another matcher matches', () => {
    const pm = new ProblemMatchers();
    pm.add(
      write('multi.json', [
        single('other', '^OTHER (.+)$'),
        {
          owner: 'multi',
          pattern: [
            { regexp: '^In (\\S+) from (\\S+):$', file: 1, fromPath: 2 },
            { regexp: '^  (\\d+): (.+)$', line: 1, message: 2, loop: true },
          ],
        },
      ]),
    );
    expect(pm.match('  1: orphan')).toBeUndefined();
    expect(pm.match('In a.c from src/x/build.log:')).toBeUndefined();
    expect(pm.match('  3: first')).toEqual({ owner: 'multi', severity: 'error', file: 'src/x/a.c', line: 3, message: 'first' });
    expect(pm.match('  4: second')).toEqual({ owner: 'multi', severity: 'error', file: 'src/x/a.c', line: 4, message: 'second' });
    expect(pm.match('something else')).toBeUndefined(); // breaks the running match
    expect(pm.match('  5: third')).toBeUndefined();
    pm.match('In b.c from build.log:');
    expect(pm.match('OTHER x')?.owner).toBe('other'); // resets "multi"
    expect(pm.match('  6: fourth')).toBeUndefined();
  });

  test('file values resolve against the workspace: kept only for existing files inside it', () => {
    const ws = fs.mkdtempSync(path.join(root, 'ws-'));
    fs.mkdirSync(path.join(ws, 'pkg'));
    fs.writeFileSync(path.join(ws, 'pkg', 'main.go'), 'package main\n');
    const pm = new ProblemMatchers({ workspace: ws });
    pm.add(MATCHER_FILE);
    expect(pm.match('./pkg/main.go:1:2: fatal error: x.h: No such file or directory')?.file).toBe('pkg/main.go');
    expect(pm.match(`${ws}/pkg/main.go:1:2: error: e`)?.file).toBe('pkg/main.go');
    const gone = pm.match('./pkg/other.go:1:2: error: e');
    expect(gone).toEqual({ owner: 'go-ci-guard-cc', severity: 'error', line: 1, column: 2, message: 'e' });
    expect(pm.match('/usr/include/stdio.h:1:2: error: e')?.file).toBeUndefined();
    expect(pm.match('./pkg:1:2: error: e')).toBeUndefined(); // no C/Go extension
  });

  test('colour codes: only the runner\'s NUL+"33[" prefix is stripped, real ESC sequences are not (actions/runner#2341)', () => {
    const pm = new ProblemMatchers();
    pm.add(MATCHER_FILE);
    expect(pm.match('\u000033[1mruntime/cgo: pthread_create failed: x')?.message).toBe('runtime/cgo: pthread_create failed: x');
    expect(pm.match('\u001b[1mruntime/cgo: pthread_create failed: x')).toBeUndefined();
  });

  test.each([
    ['no owner', [{ pattern: [{ regexp: '(x)', message: 1 }] }], 'Owner must not be empty'],
    ['duplicate owners', [single('a', '(x)'), single('A', '(y)')], "Duplicate owner name 'A'"],
    ['bad default severity', [single('a', '(x)', {}, { severity: 'fatal' })], 'unexpected default severity'],
    ['no patterns', [{ owner: 'a', pattern: [] }], 'does not contain any patterns'],
    ['no message', [{ owner: 'a', pattern: [{ regexp: '(x)', file: 1 }] }], "At least one pattern must set 'message'"],
    ['loop on a single pattern', [single('a', '(x)', { loop: true })], "may set 'loop'"],
    [
      'loop not on the last pattern',
      [{ owner: 'a', pattern: [{ regexp: 'a' }, { regexp: '(b)', message: 1, loop: true }, { regexp: 'c' }] }],
      "may set 'loop'",
    ],
    [
      'loop without message',
      [
        {
          owner: 'a',
          pattern: [
            { regexp: '(a)', message: 1 },
            { regexp: '(b)', loop: true },
          ],
        },
      ],
      "must set 'message'",
    ],
    ['group out of range', [single('a', '(x)', { message: 2 })], "'message' is set to 2 which is out of range"],
    [
      'property set twice',
      [
        {
          owner: 'a',
          pattern: [
            { regexp: '(a)', file: 1 },
            { regexp: '(b)', file: 1, message: 1 },
          ],
        },
      ],
      "'file' is set twice",
    ],
  ])('add() rejects a file with %s', (_name, problemMatcher, message) => {
    const file = write('bad.json', problemMatcher as unknown[]);
    const pm = new ProblemMatchers();
    expect(() => pm.add(file)).toThrow(message);
    expect(pm.owners()).toEqual([]);
  });

  test('a file without matchers is ignored', () => {
    const pm = new ProblemMatchers();
    pm.add(MATCHER_FILE);
    const owners = pm.owners();
    pm.add(write('empty.json', []));
    expect(owners.length).toBe((JSON.parse(fs.readFileSync(MATCHER_FILE, 'utf8')) as { problemMatcher: unknown[] }).problemMatcher.length);
    expect(pm.owners()).toEqual(owners);
  });
});
