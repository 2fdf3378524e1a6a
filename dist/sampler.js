import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/disk/sampler.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/errors.ts
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
function errorCode(err) {
  return err?.code ?? "UNKNOWN";
}

// src/disk/folder-sizes.ts
import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
async function folderSizes(given, options) {
  const dir = path.resolve(given);
  const walker = options.walker ?? (process.platform === "win32" ? "node" : "du");
  if (walker === "du") {
    const result = await duSizes(dir, options);
    if (result) return result;
  }
  return nodeSizes(dir, options);
}
function duSizes(dir, { deadline, signal }) {
  if (Date.now() >= deadline || signal?.aborted) return Promise.resolve({ dir, children: [], complete: false, problem: "time limit reached before the count began", tool: "du" });
  return new Promise((resolve) => {
    const result = { dir, children: [], complete: true, tool: "du" };
    let child;
    try {
      child = spawn("du", ["-k", "-x", "-d", "1", dir], { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" });
    } catch (err) {
      return resolve({ ...result, complete: false, problem: `du could not start: ${errorCode(err)}` });
    }
    if (!child.stdout || !child.stderr) {
      child.on("error", () => void 0);
      return resolve({ ...result, complete: false, problem: "du could not start: no pipes (out of file descriptors?)" });
    }
    let pending = "";
    let stderr = "";
    let stopped = "";
    const stop = (why) => {
      stopped ||= why;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => stop("time limit reached"), Math.max(0, deadline - Date.now()));
    const onAbort = () => stop("stopped");
    signal?.addEventListener("abort", onAbort, { once: true });
    const take = (line) => {
      const tab = line.indexOf("	");
      const kib = Number(line.slice(0, tab));
      const p = line.slice(tab + 1);
      if (tab <= 0 || !Number.isFinite(kib)) return;
      const entry = { path: p, bytes: kib * 1024, complete: true };
      if (p === dir) result.total = entry;
      else if (path.dirname(p) === dir) result.children.push(entry);
    };
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      lines.forEach(take);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr = (stderr + chunk).slice(-2e3));
    child.on("error", (err) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(errorCode(err) === "ENOENT" ? void 0 : { ...result, complete: false, problem: `du failed: ${err.message}` });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (pending) take(pending);
      if (stopped && code !== 0) Object.assign(result, { complete: false, problem: `${stopped} before the count finished` });
      else if (code !== 0 && !stopped) {
        const first = stderr.split("\n").find(Boolean) ?? `du exited ${code}`;
        Object.assign(result, { complete: false, problem: first.replace(/^du: /, "") });
        for (const e of [result.total, ...result.children]) if (e) e.complete = false;
      }
      if (!result.total && !result.children.length && !stopped && code !== 0) result.problem ??= "unreadable";
      resolve(result);
    });
  });
}
var allocated = (st) => st.blocks ? st.blocks * 512 : st.blocks === 0 ? 0 : st.size;
async function nodeSizes(dir, { deadline, signal }) {
  const result = { dir, children: [], complete: true, tool: "node" };
  let top;
  try {
    top = await fs.lstat(dir);
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
            names2 = await fs.readdir(d);
          } catch {
            unreadable++;
            return;
          }
          await Promise.all(
            names2.map(async (name) => {
              const p = path.join(d, name);
              const st = await fs.lstat(p).catch(() => void 0);
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
  const names = await fs.readdir(dir).catch(() => void 0);
  if (!names) return { ...result, complete: false, problem: `cannot read ${dir}` };
  for (const name of names) {
    const p = path.join(dir, name);
    const st = await fs.lstat(p).catch(() => void 0);
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

// src/disk/samples.ts
var SLOT_SIZE = 1024;
var SLOT_COUNT = 512;
var blankSlot = () => Buffer.from(" ".repeat(SLOT_SIZE - 1) + "\n");
function trimMap(map, keep) {
  if (!map) return void 0;
  return Object.fromEntries(Object.entries(map).sort((a, b) => b[1] - a[1]).slice(0, keep));
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

// src/disk/sampler.ts
var Sampler = class {
  constructor(config) {
    this.config = config;
    this.fd = fs2.openSync(config.samplesFile, "r+");
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
  start() {
    const stop = () => this.finish("stopped by post");
    for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, stop);
    process.on("uncaughtException", (err) => {
      this.lastError = errorMessage(err);
      this.finish("stopped by an error");
    });
    try {
      this.watcher = fs2.watch(path2.dirname(this.config.stopFile), (_event, name) => {
        if (name === path2.basename(this.config.stopFile)) stop();
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
    if (fs2.existsSync(c.stopFile)) return "stopped by post";
    try {
      const marker = JSON.parse(fs2.readFileSync(c.markerFile, "utf8"));
      if (marker.token !== c.token) return "job folder replaced";
    } catch {
      return "job folder gone";
    }
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
        const s = fs2.statfsSync(p);
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
    const cpuBefore = scanCpuMs();
    void folderSizes(this.config.jobDir, { deadline: began + 6e4, signal: controller.signal }).then((result) => {
      this.scanning = void 0;
      if (this.done) return;
      this.scans++;
      const cpuAfter = scanCpuMs();
      const cost = cpuBefore !== void 0 && cpuAfter !== void 0 ? cpuAfter - cpuBefore : Date.now() - began;
      const { intervalMs, scanBudget } = this.config;
      this.nextScanAt = began + Math.max(intervalMs, cost / scanBudget) - intervalMs / 10;
      const sizes = /* @__PURE__ */ Object.create(null);
      for (const child of result.children) sizes[path2.basename(child.path)] = child.bytes;
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
      fs2.writeSync(this.fd, encodeSlot(record), 0, SLOT_SIZE, this.kept.length * SLOT_SIZE);
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
      fs2.writeSync(this.fd, record ? encodeSlot(record) : blankSlot(), 0, SLOT_SIZE, slot * SLOT_SIZE);
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
      fs2.closeSync(this.fd);
    } catch {
    }
    process.exit(0);
  }
};
function runSampler(configPath) {
  try {
    if (!configPath) throw new Error("usage: sampler.js CONFIG");
    const config = JSON.parse(fs2.readFileSync(configPath, "utf8"));
    new Sampler(config).start();
  } catch (err) {
    process.exitCode = 1;
    void err;
  }
}
function scanCpuMs() {
  if (process.platform !== "linux") return void 0;
  try {
    const stat = fs2.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const { user, system } = process.cpuUsage();
    return (Number(fields[13]) + Number(fields[14])) * 10 + (user + system) / 1e3;
  } catch {
    return void 0;
  }
}

// src/sampler.ts
runSampler(process.argv[2]);
