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
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";
import * as path from "path";

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
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
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
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
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
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path.delimiter}${process.env["PATH"]}`;
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
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
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
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}

// src/run-main.ts
import os5 from "node:os";

// src/errors.ts
var InputError = class extends Error {
  constructor(input, value, accepted) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`);
    this.name = "InputError";
  }
};
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}

// src/redirect/plan.ts
var DEFAULT_VARIABLES = ["XDG_CACHE_HOME", "TMPDIR", "TMP", "TEMP", "GOCACHE", "GOTMPDIR"];
var KNOWN_FOLDERS = {
  XDG_CACHE_HOME: "cache",
  TMPDIR: "tmp",
  TMP: "tmp",
  TEMP: "tmp",
  GOCACHE: "go-build",
  GOTMPDIR: "go-tmp",
  GOMODCACHE: "go-mod",
  GOPATH: "gopath",
  CCACHE_DIR: "ccache",
  XDG_DATA_HOME: "data",
  XDG_STATE_HOME: "state",
  XDG_CONFIG_HOME: "config",
  XDG_RUNTIME_DIR: "runtime"
};
var FORBIDDEN_NAMES = ["PATH", "GOROOT", "HOME", "USERPROFILE", "HOMEDRIVE", "HOMEPATH", "PWD", "SHELL", "PATHEXT", "SYSTEMROOT", "COMSPEC"];
var FORBIDDEN_PREFIXES = ["GITHUB_", "RUNNER_", "INPUT_", "STATE_", "ACTIONS_"];
var NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
var ACCEPTED = `a list (commas or new lines) of variable names to redirect in addition to the defaults (${DEFAULT_VARIABLES.join(", ")}), '-NAME' to leave one out, 'none' to start from an empty list`;
function parseRedirectList(raw, os6 = "linux") {
  const tokens = raw.split(/[,\n]/).map((t) => t.trim()).filter(Boolean);
  const added = [];
  const removed = [];
  const removalTokens = /* @__PURE__ */ new Map();
  let startEmpty = false;
  for (const token of tokens) {
    if (token.toLowerCase() === "none") {
      startEmpty = true;
      continue;
    }
    const removal = token.startsWith("-");
    const given = removal ? token.slice(1).trim() : token;
    const name = os6 === "win32" ? given.toUpperCase() : given;
    if (!NAME_PATTERN.test(name)) {
      throw new InputError("redirect", token, `'${given}' is not a variable name; expected ${ACCEPTED}`);
    }
    const upper = name.toUpperCase();
    if (FORBIDDEN_NAMES.includes(upper) || FORBIDDEN_PREFIXES.some((p) => upper.startsWith(p))) {
      throw new InputError("redirect", token, `${name} belongs to the runner or the shell and cannot be redirected; expected ${ACCEPTED}`);
    }
    (removal ? removed : added).push(name);
    if (removal) removalTokens.set(name, token);
  }
  const chosen = [...startEmpty ? [] : DEFAULT_VARIABLES, ...added];
  for (const name of removed) {
    if (!chosen.includes(name)) {
      throw new InputError(
        "redirect",
        removalTokens.get(name) ?? `-${name}`,
        `${name} is not redirected, so it cannot be left out (redirected: ${chosen.join(", ") || "nothing"}); expected ${ACCEPTED}`
      );
    }
  }
  return [...new Set(chosen.filter((n) => !removed.includes(n)))];
}
function folderFor(variable) {
  return KNOWN_FOLDERS[variable] ?? variable.toLowerCase().replace(/_/g, "-");
}
function planRedirects(variables, rules) {
  const byFolder = /* @__PURE__ */ new Map();
  const tempFolder = folderFor("TMPDIR");
  for (const variable of variables) {
    const key = rules.os === "win32" ? variable.toUpperCase() : variable;
    const wanted = folderFor(key);
    const shares = wanted === tempFolder && KNOWN_FOLDERS[key] === tempFolder;
    let folder = wanted;
    for (let n = 2; byFolder.has(folder) && !(shares && folder === tempFolder); n++) folder = `${wanted}-${n}`;
    byFolder.set(folder, [...byFolder.get(folder) ?? [], variable]);
  }
  return [...byFolder].map(([folder, vars]) => ({ folder, variables: vars }));
}
function outputNameFor(variable) {
  return variable.toLowerCase().replace(/_/g, "-");
}

// src/inputs.ts
var TRUE_WORDS = ["true", "True", "TRUE"];
var FALSE_WORDS = ["false", "False", "FALSE"];
function parseBoolean(name, raw, fallback) {
  const value = raw.trim();
  if (value === "") return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new InputError(name, raw, "expected true or false");
}
function parseRoot(raw, rules) {
  const value = raw.trim();
  if (value === "") return "";
  if (!rules.path.isAbsolute(value)) {
    throw new InputError("root", raw, "expected an absolute folder path, or empty for the runner temp folder (RUNNER_TEMP)");
  }
  return rules.path.normalize(value);
}
function readInputs(read, rules) {
  return {
    root: parseRoot(read("root"), rules),
    redirect: parseRedirectList(read("redirect"), rules.os),
    failOnCleanupError: parseBoolean("fail-on-cleanup-error", read("fail-on-cleanup-error"), false)
  };
}

// src/platform.ts
import path2 from "node:path";
function platformRules(platform2 = process.platform) {
  if (platform2 === "win32") {
    return { os: "win32", path: path2.win32, caseInsensitive: true, homeVars: ["USERPROFILE", "HOME"] };
  }
  const os6 = platform2 === "darwin" ? "darwin" : "linux";
  return { os: os6, path: path2.posix, caseInsensitive: os6 === "darwin", homeVars: ["HOME"] };
}

// src/redirect/job-dir.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import fs3 from "node:fs/promises";
var MARKER_NAME = ".go-ci-guard";
var JOB_DIR_PREFIX = "go-ci-guard-";
function chooseRoot(inputRoot, runnerTemp) {
  if (inputRoot) return inputRoot;
  if (runnerTemp) return runnerTemp;
  throw new Error("Input 'root' is empty and RUNNER_TEMP is not set: set 'root' to an absolute folder the job can write to");
}
function jobDirPrefix(env) {
  const clean = (s) => (s ?? "").replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 40);
  const parts = [clean(env.GITHUB_RUN_ID) || "local", clean(env.GITHUB_RUN_ATTEMPT), clean(env.GITHUB_JOB)].filter(Boolean);
  return `${JOB_DIR_PREFIX}${parts.join("-")}-`;
}
async function createJobDir(root, env, rules) {
  const source = root === env.RUNNER_TEMP ? "RUNNER_TEMP" : "input 'root'";
  try {
    await fs3.mkdir(root, { recursive: true });
  } catch (err) {
    throw new Error(`Cannot create the root folder ${root} (from ${source}): ${errorMessage(err)}`);
  }
  const realRoot = await fs3.realpath(root);
  if (!(await fs3.stat(realRoot)).isDirectory()) throw new Error(`The root ${root} (from ${source}) is not a folder`);
  let jobDir;
  try {
    jobDir = await fs3.mkdtemp(rules.path.join(realRoot, jobDirPrefix(env)));
  } catch (err) {
    throw new Error(`Cannot create the job folder in ${realRoot} (from ${source}): ${errorMessage(err)}`);
  }
  const token = randomUUID2();
  const marker = { token, pid: process.pid, createdAt: (/* @__PURE__ */ new Date()).toISOString() };
  try {
    await fs3.writeFile(rules.path.join(jobDir, MARKER_NAME), JSON.stringify(marker), { flag: "wx", mode: 384 });
    const st = await fs3.lstat(jobDir);
    return { root: realRoot, jobDir, token, dev: st.dev, ino: st.ino };
  } catch (err) {
    await fs3.rm(jobDir, { recursive: true, force: true }).catch(() => void 0);
    throw new Error(`Cannot prepare the job folder ${jobDir}: ${errorMessage(err)}`);
  }
}

// src/redirect/apply.ts
import fs4 from "node:fs/promises";
async function applyRedirects(jobDir, folders, rules) {
  const previous = {};
  for (const { folder, variables } of folders) {
    const dir = rules.path.join(jobDir, folder);
    await fs4.mkdir(dir, { recursive: true });
    for (const variable of variables) {
      const before = process.env[variable];
      if (before !== void 0) previous[variable] = before;
      exportVariable(variable, dir);
      setOutput(outputNameFor(variable), dir);
      debug(`${variable}=${dir}${before === void 0 ? "" : ` (was ${before})`}`);
    }
    if (variables.includes("GOPATH")) addPath(rules.path.join(dir, "bin"));
  }
  return previous;
}

// src/state.ts
var STATE_KEY = "guard";
var STATE_VERSION = 1;
function encodeState(state) {
  return JSON.stringify(state);
}

// src/run-main.ts
async function run() {
  try {
    const rules = platformRules();
    const inputs = readInputs((name) => getInput(name), rules);
    const root = chooseRoot(inputs.root, process.env.RUNNER_TEMP);
    const folders = planRedirects(inputs.redirect, rules);
    const created = await createJobDir(root, process.env, rules);
    const state = {
      version: STATE_VERSION,
      ...created,
      home: os5.homedir(),
      workspace: process.env.GITHUB_WORKSPACE ?? "",
      platform: process.platform,
      folders,
      previous: {},
      failOnCleanupError: inputs.failOnCleanupError,
      startedAt: Date.now()
    };
    saveState(STATE_KEY, encodeState(state));
    setOutput("job-dir", created.jobDir);
    await group("Redirecting caches and temp folders", async () => {
      state.previous = await applyRedirects(created.jobDir, folders, rules);
      info(`Job folder: ${created.jobDir}`);
      for (const { folder, variables } of folders) info(`  ${variables.join(", ")} \u2192 ${folder}/`);
    });
    saveState(STATE_KEY, encodeState(state));
  } catch (err) {
    setFailed(errorMessage(err));
  }
}

// src/main.ts
await run();
