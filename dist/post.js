import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/cells/cell-report.ts
var CELL_REPORT_VERSION = 1;
var CELL_REPORT_KIND = "go-ci-guard-cell";
var MAX_LABEL = 2e3;
function matrixValuesOf(label) {
  let value;
  try {
    value = JSON.parse(label);
  } catch {
    return {};
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}
function buildCellReport(f) {
  const outputs = f.matrix?.outputs;
  const checks = f.matrix?.checks;
  const lows = (f.disk?.filesystems ?? []).map((fs20) => fs20.lowest).filter((n) => Number.isFinite(n));
  const reclaimed = [...f.cleanup.groups.values()].reduce((sum2, g) => sum2 + Math.max(0, g.bytes), 0);
  return {
    kind: CELL_REPORT_KIND,
    version: CELL_REPORT_VERSION,
    job: f.env.GITHUB_JOB ?? "",
    // A matrix of many values makes a long label: the report keeps enough to tell cells apart.
    label: f.label.length > MAX_LABEL ? `${f.label.slice(0, MAX_LABEL - 1)}\u2026` : f.label,
    matrixValues: matrixValuesOf(f.label),
    runAttempt: Number(f.env.GITHUB_RUN_ATTEMPT) || 1,
    runner: { os: f.env.RUNNER_OS ?? "", arch: f.env.RUNNER_ARCH ?? "", name: f.env.RUNNER_NAME ?? "" },
    finishedAt: f.finishedAt.toISOString(),
    toolchain: {
      goVersion: outputs?.["go-version"] ?? "",
      cgoEnabled: outputs?.["cgo-enabled"] ?? "",
      cc: outputs?.cc ?? "",
      ccVersion: outputs?.["cc-version"] ?? "",
      ccTarget: outputs?.["cc-target"] ?? "",
      libc: outputs?.libc ?? "",
      libcVersion: outputs?.["libc-version"] ?? "",
      fingerprint: outputs?.["toolchain-fingerprint"] ?? ""
    },
    checks: checks && {
      passed: checks.filter((c) => c.status === "pass").length,
      warned: checks.filter((c) => c.status === "warn").length,
      failed: checks.filter((c) => c.status === "fail").length,
      list: checks.map((c) => ({ id: c.id, title: c.title, status: c.status, found: c.found, ...c.fix ? { fix: c.fix } : {} }))
    },
    ...lows.length ? { lowestFree: Math.min(...lows) } : {},
    cleanup: { status: f.cleanup.status, reclaimedBytes: reclaimed, failures: f.cleanup.failures.length + f.cleanup.moreFailures },
    leaks: (f.disk?.leaks ?? []).map((l) => ({ tool: l.tool, path: l.path, added: l.added }))
  };
}

// src/cells/upload-post.ts
import { createHash } from "node:crypto";
import fs3 from "node:fs";
import os5 from "node:os";
import path from "node:path";

// src/constants.ts
var INPUT = {
  root: "root",
  minFree: "min-free",
  warnFree: "warn-free",
  sampleInterval: "sample-interval",
  redirect: "redirect",
  failOnCleanupError: "fail-on-cleanup-error",
  goVersion: "go-version",
  cgo: "cgo",
  libc: "libc",
  pkgConfig: "pkg-config",
  cgoProbe: "cgo-probe",
  cgoPackages: "cgo-packages",
  onMismatch: "on-mismatch",
  validate: "validate",
  problemMatcher: "problem-matcher",
  cache: "cache",
  cacheDependencyPath: "cache-dependency-path",
  cacheKeyPrefix: "cache-key-prefix",
  cachePaths: "cache-paths",
  cacheSave: "cache-save",
  mode: "mode",
  cellReport: "cell-report",
  cell: "cell"
};
var STATE_KEY = "guard";
var JOB_DIR_PREFIX = "go-ci-guard-";
var REAP_PREFIX = ".go-ci-guard-reap-";
var MARKER_FILE = ".go-ci-guard";
var PROBE_DIR = "cgo-probe";
var CC_TESTS_DIR = "cc-tests";
var CELL_ARTIFACT_PREFIX = "go-ci-guard-cell-";
var CELL_ARTIFACT_RETENTION_DAYS = 1;
var REMOVAL_ENGINE_VAR = "GO_CI_GUARD_REMOVAL_ENGINE";

// src/lib/errors.ts
var InputError = class extends Error {
  constructor(input, value, accepted) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`);
    this.name = "InputError";
  }
};
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
function errorCode(err) {
  return err?.code ?? "UNKNOWN";
}

// src/cells/artifact-loader.ts
async function loadArtifactSteps(module) {
  return await import(module.href);
}

// src/cells/artifact-service.ts
function artifactServiceAvailable(env = process.env) {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

// src/cells/upload-post.ts
function backendJobId(token) {
  try {
    const payload = JSON.parse(Buffer.from((token ?? "").split(".")[1] ?? "", "base64url").toString("utf8"));
    const scope = String(payload.scp ?? "").split(" ").find((s) => s.startsWith("Actions.Results:"));
    return scope?.split(":")[2] ?? "";
  } catch {
    return "";
  }
}
function artifactNameFor(env, label) {
  const job = (env.GITHUB_JOB ?? "job").replace(/[^\w.-]+/g, "_").slice(0, 60);
  const hash = createHash("sha256").update([label, env.RUNNER_OS ?? "", env.RUNNER_ARCH ?? "", backendJobId(env.ACTIONS_RUNTIME_TOKEN), env.GITHUB_ACTION ?? ""].join("\0")).digest("hex").slice(0, 12);
  return `${CELL_ARTIFACT_PREFIX}${Number(env.GITHUB_RUN_ATTEMPT) || 1}-${job}-${hash}`;
}
async function uploadCellReport(settings, report, env, module) {
  if (!settings?.upload) return void 0;
  const name = artifactNameFor(env, settings.label);
  if (!artifactServiceAvailable(env)) {
    info("Cell report not uploaded: the runner gave this job no artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL).");
    return { status: "skipped", name, reason: "the runner gave this job no artifact service" };
  }
  const dir = fs3.mkdtempSync(path.join(env.RUNNER_TEMP || os5.tmpdir(), ".gcg-cell-"));
  try {
    const file = path.join(dir, `${name}.json`);
    fs3.writeFileSync(file, `${JSON.stringify(report, null, 1)}
`);
    const steps = await loadArtifactSteps(module);
    const { size } = await steps.uploadReport(file, name, CELL_ARTIFACT_RETENTION_DAYS);
    info(`Cell report uploaded as the artifact ${name} (${size} bytes), for a job with mode: report.`);
    return { status: "uploaded", name, size };
  } catch (err) {
    warning(`Cell report not uploaded (${name}): ${errorMessage(err)}`);
    return { status: "failed", name, reason: errorMessage(err) };
  } finally {
    fs3.rmSync(dir, { recursive: true, force: true });
  }
}

// src/lib/boolean-input.ts
var TRUE_WORDS = ["true", "True", "TRUE"];
var FALSE_WORDS = ["false", "False", "FALSE"];
function parseBoolean(name, raw, fallback) {
  const value = raw.trim();
  if (value === "") return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new InputError(name, raw, "expected true or false");
}
function readFailOnCleanupError(read) {
  return parseBoolean(INPUT.failOnCleanupError, read(INPUT.failOnCleanupError), false);
}

// src/lib/bundle-paths.ts
import { fileURLToPath } from "node:url";
function bundlePaths(base = import.meta.url) {
  return {
    sampler: new URL("./sampler.js", base),
    removeWorker: new URL("./remove-worker.js", base),
    matchers: fileURLToPath(new URL("../matchers/go-ci-guard.json", base)),
    cacheClient: new URL("./cache.js", base),
    artifactClient: new URL("./artifact.js", base),
    reap: new URL("./reap.js", base)
  };
}

// src/lib/platform.ts
import path2 from "node:path";
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
function platformRules(platform2 = process.platform) {
  const byNodePlatform = {
    goos: platform2 === "win32" ? "windows" : platform2,
    hasProcFs: platform2 === "linux",
    readsProcessTable: platform2 === "linux" || platform2 === "darwin"
  };
  if (platform2 === "win32") {
    return {
      os: "win32",
      path: path2.win32,
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
  const os6 = platform2 === "darwin" ? "darwin" : "linux";
  return {
    os: os6,
    path: path2.posix,
    caseInsensitive: os6 === "darwin",
    envNamesCaseInsensitive: false,
    homeVars: ["HOME"],
    homeLabel: "HOME",
    homeCacheDirs: HOME_CACHES[os6],
    homeCacheLabel: "HOME's cache",
    toolsReadXdgCache: true,
    busyRetry: BRIEF_RETRY,
    transientCodes: TRANSIENT,
    hasUnixModes: true,
    ...os6 === "linux" && { scratchVolume: "/mnt" },
    sizeWalker: "du",
    exeSuffix: "",
    pathListSeparator: ":",
    pathVarNames: ["PATH"],
    cmdScriptExtensions: [],
    processGroups: true,
    removalHints: os6 === "darwin" ? DARWIN_REMOVAL_HINTS : LINUX_REMOVAL_HINTS,
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

// src/cleanup/report.ts
var OTHER_GROUP = "(other)";
function newReport(status, changes = {}) {
  return { status, reasons: [], folders: [], groups: /* @__PURE__ */ new Map(), totalMs: 0, failures: [], moreFailures: 0, skippedMounts: [], warnings: [], ...changes };
}
function failureHints(report) {
  const hints = platformRules(report.os ?? "linux").removalHints;
  const codes = [...new Set(report.failures.map((f) => f.code))];
  return codes.filter((code2) => code2 in hints).map((code2) => hints[code2]);
}
var TIES = {
  environment: "the job folder is in its environment",
  "working folder": "its working folder is in the job folder",
  "open file": "it has files open in the job folder"
};
function leftoverTies(p) {
  return TIES[p.why];
}
function cleanupIncomplete(report) {
  return report.status === "refused" || report.status === "partial";
}

// src/cache/client.ts
async function loadCacheSteps(module) {
  return await import(module.href);
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
function formatMs(ms) {
  if (Math.round(ms) < 1e3) return `${Math.round(ms)} ms`;
  if (Math.round(ms / 10) < 6e3) return `${(ms / 1e3).toFixed(2)} s`;
  const seconds = Math.round(ms / 1e3);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
function formatCount(n) {
  const [whole, fraction] = String(Math.abs(n)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction.slice(0, 3)}` : ""}`;
}

// src/cleanup/clean-job-dir.ts
import fsSync from "node:fs";
import fs9 from "node:fs/promises";
import v8 from "node:v8";

// src/lib/clock.ts
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// src/lib/job-dir.ts
import fs5 from "node:fs";

// src/lib/exec.ts
import { spawn } from "node:child_process";
import path3 from "node:path";
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
      finish({ code: null, stdout, stderr, error: `${path3.basename(file)} was stopped`, stopped: "abort" });
    };
    const timer = setTimeout(() => {
      kill();
      finish({ code: null, stdout, stderr, error: `${path3.basename(file)} did not finish within ${Math.round(timeoutMs / 1e3)} s`, stopped: "timeout" });
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
    child.on("close", (code2, signal2) => finish({ code: code2, stdout, stderr, ...signal2 ? { signal: signal2 } : {} }));
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
function parseProcStat(stat2) {
  const close = stat2.lastIndexOf(")");
  const name = stat2.slice(stat2.indexOf("(") + 1, close);
  const fields = stat2.slice(close + 2).split(" ");
  return { name, state: fields[0], ppid: Number(fields[1]), start: fields[19] };
}
var mountInfo;
function mountPoints(options = {}) {
  const read = () => fsp.readFile("/proc/self/mountinfo", "utf8").then(parseMountInfo, () => void 0);
  if (options.fresh) return read();
  mountInfo ??= read();
  return mountInfo;
}
async function processRunning(pid, platform2 = process.platform) {
  if (platformRules(platform2).hasProcFs) {
    const stat2 = await fsp.readFile(`/proc/${pid}/stat`, "utf8").catch(() => void 0);
    if (stat2 === void 0) return false;
    const { state } = parseProcStat(stat2);
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

// src/lib/job-owner.ts
function isJobOwner(value) {
  const o = value;
  const optionalString = (v) => v === void 0 || typeof v === "string";
  return !!o && typeof o === "object" && typeof o.pid === "number" && Number.isInteger(o.pid) && o.pid > 1 && typeof o.host === "string" && optionalString(o.start) && optionalString(o.machine) && optionalString(o.boot) && optionalString(o.pidNs) && (o.found === "runner-worker" || o.found === "parent" || o.found === "self");
}

// src/lib/small-file.ts
import fs4 from "node:fs";
function readSmallText(file, maxBytes = 64 * 1024) {
  try {
    const fd = fs4.openSync(file, fs4.constants.O_RDONLY | (fs4.constants.O_NOFOLLOW ?? 0) | (fs4.constants.O_NONBLOCK ?? 0));
    try {
      const st = fs4.fstatSync(fd);
      return st.isFile() && st.size <= maxBytes ? fs4.readFileSync(fd, "utf8") : void 0;
    } finally {
      fs4.closeSync(fd);
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
    st = fs5.lstatSync(jobDir);
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
    real = fs5.realpathSync.native(jobDir);
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
  for (const { label, path: path5 } of protect) {
    if (isWithin(path5, jobDir, rules)) reasons.push(`${jobDir} is or contains ${label}: ${path5}`);
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
import fs6 from "node:fs";
function isTransient(code2, rules) {
  return rules.transientCodes.has(code2);
}
var isDenied = (code2) => code2 === "EACCES" || code2 === "EPERM";
var isNotFolder = (code2) => code2 === "ELOOP" || code2 === "ENOTDIR";
function failure(path5, err) {
  return { path: path5, code: errorCode(err), message: err.message ?? String(err) };
}
var O_PATH = 2097152;
var FOLDER_FLAGS = fs6.constants.O_RDONLY | (fs6.constants.O_DIRECTORY ?? 0) | (fs6.constants.O_NOFOLLOW ?? 0);
var PATH_FLAGS = O_PATH | (fs6.constants.O_DIRECTORY ?? 0) | (fs6.constants.O_NOFOLLOW ?? 0);
var REOPEN_FLAGS = fs6.constants.O_RDONLY | (fs6.constants.O_DIRECTORY ?? 0);
var fdBase = (fd) => `/proc/self/fd/${fd}`;
function entryOf(base, name, rules) {
  return `${base}${rules.path.sep}${name}`;
}
var ownerFull = (mode) => mode & 4095 | 448;
function isMount(st, shown, opts) {
  return st.dev !== opts.dev || opts.mountPoints.has(pathKey(shown, opts.rules));
}
function openFolderSync(at2, shown, opts) {
  try {
    return fs6.openSync(at2, FOLDER_FLAGS);
  } catch (err) {
    if (!isDenied(errorCode(err))) throw err;
    const pathFd = fs6.openSync(at2, PATH_FLAGS);
    try {
      const st = fs6.fstatSync(pathFd);
      if (isMount(st, shown, opts)) return "mount";
      fs6.chmodSync(fdBase(pathFd), ownerFull(st.mode));
      return fs6.openSync(fdBase(pathFd), REOPEN_FLAGS);
    } catch {
      throw err;
    } finally {
      fs6.closeSync(pathFd);
    }
  }
}
var mayBeUndecodable = (names) => [...names].some((e) => e.name.includes("\uFFFD"));
function renameUndecodable(base) {
  let renamed = false;
  for (const raw of fs6.readdirSync(base, { encoding: "buffer" })) {
    if (Buffer.from(raw.toString("utf8"), "utf8").equals(raw)) continue;
    const fresh = `go-ci-guard-renamed-${process.hrtime.bigint()}-${raw.toString("hex").slice(0, 40)}`;
    fs6.renameSync(Buffer.concat([Buffer.from(`${base}/`), raw]), `${base}/${fresh}`);
    renamed = true;
  }
  return renamed;
}

// src/cleanup/held-retry.ts
var realClock = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
function heldRetryFor(rules) {
  return { leftMs: rules.busyRetry.heldBudgetMs, passDelayMs: rules.busyRetry.passDelayMs };
}
var mayClear = (code2, rules) => isTransient(code2, rules) || code2 === "ENOTEMPTY";
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
import fs8 from "node:fs";

// src/cleanup/lanes-child.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";
var POOL_THREADS = "16";
function removeInChild(parentPath, parentFd, names, access2, script) {
  const job = {
    parentPath,
    names,
    platform: access2.rules.os,
    dev: access2.dev,
    mountPoints: [...access2.mountPoints],
    attempts: access2.attempts,
    delayMs: access2.delayMs
  };
  const { spawn: spawn2 } = process.getBuiltinModule("node:child_process");
  return new Promise((resolve, reject) => {
    const child = spawn2(process.execPath, ["--max-semi-space-size=1", "--no-maglev", "--no-opt", fileURLToPath2(script)], {
      env: { ...process.env, UV_THREADPOOL_SIZE: POOL_THREADS },
      stdio: ["ignore", "ignore", "pipe", "ipc", parentFd]
    });
    let stderr = "";
    let result;
    child.stderr.on("data", (d) => stderr = (stderr + d.toString()).slice(-2e3));
    child.on("message", (m) => result = m);
    child.on("error", reject);
    child.on("close", (code2, signal2) => {
      if (result) resolve(result);
      else reject(new Error(`exit ${code2 ?? signal2}${stderr.trim() ? `: ${stderr.trim().split("\n").at(-1)}` : ""}`));
    });
    child.send(job);
  });
}

// src/cleanup/empty-dir.ts
import fs7 from "node:fs";
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
function unlinkEntry(at2, repair, opts) {
  try {
    retrySync(() => fs7.unlinkSync(at2), opts);
  } catch (err) {
    if (!isDenied(errorCode(err)) || !repair) throw err;
    try {
      repair();
    } catch {
      throw err;
    }
    retrySync(() => fs7.unlinkSync(at2), opts);
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
    const makeParentWritable = () => fs7.chmodSync(opts.rules.path.dirname(unit.at), 448);
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
    const code2 = errorCode(err);
    if (code2 === "ENOENT") return outcome("gone", unit);
    if (isNotFolder(code2)) return unlinkInPlace(unit, opts);
    return outcome("failed", unit, { failures: [failure(unit.shown, err)] });
  }
  let keep = false;
  try {
    const st = fs7.fstatSync(fd);
    if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
    const makeWritable = () => fs7.fchmodSync(fd, ownerFull(st.mode));
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
    if (!keep) fs7.closeSync(fd);
  }
}
function listAndUnlink(unit, base, makeWritable, opts, stillSame = () => true) {
  let entries;
  try {
    entries = retrySync(() => fs7.readdirSync(base, { withFileTypes: true }), opts);
    if (opts.rules.os === "linux" && mayBeUndecodable(entries) && renameUndecodable(base)) entries = fs7.readdirSync(base, { withFileTypes: true });
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
    const at2 = entryOf(base, entry.name, opts.rules);
    try {
      unlinkEntry(at2, unlinkRepair(makeWritable, opts), opts);
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
    st = fs7.lstatSync(unit.at);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return outcome("gone", unit);
    return outcome("failed", unit, { failures: [failure(unit.shown, err)] });
  }
  if (!st.isDirectory()) return unlinkInPlace(unit, opts);
  if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
  const makeWritable = () => fs7.chmodSync(unit.at, ownerFull(st.mode));
  if (opts.rules.hasUnixModes && (st.mode & 448) !== 448) {
    try {
      makeWritable();
    } catch {
    }
  }
  return listAndUnlink(unit, unit.at, makeWritable, opts, () => sameFolder(unit.at, st));
}
function sameFolder(path5, before) {
  try {
    const now = fs7.lstatSync(path5);
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
      worker.on("exit", (code2) => die(new Error(`removal worker exited with code ${code2}`)));
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
  const access2 = {
    rules: opts.rules,
    dev: opts.dev,
    mountPoints: opts.mountPoints,
    attempts: opts.attempts ?? attempts,
    delayMs: opts.delayMs ?? delayMs
  };
  const maxKept = opts.maxFailuresKept ?? 200;
  const { rules } = opts;
  const canHandOff = rules.os === "linux" && parent.fd !== void 0 && opts.workerScript !== void 0 && !opts.noChild;
  const runner = new UnitRunner(access2, opts.workers ?? 1, opts.workerScript, canHandOff, opts.engine);
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
        if (outcome2.fd !== void 0) fs8.closeSync(outcome2.fd);
      }
      if (children.includes("handoff")) return "handoff";
      if (outcome2.failures.length || children.includes("left")) return "left";
      try {
        await rmdirWithRetry(unit.at, access2);
        result.dirs++;
        return "gone";
      } catch (err) {
        const code2 = errorCode(err);
        if (code2 === "ENOENT") return "gone";
        if (code2 !== "ENOTEMPTY" || rescans >= access2.attempts) {
          fail({ path: unit.shown, code: code2, message: err.message });
          return "left";
        }
        await sleep(access2.delayMs * 2 ** (rescans + 1));
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
    await finishInChild(parent, handedOff, access2, opts, result, fail);
  }
  return result;
}
async function finishInChild(parent, names, access2, opts, result, fail) {
  const lanes = await removeInChild(parent.path, parent.fd, names, access2, opts.workerScript).catch((err) => err);
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
async function rmdirWithRetry(path5, opts, ops = fs8.promises) {
  let repaired = opts.rules.hasUnixModes;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ops.rmdir(path5);
    } catch (err) {
      const code2 = errorCode(err);
      if (!repaired && isDenied(code2)) {
        repaired = true;
        const cleared = await ops.chmod(path5, 511).then(
          () => true,
          () => false
        );
        if (cleared) continue;
      }
      if (!isTransient(code2, opts.rules) || attempt >= opts.attempts) throw err;
      await sleep(opts.delayMs * 2 ** (attempt - 1));
    }
  }
}

// src/cleanup/clean-job-dir.ts
var CHECK_FOLDERS = [PROBE_DIR, CC_TESTS_DIR];
async function cleanJobDir(state, env, rules, workerScript, held = heldRetryFor(rules)) {
  const report = newReport("refused", { jobDir: state.jobDir, folders: state.folders, os: rules.os });
  report.reasons = refusalReasons(state, await withRealPaths(protectedPaths(state, env, rules)), rules);
  if (report.reasons.length) return report;
  if (errorCode(await fs9.lstat(state.jobDir).catch((e) => e)) === "ENOENT") return { ...report, status: "gone" };
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
        await retryWhileHeld(() => fs9.rmdir(state.jobDir), held, rules);
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
  const resolved = await Promise.all(paths.map(async (p) => ({ label: `${p.label}, resolved`, path: await fs9.realpath(p.path).catch(() => p.path) })));
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

// src/cleanup/recheck.ts
import fs11 from "node:fs";

// src/cleanup/leftovers.ts
import fs10 from "node:fs";
var readOr = (file, fallback) => {
  try {
    return fs10.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
};
var linkOr = (link) => {
  try {
    return fs10.readlinkSync(link).replace(/ \(deleted\)$/, "");
  } catch {
    return "";
  }
};
function descends(pid, set, parent) {
  for (let p = parent.get(pid) ?? 0, steps = 0; p > 1 && steps < 1e3; p = parent.get(p) ?? 0, steps++) if (set.has(p)) return true;
  return false;
}
function ownFamily(pids, parent) {
  const family = /* @__PURE__ */ new Set([process.pid]);
  for (let pid = process.ppid, steps = 0; pid > 1 && steps < 1e3; pid = parent.get(pid) ?? 0, steps++) family.add(pid);
  const self = /* @__PURE__ */ new Set([process.pid]);
  for (const pid of pids) if (descends(pid, self, parent)) family.add(pid);
  return family;
}
function leftoverProcesses(dir, platform2 = process.platform) {
  if (!platformRules(platform2).hasProcFs) return [];
  let pids;
  try {
    pids = fs10.readdirSync("/proc").filter((e) => /^\d+$/.test(e)).map(Number);
  } catch {
    return [];
  }
  const inside = (p) => p === dir || p.startsWith(`${dir}/`);
  const parent = new Map(pids.map((pid) => [pid, parseProcStat(readOr(`/proc/${pid}/stat`, "() ? 0")).ppid]));
  const family = ownFamily(pids, parent);
  const found = [];
  for (const pid of pids) {
    if (family.has(pid)) continue;
    const state = parseProcStat(readOr(`/proc/${pid}/stat`, "() Z 0")).state;
    if (state === "Z" || state === "X") continue;
    const environ = readOr(`/proc/${pid}/environ`, "");
    const named = environ.split("\0").some((entry) => entry.includes(`=${dir}/`) || entry.endsWith(`=${dir}`) || entry.includes(`:${dir}/`));
    let why = named ? "environment" : inside(linkOr(`/proc/${pid}/cwd`)) ? "working folder" : void 0;
    if (!why) {
      const fds = (() => {
        try {
          return fs10.readdirSync(`/proc/${pid}/fd`);
        } catch {
          return [];
        }
      })();
      if (fds.some((fd) => inside(linkOr(`/proc/${pid}/fd/${fd}`)))) why = "open file";
    }
    if (!why) continue;
    const command = readOr(`/proc/${pid}/cmdline`, "").split("\0").filter(Boolean).join(" ") || readOr(`/proc/${pid}/comm`, "?").trim();
    found.push({ pid, command: command.slice(0, 200), why });
  }
  const pidsFound = new Set(found.map((p) => p.pid));
  return found.filter((p) => !descends(p.pid, pidsFound, parent));
}

// src/cleanup/recheck.ts
var WATCH_MS = 1e3;
var POLL_MS = 50;
var MAX_NAMED = 200;
function writtenAgain(names, jobDir, left, rules) {
  const reasons = left.filter((p) => !samePath(p, jobDir, rules));
  return names.filter((name) => name !== MARKER_FILE).filter((name) => {
    const p = rules.path.join(jobDir, name);
    return !reasons.some((r) => isWithin(r, p, rules) || isWithin(p, r, rules));
  }).sort();
}
function listJobDir(jobDir) {
  try {
    if (!fs11.lstatSync(jobDir).isDirectory()) return [];
    return fs11.readdirSync(jobDir);
  } catch {
    return void 0;
  }
}
var sleep2 = (ms) => new Promise((r) => setTimeout(r, ms));
async function recheckJobDir(report, jobDir, rules, watchMs = WATCH_MS) {
  if (report.status !== "removed" && report.status !== "partial") return [];
  const wasRemoved = report.status === "removed";
  if (report.moreFailures > 0) return [];
  const left = [...report.failures.map((f) => f.path), ...report.skippedMounts];
  const processes = leftoverProcesses(jobDir, rules.os);
  const look = () => {
    const names = listJobDir(jobDir);
    return { back: wasRemoved && names !== void 0, entries: names ? writtenAgain(names, jobDir, left, rules) : [] };
  };
  let seen = look();
  for (const end = Date.now() + (processes.length ? watchMs : 0); !seen.back && !seen.entries.length && Date.now() < end; seen = look()) await sleep2(POLL_MS);
  if (seen.back || seen.entries.length) {
    report.rewritten = { folderBack: seen.back, entries: seen.entries.slice(0, MAX_NAMED), moreEntries: Math.max(0, seen.entries.length - MAX_NAMED) };
    report.status = "partial";
  }
  if (report.status === "partial" && processes.length) report.leftovers = processes;
  return processes;
}

// src/cleanup/cleanup-step.ts
function cleanUpJobDir(state, env, rules, workerScript) {
  return group("Cleaning up the job folder", async () => {
    const r = await cleanJobDir(state, env, rules, workerScript);
    for (const [name, g] of r.groups) {
      info(`${name}: ${formatCount(g.files)} files, ${formatBytes(g.bytes)} freed on disk in ${formatMs(g.ms)}${g.removed ? "" : " (not fully removed)"}`);
    }
    for (const f of r.failures) info(`could not remove ${f.path}: ${f.code}`);
    if (r.moreFailures) info(`\u2026 and ${formatCount(r.moreFailures)} more not listed`);
    if (r.engine) info(`Removal ran on ${r.engine}.`);
    for (const w of r.warnings) warning(`Cleanup: ${w}`);
    const running = await recheckJobDir(r, state.jobDir, rules);
    if (running.length && !r.leftovers) info(`Still running from the job (nothing written into the job folder again): ${leftoverList(running)}.`);
    if (r.rewritten) {
      const more = r.rewritten.moreEntries ? ` \u2026 and ${formatCount(r.rewritten.moreEntries)} more` : "";
      info(`In the job folder again after removal: ${r.rewritten.entries.join(", ") || "the folder itself, empty"}${more}`);
    }
    return r;
  });
}
function warnAboutCleanup(report, jobDir) {
  if (report.status === "refused") warning(`Cleanup refused, nothing was deleted: ${report.reasons.join("; ")}`);
  if (report.status === "gone") info(`The job folder ${jobDir} was already removed by a job step.`);
  const failed = report.failures.length + report.moreFailures;
  if (failed) {
    const examples = report.failures.slice(0, 3).map((f) => `${f.path} (${f.code})`).join(", ");
    const hints = failureHints(report).map((h) => ` ${h}.`);
    warning(`Could not remove ${formatCount(failed)} entries of the job folder, e.g. ${examples}.${hints.join("")} See the job summary.`);
  }
  const back = report.rewritten;
  if (back) {
    const what = back.entries.length ? back.entries.slice(0, 3).map((name) => `${jobDir}/${name}`).join(", ") + (back.entries.length + back.moreEntries > 3 ? ", \u2026" : "") : `${jobDir} itself`;
    warning(`The job folder was written to again after cleanup removed it: ${what}. ${stillRunning(report)}See the job summary.`);
  } else if (report.leftovers) warning(`${stillRunning(report)}See the job summary.`);
  if (report.skippedMounts.length) {
    const shown = report.skippedMounts.slice(0, 3).join(", ");
    warning(`Left ${report.skippedMounts.length} mount point(s) in the job folder untouched: ${shown}`);
  }
}
function leftoverList(processes) {
  return processes.slice(0, 3).map((p) => `pid ${p.pid} (${p.command.slice(0, 80)}): ${leftoverTies(p)}`).join("; ");
}
function stillRunning(report) {
  if (!report.leftovers?.length) return "";
  const them = report.leftovers.length === 1 ? "it" : "them";
  return `Still running from the job and may be writing there: ${leftoverList(report.leftovers)}. Stop ${them} in a job step before the job ends. `;
}

// src/disk/measure-post.ts
import fs18 from "node:fs/promises";

// src/disk/consumers.ts
import fs13 from "node:fs/promises";

// src/disk/folder-sizes.ts
import fs12 from "node:fs/promises";
import path4 from "node:path";
async function folderSizes(given, options) {
  const dir = path4.resolve(given);
  const walker = options.walker ?? platformRules().sizeWalker;
  if (walker === "du") {
    const result = await duSizes(dir, options);
    if (result) return result;
  }
  return nodeSizes(dir, options);
}
async function duSizes(dir, { deadline, signal: signal2 }) {
  const result = { dir, children: [], complete: true, tool: "du" };
  if (Date.now() >= deadline || signal2?.aborted) return { ...result, complete: false, problem: "time limit reached before the count began" };
  const take = (line) => {
    const tab = line.indexOf("	");
    const kib = Number(line.slice(0, tab));
    const p = line.slice(tab + 1);
    if (tab <= 0 || !Number.isFinite(kib)) return;
    const entry = { path: p, bytes: kib * 1024, complete: true };
    if (p === dir) result.total = entry;
    else if (path4.dirname(p) === dir) result.children.push(entry);
  };
  let pending = "";
  const onStdout = (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(take);
  };
  const run2 = await execTool("du", ["-k", "-x", "-d", "1", dir], { timeoutMs: Math.max(0, deadline - Date.now()), signal: signal2, onStdout });
  if (pending && !run2.stopped && !run2.signal) take(pending);
  if (run2.errorCode === "ENOENT") return void 0;
  if (run2.stopped) {
    const why = run2.stopped === "timeout" ? "time limit reached" : "stopped";
    return Object.assign(result, { complete: false, problem: `${why} before the count finished` });
  }
  if (run2.error) return { ...result, complete: false, problem: `du could not start: ${run2.errorCode ?? run2.error}` };
  if (run2.code !== 0) {
    const first = run2.stderr.split("\n").find(Boolean) ?? (run2.signal ? `du was killed by ${run2.signal}` : `du exited ${run2.code}`);
    Object.assign(result, { complete: false, problem: first.replace(/^du: /, "") });
    for (const e of [result.total, ...result.children]) if (e) e.complete = false;
    if (!result.total && !result.children.length) result.problem ??= "unreadable";
  }
  return result;
}
var allocated = (st) => st.blocks ? st.blocks * 512 : st.blocks === 0 ? 0 : st.size;
async function nodeSizes(dir, { deadline, signal: signal2 }) {
  const result = { dir, children: [], complete: true, tool: "node" };
  let top;
  try {
    top = await fs12.lstat(dir);
  } catch (err) {
    return { ...result, complete: false, problem: `cannot read ${dir}: ${errorCode(err)}` };
  }
  const out = () => Date.now() > deadline || signal2?.aborted === true;
  let unreadable = 0;
  const sum2 = async (root) => {
    let bytes = 0;
    let queue = [root];
    while (queue.length) {
      if (out()) return [bytes, false];
      const next = [];
      await Promise.all(
        queue.map(async (d) => {
          let names2;
          try {
            names2 = await fs12.readdir(d);
          } catch {
            unreadable++;
            return;
          }
          await Promise.all(
            names2.map(async (name) => {
              const p = path4.join(d, name);
              const st = await fs12.lstat(p).catch(() => void 0);
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
  const names = await fs12.readdir(dir).catch(() => void 0);
  if (!names) return { ...result, complete: false, problem: `cannot read ${dir}` };
  for (const name of names) {
    const p = path4.join(dir, name);
    const st = await fs12.lstat(p).catch(() => void 0);
    if (!st) continue;
    if (!st.isDirectory() || st.dev !== top.dev) {
      total += st.dev === top.dev ? allocated(st) : 0;
      continue;
    }
    if (out()) {
      complete = false;
      break;
    }
    const [inside, done] = await sum2(p);
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

// src/disk/consumers.ts
function homeCachePlaces(roots, rules) {
  return roots.map((path5) => ({ label: rules.homeCacheLabel, path: path5, byChild: true }));
}
async function scanPlaces(places, deadline) {
  const scans = await Promise.all(
    places.map(async (place) => {
      const st = await fs13.lstat(place.path).catch(() => void 0);
      if (!st?.isDirectory()) return void 0;
      return { place, dev: st.dev, sizes: await folderSizes(place.path, { deadline }) };
    })
  );
  return scans.filter((s) => s !== void 0);
}

// src/disk/held-deleted.ts
import fs14 from "node:fs";
var DELETED = " (deleted)";
var readOr2 = (file, fallback) => {
  try {
    return fs14.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
};
function commandOf(pid) {
  const command = readOr2(`/proc/${pid}/cmdline`, "").split("\0").filter(Boolean).join(" ");
  return (command || readOr2(`/proc/${pid}/comm`, "?").trim()).slice(0, 200);
}
function scanProcess(pid, files) {
  let fds;
  try {
    fds = fs14.readdirSync(`/proc/${pid}/fd`);
  } catch (err) {
    return errorCode(err) === "EACCES" || errorCode(err) === "EPERM" ? "denied" : "gone";
  }
  let command;
  for (const fd of fds) {
    const link = `/proc/${pid}/fd/${fd}`;
    let target;
    try {
      target = fs14.readlinkSync(link);
    } catch {
      continue;
    }
    if (!target.endsWith(DELETED) || !target.startsWith("/")) continue;
    const st = fs14.statSync(link, { throwIfNoEntry: false });
    if (!st?.isFile() || st.nlink !== 0) continue;
    command ??= commandOf(pid);
    files.push({ pid, command, path: target.slice(0, -DELETED.length), bytes: st.blocks * 512 || st.size, dev: st.dev, ino: st.ino });
  }
  return "ok";
}
async function scanHeldDeleted(platform2 = process.platform) {
  if (!platformRules(platform2).hasProcFs) return { files: [], denied: 0, unavailable: "only Linux shows which processes hold deleted files" };
  let entries;
  try {
    entries = fs14.readdirSync("/proc");
  } catch (err) {
    return { files: [], denied: 0, unavailable: `/proc is unreadable (${errorCode(err)})` };
  }
  const pids = entries.filter((e) => /^\d+$/.test(e)).map(Number).filter((pid) => pid !== process.pid);
  const files = [];
  const outcomes = pids.map((pid) => scanProcess(pid, files));
  return { files, denied: outcomes.filter((o) => o === "denied").length };
}
function heldFilesToReport(files, watchedDevs, jobDir, minBytes = 1024 * 1024, sep = "/") {
  const groups = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (!watchedDevs.includes(f.dev)) continue;
    const inJobDir = f.path === jobDir || f.path.startsWith(jobDir + sep);
    if (f.bytes < minBytes && !inJobDir) continue;
    const key = `${f.dev}:${f.ino}`;
    const group2 = groups.get(key) ?? { path: f.path, bytes: f.bytes, holders: [], inJobDir };
    if (!group2.holders.some((h) => h.pid === f.pid)) group2.holders.push({ pid: f.pid, command: f.command });
    groups.set(key, group2);
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}

// src/disk/module-cache.ts
import fs15 from "node:fs/promises";
var MODULE_CACHE_LABEL = "Go module cache";
function moduleCachePlace(path5) {
  return { label: MODULE_CACHE_LABEL, path: path5, byChild: false };
}
async function moduleCacheSize(path5, total, scanned) {
  if (scanned) return total;
  const missing = await fs15.lstat(path5).then(
    () => false,
    () => true
  );
  return missing ? { path: path5, bytes: 0, complete: true } : void 0;
}

// src/disk/leaks.ts
var LEAK_MIN_BYTES = 64 * 1024;
var CACHE_VARIABLES = {
  "go-build": "GOCACHE",
  "golangci-lint": "GOLANGCI_LINT_CACHE",
  staticcheck: "STATICCHECK_CACHE",
  ccache: "CCACHE_DIR",
  ".ccache": "CCACHE_DIR",
  pip: "PIP_CACHE_DIR"
};
function findLeaks(before, after, path5, cutRoots = []) {
  const seen = new Map(before.map((e) => [e.path, e]));
  const leaks = [];
  for (const now of after) {
    const then = seen.get(now.path);
    if (!then && cutRoots.includes(path5.dirname(now.path))) continue;
    const added = now.bytes - (then?.bytes ?? 0);
    if (added < LEAK_MIN_BYTES) continue;
    const tool = path5.basename(now.path);
    const variable = CACHE_VARIABLES[tool];
    leaks.push({
      kind: "home-cache",
      path: now.path,
      tool,
      before: then?.bytes ?? 0,
      after: now.bytes,
      added,
      approximate: !now.complete || then !== void 0 && !then.complete,
      hint: variable ? `redirect: ${variable}` : void 0
    });
  }
  return leaks.sort((a, b) => b.added - a.added);
}
function moduleCacheLeak(cache, after) {
  const before = cache?.before;
  if (!cache || !before || !after) return [];
  const added = after.bytes - before.bytes;
  if (added < LEAK_MIN_BYTES) return [];
  return [
    {
      kind: "module-cache",
      path: cache.path,
      tool: "go-mod",
      before: before.bytes,
      after: after.bytes,
      added,
      approximate: !before.complete || !after.complete,
      hint: "redirect: GOMODCACHE"
    }
  ];
}

// src/disk/report.ts
function homeCacheNaming(from = platformRules("linux")) {
  return { homeCacheLabel: from.homeCacheLabel, toolsReadXdgCache: from.toolsReadXdgCache };
}
function homeCacheLeakWarning(r) {
  const leaks = r.leaks.filter((l) => l.kind !== "module-cache");
  if (!leaks.length) return void 0;
  const top = leaks.slice(0, 3).map((l) => `${l.path} +${formatBytes(l.added)}`).join(", ");
  const added = formatBytes(leaks.reduce((n, l) => n + l.added, 0));
  const { homeCacheLabel, toolsReadXdgCache } = homeCacheNaming(r.homeCache);
  const ignoring = toolsReadXdgCache && r.xdgRedirected ? ", ignoring XDG_CACHE_HOME" : "";
  return `Tools wrote ${added} (space on disk) to ${homeCacheLabel} during the job${ignoring}: ${top}. It stays after the job; see the job summary.`;
}
function buildDiskReport(disk, facts2) {
  const last = facts2.records.at(-1);
  const filesystems = disk.filesystems.map((fs20, i) => {
    const series = [{ t: 0, free: fs20.free }];
    for (const r of facts2.records) {
      const free = r.f[i];
      if (typeof free === "number") series.push({ t: Math.max(0, r.t - facts2.startedAt), free });
    }
    const after = facts2.after[i];
    if (after !== void 0) series.push({ t: Math.max(0, facts2.afterAt - facts2.startedAt), free: after });
    const sampledLow = last?.lo[i];
    let lowest = Math.min(...series.map((p) => p.free));
    let lowestAt = series.find((p) => p.free === lowest)?.t;
    if (typeof sampledLow === "number" && sampledLow < lowest) {
      lowest = sampledLow;
      lowestAt = typeof last?.lt[i] === "number" ? Math.max(0, last.lt[i] - facts2.startedAt) : void 0;
    }
    return { mount: fs20.mount, roles: fs20.roles, total: fs20.total, before: fs20.free, lowest, lowestAt, after, series };
  });
  return {
    filesystems,
    verdicts: disk.verdicts,
    consumers: disk.consumers,
    rootChoice: disk.rootChoice,
    growers: growersOf(last, facts2.endSizes, facts2.path.basename),
    leaks: [...findLeaks(disk.cacheBefore, facts2.cacheAfter, facts2.path, disk.cacheCut), ...moduleCacheLeak(disk.modCache, facts2.modCacheAfter)],
    xdgRedirected: disk.xdgRedirected,
    held: heldFilesToReport(
      facts2.held.files,
      disk.filesystems.map((f) => f.dev),
      facts2.jobDir,
      void 0,
      facts2.path.sep
    ),
    heldDenied: facts2.held.denied,
    heldUnavailable: facts2.held.unavailable,
    sampler: {
      intervalMs: facts2.intervalMs,
      records: facts2.records.length,
      how: facts2.stop?.how,
      end: last?.end,
      writeErrors: last?.we ?? 0,
      sizeScans: last?.sc ?? 0,
      lastError: last?.err
    },
    problems: [...disk.problems, ...facts2.problems]
  };
}
function growersOf(last, end, basename) {
  const peaks = last?.pk ?? {};
  const ends = new Map((end?.children ?? []).map((e) => [basename(e.path), e]));
  const names = /* @__PURE__ */ new Set([...Object.keys(peaks), ...ends.keys()]);
  return [...names].map((folder) => {
    const atEnd = ends.get(folder);
    const endBytes = atEnd?.bytes ?? (end?.complete ? 0 : void 0);
    const lastSampled = last?.d?.[folder];
    return {
      folder,
      peak: Math.max(peaks[folder] ?? 0, endBytes ?? 0),
      ...endBytes === void 0 ? {} : { end: endBytes },
      ...atEnd && !atEnd.complete ? { endApproximate: true } : {},
      ...lastSampled === void 0 ? {} : { lastSampled }
    };
  }).filter((g) => g.peak > 0).sort((a, b) => b.peak - a.peak);
}
var MOVED_MIN_BYTES = 1024 * 1024;
var MOVED_SHARE = 1e-3;
function freeSpaceRange(f) {
  return Math.max(f.before, ...f.series.map((p) => p.free)) - f.lowest;
}
function freeSpaceMoved(f) {
  const range = freeSpaceRange(f);
  return range >= MOVED_MIN_BYTES && range >= f.total * MOVED_SHARE;
}

// src/disk/sampler-control.ts
import fs16 from "node:fs/promises";

// src/disk/sample-file.ts
var SLOT_SIZE = 1024;
var SLOT_COUNT = 512;
var blankSlot = () => Buffer.from(" ".repeat(SLOT_SIZE - 1) + "\n");
function decodeSamples(buf) {
  const out = [];
  const blank = blankSlot();
  for (let at2 = 0; at2 + 1 < buf.length; at2 += SLOT_SIZE) {
    if (at2 + SLOT_SIZE <= buf.length && buf.compare(blank, 0, SLOT_SIZE, at2, at2 + SLOT_SIZE) === 0) continue;
    const text = buf.subarray(at2, Math.min(buf.length, at2 + SLOT_SIZE)).toString("utf8").trim();
    if (!text) continue;
    try {
      const r = JSON.parse(text);
      if (typeof r.q === "number" && typeof r.t === "number" && Array.isArray(r.f) && Array.isArray(r.lo) && Array.isArray(r.lt)) out.push(r);
    } catch {
    }
  }
  return out.sort((a, b) => a.q - b.q).filter((r, i, all) => i === 0 || all[i - 1].q !== r.q);
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
  if (mayWriteStopFile) await fs16.writeFile(h.stopFile, "", { flag: "wx" }).catch(() => void 0);
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
async function readSamples(file) {
  let handle;
  try {
    handle = await fs16.open(file, fs16.constants.O_RDONLY | (fs16.constants.O_NOFOLLOW ?? 0) | (fs16.constants.O_NONBLOCK ?? 0));
    const st = await handle.stat();
    if (!st.isFile() || st.size > SLOT_COUNT * SLOT_SIZE) return { records: [], problem: "the samples file was replaced by a job step" };
    return { records: decodeSamples(await handle.readFile()) };
  } catch (err) {
    return { records: [], problem: `cannot read the samples: ${errorMessage(err)}` };
  } finally {
    await handle?.close();
  }
}

// src/disk/space.ts
import fs17 from "node:fs/promises";
async function freeSpace(p) {
  const s = await fs17.statfs(p);
  return { total: s.blocks * s.bsize, free: s.bavail * s.bsize };
}

// src/disk/measure-post.ts
var AFTER_SCAN_MS = 5e3;
async function stopSampling(state, rules) {
  const { disk, sampler } = state;
  let scan;
  const places = disk ? [...homeCachePlaces(disk.cacheRoots, rules), ...disk.modCache ? [moduleCachePlace(disk.modCache.path)] : []] : [];
  const cacheScan = () => scan ??= scanPlaces(places, Date.now() + AFTER_SCAN_MS);
  const problems = disk?.samplerProblem ? [disk.samplerProblem] : [];
  const folderIsOurs = checkJobDir(state.jobDir, { dev: state.dev, ino: state.ino }, rules).length === 0;
  const measureEnd = async () => {
    if (!disk) return void 0;
    if (folderIsOurs) return folderSizes(state.jobDir, { deadline: Date.now() + AFTER_SCAN_MS });
    const gone = errorCode(await fs18.lstat(state.jobDir).catch((e) => e)) === "ENOENT";
    return gone ? { dir: state.jobDir, children: [], complete: true, tool: "node" } : void 0;
  };
  if (!sampler) {
    const scanning2 = cacheScan();
    return { records: [], problems, cacheScan: scanning2, endSizes: await measureEnd() };
  }
  let stop;
  try {
    stop = await stopSampler(sampler, folderIsOurs, cacheScan);
    if (stop.problem) problems.push(stop.problem);
  } catch (err) {
    problems.push(`stopping the sampler failed: ${errorMessage(err)}`);
  }
  const scanning = cacheScan();
  if (!folderIsOurs) {
    const unread = [...problems, "the samples were not read: the job folder was removed or replaced"];
    return { records: [], stop, problems: unread, cacheScan: scanning, endSizes: await measureEnd() };
  }
  const [{ records, problem }, endSizes] = await Promise.all([readSamples(sampler.samplesFile), measureEnd()]);
  if (problem) problems.push(problem);
  return { records, stop, problems, cacheScan: scanning, endSizes };
}
async function finishDisk(disk, sampling, o) {
  const problems = [...sampling.problems];
  const [after, cacheScans, held] = await Promise.all([
    Promise.all(
      disk.filesystems.map(
        (f) => freeSpace(f.path).then(
          (s) => s.free,
          () => void 0
        )
      )
    ),
    sampling.cacheScan,
    scanHeldDeleted()
  ]);
  for (const s of cacheScans) if (s.sizes.problem) problems.push(`${s.place.label} ${s.place.path}: ${s.sizes.problem}`);
  if (sampling.endSizes?.problem) problems.push(`the job folder's subfolders at the end: ${sampling.endSizes.problem}`);
  const modScan = cacheScans.find((s) => s.place.label === MODULE_CACHE_LABEL);
  const modCacheAfter = disk.modCache && await moduleCacheSize(disk.modCache.path, modScan?.sizes.total, !!modScan);
  const report = buildDiskReport(disk, {
    startedAt: o.startedAt,
    jobDir: o.jobDir,
    records: sampling.records,
    intervalMs: o.intervalMs,
    stop: sampling.stop,
    after,
    afterAt: Date.now(),
    cacheAfter: cacheScans.filter((s) => s !== modScan).flatMap((s) => s.sizes.children),
    modCacheAfter,
    endSizes: sampling.endSizes,
    held,
    problems,
    path: o.rules.path
  });
  return { ...report, homeCache: homeCacheNaming(o.rules) };
}
async function writeReport(file, report) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await fs18.writeFile(temp, JSON.stringify(report, null, 2) + "\n", { flag: "wx", mode: 420 });
    await fs18.rename(temp, file);
  } catch (err) {
    if (errorCode(err) !== "EEXIST") await fs18.rm(temp, { force: true });
    throw err;
  }
}

// src/disk/guard-post.ts
function stopDiskGuard(state, rules) {
  return stopSampling(state, rules);
}
async function finishDiskGuard(state, sampling, rules) {
  if (!state.disk) {
    for (const problem of sampling.problems) warning(`Sampler: ${problem}`);
    return void 0;
  }
  let disk;
  try {
    disk = await finishDisk(state.disk, sampling, { startedAt: state.startedAt, jobDir: state.jobDir, intervalMs: state.sampler?.intervalMs, rules });
  } catch (err) {
    warning(`The disk report is incomplete: ${errorMessage(err)}`);
    return void 0;
  }
  logDiskReport(disk, sampling);
  const { reportPath } = state.disk;
  try {
    await writeReport(reportPath, { version: 1, jobDir: state.jobDir, startedAt: new Date(state.startedAt).toISOString(), matrix: state.matrix, disk });
    info(`Report: ${reportPath}`);
  } catch (err) {
    warning(`Could not write the report ${reportPath}: ${errorMessage(err)}`);
    disk.problems.push(`the JSON report was not written: ${errorMessage(err)}`);
  }
  return disk;
}
function logDiskReport(disk, sampling) {
  for (const f of disk.filesystems) {
    const after = f.after === void 0 ? "unknown" : formatBytes(f.after);
    info(`${f.mount}: free ${formatBytes(f.before)} before, lowest ${formatBytes(f.lowest)}, ${after} after`);
  }
  const homeLeaks = homeCacheLeakWarning(disk);
  if (homeLeaks) warning(homeLeaks);
  for (const l of disk.leaks.filter((leak) => leak.kind === "module-cache")) {
    warning(
      `Go added ${l.approximate ? "at least " : ""}${formatBytes(l.added)} (space on disk) to its module cache ${l.path} during the job, outside the job folder: it stays after the job, read-only, and grows with every job. Add GOMODCACHE to the input redirect (cache: true adds it too) to keep modules in the job folder.`
    );
  }
  for (const h of disk.held.filter((g) => g.inJobDir)) {
    const pids = h.holders.map((p) => p.pid).join(", ");
    warning(
      `${formatBytes(h.bytes)} of disk space stay in use after cleanup: ${h.path} was deleted but is still open in pid ${pids} (${h.holders[0].command.slice(0, 80)}). Stop that process to get the space back.`
    );
  }
  if (sampling.stop?.how === "left running" || sampling.stop?.how === "killed") warning(`Sampler: ${sampling.stop.problem}`);
}

// src/matrix/problem-matcher.ts
import fs19 from "node:fs";
function matcherOwners(file) {
  const parsed = JSON.parse(fs19.readFileSync(file, "utf8"));
  return (parsed.problemMatcher ?? []).map((m) => m.owner).filter((o) => typeof o === "string");
}
function removeMatchers(owners) {
  for (const owner of owners) info(`::remove-matcher owner=${owner}::`);
}
function unregisterMatchers(owners, file) {
  try {
    removeMatchers(owners ?? matcherOwners(file));
  } catch (err) {
    debug(`problem matchers not removed: ${errorMessage(err)}`);
  }
}

// src/redirect/plan.ts
var DEFAULT_VARIABLES = ["XDG_CACHE_HOME", "TMPDIR", "TMP", "TEMP", "GOCACHE", "GOTMPDIR"];
var ACCEPTED = `a list (commas or new lines) of variable names to redirect in addition to the defaults (${DEFAULT_VARIABLES.join(", ")}), '-NAME' to leave one out, 'none' to start from an empty list`;

// src/redirect/apply.ts
function restoreRedirects(folders, previous) {
  const names = folders.flatMap((f) => f.variables);
  for (const name of names) exportVariable(name, previous[name] ?? "");
  if (names.length) info(`Restored ${names.join(", ")} for the steps after this one.`);
}

// src/summary/markdown.ts
function code(text, max = 160) {
  const clipped = text.length > max ? `\u2026${text.slice(text.length - max + 1)}` : text;
  return `\`${clipped.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ")}\``;
}
function cell(text, max = 300) {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
  return clipped.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\r\n]+/g, " ");
}

// src/summary/render-cache.ts
var RESTORED = {
  hit: "restored (same toolchain and dependencies)",
  partial: "restored from other dependencies",
  miss: "nothing to restore yet",
  skipped: "not restored",
  failed: "restore failed"
};
function renderCache(c) {
  const r = c.restore;
  const failed = r.status === "failed" || c.saved?.status === "failed";
  const icon = failed ? "\u26A0\uFE0F" : r.status === "hit" || c.saved?.status === "saved" ? "\u2705" : "\u2139\uFE0F";
  const restored = r.status === "hit" || r.status === "partial" ? `${RESTORED[r.status]}: **${formatBytes(r.bytes)}** on disk from ${code(r.matchedKey ?? "")} in ${formatMs(r.ms)}` : `${RESTORED[r.status]}${r.reason ? ` (${cell(r.reason)})` : ""}`;
  const lines = [`**${icon} Cache** ${c.folders.map((f) => code(f.folder)).join(", ")}: ${restored}.`];
  const s = c.saved;
  if (s) {
    const trimmed = s.trimmed ? `Trimmed ${formatCount(s.trimmed.files)} unused entries (${formatBytes(s.trimmed.bytes)} of file data) in ${formatMs(s.trimmed.ms)}; ` : "";
    const outcome2 = s.status === "saved" ? `${trimmed ? "saved" : "Saved"} **${formatBytes(s.bytes ?? 0)}** on disk (${formatCount(s.added ?? 0)} new) under ${code(s.key ?? "")} in ${formatMs(s.ms ?? 0)}` : `${trimmed ? "not saved" : "Not saved"}: ${cell(s.reason ?? "unknown")}`;
    lines.push(`${trimmed}${outcome2}.`);
  }
  return lines.join(" ");
}

// src/matrix/report.ts
var CHECK_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u2796" };

// src/summary/render-checks.ts
function facts(report, html = false) {
  const o = report.outputs;
  const literal = (text) => html ? `<code>${escapeHtml(text)}</code>` : code(text);
  const parts = [
    o["go-version"] && `Go ${o["go-version"]}`,
    o["cgo-enabled"] && `CGO_ENABLED=${o["cgo-enabled"]}`,
    o["cc-target"] && `CC target ${literal(o["cc-target"])}`,
    o.libc && `libc ${o.libc}${o["libc-version"] ? ` ${o["libc-version"]}` : ""}`,
    `fingerprint ${literal(o["toolchain-fingerprint"])}`
  ];
  return parts.filter(Boolean).join(" \xB7 ");
}
function table(checks) {
  const rows = checks.map((c) => `| ${CHECK_ICON[c.status]} | ${cell(c.title)} | ${cell(c.expected)} | ${cell(c.found, 400)} | ${c.fix ? cell(c.fix) : ""} |`);
  return ["| | Check | Expected | Found | Fix |", "|---|---|---|---|---|", ...rows].join("\n");
}
function renderChecks(report) {
  const problems = report.checks.filter((c) => c.status === "fail" || c.status === "warn");
  const failed = report.checks.filter((c) => c.status === "fail").length;
  if (!problems.length) {
    const passed = report.checks.filter((c) => c.status === "pass").length;
    return [
      `<details><summary>\u2705 Matrix cell ${escapeHtml(report.cell)}: ${passed} checks passed \xB7 ${facts(report, true)}</summary>`,
      "",
      table(report.checks),
      "",
      "</details>"
    ].join("\n");
  }
  const verdict = failed ? `\u274C Matrix cell ${cell(report.cell)}: ${failed} check${failed > 1 ? "s" : ""} failed${report.onMismatch === "warn" ? " (on-mismatch: warn, so the job went on)" : ""}` : `\u26A0\uFE0F Matrix cell ${cell(report.cell)}: ${problems.length} warning${problems.length > 1 ? "s" : ""}`;
  const parts = [`${verdict} \xB7 ${facts(report)}`, table(report.checks)];
  if (report.probeOutput) {
    parts.push(
      `<details><summary>cgo probe: the compiler's output</summary>

\`\`\`text
${report.probeOutput.replace(/```/g, "'''")}
\`\`\`

</details>`
    );
  }
  return parts.join("\n\n");
}

// src/summary/render-disk.ts
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var MAX_LISTED = 10;
function downsample(series, n) {
  if (series.length <= n) return series;
  const body = series.slice(0, -1);
  const out = [];
  for (let b = 0; b < n - 1; b++) {
    const bucket = body.slice(Math.floor(b * body.length / (n - 1)), Math.floor((b + 1) * body.length / (n - 1)));
    if (bucket.length) out.push(bucket.reduce((low, p) => p.free < low.free ? p : low));
  }
  out.push(series[series.length - 1]);
  return out;
}
function sparkline(series, width = 24) {
  const points = downsample(series, width);
  if (points.length < 2) return "";
  const high = Math.max(...points.map((p) => p.free));
  if (high <= 0) return BARS[0].repeat(points.length);
  return points.map((p) => BARS[Math.round(Math.max(0, p.free) / high * (BARS.length - 1))]).join("");
}
var safe = (text) => escapeHtml(cell(text));
var at = (ms) => ms === void 0 ? "" : ` at ${formatMs(ms)}`;
function overTheJob(f) {
  const line = freeSpaceMoved(f) ? sparkline(f.series) : "";
  if (new Set(line).size > 1) return line;
  const range = freeSpaceRange(f);
  return range > 0 ? `${line ? "moved" : "steady"}, within ${formatBytes(range)}` : "unchanged";
}
function filesystemTable(filesystems) {
  const rows = filesystems.map((f) => {
    const after = f.after === void 0 ? "?" : formatBytes(f.after);
    return `| ${code(f.mount)} | ${cell(f.roles.join(", "))} | ${formatBytes(f.before)} | ${formatBytes(f.lowest)}${at(f.lowestAt)} | ${after} | ${overTheJob(f)} |`;
  });
  return ["| Filesystem | Holds | Free before | Lowest | After | Over the job |", "|---|---|--:|--:|--:|---|", ...rows].join("\n");
}
function chart(f) {
  const points = downsample(f.series, 40);
  if (points.length < 3) return void 0;
  const gib = Math.max(...points.map((p) => p.free)) >= 1024 ** 3;
  const unit = gib ? 1024 ** 3 : 1024 ** 2;
  const values = points.map((p) => Number((p.free / unit).toFixed(gib ? 2 : 1)));
  const span = f.series[f.series.length - 1].t;
  const minutes = span > 3e5;
  const end = Number((span / (minutes ? 6e4 : 1e3)).toFixed(1)) || 1;
  const top = Number((Math.max(...values) * 1.1 || 1).toFixed(gib ? 2 : 1));
  const title = `Free space on ${f.mount} (${gib ? "GiB" : "MiB"})`.replace(/["`]/g, "'").replace(/[\r\n]+/g, " ");
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${title}"`,
    `  x-axis "${minutes ? "minutes" : "seconds"} since main" 0 --> ${end}`,
    `  y-axis "${gib ? "GiB" : "MiB"} free" 0 --> ${top}`,
    `  line [${values.join(", ")}]`,
    "```"
  ].join("\n");
}
function list(items) {
  const shown = items.slice(0, MAX_LISTED).map((i) => `- ${i}`);
  if (items.length > MAX_LISTED) shown.push(`- \u2026 and ${formatCount(items.length - MAX_LISTED)} more (see the JSON report)`);
  return shown.join("\n");
}
function growerText(g) {
  const end = g.end !== void 0 ? `, at the end ${g.endApproximate ? "\u2265 " : ""}${formatBytes(g.end)}` : g.lastSampled !== void 0 ? `, last sampled ${formatBytes(g.lastSampled)}` : "";
  return `${code(g.folder)} peak ${formatBytes(g.peak)}${end}`;
}
function leakItem(l) {
  return `${code(l.path)} +${l.approximate ? "\u2265 " : ""}${formatBytes(l.added)} (${formatBytes(l.before)} \u2192 ${formatBytes(l.after)})${l.hint ? ` \xB7 ${l.hint}` : ""}`;
}
function samplerLine(r) {
  const s = r.sampler;
  if (s.intervalMs === void 0) return "No samples during the job (sample-interval: 0, or the sampler did not start).";
  const parts = [`Sampled every ${formatMs(s.intervalMs)}: ${formatCount(s.records)} records, ${formatCount(s.sizeScans)} folder-size scans`];
  if (s.end) parts.push(`stopped: ${safe(s.end)}`);
  if (s.lastError) parts.push(`last problem: ${safe(s.lastError)}`);
  if (s.writeErrors) parts.push(`${formatCount(s.writeErrors)} writes failed`);
  return parts.join(" \xB7 ") + ".";
}
function renderDisk(r) {
  const short = r.verdicts.filter((v) => v.status !== "ok");
  const held = r.held.reduce((n, h) => n + h.bytes, 0);
  const worst = r.filesystems.reduce((w, f) => !w || f.lowest < w.lowest ? f : w, void 0);
  const headline = (html) => worst ? `lowest free ${formatBytes(worst.lowest)} on ${html ? `<code>${escapeHtml(worst.mount)}</code>` : code(worst.mount)}` : "no filesystem measured";
  const notes = [];
  const extra = [];
  if (short.length) {
    const line = (v) => {
      const [icon, input] = v.status === "fail" ? ["\u274C", INPUT.minFree] : ["\u26A0\uFE0F", INPUT.warnFree];
      return `${icon} ${code(v.mount)} was below ${input} ${cell(v.threshold ?? "")} (${formatBytes(v.needed ?? 0)}) when main ran`;
    };
    notes.push(list(short.map(line)));
  }
  if (r.consumers?.length) {
    const rows = r.consumers.map((c) => `| ${code(c.path)} | ${cell(c.label)} | ${c.complete ? "" : "\u2265 "}${formatBytes(c.bytes)} |`);
    notes.push(["**Biggest consumers in the usual places** (when main ran):", "", "| Folder | Where | On disk |", "|---|---|--:|", ...rows].join("\n"));
  }
  const homeLeaks = r.leaks.filter((l) => l.kind !== "module-cache");
  if (homeLeaks.length) {
    const { homeCacheLabel, toolsReadXdgCache } = homeCacheNaming(r.homeCache);
    const why = !toolsReadXdgCache ? "" : r.xdgRedirected ? " despite XDG_CACHE_HOME pointing into the job folder" : " (XDG_CACHE_HOME was not redirected)";
    notes.push(`**\u26A0\uFE0F Written to ${homeCacheLabel}${why}**, so it outlives the job:

${list(homeLeaks.map(leakItem))}`);
  }
  const modLeaks = r.leaks.filter((l) => l.kind === "module-cache");
  if (modLeaks.length) {
    notes.push(
      `**\u26A0\uFE0F Written to Go's module cache outside the job folder** (GOMODCACHE was not redirected), so it outlives the job:

${list(modLeaks.map(leakItem))}`
    );
  }
  if (r.held.length) {
    const rows = r.held.slice(0, MAX_LISTED).map((h) => `| ${h.holders.map((p) => p.pid).join(", ")} | ${code(h.holders[0].command.slice(0, 80))} | ${code(h.path)} | ${formatBytes(h.bytes)} |`);
    notes.push(
      [
        `**\u26A0\uFE0F Space held by deleted files: ${formatBytes(held)}** (comes back only when these processes end):`,
        "",
        "| PID | Command | File | On disk |",
        "|---|---|---|--:|",
        ...rows
      ].join("\n")
    );
  }
  if (r.heldUnavailable) extra.push(`Held deleted files were not checked: ${safe(r.heldUnavailable)}.`);
  else if (r.heldDenied) extra.push(`Held deleted files: ${formatCount(r.heldDenied)} processes of other users could not be inspected (not permitted).`);
  if (r.rootChoice) extra.push(`Root (auto): ${code(r.rootChoice.path)}, ${safe(r.rootChoice.reason)}.`);
  if (r.growers.length) extra.push(`Biggest folders in the job folder (space on disk): ${r.growers.slice(0, 5).map(growerText).join("; ")}.`);
  extra.push(samplerLine(r));
  if (r.problems.length) extra.push(`Notes:

${list(r.problems.map(safe))}`);
  const charts = r.filesystems.filter(freeSpaceMoved).map(chart).filter((c) => !!c);
  const details = [filesystemTable(r.filesystems), ...extra, ...charts].join("\n\n");
  const attention = short.length || r.leaks.length || r.held.length;
  if (!attention) {
    const biggest = r.growers.length ? `, biggest in the job folder: ${escapeHtml(r.growers[0].folder)} ${formatBytes(r.growers[0].peak)}` : "";
    return `<details><summary>\u{1F4BD} Disk: ${headline(true)}${biggest}</summary>

${details}

</details>`;
  }
  return [`**\u{1F4BD} Disk**: ${headline(false)}`, ...notes, `<details><summary>Free space over the job</summary>

${details}

</details>`].join("\n\n");
}

// src/summary/render-janitor.ts
var STATUS = {
  removed: "\u2705 removed",
  partial: "\u26A0\uFE0F partly removed",
  refused: "\u26D4 left (not provably that job\u2019s)",
  taken: "\u2139\uFE0F removed by another job"
};
function renderJanitor(j) {
  const parts = [];
  if (j.reaped.length) {
    const done = j.reaped.filter((r) => r.status === "removed" || r.status === "partial");
    const bytes = done.reduce((n, r) => n + r.bytes, 0);
    const samplers = j.reaped.filter((r) => r.samplerStopped).length;
    const running = j.running ? ` ${formatCount(j.running)} folder(s) of jobs still running left alone.` : "";
    const stopped = samplers ? `, stopped ${samplers} sampler(s) they left running` : "";
    parts.push(
      `\u{1F9F9} **Leftovers of earlier jobs**: reclaimed **${formatBytes(bytes)}** from ${done.length} job folder(s) whose jobs are over${stopped}.${running}`
    );
    const rows = j.reaped.map((r) => `| ${code(r.name, 60)} | ${cell(r.reason)} | ${formatCount(r.files)} | ${formatBytes(r.bytes)} | ${STATUS[r.status]} |`);
    parts.push(["| Folder | Why | Files | Freed on disk | Status |", "|---|---|--:|--:|---|", ...rows].join("\n"));
  }
  if (j.aged?.removed.length) {
    const rows = j.aged.removed.map((a) => `- ${code(a.path)}: ${a.complete ? "" : "\u2265 "}${formatBytes(a.bytes)} on disk, unused for ${a.idleDays} days`);
    parts.push(`\u{1F9F9} **HOME caches unused for over ${j.aged.maxAgeDays} days, removed**:

${rows.join("\n")}`);
  }
  const problems = [...j.problem ? [j.problem] : [], ...j.aged?.problems ?? []];
  if (problems.length) parts.push(`**Janitor warnings**

${problems.map((p) => `- ${cell(p)}`).join("\n")}`);
  return parts.length ? parts.join("\n\n") : void 0;
}

// src/summary/render.ts
var SIZES_LEGEND = "<sub>Sizes are space on disk: blocks allocated, as du counts them, or given back to the filesystem. Those marked file data are sums of file lengths.</sub>";
var MAX_LISTED_PROBLEMS = 20;
var STATUS_LINE = {
  removed: "\u2705 Job folder removed",
  partial: "\u26A0\uFE0F Job folder only partly removed",
  refused: "\u26D4 Cleanup refused: nothing was deleted",
  nothing: "\u2139\uFE0F Nothing to clean up",
  gone: "\u2139\uFE0F Job folder was already gone"
};
function sum(groups) {
  const total = { files: 0, bytes: 0 };
  for (const g of groups) {
    total.files += g.files;
    total.bytes += g.bytes;
  }
  return total;
}
function list2(items, more = 0) {
  const shown = items.slice(0, MAX_LISTED_PROBLEMS);
  const hidden = items.length - shown.length + more;
  return [...shown.map((i) => `- ${i}`), ...hidden > 0 ? [`- \u2026 and ${formatCount(hidden)} more (see the step log)`] : []].join("\n");
}
function renderCellUpload(upload) {
  if (upload.status === "uploaded")
    return `\u{1F4E4} This cell's report is the artifact ${code(upload.name)} (${formatBytes(upload.size)} of file data), for a job with ${code("mode: report")}.`;
  const icon = upload.status === "failed" ? "\u26A0\uFE0F" : "\u2796";
  return `${icon} This cell's report was not uploaded: ${escapeHtml(cell(upload.reason))}.`;
}
function renderSummary(report, matrix, disk, cache, janitor, cellUpload) {
  const total = sum(report.groups.values());
  const parts = ["### Go CI Guard"];
  const headline = report.status === "removed" || report.status === "partial" ? `${STATUS_LINE[report.status]}: reclaimed **${formatBytes(total.bytes)}** in ${formatCount(total.files)} files in ${formatMs(report.totalMs)}.` : STATUS_LINE[report.status] + (report.reasons.length ? ":" : ".");
  if (matrix) parts.push(renderChecks(matrix));
  if (cache) parts.push(renderCache(cache));
  parts.push(headline);
  if (report.reasons.length) parts.push(list2(report.reasons.map((r) => cell(r))));
  if (report.jobDir) parts.push(`Job folder: ${code(report.jobDir)}`);
  if (report.folders.length) {
    const rows = report.folders.map((f) => `| ${f.variables.map((v) => code(v)).join(", ")} | ${code(f.folder)} |`);
    parts.push(["| Variable | Folder in the job folder |", "|---|---|", ...rows].join("\n"));
  }
  if (report.groups.size) {
    const rows = [...report.groups].map(
      ([name, g]) => `| ${code(name)} | ${formatCount(g.files)} | ${formatBytes(g.bytes)} | ${formatMs(g.ms)} | ${g.removed ? "\u2705 removed" : "\u26A0\uFE0F left"} |`
    );
    rows.push(`| **Total** | **${formatCount(total.files)}** | **${formatBytes(total.bytes)}** | **${formatMs(report.totalMs)}** | |`);
    parts.push(["| Folder | Files | Freed on disk | Time | Status |", "|---|--:|--:|--:|---|", ...rows].join("\n"));
  }
  if (report.failures.length || report.moreFailures) {
    const items = report.failures.map((f) => `${code(f.path)}: ${cell(f.code)}`);
    parts.push(`**Could not remove** (${formatCount(report.failures.length + report.moreFailures)}):

${list2(items, report.moreFailures)}`);
    for (const hint of failureHints(report)) parts.push(`\u{1F4A1} ${hint}.`);
  }
  if (report.rewritten) {
    const r = report.rewritten;
    const what = r.entries.length ? list2(
      r.entries.map((name) => code(name)),
      r.moreEntries
    ) : "- the job folder itself, empty";
    parts.push(`**\u26A0\uFE0F Written into the job folder again after cleanup removed it** (a process of the job still writes there):

${what}`);
  }
  if (report.leftovers?.length) {
    const items = report.leftovers.map((p) => `pid ${p.pid} ${code(p.command.slice(0, 80))}: ${leftoverTies(p)}`);
    parts.push(`**Still running from the job**, and may be writing into the job folder (stop it in a job step before the job ends):

${list2(items)}`);
  }
  if (report.skippedMounts.length) {
    parts.push(`**Mount points left in place** (never entered):

${list2(report.skippedMounts.map((m) => code(m)))}`);
  }
  if (report.warnings.length) parts.push(`**Warnings**

${list2(report.warnings.map((w) => cell(w)))}`);
  const reclaimed = janitor && renderJanitor(janitor);
  if (reclaimed) parts.push(reclaimed);
  if (disk) parts.push(renderDisk(disk));
  if (cellUpload) parts.push(renderCellUpload(cellUpload));
  if (report.groups.size || disk || cache || reclaimed) parts.push(SIZES_LEGEND);
  return parts.join("\n\n") + "\n";
}

// src/finish-job.ts
async function finishJob(decoded, paths, env, o) {
  unregisterMatchers(decoded.kind === "ok" ? decoded.state.matcherOwners : void 0, paths.matchers);
  if (decoded.kind !== "ok") return withoutState(decoded, o);
  const { state } = decoded;
  const rules = platformRules();
  const sampling = await stopDiskGuard(state, rules);
  const cache = state.cache && await saveCacheSafely(state.cache, state.jobDir, paths.cacheClient);
  const report = state.adopted ? newReport("nothing", { jobDir: state.jobDir, reasons: ["the runner's job-completed hook made the job folder and removes it after the job"] }) : await cleanUpJobDir(state, env, rules, paths.removeWorker);
  if (o.restoreVariables) restoreRedirects(state.folders, state.previous);
  if (!state.adopted) warnAboutCleanup(report, state.jobDir);
  const disk = state.adopted ? void 0 : await finishDiskGuard(state, sampling, rules);
  return { report, failOnError: state.failOnCleanupError, matrix: state.matrix, disk, cache, janitor: state.janitor };
}
function withoutState(decoded, o) {
  if (decoded.kind === "missing") {
    info(`Nothing to clean up: ${o.starter} saved no state (it did not run, or failed before creating the job folder).`);
    return { report: newReport("nothing", { reasons: [`${o.starter} created no job folder (it did not run, or failed first)`] }), failOnError: false };
  }
  warning(`Cleanup skipped, nothing was deleted: ${decoded.reason}.`);
  return { report: newReport("refused", { reasons: [decoded.reason] }), failOnError: o.failOnErrorWithoutState() };
}
async function writeSummary({ report, matrix, disk, cache, janitor, cell: cell2 }) {
  try {
    await summary.addRaw(renderSummary(report, matrix, disk, cache, janitor, cell2)).write();
  } catch (err) {
    warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}
async function saveCacheSafely(cache, jobDir, module) {
  try {
    return await (await loadCacheSteps(module)).saveCache(cache, jobDir);
  } catch (err) {
    warning(`Cache not saved: ${errorMessage(err)}`);
    return { ...cache, saved: { status: "failed", reason: errorMessage(err) } };
  }
}

// src/state.ts
var STATE_VERSION = 1;
var isString = (v) => typeof v === "string";
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
function decodeState(raw) {
  if (!raw) return { kind: "missing" };
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: "damaged", reason: "saved state is not valid JSON" };
  }
  const s = value;
  if (!s || typeof s !== "object") return { kind: "damaged", reason: "saved state is not an object" };
  if (s.version !== STATE_VERSION) return { kind: "damaged", reason: `saved state has version ${String(s.version)}, expected ${STATE_VERSION}` };
  const stringFields = ["jobDir", "root", "token", "home", "workspace"];
  for (const field of stringFields) {
    if (!isString(s[field])) return { kind: "damaged", reason: `saved state lacks ${field}` };
  }
  if (!s.jobDir || !s.root || !s.token) return { kind: "damaged", reason: "saved state has an empty jobDir, root or token" };
  if (!isNumber(s.dev) || !isNumber(s.ino) || !isNumber(s.startedAt)) return { kind: "damaged", reason: "saved state lacks the job folder identity" };
  if (typeof s.failOnCleanupError !== "boolean") return { kind: "damaged", reason: "saved state lacks failOnCleanupError" };
  const foldersOk = Array.isArray(s.folders) && s.folders.every((f) => f && isString(f.folder) && Array.isArray(f.variables) && f.variables.every(isString));
  if (!foldersOk) return { kind: "damaged", reason: "saved state has a malformed folder list" };
  const prev = s.previous;
  if (!prev || typeof prev !== "object" || !Object.values(prev).every(isString)) {
    return { kind: "damaged", reason: "saved state has malformed previous values" };
  }
  const matcherOwners2 = Array.isArray(s.matcherOwners) ? s.matcherOwners.filter(isString) : [];
  const matrix = isMatrixReport(s.matrix) ? s.matrix : void 0;
  const disk = isDiskState(s.disk) ? s.disk : void 0;
  const sampler = isSamplerHandle(s.sampler) ? s.sampler : void 0;
  const cache = isCacheState(s.cache) ? s.cache : void 0;
  const owner = isJobOwner(s.owner) ? s.owner : void 0;
  const janitor = isJanitorReport(s.janitor) ? s.janitor : void 0;
  const c = s.cells;
  const cells = c && typeof c.upload === "boolean" && isString(c.label) ? { upload: c.upload, label: c.label } : void 0;
  return {
    kind: "ok",
    state: { ...s, matcherOwners: matcherOwners2, matrix, disk, sampler, cache, owner, janitor, cells, adopted: s.adopted === true ? true : void 0 }
  };
}
function isJanitorReport(value) {
  const j = value;
  return !!j && typeof j === "object" && isString(j.root) && isNumber(j.running) && isNumber(j.unjudged) && isNumber(j.ms) && Array.isArray(j.reaped) && j.reaped.every(
    (r) => r && isString(r.name) && isString(r.reason) && isString(r.status) && isNumber(r.bytes) && isNumber(r.files) && Array.isArray(r.problems)
  );
}
function isSamplerHandle(value) {
  const s = value;
  return !!s && typeof s === "object" && isNumber(s.pid) && s.pid > 0 && isString(s.configFile) && isString(s.samplesFile) && isString(s.stopFile) && isNumber(s.intervalMs);
}
function isDiskState(value) {
  const d = value;
  if (!d || typeof d !== "object") return false;
  const isObject = (v) => !!v && typeof v === "object";
  return Array.isArray(d.filesystems) && d.filesystems.every(
    (f) => isObject(f) && isString(f.mount) && isString(f.path) && isNumber(f.dev) && isNumber(f.free) && isNumber(f.total) && Array.isArray(f.roles) && f.roles.every(isString)
  ) && Array.isArray(d.verdicts) && d.verdicts.every(
    (v) => isObject(v) && isString(v.mount) && isString(v.status) && (v.threshold === void 0 || isString(v.threshold)) && (v.needed === void 0 || isNumber(v.needed))
  ) && Array.isArray(d.cacheRoots) && d.cacheRoots.every(isString) && Array.isArray(d.cacheBefore) && d.cacheBefore.every((e) => isObject(e) && isString(e.path) && isNumber(e.bytes)) && (d.cacheCut === void 0 || Array.isArray(d.cacheCut) && d.cacheCut.every(isString)) && (d.consumers === void 0 || Array.isArray(d.consumers) && d.consumers.every((c) => isObject(c) && isString(c.path) && isNumber(c.bytes) && isString(c.label))) && (d.rootChoice === void 0 || isObject(d.rootChoice) && isString(d.rootChoice.path) && isString(d.rootChoice.reason)) && typeof d.xdgRedirected === "boolean" && (d.modCache === void 0 || isObject(d.modCache) && isString(d.modCache.path) && isString(d.modCache.source) && (d.modCache.before === void 0 || isObject(d.modCache.before) && isString(d.modCache.before.path) && isNumber(d.modCache.before.bytes))) && isString(d.reportPath) && Array.isArray(d.problems) && d.problems.every(isString);
}
function isMatrixReport(value) {
  const m = value;
  return !!m && typeof m === "object" && isString(m.cell) && Array.isArray(m.checks) && m.checks.every((c) => c && isString(c.title) && isString(c.status) && isString(c.expected) && isString(c.found)) && !!m.outputs && typeof m.outputs === "object";
}
function isCacheState(value) {
  const c = value;
  if (!c || typeof c !== "object" || !isString(c.save) || !c.restore || typeof c.restore !== "object") return false;
  const r = c.restore;
  const foldersOk = Array.isArray(c.folders) && c.folders.every((f) => f && isString(f.path) && isString(f.folder) && /^[a-z0-9-]+$/.test(f.folder));
  const keysOk = c.keys === void 0 || isString(c.keys.key) && isString(c.keys.saveKey) && Array.isArray(c.keys.restoreKeys) && c.keys.restoreKeys.every(isString);
  return foldersOk && keysOk && isString(r.status) && isNumber(r.startedAt) && isNumber(r.goCacheEntries) && isNumber(r.modCacheFiles) && isNumber(r.bytes);
}

// src/run-post.ts
async function run(options = {}) {
  if (getInput(INPUT.mode).trim().toLowerCase() === "report") return;
  const paths = options.paths ?? bundlePaths();
  const decoded = decodeState(getState(STATE_KEY));
  let outcome2;
  try {
    outcome2 = await finishJob(decoded, paths, process.env, {
      failOnErrorWithoutState: failOnErrorFromInput,
      restoreVariables: true,
      starter: "main"
    });
  } catch (err) {
    warning(`Cleanup stopped by an unexpected error: ${errorMessage(err)}`);
    const report = newReport("partial", { warnings: [`cleanup stopped by an unexpected error: ${errorMessage(err)}`] });
    outcome2 = { report, failOnError: failOnErrorFromInput() };
  }
  if (decoded.kind === "ok") outcome2.cell = await uploadCell(decoded.state, outcome2, paths);
  await writeSummary(outcome2);
  if (cleanupIncomplete(outcome2.report) && outcome2.failOnError) {
    setFailed("Cleanup did not complete and fail-on-cleanup-error is true (see the warnings above).");
  }
}
async function uploadCell(state, outcome2, paths) {
  try {
    const report = buildCellReport({
      label: state.cells?.label ?? "",
      env: process.env,
      matrix: outcome2.matrix,
      disk: outcome2.disk,
      cleanup: outcome2.report,
      finishedAt: /* @__PURE__ */ new Date()
    });
    return await uploadCellReport(state.cells, report, process.env, paths.artifactClient);
  } catch (err) {
    warning(`Cell report not uploaded: ${errorMessage(err)}`);
    return void 0;
  }
}
function failOnErrorFromInput() {
  try {
    return readFailOnCleanupError((name) => getInput(name));
  } catch {
    return false;
  }
}

// src/post.ts
await run();
