// The one object main hands to post. Post trusts nothing else: by then a job step may have changed
// any environment variable.
import { STATE_KEY } from './constants.js';
import type { CacheState } from './cache/report.js';
import type { CellSettings } from './cells/settings.js';
import type { JanitorReport } from './cleanup/janitor-plan.js';
import type { DiskState } from './disk/measure-main.js';
import type { SamplerHandle } from './disk/sampler-control.js';
import { isJobOwner, type JobOwner } from './lib/job-owner.js';
import type { MatrixReport } from './matrix/report.js';
import type { RedirectFolder } from './redirect/plan.js';

export const STATE_VERSION = 1;

export interface GuardState {
  version: typeof STATE_VERSION;
  /** Real path of the folder main created. */
  jobDir: string;
  /** Real path of the root it was created in. */
  root: string;
  /** Random token, also written to the marker file inside jobDir: proves the folder is ours. */
  token: string;
  /** Identity of jobDir when main created it, so a folder swapped in later is not mistaken for it. */
  dev: number;
  ino: number;
  /** HOME and workspace as main saw them; post also protects the values it sees itself. */
  home: string;
  workspace: string;
  folders: RedirectFolder[];
  /** Values the redirected variables had before main; post restores them. */
  previous: Record<string, string>;
  failOnCleanupError: boolean;
  startedAt: number;
  /** Owners of the problem matchers main registered; post removes them. */
  matcherOwners: string[];
  /** The matrix cell's checks, for the job summary (absent when validation was off or never ran). */
  matrix?: MatrixReport;
  /** Free space and HOME's cache as main saw them (absent when main stopped before). */
  disk?: DiskState;
  /** The sampler main started; saved the moment it runs. */
  sampler?: SamplerHandle;
  /** The cache's keys and what the restore found (absent when caching is off). */
  cache?: CacheState;
  /** The job's process, as the folder's marker records it. */
  owner?: JobOwner;
  /** The folder is the job-started hook's: this step used it, and the job-completed hook removes it. */
  adopted?: boolean;
  /** What the janitor removed of earlier jobs before this folder was made. */
  janitor?: JanitorReport;
  /** Whether post uploads the cell's report, and the cell's name in it. */
  cells?: CellSettings;
}

export type DecodedState = { kind: 'missing' } | { kind: 'damaged'; reason: string } | { kind: 'ok'; state: GuardState };

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function encodeState(state: GuardState): string {
  return JSON.stringify(state);
}

export interface StateStore {
  readonly state: Readonly<GuardState>;
  /** Merges `changes` and saves the whole state at once: whatever stops main next, post sees it. */
  update(changes: Partial<GuardState>): void;
}

/** Main's state, saved (under STATE_KEY) when created and on every update. */
export function createStateStore(initial: GuardState, save: (key: string, value: string) => void): StateStore {
  let state = initial;
  const store: StateStore = {
    get state() {
      return state;
    },
    update(changes) {
      state = { ...state, ...changes };
      save(STATE_KEY, encodeState(state));
    },
  };
  save(STATE_KEY, encodeState(state));
  return store;
}

/** Decodes and checks the shape of saved state; never throws. */
export function decodeState(raw: string): DecodedState {
  if (!raw) return { kind: 'missing' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'damaged', reason: 'saved state is not valid JSON' };
  }
  const s = value as Partial<GuardState> | null;
  if (!s || typeof s !== 'object') return { kind: 'damaged', reason: 'saved state is not an object' };
  if (s.version !== STATE_VERSION) return { kind: 'damaged', reason: `saved state has version ${String(s.version)}, expected ${STATE_VERSION}` };
  // State from older versions may carry more (a `platform`, say): unknown fields are ignored.
  const stringFields = ['jobDir', 'root', 'token', 'home', 'workspace'] as const;
  for (const field of stringFields) {
    if (!isString(s[field])) return { kind: 'damaged', reason: `saved state lacks ${field}` };
  }
  if (!s.jobDir || !s.root || !s.token) return { kind: 'damaged', reason: 'saved state has an empty jobDir, root or token' };
  if (!isNumber(s.dev) || !isNumber(s.ino) || !isNumber(s.startedAt)) return { kind: 'damaged', reason: 'saved state lacks the job folder identity' };
  if (typeof s.failOnCleanupError !== 'boolean') return { kind: 'damaged', reason: 'saved state lacks failOnCleanupError' };
  const foldersOk = Array.isArray(s.folders) && s.folders.every((f) => f && isString(f.folder) && Array.isArray(f.variables) && f.variables.every(isString));
  if (!foldersOk) return { kind: 'damaged', reason: 'saved state has a malformed folder list' };
  const prev = s.previous;
  if (!prev || typeof prev !== 'object' || !Object.values(prev).every(isString)) {
    return { kind: 'damaged', reason: 'saved state has malformed previous values' };
  }
  // Matchers and checks are not about what to delete: malformed ones are dropped, never a reason to refuse cleanup.
  const matcherOwners = Array.isArray(s.matcherOwners) ? s.matcherOwners.filter(isString) : [];
  const matrix = isMatrixReport(s.matrix) ? s.matrix : undefined;
  // A malformed disk part costs the report, not the cleanup; the sampler then stops when the folder goes.
  const disk = isDiskState(s.disk) ? s.disk : undefined;
  const sampler = isSamplerHandle(s.sampler) ? s.sampler : undefined;
  // A malformed cache part costs the save, never the cleanup.
  const cache = isCacheState(s.cache) ? s.cache : undefined;
  const owner = isJobOwner(s.owner) ? s.owner : undefined;
  const janitor = isJanitorReport(s.janitor) ? s.janitor : undefined;
  // A malformed one costs the upload only.
  const c = s.cells as Partial<CellSettings> | undefined;
  const cells = c && typeof c.upload === 'boolean' && isString(c.label) ? { upload: c.upload, label: c.label } : undefined;
  return {
    kind: 'ok',
    state: { ...(s as GuardState), matcherOwners, matrix, disk, sampler, cache, owner, janitor, cells, adopted: s.adopted === true ? true : undefined },
  };
}

/** Only rendered: a malformed one is dropped. */
function isJanitorReport(value: unknown): value is JanitorReport {
  const j = value as Partial<JanitorReport> | null | undefined;
  return (
    !!j &&
    typeof j === 'object' &&
    isString(j.root) &&
    isNumber(j.running) &&
    isNumber(j.unjudged) &&
    isNumber(j.ms) &&
    Array.isArray(j.reaped) &&
    j.reaped.every(
      (r) => r && isString(r.name) && isString(r.reason) && isString(r.status) && isNumber(r.bytes) && isNumber(r.files) && Array.isArray(r.problems),
    )
  );
}

function isSamplerHandle(value: unknown): value is SamplerHandle {
  const s = value as Partial<SamplerHandle> | null | undefined;
  return (
    !!s &&
    typeof s === 'object' &&
    isNumber(s.pid) &&
    s.pid > 0 &&
    isString(s.configFile) &&
    isString(s.samplesFile) &&
    isString(s.stopFile) &&
    isNumber(s.intervalMs)
  );
}

function isDiskState(value: unknown): value is DiskState {
  const d = value as Partial<DiskState> | null | undefined;
  if (!d || typeof d !== 'object') return false;
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';
  return (
    Array.isArray(d.filesystems) &&
    d.filesystems.every(
      (f) =>
        isObject(f) &&
        isString(f.mount) &&
        isString(f.path) &&
        isNumber(f.dev) &&
        isNumber(f.free) &&
        isNumber(f.total) &&
        Array.isArray(f.roles) &&
        f.roles.every(isString),
    ) &&
    Array.isArray(d.verdicts) &&
    d.verdicts.every(
      (v) =>
        isObject(v) &&
        isString(v.mount) &&
        isString(v.status) &&
        (v.threshold === undefined || isString(v.threshold)) &&
        (v.needed === undefined || isNumber(v.needed)),
    ) &&
    Array.isArray(d.cacheRoots) &&
    d.cacheRoots.every(isString) &&
    Array.isArray(d.cacheBefore) &&
    d.cacheBefore.every((e) => isObject(e) && isString(e.path) && isNumber(e.bytes)) &&
    (d.cacheCut === undefined || (Array.isArray(d.cacheCut) && d.cacheCut.every(isString))) &&
    (d.consumers === undefined ||
      (Array.isArray(d.consumers) && d.consumers.every((c) => isObject(c) && isString(c.path) && isNumber(c.bytes) && isString(c.label)))) &&
    (d.rootChoice === undefined || (isObject(d.rootChoice) && isString(d.rootChoice.path) && isString(d.rootChoice.reason))) &&
    typeof d.xdgRedirected === 'boolean' &&
    (d.modCache === undefined ||
      (isObject(d.modCache) &&
        isString(d.modCache.path) &&
        isString(d.modCache.source) &&
        (d.modCache.before === undefined || (isObject(d.modCache.before) && isString(d.modCache.before.path) && isNumber(d.modCache.before.bytes))))) &&
    isString(d.reportPath) &&
    Array.isArray(d.problems) &&
    d.problems.every(isString)
  );
}

function isMatrixReport(value: unknown): value is MatrixReport {
  const m = value as Partial<MatrixReport> | undefined;
  return (
    !!m &&
    typeof m === 'object' &&
    isString(m.cell) &&
    Array.isArray(m.checks) &&
    m.checks.every((c) => c && isString(c.title) && isString(c.status) && isString(c.expected) && isString(c.found)) &&
    !!m.outputs &&
    typeof m.outputs === 'object'
  );
}

function isCacheState(value: unknown): value is CacheState {
  const c = value as Partial<CacheState> | null | undefined;
  if (!c || typeof c !== 'object' || !isString(c.save) || !c.restore || typeof c.restore !== 'object') return false;
  const r = c.restore;
  // Folder names are joined to the job folder: plain names only, never a path.
  const foldersOk = Array.isArray(c.folders) && c.folders.every((f) => f && isString(f.path) && isString(f.folder) && /^[a-z0-9-]+$/.test(f.folder));
  const keysOk =
    c.keys === undefined || (isString(c.keys.key) && isString(c.keys.saveKey) && Array.isArray(c.keys.restoreKeys) && c.keys.restoreKeys.every(isString));
  return foldersOk && keysOk && isString(r.status) && isNumber(r.startedAt) && isNumber(r.goCacheEntries) && isNumber(r.modCacheFiles) && isNumber(r.bytes);
}
