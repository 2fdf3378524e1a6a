// Every difference between Linux, macOS and Windows that the action cares about lives here: the
// modules ask these rules, and keep only the code that applies them (the /proc readers, say).
import path from 'node:path';

export type OS = 'linux' | 'darwin' | 'win32';

export interface PlatformRules {
  /** Other Unixes get Linux's rules, except where a field says it follows Node's platform itself. */
  os: OS;
  path: path.PlatformPath;
  /** Windows and macOS (default APFS) compare paths without regard to case. */
  caseInsensitive: boolean;
  /** Windows ignores the case of variable names (`Path` is `PATH`); Unixes do not. */
  envNamesCaseInsensitive: boolean;
  /** Variables naming the user's home folder, in the order the OS consults them. */
  homeVars: string[];
  /** How messages name the home folder: the variable that holds it (USERPROFILE on Windows). */
  homeLabel: string;
  /** Cache folders under the home folder that tools write to, whatever the job redirects. */
  homeCacheDirs: readonly HomeCacheDir[];
  /** How messages name those folders: Windows tools keep their caches in %LOCALAPPDATA% (Go's os.UserCacheDir). */
  homeCacheLabel: string;
  /** Whether tools here read XDG_CACHE_HOME: Windows tools never do, so a leak there did not "ignore" it. */
  toolsReadXdgCache: boolean;
  /** How removal retries an entry that may come free (see BusyRetry). */
  busyRetry: BusyRetry;
  /**
   * Error codes of a removal that may clear up if we wait: a busy mount or device, fd exhaustion; on
   * Windows also a file another process holds open or runs from (EBUSY, EPERM, EACCES: a file whose
   * deletion is pending until its last handle closes answers EPERM too).
   */
  transientCodes: ReadonlySet<string>;
  /**
   * Whether files and folders carry Unix permission bits. Windows has none: Node's chmod there only
   * sets or clears a file's read-only attribute, a folder's mode never stops its entries from being
   * deleted, and a file runs by its extension, not an execute bit.
   */
  hasUnixModes: boolean;
  /** A filesystem of its own that may hold the job folder under `root: auto` (GitHub's Linux runners mount a disk at /mnt). */
  scratchVolume?: string;
  /** Folder sizes come from du where every runner has one; Windows has none, so Node walks the tree. */
  sizeWalker: 'du' | 'node';
  /** Go's name for the OS (GOOS): Node's platform name, except `windows` for win32. Follows Node's platform. */
  goos: string;
  /** Appended to the name of a program Go builds: `.exe` on Windows. */
  exeSuffix: string;
  /** Between the folders of PATH: ';' on Windows, where ':' follows a drive letter. */
  pathListSeparator: string;
  /** The names PATH may have, in the order read: Windows keeps it as `Path`, and a copied environment is case-sensitive. */
  pathVarNames: string[];
  /** Scripts that only cmd.exe runs: Node starts .bat and .cmd files only through a shell (since 20.12.2). */
  cmdScriptExtensions: string[];
  /**
   * Whether a child can lead a process group, so one kill also ends what it started. Windows has no
   * process groups: `detached` would give the child a console of its own, and only the child is killed.
   */
  processGroups: boolean;
  /**
   * Whether /proc shows mountinfo and every process's state, command line, environment and open
   * files. Linux only; follows Node's platform (another Unix has no such /proc).
   */
  hasProcFs: boolean;
  /**
   * What a removal failure's code usually means here and how to get rid of what it left, for the
   * codes that need the user's hand (cleanup makes the job user's own entries writable itself).
   */
  removalHints: Readonly<Record<string, string>>;
  /**
   * Whether another process's parent and command line can be read (/proc on Linux, ps on macOS), so a
   * pid can be proven to be the one we mean. Windows offers neither without native code. Follows Node's platform.
   */
  readsProcessTable: boolean;
}

/** A cache folder under the home folder. */
export interface HomeCacheDir {
  /** Path segments below the home folder. */
  segments: readonly string[];
  /** Whether the runner owner's age limit (home-cache-max-age) may remove its unused children. */
  ageLimited: boolean;
}

/**
 * Retries for an entry that may come free if we wait. Each call is retried in place a few times
 * (`attempts`, from `delayMs`, doubling): brief faults. On Windows a file another process holds open
 * cannot be deleted until it is closed (a compiler, a test binary or a log writer finishing), so
 * cleanup comes back for what was busy every `passDelayMs`, waiting `heldBudgetMs` in all — one
 * budget for the whole cleanup, not per file; time spent removing does not count. Elsewhere an
 * open file is deleted at once.
 */
export interface BusyRetry {
  attempts: number;
  delayMs: number;
  /** 0: no coming back. */
  heldBudgetMs: number;
  passDelayMs: number;
}

const BRIEF_RETRY: BusyRetry = { attempts: 6, delayMs: 25, heldBudgetMs: 0, passDelayMs: 0 };
// Windows waits only between passes (cleanup/held-retry.ts): no sleep in place, whatever the number of held files.
const WINDOWS_RETRY: BusyRetry = { attempts: 1, delayMs: 25, heldBudgetMs: 10_000, passDelayMs: 250 };

const TRANSIENT: ReadonlySet<string> = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN']);
const TRANSIENT_WINDOWS: ReadonlySet<string> = new Set([...TRANSIENT, 'EPERM', 'EACCES']);

const LINUX_REMOVAL_HINTS: Readonly<Record<string, string>> = {
  EACCES:
    'EACCES (permission denied) usually means entries owned by another user, such as root-owned files a container or a sudo step wrote: ' +
    'run the step that wrote them as the runner user (docker run --user), or chown them back or remove them with sudo rm -rf in a later step',
  EPERM:
    'EPERM (not permitted) means entries owned by another user, such as root-owned files a container or a sudo step wrote, or marked immutable (chattr +i): ' +
    'run the step that wrote them as the runner user, or chown them back, clear the flag with chattr -i or remove them with sudo in a later step',
};
// macOS flags a file immutable with chflags uchg, not chattr.
const DARWIN_REMOVAL_HINTS: Readonly<Record<string, string>> = {
  ...LINUX_REMOVAL_HINTS,
  EPERM:
    'EPERM (not permitted) means entries owned by another user, such as root-owned files a sudo step wrote, or marked immutable (chflags uchg): ' +
    'run the step that wrote them as the runner user, or chown them back, clear the flag with chflags nouchg or remove them with sudo in a later step',
};
// Windows refuses to delete what a process holds or runs; cleanup waited for it (BusyRetry) before giving up.
const WINDOWS_STILL_RUNNING =
  "stop it in a step before this action's post (Stop-Process, or taskkill /F /IM name.exe), or let the program end before the job does";
// Node reports Windows' ERROR_ACCESS_DENIED as EPERM: a running program, a pending delete and an ACL all give it.
const WINDOWS_REMOVAL_HINTS: Readonly<Record<string, string>> = {
  EBUSY: `EBUSY (resource busy or locked) means another process still holds the file open, such as a compiler, a test binary or a log writer the job left running: ${WINDOWS_STILL_RUNNING}`,
  EPERM:
    'EPERM (access denied) usually means a program started from the job folder still runs, or a file waits to be deleted until the last process holding it closes it: ' +
    `${WINDOWS_STILL_RUNNING}; it also means permissions (ACLs) that deny the runner's account, as for files another account or an elevated step wrote: remove those in a later step that may`,
  EACCES: 'EACCES means Windows would let the runner remove it only elevated, or could not reach the file: remove it in a later step that runs elevated',
};

const XDG_CACHE: HomeCacheDir = { segments: ['.cache'], ageLimited: true };
const HOME_CACHES: Record<OS, readonly HomeCacheDir[]> = {
  linux: [XDG_CACHE],
  darwin: [{ segments: ['Library', 'Caches'], ageLimited: true }, XDG_CACHE],
  // AppData\Local holds programs and profiles too, not only caches: never emptied by age.
  win32: [{ segments: ['AppData', 'Local'], ageLimited: false }, XDG_CACHE],
};

export function platformRules(platform: NodeJS.Platform = process.platform): PlatformRules {
  const byNodePlatform = {
    goos: platform === 'win32' ? 'windows' : platform,
    hasProcFs: platform === 'linux',
    readsProcessTable: platform === 'linux' || platform === 'darwin',
  };
  if (platform === 'win32') {
    return {
      os: 'win32',
      path: path.win32,
      caseInsensitive: true,
      envNamesCaseInsensitive: true,
      homeVars: ['USERPROFILE', 'HOME'],
      homeLabel: 'USERPROFILE',
      homeCacheDirs: HOME_CACHES.win32,
      homeCacheLabel: '%LOCALAPPDATA%',
      toolsReadXdgCache: false,
      busyRetry: WINDOWS_RETRY,
      transientCodes: TRANSIENT_WINDOWS,
      hasUnixModes: false,
      sizeWalker: 'node',
      exeSuffix: '.exe',
      pathListSeparator: ';',
      pathVarNames: ['Path', 'PATH'],
      cmdScriptExtensions: ['.bat', '.cmd'],
      processGroups: false,
      removalHints: WINDOWS_REMOVAL_HINTS,
      ...byNodePlatform,
    };
  }
  const os: OS = platform === 'darwin' ? 'darwin' : 'linux';
  return {
    os,
    path: path.posix,
    caseInsensitive: os === 'darwin',
    envNamesCaseInsensitive: false,
    homeVars: ['HOME'],
    homeLabel: 'HOME',
    homeCacheDirs: HOME_CACHES[os],
    homeCacheLabel: "HOME's cache",
    toolsReadXdgCache: true,
    busyRetry: BRIEF_RETRY,
    transientCodes: TRANSIENT,
    hasUnixModes: true,
    ...(os === 'linux' && { scratchVolume: '/mnt' }),
    sizeWalker: 'du',
    exeSuffix: '',
    pathListSeparator: ':',
    pathVarNames: ['PATH'],
    cmdScriptExtensions: [],
    processGroups: true,
    removalHints: os === 'darwin' ? DARWIN_REMOVAL_HINTS : LINUX_REMOVAL_HINTS,
    ...byNodePlatform,
  };
}

/** Windows' PATHEXT where the environment has none. */
const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/**
 * The endings to try on `command` when looking for the program. Windows runs a file by its
 * extension: as Go's LookPath, a name with a PATHEXT extension is tried as it is, any other only with
 * each PATHEXT extension added. Elsewhere the name is tried as it is.
 */
export function executableExtensions(command: string, env: NodeJS.ProcessEnv, rules: PlatformRules): string[] {
  if (rules.os !== 'win32') return [''];
  const pathext = (env.PATHEXT ?? DEFAULT_PATHEXT)
    .split(';')
    .filter(Boolean)
    .map((e) => e.toLowerCase());
  return pathext.includes(rules.path.extname(command).toLowerCase()) ? [''] : pathext;
}

/** A normalised form of an absolute path for comparisons (no trailing separator, folded case where the OS folds it). */
export function pathKey(p: string, rules: PlatformRules): string {
  let key = rules.path.resolve(p);
  const rootLen = rules.path.parse(key).root.length;
  while (key.length > rootLen && (key.endsWith('/') || key.endsWith(rules.path.sep))) key = key.slice(0, -1);
  return rules.caseInsensitive ? key.toLowerCase() : key;
}

export function samePath(a: string, b: string, rules: PlatformRules): boolean {
  return pathKey(a, rules) === pathKey(b, rules);
}

/** True when `inner` is `outer` itself or lies below it. */
export function isWithin(inner: string, outer: string, rules: PlatformRules): boolean {
  const rel = rules.path.relative(pathKey(outer, rules), pathKey(inner, rules));
  // '..c' is a child named '..c'; only '..' itself or '../…' leaves the folder.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${rules.path.sep}`) && !rules.path.isAbsolute(rel));
}

/** True when `p` is a filesystem root such as `/` or `C:\`. */
export function isFilesystemRoot(p: string, rules: PlatformRules): boolean {
  const resolved = rules.path.resolve(p);
  return rules.path.parse(resolved).root === resolved || pathKey(resolved, rules) === pathKey(rules.path.parse(resolved).root, rules);
}
