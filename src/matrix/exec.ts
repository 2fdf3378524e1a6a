// Small process helpers for the checks: run a tool quietly with a time limit, find one on PATH.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the tool could not be started or was stopped by the time limit. */
  error?: string;
}

export interface ExecOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
  timeoutMs?: number;
}

const MAX_OUTPUT = 1024 * 1024;

/** Runs a program (no shell) and collects its output; never throws. */
export function execTool(file: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const finish = (result: ExecResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    } catch (err) {
      resolve({ code: null, stdout, stderr, error: (err as Error).message });
      return;
    }
    const timeoutMs = options.timeoutMs ?? 30_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ code: null, stdout, stderr, error: `${path.basename(file)} did not finish within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.stdout?.on('data', (d: Buffer) => (stdout.length < MAX_OUTPUT ? (stdout += d.toString()) : undefined));
    child.stderr?.on('data', (d: Buffer) => (stderr.length < MAX_OUTPUT ? (stderr += d.toString()) : undefined));
    child.on('error', (err) => finish({ code: null, stdout, stderr, error: err.message }));
    child.on('close', (code) => finish({ code, stdout, stderr }));
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}

function isExecutableFile(p: string, windows: boolean): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false;
    if (!windows) fs.accessSync(p, fs.constants.X_OK);
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
  const windows = platform === 'win32';
  const p = windows ? path.win32 : path.posix;
  const extensions = windows ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  const candidates = (base: string) => extensions.map((ext) => base + ext.toLowerCase());
  if (command.includes('/') || (windows && command.includes('\\'))) {
    return candidates(p.resolve(cwd, command)).find((c) => isExecutableFile(c, windows));
  }
  const pathValue = (windows ? (env.Path ?? env.PATH) : env.PATH) ?? '';
  for (const dir of pathValue.split(windows ? ';' : ':')) {
    if (!dir) continue;
    const found = candidates(p.join(dir, command)).find((c) => isExecutableFile(c, windows));
    if (found) return found;
  }
  return undefined;
}
