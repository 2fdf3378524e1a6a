import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cleanup/remove-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/lib/platform.ts
import path from "node:path";
function platformRules(platform = process.platform) {
  if (platform === "win32") {
    return { os: "win32", path: path.win32, caseInsensitive: true, homeVars: ["USERPROFILE", "HOME"] };
  }
  const os = platform === "darwin" ? "darwin" : "linux";
  return { os, path: path.posix, caseInsensitive: os === "darwin", homeVars: ["HOME"] };
}
function pathKey(p, rules) {
  let key = rules.path.resolve(p);
  const rootLen = rules.path.parse(key).root.length;
  while (key.length > rootLen && (key.endsWith("/") || key.endsWith(rules.path.sep))) key = key.slice(0, -1);
  return rules.caseInsensitive ? key.toLowerCase() : key;
}

// src/cleanup/empty-dir.ts
import fs from "node:fs";

// src/lib/errors.ts
function errorCode(err) {
  return err?.code ?? "UNKNOWN";
}

// src/cleanup/empty-dir.ts
var TRANSIENT = /* @__PURE__ */ new Set(["EBUSY", "EMFILE", "ENFILE", "EAGAIN"]);
var TRANSIENT_WINDOWS = /* @__PURE__ */ new Set([...TRANSIENT, "EPERM", "EACCES", "ENOTEMPTY"]);
function isTransient(code, rules) {
  return (rules.os === "win32" ? TRANSIENT_WINDOWS : TRANSIENT).has(code);
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
var sleepSync = (ms) => Atomics.wait(sleeper, 0, 0, ms);
function retrySync(op, opts2) {
  for (let attempt = 1; ; attempt++) {
    try {
      return op();
    } catch (err) {
      if (!isTransient(errorCode(err), opts2.rules) || attempt >= opts2.attempts) throw err;
      sleepSync(opts2.delayMs * 2 ** (attempt - 1));
    }
  }
}
function failure(path2, err) {
  return { path: path2, code: errorCode(err), message: err.message ?? String(err) };
}
function unlinkEntry(path2, regular, makeParentWritable, opts2) {
  const bytes = regular ? ((st) => st.nlink <= 1 ? st.size : 0)(fs.lstatSync(path2)) : 0;
  try {
    retrySync(() => fs.unlinkSync(path2), opts2);
  } catch (err) {
    if (!["EPERM", "EACCES"].includes(errorCode(err))) throw err;
    try {
      if (opts2.rules.os === "win32") fs.chmodSync(path2, 438);
      else makeParentWritable();
    } catch {
      throw err;
    }
    retrySync(() => fs.unlinkSync(path2), opts2);
  }
  return bytes;
}
var OPEN_FOLDER_NOFOLLOW = fs.constants.O_RDONLY | (fs.constants.O_DIRECTORY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
function anchor(path2, st, opts2) {
  if (opts2.rules.os !== "linux") {
    return {
      base: path2,
      makeWritable: (mode) => fs.chmodSync(path2, mode),
      stillSame: () => sameFolder(path2, st),
      close: () => void 0
    };
  }
  const fd = fs.openSync(path2, OPEN_FOLDER_NOFOLLOW);
  const base = `/proc/self/fd/${fd}`;
  const opened = fs.fstatSync(fd);
  if (opened.dev !== st.dev || opened.ino !== st.ino || fs.readlinkSync(base) !== path2) {
    fs.closeSync(fd);
    return "changed";
  }
  return { base, makeWritable: (mode) => fs.fchmodSync(fd, mode), stillSame: () => true, close: () => fs.closeSync(fd) };
}
function sameFolder(path2, before) {
  try {
    const now = fs.lstatSync(path2);
    return now.isDirectory() && now.dev === before.dev && now.ino === before.ino;
  } catch {
    return false;
  }
}
var changed = (path2) => ({ path: path2, code: "ECHANGED", message: `${path2} was replaced while being removed; left alone` });
function emptyDir(path2, opts2) {
  const out = { kind: "listed", files: 0, bytes: 0, subdirs: [], failures: [] };
  let st;
  try {
    st = fs.lstatSync(path2);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return { ...out, kind: "gone" };
    return { ...out, kind: "failed", failures: [failure(path2, err)] };
  }
  if (!st.isDirectory()) {
    try {
      out.bytes = unlinkEntry(path2, st.isFile(), () => fs.chmodSync(opts2.rules.path.dirname(path2), 448), opts2);
      out.files = 1;
    } catch (err) {
      if (errorCode(err) !== "ENOENT") out.failures.push(failure(path2, err));
    }
    return { ...out, kind: "file" };
  }
  if (st.dev !== opts2.dev || opts2.mountPoints.has(pathKey(path2, opts2.rules))) return { ...out, kind: "mount" };
  let folder;
  try {
    folder = anchor(path2, st, opts2);
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT") return { ...out, kind: "gone" };
    if (code === "ELOOP" || code === "ENOTDIR") return { ...out, kind: "failed", failures: [changed(path2)] };
    return { ...out, kind: "failed", failures: [failure(path2, err)] };
  }
  if (folder === "changed") return { ...out, kind: "failed", failures: [changed(path2)] };
  const { base } = folder;
  const writable = st.mode & 4095 | 448;
  try {
    if (opts2.rules.os !== "win32" && (st.mode & 448) !== 448) {
      try {
        folder.makeWritable(writable);
      } catch {
      }
    }
    let entries;
    try {
      entries = retrySync(() => fs.readdirSync(base, { withFileTypes: true }), opts2);
    } catch (err) {
      if (errorCode(err) === "ENOENT") return { ...out, kind: "gone" };
      return { ...out, kind: "failed", failures: [failure(path2, err)] };
    }
    if (!folder.stillSame()) return { ...out, kind: "failed", failures: [changed(path2)] };
    for (const entry of entries) {
      const shown = opts2.rules.path.join(path2, entry.name);
      if (entry.isDirectory()) {
        out.subdirs.push(shown);
        continue;
      }
      try {
        out.bytes += unlinkEntry(`${base}${opts2.rules.path.sep}${entry.name}`, entry.isFile(), () => folder.makeWritable(writable), opts2);
        out.files++;
      } catch (err) {
        if (errorCode(err) !== "ENOENT") out.failures.push(failure(shown, err));
      }
    }
    return out;
  } finally {
    folder.close();
  }
}

// src/cleanup/remove-worker.ts
var setup = workerData;
var opts = { ...setup, rules: platformRules(setup.platform), mountPoints: new Set(setup.mountPoints) };
parentPort.on("message", (path2) => parentPort.postMessage(emptyDir(path2, opts)));
