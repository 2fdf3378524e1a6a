// The local runner's Windows mode: the variables a Windows runner gives its jobs, and how a job's
// process is started — a Windows program by the job's Runner.Worker.exe, or a host shell step that
// sees the same files under their Unix names.
import fs from 'node:fs';
import path from 'node:path';
import { toHostPath, toWindowsPath, type WindowsHost } from './windows-host.js';
import type { WindowsStepRequest } from './windows-worker.js';

/** A Windows runner's profile folders, made under `home` (USERPROFILE), as host paths. */
export function windowsProfile(home: string): { localAppData: string; appData: string; temp: string } {
  const localAppData = path.join(home, 'AppData', 'Local');
  const profile = { localAppData, appData: path.join(home, 'AppData', 'Roaming'), temp: path.join(localAppData, 'Temp') };
  for (const dir of Object.values(profile)) fs.mkdirSync(dir, { recursive: true });
  return profile;
}

/** The variables a Windows runner gives every step, as Windows paths (no HOME: Windows has USERPROFILE). */
export function windowsRunnerEnv(layout: { home: string; workspace: string; runnerTemp: string }): Record<string, string> {
  const profile = windowsProfile(layout.home);
  return {
    GITHUB_WORKSPACE: toWindowsPath(layout.workspace),
    RUNNER_TEMP: toWindowsPath(layout.runnerTemp),
    RUNNER_OS: 'Windows',
    USERPROFILE: toWindowsPath(layout.home),
    LOCALAPPDATA: toWindowsPath(profile.localAppData),
    APPDATA: toWindowsPath(profile.appData),
    TEMP: toWindowsPath(profile.temp),
    TMP: toWindowsPath(profile.temp),
    PATH: 'C:\\windows\\system32;C:\\windows;C:\\windows\\system32\\wbem',
  };
}

/** A Windows step for Runner.Worker.exe: `program` a Windows path, a host path of an .exe, or a name on the job's PATH. */
export function windowsStepRequest(program: string, args: string[], env: Record<string, string>, workspace: string, background?: string): WindowsStepRequest {
  const windowsProgram = program.startsWith('/') ? toWindowsPath(program) : program;
  return { program: windowsProgram, args, env, dir: toWindowsPath(workspace), background: background && toWindowsPath(background) };
}

/** A host shell step in a Windows job: the job's variables, a Windows path turned into its Unix name (as Git Bash would). */
export function hostStepEnv(host: WindowsHost, jobEnv: Record<string, string>, hostEnv: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(jobEnv)) env[name] = /^[A-Za-z]:\\[^;]*$/.test(value) ? toHostPath(value, host.prefix) : value;
  return { ...env, PATH: hostEnv.PATH, HOME: hostEnv.HOME };
}
