// Runtime loader failures in later steps, as the runner annotates them: main registers the problem
// matcher (problem-matcher defaults to true), a job step builds small C programs in the workspace
// with the real gcc and musl-gcc, and the next steps run them so glibc's ld.so or musl's loader
// refuses to start them. Each annotation names the binary, relative to the workspace.
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { LOADER_BUILD, LOADER_CASES, expectedAnnotations } from '../fixtures/loader-programs.js';
import { disposeRunners, expectOk, newRunner, repoRoot } from './support.js';

afterEach(() => disposeRunners());

const LOADER_OWNERS = [
  'go-ci-guard-loader',
  'go-ci-guard-loader-version',
  'go-ci-guard-loader-symbol',
  'go-ci-guard-musl-loader',
  'go-ci-guard-musl-relocating',
];

describe('the problem matcher on loader failures', () => {
  it('annotates glibc and musl loader failures of programs built in the workspace, file = the binary; post removes the matchers', async () => {
    const runner = newRunner();
    const main = await runner.main();
    expectOk(main);
    expect(main.commands).toContainEqual({ command: 'add-matcher', properties: {}, value: path.join(runner.actionPath, 'matchers', 'go-ci-guard.json') });
    expect(runner.matchers.owners()).toEqual(expect.arrayContaining(LOADER_OWNERS));

    const build = await runner.step(`mkdir loader && cd loader\n${LOADER_BUILD}`, 'build');
    expectOk(build);
    expect(build.matched).toEqual([]);

    const workspace = fs.realpathSync(runner.workspace); // what $ORIGIN expands to
    for (const c of LOADER_CASES) {
      const step = await runner.step(`./loader/${c.program}`, c.program);
      expect({ program: c.program, failed: step.exitCode !== 0, matched: step.matched }).toEqual({
        program: c.program,
        failed: true,
        matched: expectedAnnotations(c, workspace, 'loader'),
      });
      for (const a of step.matched) expect(fs.existsSync(path.join(runner.workspace, a.file ?? '-'))).toBe(true);
    }

    const post = await runner.post();
    expectOk(post);
    const removed = post.commands.filter((c) => c.command === 'remove-matcher').map((c) => c.properties.owner);
    expect(removed).toEqual(expect.arrayContaining(LOADER_OWNERS));
    const after = await runner.step('./loader/app-missing-lib');
    expect(after.exitCode).toBe(127);
    expect(after.matched).toEqual([]);
  });

  it('annotates a cgo test binary that cannot load its C library: on the binary when kept in the workspace, without a file from go test', async () => {
    const runner = newRunner();
    expectOk(await runner.main());
    fs.writeFileSync(path.join(runner.workspace, 'go.mod'), 'module example.com/loader\n\ngo 1.19\n');
    fs.writeFileSync(
      path.join(runner.workspace, 'm.go'),
      'package m\n\n// #cgo LDFLAGS: -lgcgfoo\n// int gcg_foo(void);\nimport "C"\n\nfunc Foo() int { return int(C.gcg_foo()) }\n',
    );
    fs.writeFileSync(path.join(runner.workspace, 'm_test.go'), 'package m\n\nimport "testing"\n\nfunc TestFoo(t *testing.T) { _ = Foo() }\n');
    expectOk(await runner.step(`mkdir loader && cd loader\n${LOADER_BUILD}`, 'build'));
    const env = 'export CGO_ENABLED=1 CGO_LDFLAGS="-L$GITHUB_WORKSPACE/loader/lib"\n';

    const kept = await runner.step(`${env}go test -c -o loader/m.test .\n./loader/m.test`);
    expect(kept.exitCode).toBe(127);
    expect(kept.matched).toEqual([
      {
        owner: 'go-ci-guard-loader',
        severity: 'error',
        file: 'loader/m.test',
        message: './loader/m.test: error while loading shared libraries: libgcgfoo.so.1: cannot open shared object file: No such file or directory',
      },
    ]);

    const tested = await runner.step(`${env}go test .`);
    expect(tested.exitCode).not.toBe(0);
    expect(tested.matched).toEqual([
      {
        owner: 'go-ci-guard-loader',
        severity: 'error', // the binary was in go's temporary folder, outside the workspace: no file
        message: expect.stringMatching(
          /^\/\S+\/go-build\d+\/b001\/loader\.test: error while loading shared libraries: libgcgfoo\.so\.1: cannot open shared object file: No such file or directory$/,
        ),
      },
    ]);
    expectOk(await runner.post());
  });

  it('problem-matcher: false leaves the same failures unannotated', async () => {
    const runner = newRunner();
    expectOk(await runner.main({ 'problem-matcher': 'false' }));
    expectOk(await runner.step(`mkdir loader && cd loader\n${LOADER_BUILD}`, 'build'));
    const step = await runner.step('./loader/musl-missing-lib');
    expect(step.stderr).toContain('Error loading shared library libgcgfoo.so.1: No such file or directory (needed by ./loader/musl-missing-lib)');
    expect(step.matched).toEqual([]);
    expectOk(await runner.post());
  });
});

it('the loader owners are in the matcher file', () => {
  const owners = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'matchers', 'go-ci-guard.json'), 'utf8')) as { problemMatcher: { owner: string }[] }
  ).problemMatcher.map((m) => m.owner);
  expect(owners).toEqual(expect.arrayContaining(LOADER_OWNERS));
});
