import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cleanup/remove-worker.ts
import { isMainThread } from "node:worker_threads";

// src/cleanup/serve-removal.ts
import { parentPort, workerData } from "node:worker_threads";

// src/lib/platform.ts
import path from "node:path";
var BRIEF_RETRY = { attempts: 6, delayMs: 25, heldBudgetMs: 0, passDelayMs: 0 };
var WINDOWS_RETRY = { attempts: 1, delayMs: 25, heldBudgetMs: 1e4, passDelayMs: 250 };
var TRANSIENT = /* @__PURE__ */ new Set(["EBUSY", "EMFILE", "ENFILE", "EAGAIN"]);
var TRANSIENT_WINDOWS = /* @__PURE__ */ new Set([...TRANSIENT, "EPERM", "EACCES"]);
var LINUX_REMOVAL_HINTS = {
  EACCES: "EACCES (permission denied) usually means entries owned by another user, such as root-owned files a container or a sudo step wrote: run the step that wrote them as the runner user (docker run --user), or chown them back or remove them with sudo rm -rf in a later step",
  EPERM: "EPERM (not permitted) means entries owned by another user, such as root-owned files a container or a sudo step wrote, or marked immutable (chattr +i): run the step that wrote them as the runner user, or chown them back, clear the flag with chattr -i or remove them with sudo in a later step"
};
var DARWIN_REMOVAL_HINTS = {
  ...LINUX_REMOVAL_HINTS,
  EPERM: "EPERM (not permitted) means entries owned by another user, such as root-owned files a sudo step wrote, or marked immutable (chflags uchg): run the step that wrote them as the runner user, or chown them back, clear the flag with chflags nouchg or remove them with sudo in a later step"
};
var WINDOWS_STILL_RUNNING = "stop it in a step before this action's post (Stop-Process, or taskkill /F /IM name.exe), or let the program end before the job does";
var WINDOWS_REMOVAL_HINTS = {
  EBUSY: `EBUSY (resource busy or locked) means another process still holds the file open, such as a compiler, a test binary or a log writer the job left running: ${WINDOWS_STILL_RUNNING}`,
  EPERM: `EPERM (access denied) usually means a program started from the job folder still runs, or a file waits to be deleted until the last process holding it closes it: ${WINDOWS_STILL_RUNNING}; it also means permissions (ACLs) that deny the runner's account, as for files another account or an elevated step wrote: remove those in a later step that may`,
  EACCES: "EACCES means Windows would let the runner remove it only elevated, or could not reach the file: remove it in a later step that runs elevated"
};
var XDG_CACHE = { segments: [".cache"], ageLimited: true };
var HOME_CACHES = {
  linux: [XDG_CACHE],
  darwin: [{ segments: ["Library", "Caches"], ageLimited: true }, XDG_CACHE],
  // AppData\Local holds programs and profiles too, not only caches: never emptied by age.
  win32: [{ segments: ["AppData", "Local"], ageLimited: false }, XDG_CACHE]
};
function platformRules(platform = process.platform) {
  const byNodePlatform = {
    goos: platform === "win32" ? "windows" : platform,
    hasProcFs: platform === "linux",
    readsProcessTable: platform === "linux" || platform === "darwin"
  };
  if (platform === "win32") {
    return {
      os: "win32",
      path: path.win32,
      caseInsensitive: true,
      envNamesCaseInsensitive: true,
      homeVars: ["USERPROFILE", "HOME"],
      homeLabel: "USERPROFILE",
      homeCacheDirs: HOME_CACHES.win32,
      homeCacheLabel: "%LOCALAPPDATA%",
      toolsReadXdgCache: false,
      busyRetry: WINDOWS_RETRY,
      transientCodes: TRANSIENT_WINDOWS,
      hasUnixModes: false,
      sizeWalker: "node",
      exeSuffix: ".exe",
      pathListSeparator: ";",
      pathVarNames: ["Path", "PATH"],
      cmdScriptExtensions: [".bat", ".cmd"],
      processGroups: false,
      removalHints: WINDOWS_REMOVAL_HINTS,
      ...byNodePlatform
    };
  }
  const os = platform === "darwin" ? "darwin" : "linux";
  return {
    os,
    path: path.posix,
    caseInsensitive: os === "darwin",
    envNamesCaseInsensitive: false,
    homeVars: ["HOME"],
    homeLabel: "HOME",
    homeCacheDirs: HOME_CACHES[os],
    homeCacheLabel: "HOME's cache",
    toolsReadXdgCache: true,
    busyRetry: BRIEF_RETRY,
    transientCodes: TRANSIENT,
    hasUnixModes: true,
    ...os === "linux" && { scratchVolume: "/mnt" },
    sizeWalker: "du",
    exeSuffix: "",
    pathListSeparator: ":",
    pathVarNames: ["PATH"],
    cmdScriptExtensions: [],
    processGroups: true,
    removalHints: os === "darwin" ? DARWIN_REMOVAL_HINTS : LINUX_REMOVAL_HINTS,
    ...byNodePlatform
  };
}
function pathKey(p, rules) {
  let key = rules.path.resolve(p);
  const rootLen = rules.path.parse(key).root.length;
  while (key.length > rootLen && (key.endsWith("/") || key.endsWith(rules.path.sep))) key = key.slice(0, -1);
  return rules.caseInsensitive ? key.toLowerCase() : key;
}

// src/cleanup/empty-dir.ts
import fs2 from "node:fs";

// src/lib/errors.ts
function errorCode(err) {
  return err?.code ?? "UNKNOWN";
}

// src/cleanup/folder-access.ts
import fs from "node:fs";
function isTransient(code, rules) {
  return rules.transientCodes.has(code);
}
var isDenied = (code) => code === "EACCES" || code === "EPERM";
var isNotFolder = (code) => code === "ELOOP" || code === "ENOTDIR";
function failure(path2, err) {
  return { path: path2, code: errorCode(err), message: err.message ?? String(err) };
}
var O_PATH = 2097152;
var FOLDER_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
var PATH_FLAGS = O_PATH | (fs.constants.O_DIRECTORY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
var REOPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0);
var fdBase = (fd) => `/proc/self/fd/${fd}`;
function entryOf(base, name, rules) {
  return `${base}${rules.path.sep}${name}`;
}
var ownerFull = (mode) => mode & 4095 | 448;
function isMount(st, shown, opts) {
  return st.dev !== opts.dev || opts.mountPoints.has(pathKey(shown, opts.rules));
}
function openFolderSync(at, shown, opts) {
  try {
    return fs.openSync(at, FOLDER_FLAGS);
  } catch (err) {
    if (!isDenied(errorCode(err))) throw err;
    const pathFd = fs.openSync(at, PATH_FLAGS);
    try {
      const st = fs.fstatSync(pathFd);
      if (isMount(st, shown, opts)) return "mount";
      fs.chmodSync(fdBase(pathFd), ownerFull(st.mode));
      return fs.openSync(fdBase(pathFd), REOPEN_FLAGS);
    } catch {
      throw err;
    } finally {
      fs.closeSync(pathFd);
    }
  }
}
var mayBeUndecodable = (names) => [...names].some((e) => e.name.includes("\uFFFD"));
function renameUndecodable(base) {
  let renamed = false;
  for (const raw of fs.readdirSync(base, { encoding: "buffer" })) {
    if (Buffer.from(raw.toString("utf8"), "utf8").equals(raw)) continue;
    const fresh = `go-ci-guard-renamed-${process.hrtime.bigint()}-${raw.toString("hex").slice(0, 40)}`;
    fs.renameSync(Buffer.concat([Buffer.from(`${base}/`), raw]), `${base}/${fresh}`);
    renamed = true;
  }
  return renamed;
}

// src/cleanup/empty-dir.ts
var sleeper = new Int32Array(new SharedArrayBuffer(4));
var sleepSync = (ms) => Atomics.wait(sleeper, 0, 0, ms);
function retrySync(op, opts) {
  for (let attempt = 1; ; attempt++) {
    try {
      return op();
    } catch (err) {
      if (!isTransient(errorCode(err), opts.rules) || attempt >= opts.attempts) throw err;
      sleepSync(opts.delayMs * 2 ** (attempt - 1));
    }
  }
}
function unlinkEntry(at, repair, opts) {
  try {
    retrySync(() => fs2.unlinkSync(at), opts);
  } catch (err) {
    if (!isDenied(errorCode(err)) || !repair) throw err;
    try {
      repair();
    } catch {
      throw err;
    }
    retrySync(() => fs2.unlinkSync(at), opts);
  }
}
var outcome = (kind, unit, more = {}) => ({
  kind,
  files: 0,
  subdirs: [],
  base: unit.shown,
  failures: [],
  ...more
});
function unlinkRepair(makeFolderWritable, opts) {
  return opts.rules.hasUnixModes ? makeFolderWritable : void 0;
}
function unlinkInPlace(unit, opts) {
  try {
    const makeParentWritable = () => fs2.chmodSync(opts.rules.path.dirname(unit.at), 448);
    unlinkEntry(unit.at, unlinkRepair(makeParentWritable, opts), opts);
    return outcome("file", unit, { files: 1 });
  } catch (err) {
    return outcome("file", unit, { failures: errorCode(err) === "ENOENT" ? [] : [failure(unit.shown, err)] });
  }
}
function emptyDir(unit, opts) {
  return opts.rules.os === "linux" ? emptyDirLinux(unit, opts) : emptyDirByPath(unit, opts);
}
function emptyDirLinux(unit, opts) {
  let fd;
  try {
    const opened = openFolderSync(unit.at, unit.shown, opts);
    if (opened === "mount") return outcome("mount", unit);
    fd = opened;
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT") return outcome("gone", unit);
    if (isNotFolder(code)) return unlinkInPlace(unit, opts);
    return outcome("failed", unit, { failures: [failure(unit.shown, err)] });
  }
  let keep = false;
  try {
    const st = fs2.fstatSync(fd);
    if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
    const makeWritable = () => fs2.fchmodSync(fd, ownerFull(st.mode));
    if ((st.mode & 448) !== 448) {
      try {
        makeWritable();
      } catch {
      }
    }
    const base = fdBase(fd);
    const out = listAndUnlink(unit, base, makeWritable, opts);
    keep = out.kind === "listed" && out.subdirs.length > 0;
    return keep ? { ...out, fd } : out;
  } finally {
    if (!keep) fs2.closeSync(fd);
  }
}
function listAndUnlink(unit, base, makeWritable, opts, stillSame = () => true) {
  let entries;
  try {
    entries = retrySync(() => fs2.readdirSync(base, { withFileTypes: true }), opts);
    if (opts.rules.os === "linux" && mayBeUndecodable(entries) && renameUndecodable(base)) entries = fs2.readdirSync(base, { withFileTypes: true });
  } catch (err) {
    if (errorCode(err) === "ENOENT") return outcome("gone", unit);
    return outcome("failed", unit, { failures: [failure(unit.shown, err)] });
  }
  if (!stillSame()) {
    return outcome("failed", unit, {
      failures: [{ path: unit.shown, code: "ECHANGED", message: `${unit.shown} was replaced while being removed; left alone` }]
    });
  }
  const out = outcome("listed", unit, { base });
  for (const entry of entries) {
    if (entry.isDirectory()) {
      out.subdirs.push(entry.name);
      continue;
    }
    const at = entryOf(base, entry.name, opts.rules);
    try {
      unlinkEntry(at, unlinkRepair(makeWritable, opts), opts);
      out.files++;
    } catch (err) {
      if (errorCode(err) !== "ENOENT") out.failures.push(failure(opts.rules.path.join(unit.shown, entry.name), err));
    }
  }
  return out;
}
function emptyDirByPath(unit, opts) {
  let st;
  try {
    st = fs2.lstatSync(unit.at);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return outcome("gone", unit);
    return outcome("failed", unit, { failures: [failure(unit.shown, err)] });
  }
  if (!st.isDirectory()) return unlinkInPlace(unit, opts);
  if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
  const makeWritable = () => fs2.chmodSync(unit.at, ownerFull(st.mode));
  if (opts.rules.hasUnixModes && (st.mode & 448) !== 448) {
    try {
      makeWritable();
    } catch {
    }
  }
  return listAndUnlink(unit, unit.at, makeWritable, opts, () => sameFolder(unit.at, st));
}
function sameFolder(path2, before) {
  try {
    const now = fs2.lstatSync(path2);
    return now.isDirectory() && now.dev === before.dev && now.ino === before.ino;
  } catch {
    return false;
  }
}

// src/cleanup/lanes-child.ts
var LANES_PARENT_FD = 4;

// src/cleanup/remove-lanes.ts
import fs3 from "node:fs";
function removeWithLanes(parentFd, parentPath, names, opts) {
  const result = { tops: names.map(() => ({ files: 0, dirs: 0, removed: false, skippedMounts: [] })), failures: [], moreFailures: 0 };
  const files = [];
  const folders = [];
  let active = 0;
  let topsLeft = names.length;
  let done;
  const finished = new Promise((resolve) => done = resolve);
  const { rules } = opts;
  const sleep = (attempt, then) => setTimeout(then, opts.delayMs * 2 ** (attempt - 1));
  const fail = (f) => {
    if (result.failures.length < opts.maxFailuresKept) result.failures.push(f);
    else result.moreFailures++;
  };
  const folderFor = (at, shown, top, parent) => ({
    at,
    shown,
    parent,
    top,
    fd: -1,
    base: "",
    mode: 0,
    pending: 0,
    blocked: false,
    repaired: false,
    rescans: 0
  });
  function settle(f, ok) {
    const parent = f.parent;
    if (!parent) {
      f.top.removed = ok;
      if (--topsLeft === 0) done();
      return;
    }
    if (!ok) parent.blocked = true;
    if (--parent.pending === 0) finishFolder(parent);
  }
  function finishFolder(f) {
    fs3.close(f.fd, () => void 0);
    if (f.blocked) return settle(f, false);
    const attempt = (n) => fs3.rmdir(f.at, (err) => {
      const code = err ? errorCode(err) : "";
      if (!err || code === "ENOENT") {
        if (!err) f.top.dirs++;
        return settle(f, true);
      }
      if (code === "ENOTEMPTY" && f.rescans < opts.attempts) {
        f.rescans++;
        return sleep(f.rescans + 1, () => push(f));
      }
      if (isTransient(code, rules) && n < opts.attempts) return sleep(n, () => attempt(n + 1));
      fail(failure(f.shown, err));
      settle(f, false);
    });
    attempt(1);
  }
  function push(f) {
    folders.push(f);
    wake();
  }
  function unlinkFile(f, name, next) {
    const at = entryOf(f.base, name, rules);
    const attempt = (n) => fs3.unlink(at, (err) => {
      const code = err ? errorCode(err) : "";
      if (!err || code === "ENOENT") {
        if (!err) f.top.files++;
        settleChild(f);
        return next();
      }
      if (isDenied(code) && !f.repaired) {
        f.repaired = true;
        return fs3.fchmod(f.fd, ownerFull(f.mode), () => attempt(n));
      }
      if (isTransient(code, rules) && n < opts.attempts) return sleep(n, () => attempt(n + 1));
      fail(failure(rules.path.join(f.shown, name), err));
      f.blocked = true;
      settleChild(f);
      next();
    });
    attempt(1);
  }
  function settleChild(f) {
    if (--f.pending === 0) finishFolder(f);
  }
  function openFolder(f, next) {
    fs3.open(f.at, FOLDER_FLAGS, (err, fd) => {
      if (err && isDenied(errorCode(err))) {
        try {
          const opened = openFolderSync(f.at, f.shown, opts);
          if (opened === "mount") {
            f.top.skippedMounts.push(f.shown);
            settle(f, false);
            return next();
          }
          fd = opened;
          err = null;
        } catch (again) {
          err = again;
        }
      }
      if (err) {
        const code = errorCode(err);
        if (code === "ENOENT") settle(f, true);
        else if (isNotFolder(code)) return unlinkInPlace2(f, next);
        else {
          fail(failure(f.shown, err));
          settle(f, false);
        }
        return next();
      }
      listFolder(f, fd, next);
    });
  }
  function listFolder(f, fd, next) {
    fs3.fstat(fd, (err, st) => {
      if (err || isMount(st, f.shown, opts)) {
        fs3.close(fd, () => void 0);
        if (err) fail(failure(f.shown, err));
        else f.top.skippedMounts.push(f.shown);
        settle(f, false);
        return next();
      }
      Object.assign(f, { fd, base: fdBase(fd), mode: st.mode });
      const list = (renamed = false) => fs3.readdir(f.base, { withFileTypes: true }, (err2, entries) => {
        if (!err2 && !renamed && mayBeUndecodable(entries)) {
          try {
            if (renameUndecodable(f.base)) return list(true);
          } catch (err3) {
            err2 = err3;
          }
        }
        if (err2) {
          fs3.close(fd, () => void 0);
          fail(failure(f.shown, err2));
          settle(f, false);
          return next();
        }
        f.pending = entries.length;
        if (!entries.length) finishFolder(f);
        for (const e of entries) {
          if (e.isDirectory()) folders.push(folderFor(entryOf(f.base, e.name, rules), rules.path.join(f.shown, e.name), f.top, f));
          else files.push([f, e.name]);
        }
        wake();
        next();
      });
      if ((st.mode & 448) === 448) return list();
      f.repaired = true;
      fs3.fchmod(fd, ownerFull(st.mode), () => list());
    });
  }
  function unlinkInPlace2(f, next) {
    fs3.unlink(f.at, (err) => {
      if (!err) f.top.files++;
      else if (errorCode(err) !== "ENOENT") fail(failure(f.shown, err));
      settle(f, !err || errorCode(err) === "ENOENT");
      next();
    });
  }
  function lane() {
    const file = files.pop();
    if (file) return unlinkFile(file[0], file[1], lane);
    const folder = folders.pop();
    if (folder) return openFolder(folder, lane);
    active--;
  }
  function wake() {
    while (active < opts.lanes && (files.length || folders.length)) {
      active++;
      lane();
    }
  }
  if (!names.length) return Promise.resolve(result);
  const parentBase = fdBase(parentFd);
  names.forEach((name, i) => folders.push(folderFor(entryOf(parentBase, name, rules), rules.path.join(parentPath, name), result.tops[i])));
  wake();
  return finished.then(() => result);
}

// src/cleanup/serve-removal.ts
var LANES = 64;
function serveWorkerThread() {
  const setup = workerData;
  const opts = { ...setup, rules: platformRules(setup.platform), mountPoints: new Set(setup.mountPoints) };
  parentPort.on("message", (unit) => parentPort.postMessage(emptyDir(unit, opts)));
}
function serveChildProcess() {
  process.once("message", (job) => {
    const opts = { ...job, rules: platformRules(job.platform), mountPoints: new Set(job.mountPoints), lanes: LANES, maxFailuresKept: 200 };
    void removeWithLanes(LANES_PARENT_FD, job.parentPath, job.names, opts).then((result) => {
      result.maxRssKiB = process.resourceUsage().maxRSS;
      process.send(result, () => process.disconnect());
    });
  });
}

// src/cleanup/remove-worker.ts
if (isMainThread) serveChildProcess();
else serveWorkerThread();
