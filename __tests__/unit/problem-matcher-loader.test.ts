// The loader matchers of matchers/go-ci-guard.json fed with REAL output: small C programs built with
// this machine's gcc and musl-gcc (and cgo test binaries built by go) that glibc's ld.so or musl's
// loader refuse to start; their output goes, line by line, through the runner emulation in
// harness/problem-matchers.ts.
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProblemMatchers, type MatcherAnnotation } from '../../harness/problem-matchers.js';
import { LOADER_BUILD, LOADER_CASES, expectedAnnotations } from '../fixtures/loader-programs.js';

const MATCHER_FILE = fileURLToPath(new URL('../../matchers/go-ci-guard.json', import.meta.url));

let root = '';
let dir = '';

/** No loader or Go settings from outside: the loader must not find the libraries on its own. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^(LD_|CGO_|GO|CC$|CXX$)/.test(k)) delete env[k];
  return { ...env, LC_ALL: 'C', ...extra };
}

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-loader-')));
  dir = path.join(root, 'ws');
  fs.mkdirSync(dir);
  execFileSync('bash', ['-c', LOADER_BUILD], { cwd: dir, env: cleanEnv(), stdio: 'pipe' });
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** Runs a command with stdout and stderr going to one file (so their lines stay in order). */
function run(cmd: string, args: string[], cwd: string, env = cleanEnv()): { output: string; status: number | null } {
  const log = path.join(root, `log-${process.hrtime.bigint()}.txt`);
  const fd = fs.openSync(log, 'w');
  try {
    const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', fd, fd], timeout: 110_000 });
    if (r.error) throw r.error;
    return { output: fs.readFileSync(log, 'utf8'), status: r.status };
  } finally {
    fs.closeSync(fd);
  }
}

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

describe('loader failures, produced here, become annotations on the binary', () => {
  test.each(LOADER_CASES.map((c) => [c.program, c] as const))('%s', (_name, c) => {
    const { output, status } = run(`./${c.program}`, [], dir);
    expect(status).not.toBe(0);
    expect(output.split('\n').filter(Boolean)).toEqual(c.lines(`./${c.program}`, dir)); // the loader's real text
    expect(annotate(output, dir)).toEqual(expectedAnnotations(c, dir));
  });

  test('a binary outside the workspace: the runner drops the file, the message still names it', () => {
    const { output } = run(path.join(dir, 'app-new-glibc'), [], root);
    expect(annotate(output, path.join(root, 'elsewhere'))).toEqual([
      err('loader-version', {
        message: `${dir}/app-new-glibc: /lib/x86_64-linux-gnu/libc.so.6: version \`GLIBC_2.99' not found (required by ${dir}/app-new-glibc)`,
      }),
    ]);
  });

  test('a cgo go test binary that cannot load its C library (glibc and musl)', () => {
    const mod = path.join(root, 'mod');
    fs.mkdirSync(mod);
    fs.writeFileSync(path.join(mod, 'go.mod'), 'module example.com/m\n\ngo 1.19\n');
    fs.writeFileSync(
      path.join(mod, 'm.go'),
      'package m\n\n// #cgo LDFLAGS: -lgcgfoo\n// int gcg_foo(void);\nimport "C"\n\nfunc Foo() int { return int(C.gcg_foo()) }\n',
    );
    fs.writeFileSync(path.join(mod, 'm_test.go'), 'package m\n\nimport "testing"\n\nfunc TestFoo(t *testing.T) { _ = Foo() }\n');
    for (const d of ['gocache', 'gotmp', 'gopath']) fs.mkdirSync(path.join(root, d));
    const goEnv = (libs: string, cc: string) =>
      cleanEnv({
        CC: cc,
        CGO_ENABLED: '1',
        CGO_LDFLAGS: `-L${path.join(dir, libs)}`,
        GOCACHE: path.join(root, 'gocache'),
        GOTMPDIR: path.join(root, 'gotmp'),
        GOPATH: path.join(root, 'gopath'),
        GOFLAGS: '-mod=mod',
        GOPROXY: 'off',
        GOENV: 'off',
        TMPDIR: path.join(root, 'gotmp'),
      });
    const testBinary = `${root}/gotmp/go-build\\d+/b001/m\\.test`;

    const glibc = run('go', ['test', '-count=1', '.'], mod, goEnv('lib', 'gcc'));
    expect(glibc.status).not.toBe(0);
    const glibcLine = `^${testBinary}: error while loading shared libraries: libgcgfoo\\.so\\.1: cannot open shared object file: No such file or directory$`;
    expect(glibc.output).toMatch(new RegExp(glibcLine, 'm'));
    // The test binary is gone (and outside the workspace): no file, the message keeps the line.
    expect(annotate(glibc.output, mod)).toEqual([err('loader', { message: expect.stringMatching(new RegExp(glibcLine)) as unknown as string })]);

    const musl = run('go', ['test', '-count=1', '.'], mod, goEnv('musl', 'musl-gcc'));
    expect(musl.status).not.toBe(0);
    expect(annotate(musl.output, mod)).toEqual([
      err('musl-loader', {
        message: expect.stringMatching(
          new RegExp(`^Error loading shared library libgcgfoo\\.so\\.1: No such file or directory \\(needed by ${testBinary}\\)$`),
        ) as unknown as string,
      }),
      err('musl-relocating', {
        message: expect.stringMatching(new RegExp(`^Error relocating ${testBinary}: gcg_foo: symbol not found$`)) as unknown as string,
      }),
    ]);
  });
});

describe('loader lines as other glibc versions and callers print them', () => {
  test.each([
    [
      "./app: /lib/x86_64-linux-gnu/libc.so.6: version 'GLIBC_2.32' not found (required by ./app)", // plain quotes
      err('loader-version', { message: "./app: /lib/x86_64-linux-gnu/libc.so.6: version 'GLIBC_2.32' not found (required by ./app)", file: './app' }),
    ],
    [
      "/usr/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by /opt/tool/lib.so)", // dlopen's dlerror()
      err('loader-version', {
        message: "/usr/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.30' not found (required by /opt/tool/lib.so)",
        file: '/opt/tool/lib.so',
      }),
    ],
    [
      './app: symbol lookup error: /opt/lib/libx.so: undefined symbol: gcg_bar, version GCG_2.0',
      err('loader-symbol', { message: './app: symbol lookup error: /opt/lib/libx.so: undefined symbol: gcg_bar, version GCG_2.0', file: '/opt/lib/libx.so' }),
    ],
  ])('%j', (line, expected) => {
    expect(annotate(line)).toEqual([expected]);
  });
});

describe('the loader matchers leave other lines alone', () => {
  test.each([
    'the test checks that "symbol not found" is reported',
    '    loader_test.go:12: got Error relocating ./app: gcg_foo: symbol not found', // a test's log quoting it
    '    loader_test.go:13: got ./app: error while loading shared libraries: libx.so.1: cannot open shared object file',
    'Error relocating the cache folder: disk full',
    'warning: gcg_foo: symbol not found',
    'If you see "error while loading shared libraries", set LD_LIBRARY_PATH',
    'Error loading shared library settings: permission denied',
    '\tlibgcgfoo.so.1 => not found', // ldd
    './app: ./libfoo.so.1: no version information available (required by ./app)', // a glibc warning: the program runs
    "./app: /lib/x86_64-linux-gnu/libc.so.6: weak version `GLIBC_2.99' not found (required by ./app)", // ldd -v: not fatal
    "the fix for version `GLIBC_2.32' not found is a cache key per libc",
  ])('no annotation for %j', (line) => {
    expect(annotate(line)).toEqual([]);
  });
});
