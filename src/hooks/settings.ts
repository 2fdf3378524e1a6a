// Pure: the job hooks' settings. There is no workflow to give inputs, so the runner's owner sets the
// action's inputs as GO_CI_GUARD_<INPUT> variables (in the runner's .env) or in a YAML file named by
// GO_CI_GUARD_CONFIG; a variable wins over the file. Every error names the variable or the file key.
import path from 'node:path';
import { INPUT, type InputName } from '../constants.js';
import { InputError } from '../lib/errors.js';

/** action.yml's defaults (__tests__ checks they agree). */
export const ACTION_DEFAULTS: Record<InputName, string> = {
  root: '',
  'min-free': '',
  'warn-free': '',
  'sample-interval': '5',
  redirect: '',
  'fail-on-cleanup-error': 'false',
  'go-version': '',
  cgo: 'auto',
  libc: 'any',
  'pkg-config': '',
  'cgo-probe': 'false',
  'cgo-packages': '',
  mode: 'job',
  'cell-report': 'true',
  cell: '${{ toJSON(matrix) }}',
  'on-mismatch': 'fail',
  validate: 'true',
  'problem-matcher': 'true',
  cache: 'false',
  'cache-dependency-path': '**/go.sum',
  'cache-key-prefix': 'go-ci-guard',
  'cache-paths': 'gocache',
  'cache-save': 'on-change',
};

/**
 * Where the hook's defaults differ: a fleet's job starts before setup-go, so the toolchain checks
 * are the workflow's business unless the owner turns them on; nor does every job want annotations.
 */
const HOOK_DEFAULTS: Partial<Record<InputName, string>> = { validate: 'false', 'problem-matcher': 'false', mode: 'job', 'cell-report': 'false', cell: '' };

/** Settings only the hooks have. */
export const HOOK_SETTING = {
  /** Days after which an unused child of HOME's cache is removed at job start; empty: never. */
  homeCacheMaxAge: 'home-cache-max-age',
  /** Where the hooks keep each job's state; default ~/.local/state/go-ci-guard. */
  stateDir: 'state-dir',
} as const;
type HookSettingName = (typeof HOOK_SETTING)[keyof typeof HOOK_SETTING];
export type SettingName = InputName | HookSettingName;

export const CONFIG_VAR = 'GO_CI_GUARD_CONFIG';

/** `min-free` → `GO_CI_GUARD_MIN_FREE`. */
export function variableFor(name: SettingName): string {
  return `GO_CI_GUARD_${name.toUpperCase().replace(/-/g, '_')}`;
}

export interface HookSettings {
  /** Reads an input as core.getInput would have it. */
  read: (name: InputName) => string;
  homeCacheMaxAgeDays?: number;
  stateDir?: string;
  /** Where each setting came from, for errors: `GO_CI_GUARD_MIN_FREE` or `min-free in /etc/…`. */
  sourceOf: (name: SettingName) => string;
}

const KNOWN: SettingName[] = [...Object.values(INPUT), ...Object.values(HOOK_SETTING)];

/** `file`: the parsed YAML of GO_CI_GUARD_CONFIG (undefined without one). */
export function resolveSettings(env: NodeJS.ProcessEnv, file?: { path: string; content: unknown }): HookSettings {
  const fromFile = new Map<string, string>();
  if (file) {
    const c = file.content;
    if (c !== null && c !== undefined && (typeof c !== 'object' || Array.isArray(c))) {
      throw new Error(`${CONFIG_VAR} names ${file.path}, which is not a YAML mapping of setting names to values`);
    }
    for (const [key, value] of Object.entries((c ?? {}) as Record<string, unknown>)) {
      if (!KNOWN.includes(key as SettingName)) throw new Error(`${file.path}: unknown setting '${key}'; accepted: ${KNOWN.join(', ')}`);
      if (value !== null && typeof value === 'object') throw new Error(`${file.path}: '${key}' must be a single value, not a list or mapping`);
      fromFile.set(key, value === null ? '' : String(value));
    }
  }
  const sourceOf = (name: SettingName) =>
    env[variableFor(name)] !== undefined ? variableFor(name) : fromFile.has(name) ? `'${name}' in ${file!.path}` : variableFor(name);
  const raw = (name: SettingName): string | undefined => env[variableFor(name)] ?? fromFile.get(name);
  const read = (name: InputName) => (raw(name) ?? HOOK_DEFAULTS[name] ?? ACTION_DEFAULTS[name]).trim();
  if (read(INPUT.cache) !== 'false') {
    throw new Error(
      `${sourceOf(INPUT.cache)} is ${JSON.stringify(read(INPUT.cache))}: the hooks do not cache (no cache service reaches them); use the action's cache input in the workflow`,
    );
  }
  // No artifact service reaches the hooks, and a report job is a workflow's: both stay the action's.
  for (const [name, only] of [
    [INPUT.cellReport, 'false'],
    [INPUT.mode, 'job'],
  ] as const) {
    if (read(name) !== only)
      throw new Error(`${sourceOf(name)} is ${JSON.stringify(read(name))}: the hooks take only ${only}; use the action's ${name} input in the workflow`);
  }
  return {
    read,
    homeCacheMaxAgeDays: parseMaxAge(sourceOf(HOOK_SETTING.homeCacheMaxAge), raw(HOOK_SETTING.homeCacheMaxAge)),
    stateDir: parseStateDir(sourceOf(HOOK_SETTING.stateDir), raw(HOOK_SETTING.stateDir)),
    sourceOf,
  };
}

function parseStateDir(source: string, raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  // Hooks run in the workspace: a relative folder would put the state where a checkout cleans.
  if (!path.isAbsolute(value)) {
    throw new Error(
      `Setting ${source} has an invalid value ${JSON.stringify(value)}: expected an absolute folder path, or empty for ~/.local/state/go-ci-guard`,
    );
  }
  return value;
}

function parseMaxAge(source: string, raw: string | undefined): number | undefined {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'off') return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*d?$/.exec(value);
  if (!m || Number(m[1]) <= 0) {
    throw new Error(
      `Setting ${source} has an invalid value ${JSON.stringify(value)}: expected a number of days above 0 (e.g. 30 or 30d), or empty or 'off' for never`,
    );
  }
  return Number(m[1]);
}

/** An input's error, retold with the variable or file key the runner's owner set. */
export function retell(err: unknown, settings: HookSettings): unknown {
  if (!(err instanceof InputError)) return err;
  const m = /^Input '([^']+)'/.exec(err.message);
  return m ? new Error(err.message.replace(m[0], `Setting ${settings.sourceOf(m[1] as SettingName)}`)) : err;
}
