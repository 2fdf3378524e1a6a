// The one way the action runs a program: quietly, with a time limit, killing its whole process group
// when stopped. Also: find a program on PATH.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { errorCode } from './errors.js';
import { executableExtensions, platformRules, type PlatformRules } from './platform.js';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the tool could not be started or was stopped by the time limit. */
  error?: string;
  /** The errno code when it could not be started (ENOENT: no such program). */
  errorCode?: string;
  /** Set when the time limit or the signal stopped it. */
  stopped?: 'timeout' | 'abort';
  /** The signal that ended it from outside (the OOM killer, a `kill -9`): `code` is then null. */
  signal?: NodeJS.Signals;
}

export interface ExecOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
  timeoutMs?: number;
  /** Stops the tool (and what it started) early. */
  signal?: AbortSignal;
  /** Receives stdout as it arrives (then `stdout` in the result stays empty): for long output. */
  onStdout?: (chunk: string) => void;
}

const MAX_OUTPUT = 1024 * 1024;
const host = platformRules();

/** A script only cmd.exe runs (Windows' .bat, .cmd) goes through the shell, its arguments quoted for cmd. */
function spawnArgs(file: string, args: string[]): [string, string[], boolean] {
  if (!host.cmdScriptExtensions.includes(host.path.extname(file).toLowerCase())) return [file, args, false];
  const quote = (a: string) => (/[\s"&|<>^]/.test(a) ? `"${a.replace(/"/g, '""')}"` : a);
  return [[file, ...args].map(quote).join(' '), [], true];
}

/**
 * Runs a program (no shell) and collects its output; never throws. On the time limit or an abort the
 * whole process group is killed: a wrapper script's children would otherwise hold the pipes open.
 */
export function execTool(file: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    let child: ReturnType<typeof spawn> | undefined;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const kill = () => {
      if (!child?.pid) return;
      try {
        if (host.processGroups) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const finish = (result: ExecResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      resolve(result);
    };
    const onAbort = () => {
      kill();
      finish({ code: null, stdout, stderr, error: `${path.basename(file)} was stopped`, stopped: 'abort' });
    };
    const timer = setTimeout(() => {
      kill();
      finish({ code: null, stdout, stderr, error: `${path.basename(file)} did not finish within ${Math.round(timeoutMs / 1000)} s`, stopped: 'timeout' });
    }, timeoutMs);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    try {
      const [command, commandArgs, shell] = spawnArgs(file, args);
      // detached: its own process group where the OS has them, so kill() reaches a wrapper's children too.
      child = spawn(command, commandArgs, {
        env: options.env ?? process.env,
        cwd: options.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        detached: host.processGroups,
        shell,
      });
    } catch (err) {
      // ENOMEM and the like throw here rather than emit 'error'.
      finish({ code: null, stdout, stderr, error: (err as Error).message, errorCode: errorCode(err) });
      return;
    }
    const { onStdout } = options;
    if (onStdout) child.stdout?.setEncoding('utf8').on('data', onStdout);
    else child.stdout?.on('data', (d: Buffer) => (stdout.length < MAX_OUTPUT ? (stdout += d.toString()) : undefined));
    child.stderr?.on('data', (d: Buffer) => (stderr.length < MAX_OUTPUT ? (stderr += d.toString()) : undefined));
    child.on('error', (err) => finish({ code: null, stdout, stderr, error: err.message, errorCode: errorCode(err) }));
    child.on('close', (code, signal) => finish({ code, stdout, stderr, ...(signal ? { signal } : {}) }));
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

function isExecutableFile(p: string, rules: PlatformRules): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false;
    if (rules.hasUnixModes) fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the OS would find `command`: itself when it names a path, else the first match on PATH
 * (with PATHEXT on Windows). Undefined when there is none.
 */
export function findExecutable(command: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, cwd = process.cwd()): string | undefined {
  const rules = platformRules(platform);
  const p = rules.path;
  const extensions = executableExtensions(command, env, rules);
  const candidates = (base: string) => extensions.map((ext) => base + ext);
  if (command.includes('/') || command.includes(p.sep)) {
    return candidates(p.resolve(cwd, command)).find((c) => isExecutableFile(c, rules));
  }
  const pathValue = rules.pathVarNames.map((name) => env[name]).find((value) => value !== undefined) ?? '';
  for (const dir of pathValue.split(rules.pathListSeparator)) {
    if (!dir) continue;
    const found = candidates(p.join(dir, command)).find((c) => isExecutableFile(c, rules));
    if (found) return found;
  }
  return undefined;
}
