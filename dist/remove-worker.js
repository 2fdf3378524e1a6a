import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cleanup/remove-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/platform.ts
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

// src/errors.ts
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
function unlinkEntry(path2, regular, parent, opts2) {
  const bytes = regular ? ((st) => st.nlink <= 1 ? st.size : 0)(fs.lstatSync(path2)) : 0;
  try {
    retrySync(() => fs.unlinkSync(path2), opts2);
  } catch (err) {
    if (!["EPERM", "EACCES"].includes(errorCode(err))) throw err;
    const win = opts2.rules.os === "win32";
    try {
      fs.chmodSync(win ? path2 : parent, win ? 438 : 448);
    } catch {
      throw err;
    }
    retrySync(() => fs.unlinkSync(path2), opts2);
  }
  return bytes;
}
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
      out.bytes = unlinkEntry(path2, st.isFile(), opts2.rules.path.dirname(path2), opts2);
      out.files = 1;
    } catch (err) {
      if (errorCode(err) !== "ENOENT") out.failures.push(failure(path2, err));
    }
    return { ...out, kind: "file" };
  }
  if (st.dev !== opts2.dev || opts2.mountPoints.has(pathKey(path2, opts2.rules))) return { ...out, kind: "mount" };
  if (opts2.rules.os !== "win32" && (st.mode & 448) !== 448) {
    try {
      fs.chmodSync(path2, st.mode & 4095 | 448);
    } catch {
    }
  }
  let entries;
  try {
    entries = retrySync(() => fs.readdirSync(path2, { withFileTypes: true }), opts2);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return { ...out, kind: "gone" };
    return { ...out, kind: "failed", failures: [failure(path2, err)] };
  }
  for (const entry of entries) {
    const child = opts2.rules.path.join(path2, entry.name);
    if (entry.isDirectory()) {
      out.subdirs.push(child);
      continue;
    }
    try {
      out.bytes += unlinkEntry(child, entry.isFile(), path2, opts2);
      out.files++;
    } catch (err) {
      if (errorCode(err) !== "ENOENT") out.failures.push(failure(child, err));
    }
  }
  return out;
}

// src/cleanup/remove-worker.ts
var setup = workerData;
var opts = { ...setup, rules: platformRules(setup.platform), mountPoints: new Set(setup.mountPoints) };
parentPort.on("message", (path2) => parentPort.postMessage(emptyDir(path2, opts)));
