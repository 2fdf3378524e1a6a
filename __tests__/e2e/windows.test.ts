// Windows, proven under wine: the action's entries on the real Node for Windows, run by the job's
// Runner.Worker.exe with the variables a Windows runner gives; job steps that are Windows programs
// built by Go (go.exe itself, jobtool.exe) or host shell steps on the same files.
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalRunner } from '../../harness/local-runner.js';
import { addWindowsGo, prepareWindowsGoroot, prepareWindowsHost, toWindowsPath, windowsHostMissing, type WindowsHost } from '../../harness/windows-host.js';
import { disposeRunners, errors, exists, expectOk, itWhen, newRunner, processesMentioning, warnings } from './support.js';

const missing = windowsHostMissing();
// Skipped and counted where wine or Node for Windows is missing (and failed in CI, see itWhen).
const itWin = itWhen(missing === undefined, missing ?? '');
let host: WindowsHost;

beforeAll(() => {
  if (!missing) host = prepareWindowsHost();
}, 300_000);
afterAll(disposeRunners);

/** A Windows runner with go.exe (built here for Windows, GOROOT this host's Go through Z:) on PATH. */
function windowsRunner(opts: { checkout?: string } = {}): LocalRunner {
  const runner = newRunner({ windows: host, ...opts });
  addWindowsGo(runner, host);
  return runner;
}

const jobDirOf = (runner: LocalRunner, main: { outputs: Record<string, string> }) => runner.hostPath(main.outputs['job-dir']);

describe('Windows (wine, Node for Windows)', () => {
  itWin('redirects TEMP, TMP, GOCACHE and XDG_CACHE_HOME into the job folder with Windows names, checks go.exe, hands its state to post', async () => {
    const runner = windowsRunner();
    const profileTemp = runner.env.TEMP;
    const main = await runner.main();
    expectOk(main);
    const jobDir = main.outputs['job-dir'];
    expect(jobDir).toMatch(/^Z:\\.*\\_work\\_temp\\go-ci-guard-[^\\]+$/);
    for (const [name, folder] of Object.entries({ TEMP: 'tmp', TMP: 'tmp', TMPDIR: 'tmp', GOCACHE: 'go-build', GOTMPDIR: 'go-tmp', XDG_CACHE_HOME: 'cache' }))
      expect([name, runner.env[name]]).toEqual([name, `${jobDir}\\${folder}`]);
    // Main's checks with a Windows go.exe: found, its version, cgo auto without a C compiler only reported.
    expect(main.outputs['go-version']).toMatch(/^1\.\d+/);
    expect(main.stdout).toMatch(/✅ Go version: expected any Go, found go1\.\d+(\.\d+)? \(Z:\\.*\\go\\bin\\go\.exe\)/);
    expect(main.stdout).toMatch(/⚠️ C compiler \(CC\): expected gcc runs, found gcc not found on PATH/);
    expect(errors(main)).toEqual([]);
    // A Windows program of the job sees the redirect: go.exe's own view of its folders.
    const goEnv = await runner.windowsStep('go.exe', ['env', 'GOCACHE', 'GOTMPDIR', 'GOOS']);
    expectOk(goEnv);
    expect(goEnv.stdout.trim().split(/\r?\n/)).toEqual([`${jobDir}\\go-build`, `${jobDir}\\go-tmp`, 'windows']);
    // @actions/core on Windows ends file-command lines with CRLF; the runner reads them so.
    expect(main.files?.GITHUB_ENV).toMatch(/^GOCACHE<<ghadelimiter_[^\r\n]+\r\n/m);
    // The state main saved reaches post as STATE_guard.
    const state = JSON.parse(runner.getState('guard') ?? '{}') as { jobDir?: string; os?: string };
    expect(state.jobDir).toBe(jobDir);
    const build = await runner.step('mkdir -p "$GOCACHE/00" && head -c 300000 /dev/urandom > "$GOCACHE/00/blob" && echo "$TEMP"');
    expectOk(build);
    expect(build.stdout.trim()).toBe(path.join(jobDirOf(runner, main), 'tmp'));
    const post = await runner.post();
    expectOk(post);
    expect(exists(jobDirOf(runner, main))).toBe(false);
    expect(runner.env.TEMP).toBe(profileTemp); // restored for the steps after post
    expect(runner.summary).toContain('✅ Job folder removed');
    expect(runner.summary).toContain(`Job folder: \`${jobDir}\``);
    // Freed on disk is read off the shared disk (statfs), which other test files move meanwhile: any size.
    expect(runner.summary).toMatch(/\| `go-build` \| 1 \| [\d.]+ (B|KiB|MiB|GiB) \| [\d.]+ m?s \| ✅ removed \|/);
  });

  itWin(
    'a real go.exe build and go test fill GOCACHE, GOTMPDIR and TEMP in the job folder; post removes them',
    async () => {
      const goroot = prepareWindowsGoroot(host); // Go's compiler and linker built for Windows (~40 s the first time)
      const project = fs.mkdtempSync(path.join(host.prefix, '..', 'project-'));
      fs.writeFileSync(path.join(project, 'go.mod'), 'module example.com/hello\n\ngo 1.19\n');
      fs.writeFileSync(
        path.join(project, 'hello.go'),
        'package main\n\nimport "fmt"\n\nfunc greet() string { return "hello from Windows" }\n\nfunc main() { fmt.Println(greet()) }\n',
      );
      fs.writeFileSync(
        path.join(project, 'hello_test.go'),
        'package main\n\nimport (\n\t"os"\n\t"testing"\n)\n\nfunc TestGreet(t *testing.T) {\n\tif greet() != "hello from Windows" {\n\t\tt.Fatal(greet())\n\t}\n\tt.Log("TEMP=" + os.TempDir())\n}\n',
      );
      const runner = windowsRunner({ checkout: project });
      fs.rmSync(project, { recursive: true, force: true });
      Object.assign(runner.env, { GOROOT: goroot, CGO_ENABLED: '0' });
      const main = await runner.main();
      expectOk(main);
      const jobDir = main.outputs['job-dir'];
      const build = await runner.windowsStep('go.exe', ['build', '-work', '-o', 'hello.exe', '.']);
      expectOk(build);
      expect(build.stderr).toContain(`WORK=${jobDir}\\go-tmp\\go-build`); // -work keeps it: post removes it
      const hello = await runner.windowsStep(`${runner.env.GITHUB_WORKSPACE}\\hello.exe`, []);
      expect(hello.stdout.trim()).toBe('hello from Windows');
      const test = await runner.windowsStep('go.exe', ['test', '-vet=off', '-v', '.']);
      expectOk(test);
      expect(test.stdout).toContain(`TEMP=${jobDir}\\tmp`);
      const gocache = runner.hostPath(runner.env.GOCACHE);
      const entries = fs.readdirSync(gocache, { recursive: true }).length;
      expect(entries).toBeGreaterThan(100);
      const post = await runner.post();
      expectOk(post);
      expect(warnings(post)).toEqual([]);
      expect(exists(runner.hostPath(jobDir))).toBe(false);
      // Only the count: the space freed is read off the shared disk (statfs), which other test files move.
      const row = /\| `go-build` \| ([\d,]+) \| [\d.]+ (B|KiB|MiB|GiB) \| [\d.]+ m?s \| ✅ removed \|/.exec(runner.summary);
      expect(row).not.toBeNull();
      expect(Number(row![1].replace(/,/g, ''))).toBeGreaterThan(100);
    },
    300_000,
  );

  itWin('with cgo: true and no C compiler on PATH, main fails and says so', async () => {
    const runner = windowsRunner();
    const main = await runner.main({ cgo: 'true' });
    expect(main.exitCode).not.toBe(0);
    expect(main.stdout).toMatch(/❌ C compiler \(CC\): .*gcc not found on PATH/);
    // post: always() still runs and removes what main made.
    expectOk(await runner.post());
    expect(fs.readdirSync(runner.runnerTemp).filter((n) => n.startsWith('go-ci-guard-') && !n.endsWith('.report.json'))).toEqual([]);
  });

  itWin("removes read-only files, which Windows' own del refuses, and trees past 260 characters", async () => {
    const runner = windowsRunner();
    const main = await runner.main();
    expectOk(main);
    const tmp = runner.hostPath(runner.env.TEMP);
    const deep = path.join(tmp, ...Array.from({ length: 12 }, (_, i) => `folder-with-a-long-name-${String(i).padStart(2, '0')}`));
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(deep, 'leaf.txt'), 'deep');
    expect(toWindowsPath(path.join(deep, 'leaf.txt')).length).toBeGreaterThan(300);
    fs.mkdirSync(path.join(tmp, 'ro-dir', 'inner'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'ro-dir', 'inner', 'ro.txt'), 'x');
    fs.writeFileSync(path.join(tmp, 'ro.txt'), 'x');
    // The Windows way: attrib +r (wine keeps it for files; it ignores it on folders, so none are tried here).
    const attrib = await runner.windowsStep('cmd.exe', [
      '/c',
      `attrib +r ${runner.env.TEMP}\\ro.txt && attrib +r ${runner.env.TEMP}\\ro-dir\\inner\\ro.txt && attrib ${runner.env.TEMP}\\ro.txt && attrib ${runner.env.TEMP}\\ro-dir\\inner\\ro.txt`,
    ]);
    expectOk(attrib);
    expect(attrib.stdout.split(/\r?\n/).filter((line) => /^[A-Z\s]*R\s+\S+ro\.txt$/.test(line))).toHaveLength(2);
    // The hard case: Windows' own del refuses a read-only file.
    await runner.windowsStep('cmd.exe', ['/c', `del ${runner.env.TEMP}\\ro.txt`]);
    expect(exists(path.join(tmp, 'ro.txt'))).toBe(true);
    const post = await runner.post();
    expectOk(post);
    expect(warnings(post)).toEqual([]);
    expect(exists(jobDirOf(runner, main))).toBe(false);
  });

  itWin('waits for a file held a few seconds; reports one held through post by path and reason, post green', async () => {
    const runner = windowsRunner();
    const main = await runner.main();
    expectOk(main);
    const short = `${runner.env.TEMP}\\held-short.log`;
    const long = `${runner.env.GOCACHE}\\held-long.bin`;
    const logs = path.join(runner.base, 'hold');
    fs.mkdirSync(logs);
    await runner.windowsStep(host.jobtool, ['hold', short, '3'], { background: path.join(logs, 'short.log') });
    await runner.windowsStep(host.jobtool, ['hold', long, '0'], { background: path.join(logs, 'long.log') });
    for (const name of ['short.log', 'long.log'])
      await waitFor(() => fs.existsSync(path.join(logs, name)) && fs.readFileSync(path.join(logs, name), 'utf8').includes('holding'));
    const post = await runner.post();
    expectOk(post);
    expect(exists(runner.hostPath(short))).toBe(false);
    expect(exists(runner.hostPath(long))).toBe(true);
    expect(warnings(post).join('\n')).toContain('held-long.bin');
    expect(runner.summary).toMatch(/held-long\.bin`?: EBUSY/);
    expect(warnings(post).join('\n')).toContain('EBUSY (resource busy or locked) means another process still holds the file open');
    expect(runner.summary).not.toContain('held-short.log');
    expect(processesMentioning('held-long.bin')).not.toEqual([]);
    await runner.completeJob(); // "Complete job" ends what the job left running, the holder too
    await waitFor(() => processesMentioning('held-long.bin').length === 0);
  });

  itWin("reports what a tool wrote into %LOCALAPPDATA% (Go's os.UserCacheDir on Windows)", async () => {
    const runner = windowsRunner();
    expectOk(await runner.main());
    const wrote = await runner.windowsStep(host.jobtool, ['usercache', 'sometool', String(3 * 1024 * 1024)]);
    expectOk(wrote);
    expect(wrote.stdout).toContain(`${runner.env.LOCALAPPDATA}\\sometool\\blob`);
    const post = await runner.post();
    expectOk(post);
    const leak = `${runner.env.LOCALAPPDATA}\\sometool`;
    expect(warnings(post)).toEqual([
      `Tools wrote 3.00 MiB (space on disk) to %LOCALAPPDATA% during the job: ${leak} +3.00 MiB. It stays after the job; see the job summary.`,
    ]);
    expect(runner.summary).toContain('**⚠️ Written to %LOCALAPPDATA%**');
    expect(runner.summary).toContain(`- \`${leak}\` +3.00 MiB (0 B → 3.00 MiB)`);
    expect(runner.summary).toContain('| job folder, workspace, USERPROFILE |');
  });
});

async function waitFor(done: () => boolean, ms = 20_000) {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
