import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/disk/sampler-process.ts
import fs5 from "node:fs";
import path4 from "node:path";

// src/lib/errors.ts
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
function errorCode(err) {
  return err?.code ?? "UNKNOWN";
}

// src/lib/job-dir.ts
import fs3 from "node:fs";

// src/constants.ts
var MARKER_FILE = ".go-ci-guard";

// src/lib/exec.ts
import { spawn } from "node:child_process";
import path2 from "node:path";

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
function samePath(a, b, rules) {
  return pathKey(a, rules) === pathKey(b, rules);
}

// src/lib/exec.ts
var MAX_OUTPUT = 1024 * 1024;
var host = platformRules();
function spawnArgs(file, args) {
  if (!host.cmdScriptExtensions.includes(host.path.extname(file).toLowerCase())) return [file, args, false];
  const quote = (a) => /[\s"&|<>^]/.test(a) ? `"${a.replace(/"/g, '""')}"` : a;
  return [[file, ...args].map(quote).join(" "), [], true];
}
function execTool(file, args, options = {}) {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let settled = false;
    let child;
    const timeoutMs = options.timeoutMs ?? 3e4;
    const kill = () => {
      if (!child?.pid) return;
      try {
        if (host.processGroups) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
      }
    };
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      resolve(result);
    };
    const onAbort = () => {
      kill();
      finish({ code: null, stdout, stderr, error: `${path2.basename(file)} was stopped`, stopped: "abort" });
    };
    const timer = setTimeout(() => {
      kill();
      finish({ code: null, stdout, stderr, error: `${path2.basename(file)} did not finish within ${Math.round(timeoutMs / 1e3)} s`, stopped: "timeout" });
    }, timeoutMs);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort);
    try {
      const [command, commandArgs, shell] = spawnArgs(file, args);
      child = spawn(command, commandArgs, {
        env: options.env ?? process.env,
        cwd: options.cwd,
        stdio: ["pipe", "pipe", "pipe"],
        windowsHide: true,
        detached: host.processGroups,
        shell
      });
    } catch (err) {
      finish({ code: null, stdout, stderr, error: err.message, errorCode: errorCode(err) });
      return;
    }
    const { onStdout } = options;
    if (onStdout) child.stdout?.setEncoding("utf8").on("data", onStdout);
    else child.stdout?.on("data", (d) => stdout.length < MAX_OUTPUT ? stdout += d.toString() : void 0);
    child.stderr?.on("data", (d) => stderr.length < MAX_OUTPUT ? stderr += d.toString() : void 0);
    child.on("error", (err) => finish({ code: null, stdout, stderr, error: err.message, errorCode: errorCode(err) }));
    child.on("close", (code, signal) => finish({ code, stdout, stderr, ...signal ? { signal } : {} }));
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input ?? "");
  });
}

// src/lib/proc.ts
import fs from "node:fs";
function cpuMsWithChildren() {
  if (!platformRules().hasProcFs) return void 0;
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const { user, system } = process.cpuUsage();
    return (Number(fields[13]) + Number(fields[14])) * 10 + (user + system) / 1e3;
  } catch {
    return void 0;
  }
}

// src/lib/job-owner.ts
function isJobOwner(value) {
  const o = value;
  const optionalString = (v) => v === void 0 || typeof v === "string";
  return !!o && typeof o === "object" && typeof o.pid === "number" && Number.isInteger(o.pid) && o.pid > 1 && typeof o.host === "string" && optionalString(o.start) && optionalString(o.machine) && optionalString(o.boot) && optionalString(o.pidNs) && (o.found === "runner-worker" || o.found === "parent" || o.found === "self");
}

// src/lib/small-file.ts
import fs2 from "node:fs";
function readSmallText(file, maxBytes = 64 * 1024) {
  try {
    const fd = fs2.openSync(file, fs2.constants.O_RDONLY | (fs2.constants.O_NOFOLLOW ?? 0) | (fs2.constants.O_NONBLOCK ?? 0));
    try {
      const st = fs2.fstatSync(fd);
      return st.isFile() && st.size <= maxBytes ? fs2.readFileSync(fd, "utf8") : void 0;
    } finally {
      fs2.closeSync(fd);
    }
  } catch {
    return void 0;
  }
}
function readSmallJson(file, maxBytes) {
  const text = readSmallText(file, maxBytes);
  try {
    return text === void 0 ? void 0 : JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/lib/job-dir.ts
function readMarker(jobDir, rules) {
  const parsed = readSmallJson(rules.path.join(jobDir, MARKER_FILE), 4096);
  if (typeof parsed?.token !== "string") return void 0;
  return { token: parsed.token, owner: isJobOwner(parsed.owner) ? parsed.owner : void 0 };
}
function readMarkerToken(jobDir, rules) {
  return readMarker(jobDir, rules)?.token;
}
function checkJobDir(jobDir, expected, rules) {
  let st;
  try {
    st = fs3.lstatSync(jobDir);
  } catch (err) {
    const kind = err.code === "ENOENT" ? "gone" : "unreadable";
    return [{ kind, message: `cannot inspect ${jobDir}: ${err.message}` }];
  }
  if (st.isSymbolicLink()) return [{ kind: "link", message: `${jobDir} is a symbolic link now` }];
  if (!st.isDirectory()) return [{ kind: "not-folder", message: `${jobDir} is not a folder now` }];
  const problems = [];
  if (expected.dev !== void 0 && st.dev !== expected.dev || expected.ino !== void 0 && st.ino !== expected.ino) {
    problems.push({ kind: "swapped", message: `${jobDir} is not the folder main created (device or inode changed)` });
  }
  let real = "";
  try {
    real = fs3.realpathSync.native(jobDir);
  } catch {
  }
  if (!samePath(real, jobDir, rules)) problems.push({ kind: "moved", message: `${jobDir} now resolves to ${real || "nothing"} through a symbolic link` });
  if (expected.token !== void 0) {
    const token = readMarkerToken(jobDir, rules);
    if (token === void 0) problems.push({ kind: "no-marker", message: `${jobDir} has no readable marker file` });
    else if (token !== expected.token) problems.push({ kind: "foreign-marker", message: `${jobDir} carries another job's marker` });
  }
  return problems;
}

// src/disk/folder-sizes.ts
import fs4 from "node:fs/promises";
import path3 from "node:path";
async function folderSizes(given, options) {
  const dir = path3.resolve(given);
  const walker = options.walker ?? platformRules().sizeWalker;
  if (walker === "du") {
    const result = await duSizes(dir, options);
    if (result) return result;
  }
  return nodeSizes(dir, options);
}
async function duSizes(dir, { deadline, signal }) {
  const result = { dir, children: [], complete: true, tool: "du" };
  if (Date.now() >= deadline || signal?.aborted) return { ...result, complete: false, problem: "time limit reached before the count began" };
  const take = (line) => {
    const tab = line.indexOf("	");
    const kib = Number(line.slice(0, tab));
    const p = line.slice(tab + 1);
    if (tab <= 0 || !Number.isFinite(kib)) return;
    const entry = { path: p, bytes: kib * 1024, complete: true };
    if (p === dir) result.total = entry;
    else if (path3.dirname(p) === dir) result.children.push(entry);
  };
  let pending = "";
  const onStdout = (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(take);
  };
  const run = await execTool("du", ["-k", "-x", "-d", "1", dir], { timeoutMs: Math.max(0, deadline - Date.now()), signal, onStdout });
  if (pending && !run.stopped && !run.signal) take(pending);
  if (run.errorCode === "ENOENT") return void 0;
  if (run.stopped) {
    const why = run.stopped === "timeout" ? "time limit reached" : "stopped";
    return Object.assign(result, { complete: false, problem: `${why} before the count finished` });
  }
  if (run.error) return { ...result, complete: false, problem: `du could not start: ${run.errorCode ?? run.error}` };
  if (run.code !== 0) {
    const first = run.stderr.split("\n").find(Boolean) ?? (run.signal ? `du was killed by ${run.signal}` : `du exited ${run.code}`);
    Object.assign(result, { complete: false, problem: first.replace(/^du: /, "") });
    for (const e of [result.total, ...result.children]) if (e) e.complete = false;
    if (!result.total && !result.children.length) result.problem ??= "unreadable";
  }
  return result;
}
var allocated = (st) => st.blocks ? st.blocks * 512 : st.blocks === 0 ? 0 : st.size;
async function nodeSizes(dir, { deadline, signal }) {
  const result = { dir, children: [], complete: true, tool: "node" };
  let top;
  try {
    top = await fs4.lstat(dir);
  } catch (err) {
    return { ...result, complete: false, problem: `cannot read ${dir}: ${errorCode(err)}` };
  }
  const out = () => Date.now() > deadline || signal?.aborted === true;
  let unreadable = 0;
  const sum = async (root) => {
    let bytes = 0;
    let queue = [root];
    while (queue.length) {
      if (out()) return [bytes, false];
      const next = [];
      await Promise.all(
        queue.map(async (d) => {
          let names2;
          try {
            names2 = await fs4.readdir(d);
          } catch {
            unreadable++;
            return;
          }
          await Promise.all(
            names2.map(async (name) => {
              const p = path3.join(d, name);
              const st = await fs4.lstat(p).catch(() => void 0);
              if (!st || st.dev !== top.dev) return;
              bytes += allocated(st);
              if (st.isDirectory()) next.push(p);
            })
          );
        })
      );
      queue = next;
    }
    return [bytes, true];
  };
  let total = allocated(top);
  let complete = true;
  const names = await fs4.readdir(dir).catch(() => void 0);
  if (!names) return { ...result, complete: false, problem: `cannot read ${dir}` };
  for (const name of names) {
    const p = path3.join(dir, name);
    const st = await fs4.lstat(p).catch(() => void 0);
    if (!st) continue;
    if (!st.isDirectory() || st.dev !== top.dev) {
      total += st.dev === top.dev ? allocated(st) : 0;
      continue;
    }
    if (out()) {
      complete = false;
      break;
    }
    const [inside, done] = await sum(p);
    const bytes = inside + allocated(st);
    result.children.push({ path: p, bytes, complete: done });
    total += bytes;
    complete &&= done;
  }
  if (complete && !unreadable) result.total = { path: dir, bytes: total, complete: true };
  else {
    result.complete = false;
    result.problem = unreadable ? `${unreadable} folders were unreadable` : "time limit reached before the count finished";
    if (!out()) result.total = { path: dir, bytes: total, complete: false };
  }
  return result;
}

// src/disk/sample-file.ts
var SLOT_SIZE = 1024;
var SLOT_COUNT = 512;
var blankSlot = () => Buffer.from(" ".repeat(SLOT_SIZE - 1) + "\n");
function trimMap(map, keep) {
  if (!map) return void 0;
  return Object.fromEntries(
    Object.entries(map).sort((a, b) => b[1] - a[1]).slice(0, keep)
  );
}
function encodeSlot(record) {
  let r = record;
  for (let keep = 16; ; keep = Math.floor(keep / 2)) {
    const text = JSON.stringify(r);
    const length = Buffer.byteLength(text);
    if (length < SLOT_SIZE) {
      const buf = blankSlot();
      buf.write(text, 0, "utf8");
      return buf;
    }
    if (keep === 0) {
      const { d: _d, pk: _pk, err: _err, ...rest } = r;
      const buf = blankSlot();
      buf.write(JSON.stringify(rest).slice(0, SLOT_SIZE - 1), 0, "utf8");
      return buf;
    }
    r = { ...record, d: trimMap(record.d, keep), pk: trimMap(record.pk, keep), err: record.err?.slice(0, 200) };
  }
}

// src/disk/sampler-process.ts
var Sampler = class {
  constructor(config) {
    this.config = config;
    this.fd = fs5.openSync(config.samplesFile, "r+");
    this.lows = config.watch.map(() => null);
    this.lowTimes = config.watch.map(() => null);
  }
  config;
  fd;
  kept = [];
  stride = 1;
  tick = 0;
  lows;
  lowTimes;
  sizes;
  // Null-prototype objects: a job folder named `constructor` or `__proto__` is an ordinary key.
  peaks = /* @__PURE__ */ Object.create(null);
  writeErrors = 0;
  scans = 0;
  lastError;
  nextScanAt = 0;
  scanning;
  timer;
  watcher;
  done = false;
  started = Date.now();
  rules = platformRules();
  start() {
    const stop = () => this.finish("stopped by post");
    for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, stop);
    process.on("uncaughtException", (err) => {
      this.lastError = errorMessage(err);
      this.finish("stopped by an error");
    });
    try {
      this.watcher = fs5.watch(path4.dirname(this.config.stopFile), (_event, name) => {
        if (name === path4.basename(this.config.stopFile)) stop();
      });
      this.watcher.on("error", () => this.watcher?.close());
    } catch {
    }
    this.sample();
    this.timer = setInterval(() => this.sample(), this.config.intervalMs);
  }
  /** Why the sampler should stop now, if it should. */
  reasonToStop() {
    const c = this.config;
    if (fs5.existsSync(c.stopFile)) return "stopped by post";
    const problem = checkJobDir(c.jobDir, { token: c.token }, this.rules)[0];
    if (problem) return ["gone", "unreadable", "no-marker"].includes(problem.kind) ? "job folder gone" : "job folder replaced";
    if (c.parentPid > 1) {
      try {
        process.kill(c.parentPid, 0);
      } catch (err) {
        if (err.code === "ESRCH") return "runner gone";
      }
    }
    if (Date.now() - this.started > c.maxLifetimeMs) return "lifetime limit reached";
    return void 0;
  }
  sample() {
    if (this.done) return;
    try {
      const reason = this.reasonToStop();
      if (reason) return this.finish(reason);
      const free = this.measureFree();
      this.maybeScanSizes();
      if (this.tick % this.stride === 0) this.record(void 0, free);
      this.tick++;
    } catch (err) {
      this.lastError = errorMessage(err);
    }
  }
  measureFree() {
    const now = Date.now();
    return this.config.watch.map((p, i) => {
      try {
        const s = fs5.statfsSync(p);
        const free = s.bavail * s.bsize;
        if (this.lows[i] === null || free < this.lows[i]) {
          this.lows[i] = free;
          this.lowTimes[i] = now;
        }
        return free;
      } catch (err) {
        this.lastError = errorMessage(err);
        return null;
      }
    });
  }
  maybeScanSizes() {
    if (this.scanning || Date.now() < this.nextScanAt) return;
    const controller = new AbortController();
    this.scanning = controller;
    const began = Date.now();
    const cpuBefore = cpuMsWithChildren();
    void folderSizes(this.config.jobDir, { deadline: began + 6e4, signal: controller.signal }).then((result) => {
      this.scanning = void 0;
      if (this.done) return;
      this.scans++;
      const cpuAfter = cpuMsWithChildren();
      const cost = cpuBefore !== void 0 && cpuAfter !== void 0 ? cpuAfter - cpuBefore : Date.now() - began;
      const { intervalMs, scanBudget } = this.config;
      this.nextScanAt = began + Math.max(intervalMs, cost / scanBudget) - intervalMs / 10;
      const sizes = /* @__PURE__ */ Object.create(null);
      for (const child of result.children) sizes[path4.basename(child.path)] = child.bytes;
      this.sizes = sizes;
      for (const [name, bytes] of Object.entries(sizes)) this.peaks[name] = Math.max(this.peaks[name] ?? 0, bytes);
      if (result.problem) this.lastError = `size scan: ${result.problem}`;
    }).catch((err) => {
      this.scanning = void 0;
      this.lastError = `size scan: ${errorMessage(err)}`;
      this.nextScanAt = Date.now() + this.config.intervalMs;
    });
  }
  current(free, end) {
    return {
      q: this.tick,
      t: Date.now(),
      f: free,
      lo: [...this.lows],
      lt: [...this.lowTimes],
      d: this.sizes,
      pk: Object.assign(/* @__PURE__ */ Object.create(null), this.peaks),
      we: this.writeErrors,
      sc: this.scans,
      ...this.lastError ? { err: this.lastError } : {},
      ...end ? { end } : {}
    };
  }
  record(end, free = this.measureFree()) {
    const record = this.current(free, end);
    try {
      if (this.kept.length >= SLOT_COUNT) this.thin();
      fs5.writeSync(this.fd, encodeSlot(record), 0, SLOT_SIZE, this.kept.length * SLOT_SIZE);
      this.kept.push(record);
    } catch (err) {
      this.writeErrors++;
      this.lastError = `write: ${errorMessage(err)}`;
    }
  }
  /** Keeps every other sample in the first half of the slots and records half as often from now on. */
  thin() {
    this.kept = this.kept.filter((_, i) => i % 2 === 0);
    this.stride *= 2;
    for (let slot = 0; slot < SLOT_COUNT; slot++) {
      const record = this.kept[slot];
      fs5.writeSync(this.fd, record ? encodeSlot(record) : blankSlot(), 0, SLOT_SIZE, slot * SLOT_SIZE);
    }
  }
  finish(reason) {
    if (this.done) return;
    this.done = true;
    clearInterval(this.timer);
    this.watcher?.close();
    this.scanning?.abort();
    try {
      this.record(reason);
    } catch {
    }
    try {
      fs5.closeSync(this.fd);
    } catch {
    }
    process.exit(0);
  }
};
function runSampler(configPath) {
  try {
    if (!configPath) throw new Error("usage: sampler.js CONFIG");
    const config = JSON.parse(fs5.readFileSync(configPath, "utf8"));
    new Sampler(config).start();
  } catch (err) {
    process.stderr.write(`go-ci-guard sampler: ${errorMessage(err)}
`);
    process.exitCode = 1;
  }
}

// src/sampler.ts
runSampler(process.argv[2]);
