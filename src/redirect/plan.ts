// Pure: which variables are redirected into which subfolder of the job folder.
import { INPUT } from '../constants.js';
import { InputError } from '../lib/errors.js';
import { platformRules, type OS, type PlatformRules } from '../lib/platform.js';

export interface RedirectFolder {
  /** Subfolder name inside the job folder. */
  folder: string;
  /** Variables exported to point at it. */
  variables: string[];
}

export const DEFAULT_VARIABLES = ['XDG_CACHE_HOME', 'TMPDIR', 'TMP', 'TEMP', 'GOCACHE', 'GOTMPDIR'] as const;

/** Friendly folder names for well-known variables; others get a name derived from the variable. */
const KNOWN_FOLDERS: Record<string, string> = {
  XDG_CACHE_HOME: 'cache',
  TMPDIR: 'tmp',
  TMP: 'tmp',
  TEMP: 'tmp',
  GOCACHE: 'go-build',
  GOTMPDIR: 'go-tmp',
  GOMODCACHE: 'go-mod',
  GOPATH: 'gopath',
  CCACHE_DIR: 'ccache',
  XDG_DATA_HOME: 'data',
  XDG_STATE_HOME: 'state',
  XDG_CONFIG_HOME: 'config',
  XDG_RUNTIME_DIR: 'runtime',
};

// Redirecting these would break the job or the runner rather than isolate a tool.
const FORBIDDEN_NAMES = ['PATH', 'GOROOT', 'HOME', 'USERPROFILE', 'HOMEDRIVE', 'HOMEPATH', 'PWD', 'SHELL', 'PATHEXT', 'SYSTEMROOT', 'COMSPEC'];
const FORBIDDEN_PREFIXES = ['GITHUB_', 'RUNNER_', 'INPUT_', 'STATE_', 'ACTIONS_'];
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ACCEPTED =
  'a list (commas or new lines) of variable names to redirect in addition to the defaults ' +
  `(${DEFAULT_VARIABLES.join(', ')}), '-NAME' to leave one out, 'none' to start from an empty list`;

/**
 * Parses the `redirect` input into the final list of variable names, in a stable order. On Windows
 * variable names are case-insensitive, so `temp` is TEMP.
 */
export function parseRedirectList(raw: string, os: OS = 'linux'): string[] {
  const { envNamesCaseInsensitive } = platformRules(os);
  const tokens = raw
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const added: string[] = [];
  const removed: string[] = [];
  const removalTokens = new Map<string, string>();
  let startEmpty = false;
  for (const token of tokens) {
    if (token.toLowerCase() === 'none') {
      startEmpty = true;
      continue;
    }
    const removal = token.startsWith('-');
    const given = removal ? token.slice(1).trim() : token;
    const name = envNamesCaseInsensitive ? given.toUpperCase() : given;
    if (!NAME_PATTERN.test(name)) {
      throw new InputError(INPUT.redirect, token, `'${given}' is not a variable name; expected ${ACCEPTED}`);
    }
    const upper = name.toUpperCase();
    if (FORBIDDEN_NAMES.includes(upper) || FORBIDDEN_PREFIXES.some((p) => upper.startsWith(p))) {
      throw new InputError(INPUT.redirect, token, `${name} belongs to the runner or the shell and cannot be redirected; expected ${ACCEPTED}`);
    }
    (removal ? removed : added).push(name);
    if (removal) removalTokens.set(name, token);
  }
  const chosen = [...(startEmpty ? [] : DEFAULT_VARIABLES), ...added];
  for (const name of removed) {
    if (!chosen.includes(name)) {
      throw new InputError(
        INPUT.redirect,
        removalTokens.get(name) ?? `-${name}`,
        `${name} is not redirected, so it cannot be left out (redirected: ${chosen.join(', ') || 'nothing'}); expected ${ACCEPTED}`,
      );
    }
  }
  return [...new Set(chosen.filter((n) => !removed.includes(n)))];
}

export function folderFor(variable: string): string {
  return KNOWN_FOLDERS[variable] ?? variable.toLowerCase().replace(/_/g, '-');
}

/**
 * Gives each variable its own folder; only the temp variables (TMPDIR, TMP, TEMP) share one. A derived
 * name that another variable already uses (CACHE next to XDG_CACHE_HOME's `cache`) gets a suffix.
 */
export function planRedirects(variables: string[], rules: PlatformRules): RedirectFolder[] {
  const byFolder = new Map<string, string[]>();
  const tempFolder = folderFor('TMPDIR');
  for (const variable of variables) {
    const key = rules.envNamesCaseInsensitive ? variable.toUpperCase() : variable;
    const wanted = folderFor(key);
    const shares = wanted === tempFolder && KNOWN_FOLDERS[key] === tempFolder;
    let folder = wanted;
    for (let n = 2; byFolder.has(folder) && !(shares && folder === tempFolder); n++) folder = `${wanted}-${n}`;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), variable]);
  }
  return [...byFolder].map(([folder, vars]) => ({ folder, variables: vars }));
}

/** The output name for a redirected variable: `GOCACHE` → `gocache`, `XDG_CACHE_HOME` → `xdg-cache-home`. */
export function outputNameFor(variable: string): string {
  return variable.toLowerCase().replace(/_/g, '-');
}
