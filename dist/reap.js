import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cleanup/reap.ts
import { randomUUID } from "node:crypto";
import fs9 from "node:fs";

// src/constants.ts
var JOB_DIR_PREFIX = "go-ci-guard-";
var REAP_PREFIX = ".go-ci-guard-reap-";
var CLAIM_SUFFIX = ".claim";
var MARKER_FILE = ".go-ci-guard";
var SAMPLES_FILE = ".go-ci-guard-samples";
var SAMPLER_CONFIG_FILE = ".go-ci-guard-sampler.json";
var STOP_FILE = ".go-ci-guard-stop";
var SAMPLER_PID_FILE = ".go-ci-guard-sampler.pid";
var PROBE_DIR = "cgo-probe";
var CC_TESTS_DIR = "cc-tests";
var REMOVAL_ENGINE_VAR = "GO_CI_GUARD_REMOVAL_ENGINE";

// src/disk/sampler-control.ts
import fs from "node:fs/promises";

// src/lib/errors.ts
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
function errorCode(err) {
  return err?.code ?? "UNKNOWN";
}

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
  const os2 = platform === "darwin" ? "darwin" : "linux";
  return {
    os: os2,
    path: path.posix,
    caseInsensitive: os2 === "darwin",
    envNamesCaseInsensitive: false,
    homeVars: ["HOME"],
    homeLabel: "HOME",
    homeCacheDirs: HOME_CACHES[os2],
    homeCacheLabel: "HOME's cache",
    toolsReadXdgCache: true,
    busyRetry: BRIEF_RETRY,
    transientCodes: TRANSIENT,
    hasUnixModes: true,
    ...os2 === "linux" && { scratchVolume: "/mnt" },
    sizeWalker: "du",
    exeSuffix: "",
    pathListSeparator: ":",
    pathVarNames: ["PATH"],
    cmdScriptExtensions: [],
    processGroups: true,
    removalHints: os2 === "darwin" ? DARWIN_REMOVAL_HINTS : LINUX_REMOVAL_HINTS,
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
function isWithin(inner, outer, rules) {
  const rel = rules.path.relative(pathKey(outer, rules), pathKey(inner, rules));
  return rel === "" || rel !== ".." && !rel.startsWith(`..${rules.path.sep}`) && !rules.path.isAbsolute(rel);
}
function isFilesystemRoot(p, rules) {
  const resolved = rules.path.resolve(p);
  return rules.path.parse(resolved).root === resolved || pathKey(resolved, rules) === pathKey(rules.path.parse(resolved).root, rules);
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
    child.on("close", (code, signal2) => finish({ code, stdout, stderr, ...signal2 ? { signal: signal2 } : {} }));
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input ?? "");
  });
}

// src/lib/proc.ts
import fsp from "node:fs/promises";
function parseMountInfoEntries(text) {
  const entries = [];
  for (const line of text.split("\n")) {
    const fields = line.split(" ");
    if (fields.length < 5 || !fields[4]) continue;
    const dash = fields.indexOf("-", 5);
    entries.push({
      point: fields[4].replace(/\\([0-7]{3})/g, (_, oct) => String.fromCharCode(parseInt(oct, 8))),
      options: fields[5] ?? "",
      type: dash >= 0 ? fields[dash + 1] ?? "" : ""
    });
  }
  return entries;
}
function parseMountInfo(text) {
  return parseMountInfoEntries(text).map((e) => e.point);
}
function parseProcStat(stat) {
  const close = stat.lastIndexOf(")");
  const name = stat.slice(stat.indexOf("(") + 1, close);
  const fields = stat.slice(close + 2).split(" ");
  return { name, state: fields[0], ppid: Number(fields[1]), start: fields[19] };
}
var mountInfo;
function mountPoints(options = {}) {
  const read = () => fsp.readFile("/proc/self/mountinfo", "utf8").then(parseMountInfo, () => void 0);
  if (options.fresh) return read();
  mountInfo ??= read();
  return mountInfo;
}
async function processRunning(pid, platform = process.platform) {
  if (platformRules(platform).hasProcFs) {
    const stat = await fsp.readFile(`/proc/${pid}/stat`, "utf8").catch(() => void 0);
    if (stat === void 0) return false;
    const { state } = parseProcStat(stat);
    return state !== "Z" && state !== "X";
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errorCode(err) === "EPERM";
  }
}
async function processArguments(pid) {
  const cmdline = await fsp.readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return cmdline.split("\0");
}

// src/disk/sampler-control.ts
var MAX_LIFETIME_MS = 5 * 24 * 3600 * 1e3;
async function isOurSampler(pid, configFile) {
  const rules = platformRules();
  if (rules.hasProcFs) return (await processArguments(pid)).includes(configFile);
  if (rules.readsProcessTable) {
    const ps = await execTool("ps", ["-o", "command=", "-p", String(pid)], { timeoutMs: 1e4 });
    return ps.code === 0 && ps.stdout.includes(configFile);
  }
  return false;
}
async function waitUntilGone(pid, ms) {
  const started = Date.now();
  const until = started + ms;
  for (let wait = 1; Date.now() < until; wait = Date.now() - started < 50 ? 1 : Math.min(50, wait * 2)) {
    if (!await processRunning(pid)) return true;
    await new Promise((r) => setTimeout(r, wait));
  }
  return !await processRunning(pid);
}
async function stopSampler(h, mayWriteStopFile = true, whileWaiting) {
  const [running, ours] = await Promise.all([processRunning(h.pid), isOurSampler(h.pid, h.configFile)]);
  if (!running) return { how: "gone" };
  const provable = platformRules().readsProcessTable;
  if (provable && !ours) return { how: "gone" };
  if (ours) signal(h.pid, "SIGTERM");
  if (mayWriteStopFile) await fs.writeFile(h.stopFile, "", { flag: "wx" }).catch(() => void 0);
  whileWaiting?.();
  if (await waitUntilGone(h.pid, ours ? 3e3 : h.intervalMs + 2e3)) return { how: "stopped" };
  if (!ours) return { how: "left running", problem: `the sampler (pid ${h.pid}) did not stop and cannot be proven ours to kill` };
  if (!await isOurSampler(h.pid, h.configFile)) return { how: "stopped" };
  signal(h.pid, "SIGKILL");
  return await waitUntilGone(h.pid, 2e3) ? { how: "killed", problem: "the sampler did not stop when asked and was killed" } : { how: "left running", problem: `the sampler (pid ${h.pid}) survived SIGKILL` };
}
function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
  }
}

// src/lib/job-owner.ts
import fs2 from "node:fs";
import os from "node:os";
async function processFacts(pid, platform = process.platform) {
  const rules = platformRules(platform);
  if (rules.hasProcFs) {
    try {
      const facts = parseProcStat(fs2.readFileSync(`/proc/${pid}/stat`, "utf8"));
      return facts.state === "Z" || facts.state === "X" ? "gone" : facts;
    } catch (err) {
      return err.code === "ENOENT" ? "gone" : "unknown";
    }
  }
  if (rules.readsProcessTable) {
    const ps = await execTool("ps", ["-o", "ppid=,lstart=,comm=", "-p", String(pid)], { timeoutMs: 1e4, env: { ...process.env, LC_ALL: "C", TZ: "UTC0" } });
    if (ps.code === 1 && !ps.stdout.trim()) return pidInUse(pid);
    const m = /^\s*(\d+)\s+(\w{3}\s+\w{3}\s+\d+\s+[\d:]+\s+\d{4})\s+(.*)$/.exec(ps.stdout.trim());
    return ps.code === 0 && m ? { ppid: Number(m[1]), start: m[2], name: m[3].split("/").pop() ?? m[3] } : "unknown";
  }
  return pidInUse(pid);
}
function pidInUse(pid) {
  try {
    process.kill(pid, 0);
    return { ppid: 0, name: "" };
  } catch (err) {
    const code = err.code;
    return code === "ESRCH" ? "gone" : code === "EPERM" ? { ppid: 0, name: "" } : "unknown";
  }
}
var hostCache = /* @__PURE__ */ new Map();
function hostFacts(platform = process.platform) {
  let facts = hostCache.get(platform);
  if (!facts) hostCache.set(platform, facts = readHostFacts(platform));
  return facts;
}
async function readHostFacts(platform) {
  const read = (how) => {
    try {
      return how().trim() || void 0;
    } catch {
      return void 0;
    }
  };
  const host2 = os.hostname();
  if (platform === "darwin") {
    const io = await execTool("ioreg", ["-rd1", "-c", "IOPlatformExpertDevice"], { timeoutMs: 1e4 });
    return { host: host2, machine: /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(io.stdout)?.[1] };
  }
  if (platform === "win32") {
    const reg = await execTool("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid"], { timeoutMs: 1e4 });
    return { host: host2, machine: /MachineGuid\s+REG_SZ\s+(\S+)/.exec(reg.stdout)?.[1] };
  }
  if (platform !== "linux") return { host: host2 };
  const text = (f) => () => fs2.readFileSync(f, "utf8");
  return {
    host: host2,
    machine: read(text("/etc/machine-id")) ?? read(text("/var/lib/dbus/machine-id")),
    boot: read(text("/proc/sys/kernel/random/boot_id")),
    pidNs: read(() => fs2.readlinkSync("/proc/self/ns/pid"))
  };
}
async function thisProcess(platform = process.platform) {
  const facts = await processFacts(process.pid, platform);
  return { pid: process.pid, start: typeof facts === "object" ? facts.start : void 0, ...await hostFacts(platform), found: "self" };
}
function isJobOwner(value) {
  const o = value;
  const optionalString = (v) => v === void 0 || typeof v === "string";
  return !!o && typeof o === "object" && typeof o.pid === "number" && Number.isInteger(o.pid) && o.pid > 1 && typeof o.host === "string" && optionalString(o.start) && optionalString(o.machine) && optionalString(o.boot) && optionalString(o.pidNs) && (o.found === "runner-worker" || o.found === "parent" || o.found === "self");
}

// src/lib/small-file.ts
import fs3 from "node:fs";
function readSmallText(file, maxBytes = 64 * 1024) {
  try {
    const fd = fs3.openSync(file, fs3.constants.O_RDONLY | (fs3.constants.O_NOFOLLOW ?? 0) | (fs3.constants.O_NONBLOCK ?? 0));
    try {
      const st = fs3.fstatSync(fd);
      return st.isFile() && st.size <= maxBytes ? fs3.readFileSync(fd, "utf8") : void 0;
    } finally {
      fs3.closeSync(fd);
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

// src/cleanup/clean-job-dir.ts
import fsSync from "node:fs";
import fs8 from "node:fs/promises";
import v8 from "node:v8";

// src/lib/clock.ts
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// src/lib/format.ts
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (unit < units.length - 1 && (unit === 0 ? value : Number(value.toFixed(value < 10 ? 2 : 1))) >= 1024) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

// src/lib/job-dir.ts
import fs4 from "node:fs";
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
    st = fs4.lstatSync(jobDir);
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
    real = fs4.realpathSync.native(jobDir);
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

// src/cleanup/guard.ts
function protectedPaths(state, env, rules) {
  const candidates = [
    { label: "HOME (when main ran)", path: state.home },
    { label: "the workspace (when main ran)", path: state.workspace },
    { label: "the root", path: state.root },
    ...rules.homeVars.map((name) => ({ label: `${name} (now)`, path: env[name] ?? "" })),
    { label: "GITHUB_WORKSPACE (now)", path: env.GITHUB_WORKSPACE ?? "" },
    { label: "RUNNER_TEMP (now)", path: env.RUNNER_TEMP ?? "" }
  ];
  return candidates.filter((c) => c.path && rules.path.isAbsolute(c.path));
}
function refusalReasons(state, protect, rules) {
  const { jobDir, root } = state;
  if (!rules.path.isAbsolute(jobDir) || !rules.path.isAbsolute(root)) return [`job folder ${jobDir} or root ${root} is not an absolute path`];
  if (isFilesystemRoot(jobDir, rules)) return [`${jobDir} is a filesystem root`];
  const reasons = [];
  if (!isWithin(jobDir, root, rules) || samePath(jobDir, root, rules)) reasons.push(`${jobDir} is not inside the root ${root}`);
  if (!reasons.length && !samePath(rules.path.dirname(rules.path.resolve(jobDir)), root, rules)) {
    reasons.push(`${jobDir} is not directly inside the root ${root}`);
  }
  const name = rules.path.basename(jobDir);
  if (!name.startsWith(JOB_DIR_PREFIX) && !name.startsWith(REAP_PREFIX)) reasons.push(`${jobDir} is not named like a job folder (${JOB_DIR_PREFIX}\u2026)`);
  for (const { label, path: path3 } of protect) {
    if (isWithin(path3, jobDir, rules)) reasons.push(`${jobDir} is or contains ${label}: ${path3}`);
  }
  return reasons;
}
function ownershipProblems(state, rules) {
  const identity = { token: state.token, dev: state.dev, ino: state.ino };
  return checkJobDir(state.jobDir, identity, rules).map((p) => p.message);
}

// src/cleanup/mounts.ts
async function mountPointsBelow(dir, rules) {
  if (rules.os !== "linux") return /* @__PURE__ */ new Set();
  const points = await mountPoints({ fresh: true });
  if (points === void 0) return void 0;
  return new Set(points.filter((p) => isWithin(p, dir, rules) && !samePath(p, dir, rules)).map((p) => pathKey(p, rules)));
}

// src/cleanup/engine.ts
var INLINE_LIMIT = 1500;
var WAITING_SHARE = 0.5;
function chooseEngine(f) {
  if (f.forced === "lanes" && f.canHandOff) return "lanes";
  if (f.forced === "threads" && f.canThread) return "threads";
  const waiting = f.wallMs > 0 && f.cpuMs / f.wallMs < WAITING_SHARE;
  if (waiting && f.canHandOff) return "lanes";
  return f.canThread ? "threads" : "inline";
}
function parseForcedEngine(value) {
  const v = (value ?? "").trim();
  if (!v) return {};
  if (v === "threads" || v === "lanes") return { engine: v };
  return { problem: `ignored ${JSON.stringify(v)}: accepted values are threads and lanes` };
}

// src/cleanup/folder-access.ts
import fs5 from "node:fs";
function isTransient(code, rules) {
  return rules.transientCodes.has(code);
}
var isDenied = (code) => code === "EACCES" || code === "EPERM";
var isNotFolder = (code) => code === "ELOOP" || code === "ENOTDIR";
function failure(path3, err) {
  return { path: path3, code: errorCode(err), message: err.message ?? String(err) };
}
var O_PATH = 2097152;
var FOLDER_FLAGS = fs5.constants.O_RDONLY | (fs5.constants.O_DIRECTORY ?? 0) | (fs5.constants.O_NOFOLLOW ?? 0);
var PATH_FLAGS = O_PATH | (fs5.constants.O_DIRECTORY ?? 0) | (fs5.constants.O_NOFOLLOW ?? 0);
var REOPEN_FLAGS = fs5.constants.O_RDONLY | (fs5.constants.O_DIRECTORY ?? 0);
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
    return fs5.openSync(at, FOLDER_FLAGS);
  } catch (err) {
    if (!isDenied(errorCode(err))) throw err;
    const pathFd = fs5.openSync(at, PATH_FLAGS);
    try {
      const st = fs5.fstatSync(pathFd);
      if (isMount(st, shown, opts)) return "mount";
      fs5.chmodSync(fdBase(pathFd), ownerFull(st.mode));
      return fs5.openSync(fdBase(pathFd), REOPEN_FLAGS);
    } catch {
      throw err;
    } finally {
      fs5.closeSync(pathFd);
    }
  }
}
var mayBeUndecodable = (names) => [...names].some((e) => e.name.includes("\uFFFD"));
function renameUndecodable(base) {
  let renamed = false;
  for (const raw of fs5.readdirSync(base, { encoding: "buffer" })) {
    if (Buffer.from(raw.toString("utf8"), "utf8").equals(raw)) continue;
    const fresh = `go-ci-guard-renamed-${process.hrtime.bigint()}-${raw.toString("hex").slice(0, 40)}`;
    fs5.renameSync(Buffer.concat([Buffer.from(`${base}/`), raw]), `${base}/${fresh}`);
    renamed = true;
  }
  return renamed;
}

// src/cleanup/held-retry.ts
var realClock = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
function heldRetryFor(rules) {
  return { leftMs: rules.busyRetry.heldBudgetMs, passDelayMs: rules.busyRetry.passDelayMs };
}
var NO_WAITING = { leftMs: 0, passDelayMs: 0 };
var mayClear = (code, rules) => isTransient(code, rules) || code === "ENOTEMPTY";
function worthAnotherPass(r, rules) {
  if (r.removed || r.moreFailures > 0 || r.failures.length === 0) return false;
  return r.failures.every((f) => mayClear(f.code, rules));
}
async function waitOnePass(held, clock) {
  const wait = Math.min(held.passDelayMs, held.leftMs);
  if (wait <= 0) return false;
  held.leftMs -= wait;
  await clock.sleep(wait);
  return true;
}
async function removePatiently(names, remove, left, held, rules, clock = realClock) {
  let result = await remove(names);
  while (worthAnotherPass(result, rules) && await waitOnePass(held, clock)) {
    const again = await remove(left(names));
    result = {
      ...again,
      files: result.files + again.files,
      dirs: result.dirs + again.dirs,
      skippedMounts: [.../* @__PURE__ */ new Set([...result.skippedMounts, ...again.skippedMounts])],
      notes: [.../* @__PURE__ */ new Set([...result.notes, ...again.notes])],
      engine: result.engine,
      workers: Math.max(result.workers, again.workers)
    };
  }
  return result;
}
async function retryWhileHeld(op, held, rules, clock = realClock) {
  for (; ; ) {
    try {
      return await op();
    } catch (err) {
      if (!mayClear(errorCode(err), rules) || !await waitOnePass(held, clock)) throw err;
    }
  }
}

// src/cleanup/remove.ts
import fs7 from "node:fs";

// src/cleanup/lanes-child.ts
import { fileURLToPath } from "node:url";
var POOL_THREADS = "16";
function removeInChild(parentPath, parentFd, names, access, script) {
  const job = {
    parentPath,
    names,
    platform: access.rules.os,
    dev: access.dev,
    mountPoints: [...access.mountPoints],
    attempts: access.attempts,
    delayMs: access.delayMs
  };
  const { spawn: spawn2 } = process.getBuiltinModule("node:child_process");
  return new Promise((resolve, reject) => {
    const child = spawn2(process.execPath, ["--max-semi-space-size=1", "--no-maglev", "--no-opt", fileURLToPath(script)], {
      env: { ...process.env, UV_THREADPOOL_SIZE: POOL_THREADS },
      stdio: ["ignore", "ignore", "pipe", "ipc", parentFd]
    });
    let stderr = "";
    let result;
    child.stderr.on("data", (d) => stderr = (stderr + d.toString()).slice(-2e3));
    child.on("message", (m) => result = m);
    child.on("error", reject);
    child.on("close", (code, signal2) => {
      if (result) resolve(result);
      else reject(new Error(`exit ${code ?? signal2}${stderr.trim() ? `: ${stderr.trim().split("\n").at(-1)}` : ""}`));
    });
    child.send(job);
  });
}

// src/cleanup/empty-dir.ts
import fs6 from "node:fs";
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
    retrySync(() => fs6.unlinkSync(at), opts);
  } catch (err) {
    if (!isDenied(errorCode(err)) || !repair) throw err;
    try {
      repair();
    } catch {
      throw err;
    }
    retrySync(() => fs6.unlinkSync(at), opts);
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
    const makeParentWritable = () => fs6.chmodSync(opts.rules.path.dirname(unit.at), 448);
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
    const st = fs6.fstatSync(fd);
    if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
    const makeWritable = () => fs6.fchmodSync(fd, ownerFull(st.mode));
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
    if (!keep) fs6.closeSync(fd);
  }
}
function listAndUnlink(unit, base, makeWritable, opts, stillSame = () => true) {
  let entries;
  try {
    entries = retrySync(() => fs6.readdirSync(base, { withFileTypes: true }), opts);
    if (opts.rules.os === "linux" && mayBeUndecodable(entries) && renameUndecodable(base)) entries = fs6.readdirSync(base, { withFileTypes: true });
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
    st = fs6.lstatSync(unit.at);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return outcome("gone", unit);
    return outcome("failed", unit, { failures: [failure(unit.shown, err)] });
  }
  if (!st.isDirectory()) return unlinkInPlace(unit, opts);
  if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
  const makeWritable = () => fs6.chmodSync(unit.at, ownerFull(st.mode));
  if (opts.rules.hasUnixModes && (st.mode & 448) !== 448) {
    try {
      makeWritable();
    } catch {
    }
  }
  return listAndUnlink(unit, unit.at, makeWritable, opts, () => sameFolder(unit.at, st));
}
function sameFolder(path3, before) {
  try {
    const now = fs6.lstatSync(path3);
    return now.isDirectory() && now.dev === before.dev && now.ino === before.ino;
  } catch {
    return false;
  }
}

// src/cleanup/unit-runner.ts
var HANDOFF = { kind: "handoff" };
var AHEAD = 2;
var UnitRunner = class {
  constructor(opts, workers, script, canHandOff, forced) {
    this.opts = opts;
    this.workers = workers;
    this.script = script;
    this.canHandOff = canHandOff;
    this.forced = forced;
  }
  opts;
  workers;
  script;
  canHandOff;
  forced;
  engine = "inline";
  chosen = false;
  seen = 0;
  startedAt = nowMs();
  cpuAtStart = process.cpuUsage();
  started = 0;
  /** Units sent to each live worker, oldest first (a worker answers in order). */
  sent = /* @__PURE__ */ new Map();
  queue = [];
  mainTurnScheduled = false;
  get threadsStarted() {
    return this.started;
  }
  run(unit) {
    if (!this.chosen && this.seen >= INLINE_LIMIT) this.choose();
    if (this.engine === "lanes") return Promise.resolve(HANDOFF);
    if (this.sent.size === 0) {
      const outcome2 = emptyDir(unit, this.opts);
      this.seen += outcome2.files + outcome2.subdirs.length;
      return Promise.resolve(outcome2);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ unit, resolve, reject });
      this.pump();
    });
  }
  choose() {
    this.chosen = true;
    const cpu = process.cpuUsage(this.cpuAtStart);
    this.engine = chooseEngine({
      cpuMs: (cpu.user + cpu.system) / 1e3,
      wallMs: nowMs() - this.startedAt,
      canHandOff: this.canHandOff,
      canThread: this.script !== void 0 && this.workers >= 1,
      forced: this.forced
    });
    if (this.engine === "threads") this.start();
  }
  start() {
    const { Worker } = process.getBuiltinModule("node:worker_threads");
    const { rules, mountPoints: mountPoints2, ...rest } = this.opts;
    const setup = { ...rest, platform: rules.os, mountPoints: [...mountPoints2] };
    for (let i = 0; i < this.workers; i++) {
      let worker;
      try {
        worker = new Worker(this.script, {
          workerData: setup,
          trackUnmanagedFds: false,
          resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 256 }
        });
      } catch {
        return;
      }
      this.started++;
      this.sent.set(worker, []);
      worker.on("message", (outcome2) => {
        this.sent.get(worker)?.shift()?.resolve(outcome2);
        this.pump();
      });
      const die = (err) => {
        const held = this.sent.get(worker);
        if (!held) return;
        this.sent.delete(worker);
        held.shift()?.reject(err);
        this.queue.push(...held);
        this.pump();
      };
      worker.on("error", die);
      worker.on("exit", (code) => die(new Error(`removal worker exited with code ${code}`)));
    }
  }
  /** Keeps every worker `AHEAD` units busy (last in, first out: folders finish, and close, early); the main thread takes the rest. */
  pump() {
    for (const [worker, held] of this.sent) {
      while (held.length < AHEAD && this.queue.length) {
        const job = this.queue.pop();
        held.push(job);
        worker.postMessage(job.unit);
      }
    }
    if (this.queue.length && !this.mainTurnScheduled) {
      this.mainTurnScheduled = true;
      setImmediate(() => this.mainTurn());
    }
  }
  mainTurn() {
    this.mainTurnScheduled = false;
    const job = this.queue.pop();
    if (job) {
      try {
        job.resolve(emptyDir(job.unit, this.opts));
      } catch (err) {
        job.reject(err);
      }
    }
    this.pump();
  }
  async close() {
    const workers = [...this.sent.keys()];
    this.sent.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
};

// src/cleanup/remove.ts
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function removeEntries(parent, names, opts) {
  const { attempts, delayMs } = opts.rules.busyRetry;
  const access = {
    rules: opts.rules,
    dev: opts.dev,
    mountPoints: opts.mountPoints,
    attempts: opts.attempts ?? attempts,
    delayMs: opts.delayMs ?? delayMs
  };
  const maxKept = opts.maxFailuresKept ?? 200;
  const { rules } = opts;
  const canHandOff = rules.os === "linux" && parent.fd !== void 0 && opts.workerScript !== void 0 && !opts.noChild;
  const runner = new UnitRunner(access, opts.workers ?? 1, opts.workerScript, canHandOff, opts.engine);
  const result = { files: 0, dirs: 0, removed: true, failures: [], moreFailures: 0, skippedMounts: [], engine: "inline", workers: 0, notes: [] };
  const fail = (f) => {
    if (result.failures.length < maxKept) result.failures.push(f);
    else result.moreFailures++;
  };
  async function removeTree(unit) {
    for (let rescans = 0; ; rescans++) {
      let outcome2;
      try {
        outcome2 = await runner.run(unit);
      } catch (err) {
        fail({ path: unit.shown, code: errorCode(err), message: `could not empty this folder: ${err.message ?? String(err)}` });
        return "left";
      }
      if (outcome2.kind === "handoff") return "handoff";
      result.files += outcome2.files;
      outcome2.failures.forEach(fail);
      if (outcome2.kind === "gone") return "gone";
      if (outcome2.kind === "file") return outcome2.failures.length ? "left" : "gone";
      if (outcome2.kind === "mount") result.skippedMounts.push(unit.shown);
      if (outcome2.kind !== "listed") return "left";
      let children;
      try {
        const base2 = outcome2.base;
        children = await Promise.all(outcome2.subdirs.map((name) => removeTree({ at: entryOf(base2, name, rules), shown: rules.path.join(unit.shown, name) })));
      } finally {
        if (outcome2.fd !== void 0) fs7.closeSync(outcome2.fd);
      }
      if (children.includes("handoff")) return "handoff";
      if (outcome2.failures.length || children.includes("left")) return "left";
      try {
        await rmdirWithRetry(unit.at, access);
        result.dirs++;
        return "gone";
      } catch (err) {
        const code = errorCode(err);
        if (code === "ENOENT") return "gone";
        if (code !== "ENOTEMPTY" || rescans >= access.attempts) {
          fail({ path: unit.shown, code, message: err.message });
          return "left";
        }
        await sleep(access.delayMs * 2 ** (rescans + 1));
      }
    }
  }
  const base = parent.fd !== void 0 && rules.os === "linux" ? fdBase(parent.fd) : parent.path;
  let handedOff;
  try {
    const outcomes = await Promise.all(names.map((name) => removeTree({ at: entryOf(base, name, rules), shown: rules.path.join(parent.path, name) })));
    handedOff = names.filter((_, i) => outcomes[i] === "handoff");
    result.removed = !outcomes.includes("left");
  } finally {
    result.workers = runner.threadsStarted;
    result.engine = runner.engine;
    await runner.close();
  }
  if (handedOff.length) {
    const within = (p) => handedOff.some((name) => isWithin(p, rules.path.join(parent.path, name), rules));
    result.failures = result.failures.filter((f) => !within(f.path));
    result.skippedMounts = result.skippedMounts.filter((m) => !within(m));
    await finishInChild(parent, handedOff, access, opts, result, fail);
  }
  return result;
}
async function finishInChild(parent, names, access, opts, result, fail) {
  const lanes = await removeInChild(parent.path, parent.fd, names, access, opts.workerScript).catch((err) => err);
  if (lanes instanceof Error) {
    result.notes.push(`the removal process failed (${lanes.message}); finished with worker threads`);
    const rest = await removeEntries(parent, names, { ...opts, noChild: true });
    Object.assign(result, {
      files: result.files + rest.files,
      dirs: result.dirs + rest.dirs,
      removed: result.removed && rest.removed,
      workers: rest.workers,
      engine: rest.engine
    });
    rest.failures.forEach(fail);
    result.moreFailures += rest.moreFailures;
    result.skippedMounts.push(...rest.skippedMounts);
    return;
  }
  for (const top of lanes.tops) {
    result.files += top.files;
    result.dirs += top.dirs;
    result.removed &&= top.removed;
    result.skippedMounts.push(...top.skippedMounts);
  }
  lanes.failures.forEach(fail);
  result.moreFailures += lanes.moreFailures;
  result.childRssKiB = lanes.maxRssKiB;
}
async function rmdirWithRetry(path3, opts, ops = fs7.promises) {
  let repaired = opts.rules.hasUnixModes;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ops.rmdir(path3);
    } catch (err) {
      const code = errorCode(err);
      if (!repaired && isDenied(code)) {
        repaired = true;
        const cleared = await ops.chmod(path3, 511).then(
          () => true,
          () => false
        );
        if (cleared) continue;
      }
      if (!isTransient(code, opts.rules) || attempt >= opts.attempts) throw err;
      await sleep(opts.delayMs * 2 ** (attempt - 1));
    }
  }
}

// src/cleanup/report.ts
var OTHER_GROUP = "(other)";
function newReport(status, changes = {}) {
  return { status, reasons: [], folders: [], groups: /* @__PURE__ */ new Map(), totalMs: 0, failures: [], moreFailures: 0, skippedMounts: [], warnings: [], ...changes };
}

// src/cleanup/clean-job-dir.ts
var CHECK_FOLDERS = [PROBE_DIR, CC_TESTS_DIR];
async function cleanJobDir(state, env, rules, workerScript, held = heldRetryFor(rules)) {
  const report = newReport("refused", { jobDir: state.jobDir, folders: state.folders, os: rules.os });
  report.reasons = refusalReasons(state, await withRealPaths(protectedPaths(state, env, rules)), rules);
  if (report.reasons.length) return report;
  if (errorCode(await fs8.lstat(state.jobDir).catch((e) => e)) === "ENOENT") return { ...report, status: "gone" };
  unlockJobDir(state, rules);
  report.reasons = ownershipProblems(state, rules);
  if (report.reasons.length) return report;
  const mountPoints2 = await mountPointsBelow(state.jobDir, rules);
  if (!mountPoints2) return { ...report, reasons: ["/proc/self/mountinfo is unreadable, so bind mounts inside the job folder cannot be recognised"] };
  const started = nowMs();
  withoutOptimizingCompilers();
  let parent;
  let names;
  try {
    parent = openJobDir(state, rules);
  } catch (err) {
    return { ...report, reasons: [`the job folder could not be opened as the one main made: ${errorMessage(err)}`] };
  }
  try {
    names = fsSync.readdirSync(parent.fd === void 0 ? state.jobDir : fdBase(parent.fd)).filter((name) => name !== MARKER_FILE);
  } catch (err) {
    closeJobDir(parent);
    return { ...report, reasons: [`the job folder could not be listed: ${errorMessage(err)}`] };
  }
  const planned = /* @__PURE__ */ new Set([...state.folders.map((f) => f.folder), ...CHECK_FOLDERS.filter((name) => names.includes(name))]);
  const groups = new Map([...planned].map((folder) => [folder, []]));
  groups.set(OTHER_GROUP, []);
  for (const name of names) groups.get(planned.has(name) ? name : OTHER_GROUP).push(name);
  const forced = parseForcedEngine(env[REMOVAL_ENGINE_VAR]);
  if (forced.problem) report.warnings.push(`${REMOVAL_ENGINE_VAR}: ${forced.problem}`);
  const stillThere = (names2) => names2.filter((name) => entryMayBeThere(rules.path.join(state.jobDir, name)));
  try {
    for (const [name, members] of groups) {
      if (!members.length && name === OTHER_GROUP) continue;
      const free = freeBytes(state.jobDir);
      const remove = (names2) => removeEntries(parent, names2, { rules, dev: state.dev, mountPoints: mountPoints2, workerScript, engine: forced.engine });
      const r = await removePatiently(members, remove, stillThere, held, rules);
      report.groups.set(name, {
        files: r.files,
        dirs: r.dirs,
        bytes: Math.max(0, freeBytes(state.jobDir) - free),
        ms: nowMs() - started,
        removed: r.removed
      });
      report.failures.push(...r.failures);
      report.moreFailures += r.moreFailures;
      report.skippedMounts.push(...r.skippedMounts);
      report.warnings.push(...r.notes);
      if (r.engine !== "inline") report.engine = engineText(r);
    }
    if (!report.failures.length && !report.moreFailures && !report.skippedMounts.length) {
      try {
        fsSync.unlinkSync(parent.fd === void 0 ? rules.path.join(state.jobDir, MARKER_FILE) : `${fdBase(parent.fd)}/${MARKER_FILE}`);
        closeJobDir(parent);
        await retryWhileHeld(() => fs8.rmdir(state.jobDir), held, rules);
      } catch (err) {
        report.failures.push({ path: state.jobDir, code: errorCode(err), message: errorMessage(err) });
      }
    }
  } finally {
    closeJobDir(parent);
  }
  report.totalMs = nowMs() - started;
  report.status = report.failures.length || report.moreFailures || report.skippedMounts.length ? "partial" : "removed";
  report.reasons = [];
  return report;
}
function engineText(r) {
  if (r.engine === "threads") return `the main thread and ${r.workers} worker thread${r.workers === 1 ? "" : "s"}`;
  const rss = r.childRssKiB ? ` (its peak memory ${formatBytes(r.childRssKiB * 1024)})` : "";
  return `a child process with 64 calls in flight${rss}`;
}
async function withRealPaths(paths) {
  const resolved = await Promise.all(paths.map(async (p) => ({ label: `${p.label}, resolved`, path: await fs8.realpath(p.path).catch(() => p.path) })));
  return [...paths, ...resolved.filter((r, i) => r.path !== paths[i].path)];
}
function openJobDir(state, rules) {
  if (rules.os !== "linux") return { path: state.jobDir };
  const fd = fsSync.openSync(state.jobDir, FOLDER_FLAGS);
  const st = fsSync.fstatSync(fd);
  if (st.dev !== state.dev || st.ino !== state.ino) {
    fsSync.closeSync(fd);
    throw new Error(`${state.jobDir} changed while cleanup was checking it`);
  }
  return { path: state.jobDir, fd };
}
function closeJobDir(parent) {
  if (parent.fd === void 0) return;
  fsSync.closeSync(parent.fd);
  parent.fd = void 0;
}
function entryMayBeThere(p) {
  try {
    return fsSync.lstatSync(p, { throwIfNoEntry: false }) !== void 0;
  } catch {
    return true;
  }
}
function freeBytes(dir) {
  try {
    const s = fsSync.statfsSync(dir);
    return s.bfree * s.bsize;
  } catch {
    return 0;
  }
}
function unlockJobDir(state, rules) {
  if (!rules.hasUnixModes) return;
  let fd;
  try {
    fd = fsSync.openSync(state.jobDir, rules.os === "linux" ? PATH_FLAGS : FOLDER_FLAGS);
    const st = fsSync.fstatSync(fd);
    if (st.dev !== state.dev || st.ino !== state.ino || (st.mode & 448) === 448) return;
    if (rules.os === "linux") fsSync.chmodSync(fdBase(fd), 448);
    else fsSync.fchmodSync(fd, 448);
  } catch {
  } finally {
    if (fd !== void 0) fsSync.closeSync(fd);
  }
}
function withoutOptimizingCompilers() {
  v8.setFlagsFromString("--no-maglev");
  v8.setFlagsFromString("--no-opt");
}

// src/cleanup/reap.ts
async function reapFolders(items, ctx) {
  const self = await thisProcess();
  const done = [];
  for (const item of items) {
    try {
      done.push(await reapOne(item, ctx, self));
    } catch (err) {
      done.push({ name: item.name, reason: item.reason, status: "refused", bytes: 0, files: 0, problems: [errorMessage(err)], samplerStopped: false });
    }
  }
  return done;
}
var unlink = (file) => fs9.rmSync(file, { force: true });
async function reapOne(item, ctx, self) {
  const result = { name: item.name, reason: item.reason, status: "refused", bytes: 0, files: 0, problems: [], samplerStopped: false };
  const target = { jobDir: item.path, root: ctx.root, token: item.token, dev: item.dev, ino: item.ino, home: ctx.home, workspace: ctx.workspace, folders: [] };
  const refused = refusalReasons(target, protectedPaths(target, ctx.env, ctx.rules), ctx.rules);
  if (refused.length) return { ...result, problems: refused };
  const claimed = ctx.rules.path.join(ctx.root, `${REAP_PREFIX}${randomUUID()}`);
  const claimFile = `${claimed}${CLAIM_SUFFIX}`;
  const claim = { claimer: self };
  try {
    fs9.writeFileSync(claimFile, JSON.stringify(claim), { flag: "wx", mode: 384 });
    fs9.renameSync(item.path, claimed);
  } catch (err) {
    unlink(claimFile);
    if (errorCode(err) === "ENOENT") return { ...result, status: "taken" };
    return { ...result, problems: [`could not claim it: ${errorMessage(err)}`] };
  }
  const giveBack = (why) => {
    try {
      fs9.renameSync(claimed, item.path);
      unlink(claimFile);
    } catch (err) {
      why = [...why, `could not give it back its name (it stays as ${claimed}): ${errorMessage(err)}`];
    }
    return { ...result, problems: [...result.problems, ...why] };
  };
  const st = fs9.lstatSync(claimed, { throwIfNoEntry: false });
  if (!st?.isDirectory() || st.dev !== item.dev || st.ino !== item.ino) return giveBack(["it was replaced after it was judged"]);
  const sampler = await stopLeftoverSampler(claimed, ctx.rules);
  result.samplerStopped = sampler.stopped;
  if (sampler.problem) result.problems.push(sampler.problem);
  const report = await cleanJobDir({ ...target, jobDir: claimed }, ctx.env, ctx.rules, ctx.workerScript, { ...NO_WAITING });
  if (report.status === "refused") return giveBack(report.reasons);
  if (item.staleClaim) unlink(item.staleClaim);
  for (const g of report.groups.values()) {
    result.bytes += g.bytes;
    result.files += g.files;
  }
  result.problems.push(...report.failures.map((f) => `could not remove ${f.path}: ${f.code}`), ...report.warnings);
  if (report.moreFailures) result.problems.push(`\u2026 and ${report.moreFailures} more entries`);
  result.status = report.status === "removed" || report.status === "gone" ? "removed" : "partial";
  if (result.status === "removed") unlink(claimFile);
  return result;
}
async function stopLeftoverSampler(jobDir, rules) {
  const file = (name) => rules.path.join(jobDir, name);
  const pid = Number(readSmallText(file(SAMPLER_PID_FILE), 64)?.trim());
  const config = readSmallJson(file(SAMPLER_CONFIG_FILE));
  if (!Number.isInteger(pid) || pid <= 1 || typeof config?.jobDir !== "string") return { stopped: false };
  const outcome2 = await stopSampler({
    pid,
    configFile: rules.path.join(config.jobDir, SAMPLER_CONFIG_FILE),
    samplesFile: file(SAMPLES_FILE),
    stopFile: file(STOP_FILE),
    intervalMs: typeof config.intervalMs === "number" ? config.intervalMs : 5e3
  });
  return { stopped: outcome2.how === "stopped" || outcome2.how === "killed", problem: outcome2.problem };
}
export {
  reapFolders
};
