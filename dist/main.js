import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug2 = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug2;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug2 = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe2 = makeSafeRegex(value);
      const index = R++;
      debug2(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe2;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe2, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug2 = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug2("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug2("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug2("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug2("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug2("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug2("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug2("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug2 = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug2("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug2("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug2("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug2("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug2("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug2("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug2 = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug2("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug2("caret", comp);
      comp = replaceTildes(comp, options);
      debug2("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug2("xrange", comp);
      comp = replaceStars(comp, options);
      debug2("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug2("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug2("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug2("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug2("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug2("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug2("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug2("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug2("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug2("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug2("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug2("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug2("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug2("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug2(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/ranges/valid.js
var require_valid = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange2 = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange2;
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies3 = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies3;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce2 = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce2;
  }
});

// node_modules/detect-libc/lib/process.js
var require_process = __commonJS({
  "node_modules/detect-libc/lib/process.js"(exports, module) {
    "use strict";
    var isLinux = () => process.platform === "linux";
    var report = null;
    var getReport = () => {
      if (!report) {
        if (isLinux() && process.report) {
          const orig = process.report.excludeNetwork;
          process.report.excludeNetwork = true;
          report = process.report.getReport();
          process.report.excludeNetwork = orig;
        } else {
          report = {};
        }
      }
      return report;
    };
    module.exports = { isLinux, getReport };
  }
});

// node_modules/detect-libc/lib/filesystem.js
var require_filesystem = __commonJS({
  "node_modules/detect-libc/lib/filesystem.js"(exports, module) {
    "use strict";
    var fs23 = __require("fs");
    var LDD_PATH = "/usr/bin/ldd";
    var SELF_PATH = "/proc/self/exe";
    var MAX_LENGTH = 2048;
    var readFileSync = (path13) => {
      const fd = fs23.openSync(path13, "r");
      const buffer = Buffer.alloc(MAX_LENGTH);
      const bytesRead = fs23.readSync(fd, buffer, 0, MAX_LENGTH, 0);
      fs23.close(fd, () => {
      });
      return buffer.subarray(0, bytesRead);
    };
    var readFile = (path13) => new Promise((resolve, reject) => {
      fs23.open(path13, "r", (err, fd) => {
        if (err) {
          reject(err);
        } else {
          const buffer = Buffer.alloc(MAX_LENGTH);
          fs23.read(fd, buffer, 0, MAX_LENGTH, 0, (_, bytesRead) => {
            resolve(buffer.subarray(0, bytesRead));
            fs23.close(fd, () => {
            });
          });
        }
      });
    });
    module.exports = {
      LDD_PATH,
      SELF_PATH,
      readFileSync,
      readFile
    };
  }
});

// node_modules/detect-libc/lib/elf.js
var require_elf = __commonJS({
  "node_modules/detect-libc/lib/elf.js"(exports, module) {
    "use strict";
    var interpreterPath = (elf) => {
      if (elf.length < 64) {
        return null;
      }
      if (elf.readUInt32BE(0) !== 2135247942) {
        return null;
      }
      if (elf.readUInt8(4) !== 2) {
        return null;
      }
      if (elf.readUInt8(5) !== 1) {
        return null;
      }
      const offset = elf.readUInt32LE(32);
      const size = elf.readUInt16LE(54);
      const count = elf.readUInt16LE(56);
      for (let i = 0; i < count; i++) {
        const headerOffset = offset + i * size;
        const type = elf.readUInt32LE(headerOffset);
        if (type === 3) {
          const fileOffset = elf.readUInt32LE(headerOffset + 8);
          const fileSize = elf.readUInt32LE(headerOffset + 32);
          return elf.subarray(fileOffset, fileOffset + fileSize).toString().replace(/\0.*$/g, "");
        }
      }
      return null;
    };
    module.exports = {
      interpreterPath
    };
  }
});

// node_modules/detect-libc/lib/detect-libc.js
var require_detect_libc = __commonJS({
  "node_modules/detect-libc/lib/detect-libc.js"(exports, module) {
    "use strict";
    var childProcess = __require("child_process");
    var { isLinux, getReport } = require_process();
    var { LDD_PATH, SELF_PATH, readFile, readFileSync } = require_filesystem();
    var { interpreterPath } = require_elf();
    var cachedFamilyInterpreter;
    var cachedFamilyFilesystem;
    var cachedVersionFilesystem;
    var command = "getconf GNU_LIBC_VERSION 2>&1 || true; ldd --version 2>&1 || true";
    var commandOut = "";
    var safeCommand = () => {
      if (!commandOut) {
        return new Promise((resolve) => {
          childProcess.exec(command, (err, out) => {
            commandOut = err ? " " : out;
            resolve(commandOut);
          });
        });
      }
      return commandOut;
    };
    var safeCommandSync = () => {
      if (!commandOut) {
        try {
          commandOut = childProcess.execSync(command, { encoding: "utf8" });
        } catch (_err) {
          commandOut = " ";
        }
      }
      return commandOut;
    };
    var GLIBC = "glibc";
    var RE_GLIBC_VERSION = /LIBC[a-z0-9 \-).]*?(\d+\.\d+)/i;
    var MUSL = "musl";
    var isFileMusl = (f) => f.includes("libc.musl-") || f.includes("ld-musl-");
    var familyFromReport = () => {
      const report = getReport();
      if (report.header && report.header.glibcVersionRuntime) {
        return GLIBC;
      }
      if (Array.isArray(report.sharedObjects)) {
        if (report.sharedObjects.some(isFileMusl)) {
          return MUSL;
        }
      }
      return null;
    };
    var familyFromCommand = (out) => {
      const [getconf, ldd1] = out.split(/[\r\n]+/);
      if (getconf && getconf.includes(GLIBC)) {
        return GLIBC;
      }
      if (ldd1 && ldd1.includes(MUSL)) {
        return MUSL;
      }
      return null;
    };
    var familyFromInterpreterPath = (path13) => {
      if (path13) {
        if (path13.includes("/ld-musl-")) {
          return MUSL;
        } else if (path13.includes("/ld-linux-")) {
          return GLIBC;
        }
      }
      return null;
    };
    var getFamilyFromLddContent = (content) => {
      content = content.toString();
      if (content.includes("musl")) {
        return MUSL;
      }
      if (content.includes("GNU C Library")) {
        return GLIBC;
      }
      return null;
    };
    var familyFromFilesystem = async () => {
      if (cachedFamilyFilesystem !== void 0) {
        return cachedFamilyFilesystem;
      }
      cachedFamilyFilesystem = null;
      try {
        const lddContent = await readFile(LDD_PATH);
        cachedFamilyFilesystem = getFamilyFromLddContent(lddContent);
      } catch (e) {
      }
      return cachedFamilyFilesystem;
    };
    var familyFromFilesystemSync = () => {
      if (cachedFamilyFilesystem !== void 0) {
        return cachedFamilyFilesystem;
      }
      cachedFamilyFilesystem = null;
      try {
        const lddContent = readFileSync(LDD_PATH);
        cachedFamilyFilesystem = getFamilyFromLddContent(lddContent);
      } catch (e) {
      }
      return cachedFamilyFilesystem;
    };
    var familyFromInterpreter = async () => {
      if (cachedFamilyInterpreter !== void 0) {
        return cachedFamilyInterpreter;
      }
      cachedFamilyInterpreter = null;
      try {
        const selfContent = await readFile(SELF_PATH);
        const path13 = interpreterPath(selfContent);
        cachedFamilyInterpreter = familyFromInterpreterPath(path13);
      } catch (e) {
      }
      return cachedFamilyInterpreter;
    };
    var familyFromInterpreterSync = () => {
      if (cachedFamilyInterpreter !== void 0) {
        return cachedFamilyInterpreter;
      }
      cachedFamilyInterpreter = null;
      try {
        const selfContent = readFileSync(SELF_PATH);
        const path13 = interpreterPath(selfContent);
        cachedFamilyInterpreter = familyFromInterpreterPath(path13);
      } catch (e) {
      }
      return cachedFamilyInterpreter;
    };
    var family = async () => {
      let family2 = null;
      if (isLinux()) {
        family2 = await familyFromInterpreter();
        if (!family2) {
          family2 = await familyFromFilesystem();
          if (!family2) {
            family2 = familyFromReport();
          }
          if (!family2) {
            const out = await safeCommand();
            family2 = familyFromCommand(out);
          }
        }
      }
      return family2;
    };
    var familySync = () => {
      let family2 = null;
      if (isLinux()) {
        family2 = familyFromInterpreterSync();
        if (!family2) {
          family2 = familyFromFilesystemSync();
          if (!family2) {
            family2 = familyFromReport();
          }
          if (!family2) {
            const out = safeCommandSync();
            family2 = familyFromCommand(out);
          }
        }
      }
      return family2;
    };
    var isNonGlibcLinux = async () => isLinux() && await family() !== GLIBC;
    var isNonGlibcLinuxSync = () => isLinux() && familySync() !== GLIBC;
    var versionFromFilesystem = async () => {
      if (cachedVersionFilesystem !== void 0) {
        return cachedVersionFilesystem;
      }
      cachedVersionFilesystem = null;
      try {
        const lddContent = await readFile(LDD_PATH);
        const versionMatch = lddContent.match(RE_GLIBC_VERSION);
        if (versionMatch) {
          cachedVersionFilesystem = versionMatch[1];
        }
      } catch (e) {
      }
      return cachedVersionFilesystem;
    };
    var versionFromFilesystemSync = () => {
      if (cachedVersionFilesystem !== void 0) {
        return cachedVersionFilesystem;
      }
      cachedVersionFilesystem = null;
      try {
        const lddContent = readFileSync(LDD_PATH);
        const versionMatch = lddContent.match(RE_GLIBC_VERSION);
        if (versionMatch) {
          cachedVersionFilesystem = versionMatch[1];
        }
      } catch (e) {
      }
      return cachedVersionFilesystem;
    };
    var versionFromReport = () => {
      const report = getReport();
      if (report.header && report.header.glibcVersionRuntime) {
        return report.header.glibcVersionRuntime;
      }
      return null;
    };
    var versionSuffix = (s) => s.trim().split(/\s+/)[1];
    var versionFromCommand = (out) => {
      const [getconf, ldd1, ldd2] = out.split(/[\r\n]+/);
      if (getconf && getconf.includes(GLIBC)) {
        return versionSuffix(getconf);
      }
      if (ldd1 && ldd2 && ldd1.includes(MUSL)) {
        return versionSuffix(ldd2);
      }
      return null;
    };
    var version = async () => {
      let version2 = null;
      if (isLinux()) {
        version2 = await versionFromFilesystem();
        if (!version2) {
          version2 = versionFromReport();
        }
        if (!version2) {
          const out = await safeCommand();
          version2 = versionFromCommand(out);
        }
      }
      return version2;
    };
    var versionSync = () => {
      let version2 = null;
      if (isLinux()) {
        version2 = versionFromFilesystemSync();
        if (!version2) {
          version2 = versionFromReport();
        }
        if (!version2) {
          const out = safeCommandSync();
          version2 = versionFromCommand(out);
        }
      }
      return version2;
    };
    module.exports = {
      GLIBC,
      MUSL,
      family,
      familySync,
      isNonGlibcLinux,
      isNonGlibcLinuxSync,
      version,
      versionSync
    };
  }
});

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
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell2) => {
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
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}

// src/run-main.ts
import fs22 from "node:fs";

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
var OUTPUT = {
  jobDir: "job-dir",
  report: "report",
  cacheHit: "cache-hit",
  cacheKey: "cache-key",
  cacheMatchedKey: "cache-matched-key",
  cacheRestoredSize: "cache-restored-size",
  cellsJson: "cells-json",
  cellsCsv: "cells-csv"
};
var TOOLCHAIN_OUTPUTS = ["go-version", "cgo-enabled", "cc", "cc-version", "cc-target", "libc", "libc-version", "toolchain-fingerprint"];
var STATE_KEY = "guard";
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
var CELL_ARTIFACT_PREFIX = "go-ci-guard-cell-";
var REPORT_SUFFIX = ".report.json";
var SCRATCH_FOLDER = "go-ci-guard";
var JOB_DIR_VAR = "GO_CI_GUARD_JOB_DIR";

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
function readFailOnCleanupError(read2) {
  return parseBoolean(INPUT.failOnCleanupError, read2(INPUT.failOnCleanupError), false);
}

// src/cells/settings.ts
function parseCellSettings(read2) {
  const label = read2(INPUT.cell).trim();
  return { upload: parseBoolean(INPUT.cellReport, read2(INPUT.cellReport), true), label };
}

// src/disk/thresholds.ts
var UNITS = {
  b: 1,
  k: 1024,
  kib: 1024,
  kb: 1e3,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1e6,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1e9,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1e12
};
var SIZE_ACCEPTED = "a size with a unit (500MB, 10GiB, 1.5G: KB/MB/GB/TB are powers of 1000, KiB/MiB/GiB/TiB and K/M/G/T powers of 1024), a percentage of the filesystem (5%), or empty or 0 for no threshold";
function parseThreshold(input, raw) {
  const value = raw.trim();
  if (value === "" || value === "0" || value.toLowerCase() === "off") return void 0;
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (percent) {
    const p = Number(percent[1]);
    if (p > 0 && p < 100) return { raw: value, percent: p };
    throw new InputError(input, raw, `a percentage must lie between 0 and 100; expected ${SIZE_ACCEPTED}`);
  }
  const size = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(value);
  const factor = size && UNITS[size[2].toLowerCase()];
  if (!size || !factor) {
    const hint = /^\d+(\.\d+)?$/.test(value) ? "a number needs a unit; " : "";
    throw new InputError(input, raw, `${hint}expected ${SIZE_ACCEPTED}`);
  }
  const bytes = Math.round(Number(size[1]) * factor);
  if (!Number.isSafeInteger(bytes)) throw new InputError(input, raw, `the size is too large; expected ${SIZE_ACCEPTED}`);
  return { raw: value, bytes };
}
var DEFAULT_WARN_FREE = { raw: "1GiB", bytes: 1024 ** 3 };
function defaultWarnFree(minFree) {
  return minFree && "bytes" in minFree && minFree.bytes >= DEFAULT_WARN_FREE.bytes ? void 0 : DEFAULT_WARN_FREE;
}
function requiredBytes(threshold, total) {
  return "bytes" in threshold ? threshold.bytes : Math.ceil(total * threshold.percent / 100);
}
function checkThresholdOrder(minFree, warnFree) {
  if (!minFree || !warnFree) return;
  const both = (k) => k in minFree && k in warnFree;
  const min = "bytes" in minFree ? minFree.bytes : minFree.percent;
  const warn = "bytes" in warnFree ? warnFree.bytes : warnFree.percent;
  if ((both("bytes") || both("percent")) && min > warn) {
    throw new InputError(INPUT.minFree, minFree.raw, `it is more than warn-free (${warnFree.raw}); expected at most warn-free, or raise warn-free`);
  }
}
var DEFAULT_SAMPLE_INTERVAL_S = 5;
var MIN_INTERVAL_S = 0.1;
var MAX_INTERVAL_S = 3600;
function parseSampleInterval(raw) {
  const value = raw.trim();
  if (value === "") return DEFAULT_SAMPLE_INTERVAL_S * 1e3;
  const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (seconds === 0) return 0;
  if (!(seconds >= MIN_INTERVAL_S && seconds <= MAX_INTERVAL_S)) {
    throw new InputError(
      INPUT.sampleInterval,
      raw,
      `expected seconds between ${MIN_INTERVAL_S} and ${MAX_INTERVAL_S} (default ${DEFAULT_SAMPLE_INTERVAL_S}), or 0 to record nothing during the job`
    );
  }
  return Math.round(seconds * 1e3);
}
function judgeSpace(filesystems, minFree, warnFree) {
  return filesystems.map((filesystem) => {
    for (const [status, threshold] of [
      ["fail", minFree],
      ["warn", warnFree]
    ]) {
      if (!threshold) continue;
      const needed = requiredBytes(threshold, filesystem.total);
      if (filesystem.free < needed) return { filesystem, status, needed, threshold };
    }
    return { filesystem, status: "ok" };
  });
}

// src/matrix/expectations.ts
var import_valid = __toESM(require_valid(), 1);
var GO_VERSION_ACCEPTED = 'expected a Go version or semver range such as 1.22, 1.22.x, ">=1.21 <1.23" or "^1.21", or empty for any';
function parseGoVersionRange(raw) {
  const value = raw.trim();
  if (value === "") return void 0;
  const range = value.replace(/\bgo(?=\d)/g, "");
  if ((0, import_valid.default)(range) === null) throw new InputError(INPUT.goVersion, raw, GO_VERSION_ACCEPTED);
  return { raw: value, range };
}
function parseCgo(raw) {
  const value = raw.trim().toLowerCase();
  if (value === "") return "auto";
  if (value === "true" || value === "false" || value === "auto") return value;
  throw new InputError(INPUT.cgo, raw, "expected true (CGO_ENABLED must be 1), false (must be 0) or auto (report only)");
}
var LIBC_ACCEPTED = 'expected glibc, musl or any, optionally followed by a version range (glibc>=2.31, "musl >=1.2 <1.3")';
function parseLibc(raw) {
  const value = raw.trim();
  if (value === "") return { family: "any" };
  const match = /^(glibc|musl|any)(?![A-Za-z_-])\s*(.*)$/i.exec(value);
  if (!match) throw new InputError(INPUT.libc, raw, LIBC_ACCEPTED);
  const family = match[1].toLowerCase();
  const range = match[2].trim();
  if (range === "") return { family };
  if (family === "any") throw new InputError(INPUT.libc, raw, `${LIBC_ACCEPTED}; a version range needs a family`);
  if ((0, import_valid.default)(range) === null) throw new InputError(INPUT.libc, raw, LIBC_ACCEPTED);
  return { family, range };
}
var PKG_ACCEPTED = 'expected pkg-config module names separated by commas or newlines, each optionally with a version constraint (sqlite3>=3.40, zlib, "openssl >= 3")';
var PKG_ENTRY = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*)\s*(?:(>=|<=|!=|==|=|<|>)\s*([0-9A-Za-z][0-9A-Za-z.+~_-]*))?$/;
function parsePkgConfigList(raw) {
  const requirements = [];
  for (const entry of raw.split(/[,\n]/).map((e) => e.trim()).filter(Boolean)) {
    const match = PKG_ENTRY.exec(entry);
    if (!match) throw new InputError(INPUT.pkgConfig, raw, `${PKG_ACCEPTED}; cannot read "${entry}"`);
    const [, module, op, version] = match;
    if (requirements.some((r) => r.module === module)) {
      throw new InputError(INPUT.pkgConfig, raw, `${PKG_ACCEPTED}; "${module}" is listed twice`);
    }
    requirements.push(op ? { module, op: op === "==" ? "=" : op, version } : { module });
  }
  return requirements;
}
var PACKAGES_ACCEPTED = "expected Go package patterns separated by commas, spaces or newlines (./..., ./cmd/app, example.com/mod/...), or empty for none";
function parseCgoPackages(raw) {
  const patterns = raw.split(/[\s,]+/).filter(Boolean);
  for (const p of patterns) {
    if (p.startsWith("-") || !/^[\w.@~+/:-]+$/.test(p)) throw new InputError(INPUT.cgoPackages, raw, `${PACKAGES_ACCEPTED}; cannot read "${p}"`);
  }
  return [...new Set(patterns)];
}
function parseOnMismatch(raw) {
  const value = raw.trim().toLowerCase();
  if (value === "") return "fail";
  if (value === "fail" || value === "warn") return value;
  throw new InputError(INPUT.onMismatch, raw, "expected fail (a mismatch fails main) or warn (it becomes a warning)");
}
function describeCell(cell2) {
  const parts = [];
  if (cell2.goVersion) parts.push(`go ${cell2.goVersion.raw}`);
  if (cell2.cgo !== "auto") parts.push(`cgo ${cell2.cgo}`);
  if (cell2.libc.family !== "any") parts.push(`libc ${cell2.libc.family}${cell2.libc.range ? ` ${cell2.libc.range}` : ""}`);
  if (cell2.pkgConfig.length) parts.push(`pkg-config ${cell2.pkgConfig.map(formatRequirement).join(", ")}`);
  return parts.length ? `[${parts.join("; ")}]` : "[no expectations]";
}
function formatRequirement(r) {
  return r.op ? `${r.module} ${r.op} ${r.version}` : r.module;
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
  const os8 = platform2 === "darwin" ? "darwin" : "linux";
  return {
    os: os8,
    path: path2.posix,
    caseInsensitive: os8 === "darwin",
    envNamesCaseInsensitive: false,
    homeVars: ["HOME"],
    homeLabel: "HOME",
    homeCacheDirs: HOME_CACHES[os8],
    homeCacheLabel: "HOME's cache",
    toolsReadXdgCache: true,
    busyRetry: BRIEF_RETRY,
    transientCodes: TRANSIENT,
    hasUnixModes: true,
    ...os8 === "linux" && { scratchVolume: "/mnt" },
    sizeWalker: "du",
    exeSuffix: "",
    pathListSeparator: ":",
    pathVarNames: ["PATH"],
    cmdScriptExtensions: [],
    processGroups: true,
    removalHints: os8 === "darwin" ? DARWIN_REMOVAL_HINTS : LINUX_REMOVAL_HINTS,
    ...byNodePlatform
  };
}
var DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";
function executableExtensions(command, env, rules) {
  if (rules.os !== "win32") return [""];
  const pathext = (env.PATHEXT ?? DEFAULT_PATHEXT).split(";").filter(Boolean).map((e) => e.toLowerCase());
  return pathext.includes(rules.path.extname(command).toLowerCase()) ? [""] : pathext;
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
function parseRedirectList(raw, os8 = "linux") {
  const { envNamesCaseInsensitive } = platformRules(os8);
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
    const name = envNamesCaseInsensitive ? given.toUpperCase() : given;
    if (!NAME_PATTERN.test(name)) {
      throw new InputError(INPUT.redirect, token, `'${given}' is not a variable name; expected ${ACCEPTED}`);
    }
    const upper = name.toUpperCase();
    if (FORBIDDEN_NAMES.includes(upper) || FORBIDDEN_PREFIXES.some((p) => upper.startsWith(p))) {
      throw new InputError(INPUT.redirect, token, `${name} belongs to the runner or the shell and cannot be redirected; expected ${ACCEPTED}`);
    }
    (removal ? removed : added).push(name);
    if (removal) removalTokens.set(name, token);
  }
  const chosen = [...startEmpty ? [] : DEFAULT_VARIABLES, ...added];
  for (const name of removed) {
    if (!chosen.includes(name)) {
      throw new InputError(
        INPUT.redirect,
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
    const key = rules.envNamesCaseInsensitive ? variable.toUpperCase() : variable;
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

// src/cache/settings.ts
var CACHE_PATHS = {
  gocache: { variable: "GOCACHE" },
  gomodcache: { variable: "GOMODCACHE" }
};
var SAVE_MODES = ["on-change", "always", "never"];
var PREFIX_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
var list = (raw) => raw.split(/[,\n]/).map((t) => t.trim()).filter(Boolean);
function parsePaths(raw) {
  const names2 = list(raw.toLowerCase());
  if (!names2.length) return ["gocache"];
  const known = Object.keys(CACHE_PATHS);
  const unknown = names2.filter((n) => !known.includes(n));
  if (unknown.length) throw new InputError(INPUT.cachePaths, raw, `expected a list of ${known.join(", ")} (unknown: ${unknown.join(", ")})`);
  return known.filter((n) => names2.includes(n));
}
function parseCacheSettings(read2) {
  const prefixRaw = read2(INPUT.cacheKeyPrefix);
  const keyPrefix = prefixRaw.trim() || "go-ci-guard";
  if (!PREFIX_PATTERN.test(keyPrefix)) {
    throw new InputError(INPUT.cacheKeyPrefix, prefixRaw, "expected 1 to 100 letters, digits, dots, underscores or hyphens");
  }
  const saveRaw = read2(INPUT.cacheSave);
  const save = saveRaw.trim().toLowerCase() || "on-change";
  if (!SAVE_MODES.includes(save)) throw new InputError(INPUT.cacheSave, saveRaw, `expected one of ${SAVE_MODES.join(", ")}`);
  const dependencyPaths = list(read2(INPUT.cacheDependencyPath));
  return {
    enabled: parseBoolean(INPUT.cache, read2(INPUT.cache), false),
    dependencyPaths: dependencyPaths.length ? dependencyPaths : ["**/go.sum"],
    keyPrefix,
    paths: parsePaths(read2(INPUT.cachePaths)),
    save
  };
}
function withCacheRedirects(redirect, cache) {
  if (!cache.enabled) return redirect;
  const needed = cache.paths.map((p) => CACHE_PATHS[p].variable).filter((v) => !redirect.includes(v));
  return [...redirect, ...needed];
}

// src/inputs.ts
function parseMode(raw) {
  const value = raw.trim().toLowerCase();
  if (value === "" || value === "job") return "job";
  if (value === "report") return "report";
  throw new InputError(INPUT.mode, raw, "expected job (guard this job) or report (one summary of every cell of the run, in a job that needs them)");
}
function parseRoot(raw, rules) {
  const value = raw.trim();
  if (value === "") return "";
  if (value.toLowerCase() === "auto") return "auto";
  if (!rules.path.isAbsolute(value)) {
    throw new InputError(
      INPUT.root,
      raw,
      "expected an absolute folder path, empty for the runner temp folder (RUNNER_TEMP), or 'auto' for the writable filesystem with the most free space"
    );
  }
  return rules.path.normalize(value);
}
function checkValidateAgreement(read2, cell2) {
  if (cell2.validate) return;
  const stated = [INPUT.goVersion, INPUT.cgo, INPUT.libc, INPUT.pkgConfig, INPUT.cgoProbe, INPUT.cgoPackages].filter((name) => {
    const value = read2(name).trim().toLowerCase();
    return value !== "" && value !== "auto" && value !== "any" && value !== "false";
  });
  if (stated.length) {
    throw new InputError(
      INPUT.validate,
      read2(INPUT.validate),
      `expected true while ${stated.join(", ")} ${stated.length > 1 ? "state" : "states"} what the cell expects`
    );
  }
}
function readInputs(read2, rules) {
  const inputs = parseInputs(read2, rules);
  checkValidateAgreement(read2, inputs.cell);
  checkThresholdOrder(inputs.disk.minFree, inputs.disk.warnFree);
  return inputs;
}
function parseDiskInputs(read2) {
  const minFree = parseThreshold(INPUT.minFree, read2(INPUT.minFree));
  const warnRaw = read2(INPUT.warnFree);
  return {
    minFree,
    warnFree: warnRaw.trim() === "" ? defaultWarnFree(minFree) : parseThreshold(INPUT.warnFree, warnRaw),
    sampleIntervalMs: parseSampleInterval(read2(INPUT.sampleInterval))
  };
}
function parseInputs(read2, rules) {
  const cache = parseCacheSettings(read2);
  return {
    root: parseRoot(read2(INPUT.root), rules),
    disk: parseDiskInputs(read2),
    // Caching needs GOCACHE (and GOMODCACHE) in the job folder: added where the list lacks them.
    redirect: withCacheRedirects(parseRedirectList(read2(INPUT.redirect), rules.os), cache),
    failOnCleanupError: readFailOnCleanupError(read2),
    cell: {
      validate: parseBoolean(INPUT.validate, read2(INPUT.validate), true),
      goVersion: parseGoVersionRange(read2(INPUT.goVersion)),
      cgo: parseCgo(read2(INPUT.cgo)),
      libc: parseLibc(read2(INPUT.libc)),
      pkgConfig: parsePkgConfigList(read2(INPUT.pkgConfig)),
      probe: parseBoolean(INPUT.cgoProbe, read2(INPUT.cgoProbe), false),
      cgoPackages: parseCgoPackages(read2(INPUT.cgoPackages)),
      onMismatch: parseOnMismatch(read2(INPUT.onMismatch))
    },
    problemMatcher: parseBoolean(INPUT.problemMatcher, read2(INPUT.problemMatcher), true),
    cache,
    mode: parseMode(read2(INPUT.mode)),
    cells: parseCellSettings(read2)
  };
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

// src/lib/job-dir.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import fs6 from "node:fs";
import fsp2 from "node:fs/promises";

// src/lib/job-owner.ts
import fs4 from "node:fs";
import os5 from "node:os";

// src/lib/exec.ts
import { spawn } from "node:child_process";
import fs3 from "node:fs";
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
    child.on("close", (code2, signal) => finish({ code: code2, stdout, stderr, ...signal ? { signal } : {} }));
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input ?? "");
  });
}
function isExecutableFile(p, rules) {
  try {
    if (!fs3.statSync(p).isFile()) return false;
    if (rules.hasUnixModes) fs3.accessSync(p, fs3.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function findExecutable(command, env, platform2 = process.platform, cwd = process.cwd()) {
  const rules = platformRules(platform2);
  const p = rules.path;
  const extensions = executableExtensions(command, env, rules);
  const candidates = (base) => extensions.map((ext) => base + ext);
  if (command.includes("/") || command.includes(p.sep)) {
    return candidates(p.resolve(cwd, command)).find((c) => isExecutableFile(c, rules));
  }
  const pathValue = rules.pathVarNames.map((name) => env[name]).find((value) => value !== void 0) ?? "";
  for (const dir of pathValue.split(rules.pathListSeparator)) {
    if (!dir) continue;
    const found = candidates(p.join(dir, command)).find((c) => isExecutableFile(c, rules));
    if (found) return found;
  }
  return void 0;
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
  const read2 = () => fsp.readFile("/proc/self/mountinfo", "utf8").then(parseMountInfo, () => void 0);
  if (options.fresh) return read2();
  mountInfo ??= read2();
  return mountInfo;
}

// src/lib/job-owner.ts
var RUNNER_WORKER = "Runner.Worker";
var MAX_DEPTH = 12;
function judgeOwner(owner, here, now, sharedRoot = false) {
  const unknown = (reason) => ({ verdict: "unknown", reason });
  if (!owner) return unknown("its marker names no job process");
  if (owner.host !== here.host) return unknown(`it was made on another host (${owner.host})`);
  if (!here.machine) return unknown("this machine's id cannot be read, so the folder cannot be proven made here");
  if (owner.machine !== here.machine) return unknown("it was made on another machine of the same name");
  if (owner.boot !== here.boot) {
    if (!owner.boot || !here.boot || sharedRoot) return unknown("it was made before this host last started, perhaps by another machine");
    return { verdict: "over", reason: "it was made before this host last started" };
  }
  if (owner.pidNs !== here.pidNs) return unknown("it was made in another process namespace (a container)");
  if (now === "unknown") return unknown(`whether its job's process ${owner.pid} runs cannot be read`);
  if (now === "gone") return { verdict: "over", reason: `its job's process ${owner.pid} is gone` };
  if (owner.start && now.start && owner.start !== now.start) {
    return { verdict: "over", reason: `its job's process ${owner.pid} is gone (the id is another process's now)` };
  }
  return { verdict: "running", reason: `its job's process ${owner.pid} is running` };
}
function pickOwner(chain, hook) {
  const worker = chain.find((p) => p.facts.name === RUNNER_WORKER);
  if (worker) return { ...worker, found: "runner-worker" };
  const parent = hook ? void 0 : chain[0];
  return parent && parent.pid > 1 ? { ...parent, found: "parent" } : void 0;
}
async function processFacts(pid, platform2 = process.platform) {
  const rules = platformRules(platform2);
  if (rules.hasProcFs) {
    try {
      const facts = parseProcStat(fs4.readFileSync(`/proc/${pid}/stat`, "utf8"));
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
    const code2 = err.code;
    return code2 === "ESRCH" ? "gone" : code2 === "EPERM" ? { ppid: 0, name: "" } : "unknown";
  }
}
var hostCache = /* @__PURE__ */ new Map();
function hostFacts(platform2 = process.platform) {
  let facts = hostCache.get(platform2);
  if (!facts) hostCache.set(platform2, facts = readHostFacts(platform2));
  return facts;
}
async function readHostFacts(platform2) {
  const read2 = (how) => {
    try {
      return how().trim() || void 0;
    } catch {
      return void 0;
    }
  };
  const host2 = os5.hostname();
  if (platform2 === "darwin") {
    const io = await execTool("ioreg", ["-rd1", "-c", "IOPlatformExpertDevice"], { timeoutMs: 1e4 });
    return { host: host2, machine: /"IOPlatformUUID"\s*=\s*"([^"]+)"/.exec(io.stdout)?.[1] };
  }
  if (platform2 === "win32") {
    const reg = await execTool("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid"], { timeoutMs: 1e4 });
    return { host: host2, machine: /MachineGuid\s+REG_SZ\s+(\S+)/.exec(reg.stdout)?.[1] };
  }
  if (platform2 !== "linux") return { host: host2 };
  const text = (f) => () => fs4.readFileSync(f, "utf8");
  return {
    host: host2,
    machine: read2(text("/etc/machine-id")) ?? read2(text("/var/lib/dbus/machine-id")),
    boot: read2(text("/proc/sys/kernel/random/boot_id")),
    pidNs: read2(() => fs4.readlinkSync("/proc/self/ns/pid"))
  };
}
async function findJobOwner(options, platform2 = process.platform) {
  const here = await hostFacts(platform2);
  const chain = [];
  const readable = platformRules(platform2).readsProcessTable;
  for (let pid = process.ppid; readable && pid > 1 && chain.length < MAX_DEPTH; ) {
    const facts = await processFacts(pid, platform2);
    if (typeof facts === "string") break;
    chain.push({ pid, facts });
    if (facts.name === RUNNER_WORKER) break;
    pid = facts.ppid;
  }
  const picked = pickOwner(chain, options.hook);
  if (picked) return { pid: picked.pid, start: picked.facts.start, ...here, found: picked.found };
  if (options.hook || readable || process.ppid <= 1) return void 0;
  return { pid: process.ppid, ...here, found: "parent" };
}
async function judgeOwnerNow(owner, sharedRoot = false, platform2 = process.platform) {
  return judgeOwner(owner, await hostFacts(platform2), owner ? await processFacts(owner.pid, platform2) : "unknown", sharedRoot);
}
function isJobOwner(value) {
  const o = value;
  const optionalString = (v) => v === void 0 || typeof v === "string";
  return !!o && typeof o === "object" && typeof o.pid === "number" && Number.isInteger(o.pid) && o.pid > 1 && typeof o.host === "string" && optionalString(o.start) && optionalString(o.machine) && optionalString(o.boot) && optionalString(o.pidNs) && (o.found === "runner-worker" || o.found === "parent" || o.found === "self");
}
function sameOwner(a, b) {
  return a.pid === b.pid && a.start === b.start && a.machine === b.machine && a.boot === b.boot && a.pidNs === b.pidNs;
}

// src/lib/small-file.ts
import fs5 from "node:fs";
function readSmallText(file, maxBytes = 64 * 1024) {
  try {
    const fd = fs5.openSync(file, fs5.constants.O_RDONLY | (fs5.constants.O_NOFOLLOW ?? 0) | (fs5.constants.O_NONBLOCK ?? 0));
    try {
      const st = fs5.fstatSync(fd);
      return st.isFile() && st.size <= maxBytes ? fs5.readFileSync(fd, "utf8") : void 0;
    } finally {
      fs5.closeSync(fd);
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
function reportPathFor(jobDir, runnerTemp, rules) {
  const dir = runnerTemp && rules.path.isAbsolute(runnerTemp) ? runnerTemp : rules.path.dirname(jobDir);
  return rules.path.join(dir, `${rules.path.basename(jobDir)}${REPORT_SUFFIX}`);
}
async function createJobDir(root, env, rules, owner) {
  const source = root === env.RUNNER_TEMP ? "RUNNER_TEMP" : "input 'root'";
  try {
    await fsp2.mkdir(root, { recursive: true });
  } catch (err) {
    throw new Error(`Cannot create the root folder ${root} (from ${source}): ${errorMessage(err)}`, { cause: err });
  }
  const realRoot = await fsp2.realpath(root);
  if (!(await fsp2.stat(realRoot)).isDirectory()) throw new Error(`The root ${root} (from ${source}) is not a folder`);
  let jobDir;
  try {
    jobDir = await fsp2.mkdtemp(rules.path.join(realRoot, jobDirPrefix(env)));
  } catch (err) {
    throw new Error(`Cannot create the job folder in ${realRoot} (from ${source}): ${errorMessage(err)}`, { cause: err });
  }
  const token = randomUUID2();
  const marker = { token, owner };
  try {
    await fsp2.writeFile(rules.path.join(jobDir, MARKER_FILE), JSON.stringify(marker), { flag: "wx", mode: 384 });
    const st = await fsp2.lstat(jobDir);
    return { root: realRoot, jobDir, token, dev: st.dev, ino: st.ino };
  } catch (err) {
    await fsp2.rm(jobDir, { recursive: true, force: true }).catch(() => void 0);
    throw new Error(`Cannot prepare the job folder ${jobDir}: ${errorMessage(err)}`, { cause: err });
  }
}
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
    st = fs6.lstatSync(jobDir);
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
    real = fs6.realpathSync.native(jobDir);
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

// src/report-job.ts
import fs7 from "node:fs";
import os6 from "node:os";
import path4 from "node:path";

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
function formatCount(n) {
  const [whole2, fraction] = String(Math.abs(n)).split(".");
  const grouped = whole2.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction.slice(0, 3)}` : ""}`;
}

// src/matrix/report.ts
var CHECK_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u2796" };

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

// src/summary/render-cells.ts
var MAX_PROBLEM_CHARS = 120;
var MAX_LISTED = 20;
var MAX_CELLS_NAMED = 8;
var VERDICT_ICON = { failed: CHECK_ICON.fail, warned: CHECK_ICON.warn, ok: CHECK_ICON.pass };
var CLEANUP = {
  removed: "\u2705 removed",
  partial: "\u26A0\uFE0F partly removed",
  refused: "\u26D4 refused",
  nothing: "\u2139\uFE0F nothing to do",
  gone: "\u2139\uFE0F already gone"
};
var FIELD_NAME = { cc: "compiler path", ccVersion: "compiler version", ccTarget: "compiler target" };
var safe = (text, max) => escapeHtml(cell(text, max));
var plural = (n, word) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
function headline(c) {
  const parts = [
    !c.cells ? "\u2139\uFE0F No cell reports to show" : c.failed ? `**${CHECK_ICON.fail} ${formatCount(c.failed)} of ${plural(c.cells, "cell")} failed**` : c.warned ? `**${CHECK_ICON.warn} ${formatCount(c.warned)} of ${plural(c.cells, "cell")} warned**` : `**${CHECK_ICON.pass} ${plural(c.cells, "cell")} passed**`
  ];
  if (c.failed && c.warned) parts.push(`${CHECK_ICON.warn} ${formatCount(c.warned)} warned`);
  if (c.failed || c.warned) parts.push(`${CHECK_ICON.pass} ${formatCount(c.ok)} passed`);
  if (c.unreadable) parts.push(`${CHECK_ICON.warn} ${plural(c.unreadable, "report")} could not be read`);
  return parts.join(" \xB7 ");
}
function row(r) {
  const checks2 = r.checks ? `${r.checks.passed} / ${r.checks.warned} / ${r.checks.failed}` : "off";
  const p = r.firstProblem;
  const problem = p ? `${CHECK_ICON[p.status]} ${safe(`${p.title}: ${p.found}`, MAX_PROBLEM_CHARS)}` : "";
  const compiler = [r.cc && code(r.cc, 40), r.ccVersion && safe(r.ccVersion, 60)].filter(Boolean).join(" ");
  const leaked = r.leakCount ? `${formatCount(r.leakCount)} \xB7 ${formatBytes(r.leakedBytes)}` : "";
  const cleanup2 = CLEANUP[r.cleanup] + (r.cleanupFailures ? `, ${plural(r.cleanupFailures, "failure")}` : "");
  const fields = [
    VERDICT_ICON[r.verdict],
    safe(r.job, 60),
    safe(r.label, 120),
    safe(`${r.os}/${r.arch}`, 40),
    safe(`${r.libc} ${r.libcVersion}`.trim(), 40),
    safe(r.goVersion, 40),
    safe(r.cgoEnabled, 10),
    compiler,
    r.fingerprint && code(r.fingerprint, 40),
    checks2,
    problem,
    r.lowestFree === void 0 ? "" : formatBytes(r.lowestFree),
    formatBytes(r.reclaimedBytes),
    leaked,
    cleanup2
  ];
  return `| ${fields.join(" | ")} |`;
}
var TABLE_HEAD = [
  "| | Job | Cell | OS/arch | libc | Go | cgo | Compiler | Fingerprint | Checks \u2705/\u26A0\uFE0F/\u274C | First problem | Lowest free | Reclaimed | Leaked to HOME | Cleanup |",
  "|---|---|---|---|---|---|---|---|---|---|---|--:|--:|--:|---|"
];
function names(cells) {
  const named = cells.slice(0, MAX_CELLS_NAMED).map((c) => safe(c.label ? `${c.job} (${c.label})` : c.job, 120));
  if (cells.length > MAX_CELLS_NAMED) named.push(`and ${formatCount(cells.length - MAX_CELLS_NAMED)} more`);
  return named.join(", ");
}
function difference(d) {
  const alike = [`${d.os}/${d.arch}`, d.goVersion && `Go ${d.goVersion}`, d.libc && `${d.libc} ${d.libcVersion}`.trim(), `CGO_ENABLED=${d.cgoEnabled}`];
  const why = d.fields.length ? `${d.fields.map((f) => FIELD_NAME[f]).join(", ")} differ${d.fields.length === 1 ? "s" : ""}` : "no field shown differs: the compiler's identity does (a hash of its program, or its arguments)";
  const rows = d.variants.map(
    (v) => `| ${code(v.fingerprint, 40)} | ${v.cc && code(v.cc, 60)} | ${safe(v.ccVersion, 80)} | ${safe(v.ccTarget, 60)} | ${formatCount(v.cells.length)}: ${names(v.cells)} |`
  );
  return [
    `${safe(alike.filter(Boolean).join(" \xB7 "))}: ${why}.`,
    "",
    "| Fingerprint | Compiler | Version | Target | Cells |",
    "|---|---|---|---|---|",
    ...rows
  ].join("\n");
}
var more = (total) => `\u2026 and ${formatCount(total - MAX_LISTED)} more (see the JSON export).`;
function renderCellTable(table) {
  const parts = [headline(table.counts)];
  if (table.rows.length) parts.push([...TABLE_HEAD, ...table.rows.map(row)].join("\n"));
  if (table.counts.earlierAttempts) {
    parts.push(`\u2139\uFE0F Each cell shows its latest attempt: ${plural(table.counts.earlierAttempts, "report")} of earlier attempts left out.`);
  }
  const ds = table.differences;
  if (ds.length) {
    parts.push(
      `**${CHECK_ICON.warn} Cells that should match but do not** (same OS, arch, Go, libc and CGO_ENABLED, different toolchain fingerprints: their builds differ, and their caches are kept apart):`,
      ...ds.slice(0, MAX_LISTED).map(difference)
    );
    if (ds.length > MAX_LISTED) parts.push(more(ds.length));
  }
  const u = table.unreadable;
  if (u.length) {
    const listed = u.slice(0, MAX_LISTED).map((r) => `${code(r.name, 80)} (${safe(r.reason, 120)})`);
    parts.push(`${CHECK_ICON.warn} Could not read ${plural(u.length, "report")}: ${listed.join("; ")}.${u.length > MAX_LISTED ? ` ${more(u.length)}` : ""}`);
  }
  return parts.join("\n\n");
}

// src/cells/artifact-loader.ts
async function loadArtifactSteps(module) {
  return await import(module.href);
}

// src/cells/export.ts
var CELL_TABLE_KIND = "go-ci-guard-cells";
var CELL_TABLE_VERSION = 1;
var COLUMNS = [
  ["verdict", (r) => r.verdict],
  ["job", (r) => r.job],
  ["label", (r) => r.label],
  ["run_attempt", (r) => r.runAttempt],
  ["runner", (r) => r.runner],
  ["os", (r) => r.os],
  ["arch", (r) => r.arch],
  ["libc", (r) => r.libc],
  ["libc_version", (r) => r.libcVersion],
  ["go_version", (r) => r.goVersion],
  ["cgo_enabled", (r) => r.cgoEnabled],
  ["cc", (r) => r.cc],
  ["cc_version", (r) => r.ccVersion],
  ["cc_target", (r) => r.ccTarget],
  ["fingerprint", (r) => r.fingerprint],
  ["checks_passed", (r) => r.checks?.passed],
  ["checks_warned", (r) => r.checks?.warned],
  ["checks_failed", (r) => r.checks?.failed],
  ["first_problem", (r) => r.firstProblem && `${r.firstProblem.title}: ${r.firstProblem.found}`],
  ["lowest_free_bytes", (r) => r.lowestFree],
  ["reclaimed_bytes", (r) => r.reclaimedBytes],
  ["leaks", (r) => r.leakCount],
  ["leaked_bytes", (r) => r.leakedBytes],
  ["cleanup", (r) => r.cleanup],
  ["cleanup_failures", (r) => r.cleanupFailures],
  ["finished_at", (r) => r.finishedAt]
];
function csvField(value) {
  const text = value === void 0 ? "" : typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function cellTableCsv(table) {
  const lines = [COLUMNS.map(([header]) => header), ...table.rows.map((row2) => COLUMNS.map(([, value]) => value(row2)))];
  return lines.map((fields) => `${fields.map(csvField).join(",")}\r
`).join("");
}
function cellTableJson(table) {
  const { counts, rows, differences, unreadable } = table;
  return `${JSON.stringify({ kind: CELL_TABLE_KIND, version: CELL_TABLE_VERSION, counts, rows, differences, unreadable }, null, 2)}
`;
}

// src/cells/cell-report.ts
var CELL_REPORT_VERSION = 1;
var CELL_REPORT_KIND = "go-ci-guard-cell";

// src/cells/parse-report.ts
var CHECK_STATUSES = ["pass", "warn", "fail", "skip"];
var CLEANUP_STATUSES = ["removed", "partial", "refused", "nothing", "gone"];
var Invalid = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
var isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function shown(v) {
  if (v === void 0) return "missing";
  const text = JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
function kindOf(v) {
  if (v === void 0) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function str(o, key, at) {
  const v = o[key];
  if (typeof v !== "string") throw new Invalid(`${at}${key} is ${kindOf(v)}, not a string`);
  return v;
}
function amount(o, key, at) {
  const v = o[key];
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new Invalid(`${at}${key} is ${typeof v === "number" ? v : kindOf(v)}, not a number \u2265 0`);
  return v;
}
function obj(o, key, at) {
  const v = o[key];
  if (!isObject(v)) throw new Invalid(`${at}${key} is ${kindOf(v)}, not an object`);
  return v;
}
function list2(o, key, at) {
  const v = o[key];
  if (!Array.isArray(v)) throw new Invalid(`${at}${key} is ${kindOf(v)}, not a list`);
  return v.map((item, i) => {
    if (!isObject(item)) throw new Invalid(`${at}${key}[${i}] is ${kindOf(item)}, not an object`);
    return item;
  });
}
function oneOf(o, key, at, values) {
  const v = o[key];
  if (!values.includes(v)) throw new Invalid(`${at}${key} is ${shown(v)}, not one of ${values.join(", ")}`);
  return v;
}
function matrixValues(o) {
  const values = obj(o, "matrixValues", "");
  return Object.fromEntries(Object.keys(values).map((key) => [key, str(values, key, "matrixValues.")]));
}
function check(c, at) {
  const checked = { id: str(c, "id", at), title: str(c, "title", at), status: oneOf(c, "status", at, CHECK_STATUSES), found: str(c, "found", at) };
  return c.fix === void 0 ? checked : { ...checked, fix: str(c, "fix", at) };
}
function runAttempt(doc) {
  const v = doc.runAttempt;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new Invalid(`runAttempt is ${shown(v)}, not a whole number \u2265 1`);
  return v;
}
function runner(doc) {
  const r = obj(doc, "runner", "");
  return { os: str(r, "os", "runner."), arch: str(r, "arch", "runner."), name: str(r, "name", "runner.") };
}
function toolchain(doc) {
  const tc = obj(doc, "toolchain", "");
  const keys = ["goVersion", "cgoEnabled", "cc", "ccVersion", "ccTarget", "libc", "libcVersion", "fingerprint"];
  return Object.fromEntries(keys.map((key) => [key, str(tc, key, "toolchain.")]));
}
function checks(doc) {
  const c = obj(doc, "checks", "");
  const at = "checks.";
  return {
    passed: amount(c, "passed", at),
    warned: amount(c, "warned", at),
    failed: amount(c, "failed", at),
    list: list2(c, "list", at).map((item, i) => check(item, `${at}list[${i}].`))
  };
}
function cleanup(doc) {
  const c = obj(doc, "cleanup", "");
  const at = "cleanup.";
  return { status: oneOf(c, "status", at, CLEANUP_STATUSES), reclaimedBytes: amount(c, "reclaimedBytes", at), failures: amount(c, "failures", at) };
}
function read(doc) {
  return {
    kind: CELL_REPORT_KIND,
    version: CELL_REPORT_VERSION,
    job: str(doc, "job", ""),
    label: str(doc, "label", ""),
    matrixValues: matrixValues(doc),
    runAttempt: runAttempt(doc),
    runner: runner(doc),
    finishedAt: str(doc, "finishedAt", ""),
    toolchain: toolchain(doc),
    ...doc.checks !== void 0 && { checks: checks(doc) },
    ...doc.lowestFree !== void 0 && { lowestFree: amount(doc, "lowestFree", "") },
    cleanup: cleanup(doc),
    leaks: list2(doc, "leaks", "").map((l, i) => ({
      tool: str(l, "tool", `leaks[${i}].`),
      path: str(l, "path", `leaks[${i}].`),
      added: amount(l, "added", `leaks[${i}].`)
    }))
  };
}
function parseCellReport(text, name) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return { name, reason: "not JSON" };
  }
  if (!isObject(doc)) return { name, reason: `not a cell report: the JSON is ${kindOf(doc)}, not an object` };
  if (doc.kind !== CELL_REPORT_KIND) return { name, reason: `not a cell report: kind is ${shown(doc.kind)}, not "${CELL_REPORT_KIND}"` };
  if (doc.version !== CELL_REPORT_VERSION) return { name, reason: `version ${shown(doc.version)}, this action reads version ${CELL_REPORT_VERSION}` };
  try {
    return read(doc);
  } catch (err) {
    return { name, reason: err instanceof Invalid ? err.reason : `cannot be read: ${String(err)}` };
  }
}
function isUnreadable(result) {
  return !("kind" in result);
}

// src/cells/table.ts
var TOOLCHAIN_FIELDS = ["cc", "ccVersion", "ccTarget"];
var RANK = { failed: 0, warned: 1, ok: 2 };
function naturalCompare(a, b) {
  const x = a.match(/\d+|\D+/g) ?? [];
  const y = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i], y[i]];
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q)) {
      const [pn, qn] = [p.replace(/^0+/, ""), q.replace(/^0+/, "")];
      if (pn.length !== qn.length) return pn.length - qn.length;
      if (pn !== qn) return pn < qn ? -1 : 1;
    }
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}
function compareRows(a, b) {
  if (a.verdict !== b.verdict) return RANK[a.verdict] - RANK[b.verdict];
  const keys = ["job", "label", "os", "arch", "fingerprint", "runner", "finishedAt"];
  for (const key of keys) {
    const order = naturalCompare(a[key], b[key]);
    if (order) return order;
  }
  return 0;
}
function latestAttempts(reports) {
  const cellKey = (r) => JSON.stringify([r.job, r.label]);
  const latest = /* @__PURE__ */ new Map();
  for (const r of reports) latest.set(cellKey(r), Math.max(latest.get(cellKey(r)) ?? 0, r.runAttempt));
  return reports.filter((r) => r.runAttempt === latest.get(cellKey(r)));
}
function toRow(r) {
  const values = Object.entries(r.matrixValues);
  const t = r.toolchain;
  const c = r.checks;
  const problem = c && (c.list.find((check2) => check2.status === "fail") ?? c.list.find((check2) => check2.status === "warn"));
  const leakedBytes = r.leaks.reduce((n, l) => n + l.added, 0);
  const failed = (c?.failed ?? 0) > 0 || r.cleanup.status === "partial" || r.cleanup.status === "refused";
  const warned = (c?.warned ?? 0) > 0 || r.leaks.length > 0;
  return {
    verdict: failed ? "failed" : warned ? "warned" : "ok",
    job: r.job,
    label: values.length ? values.map(([key, value]) => `${key}=${value}`).join(", ") : r.label,
    runAttempt: r.runAttempt,
    runner: r.runner.name,
    os: r.runner.os,
    arch: r.runner.arch,
    libc: t.libc,
    libcVersion: t.libcVersion,
    goVersion: t.goVersion,
    cgoEnabled: t.cgoEnabled,
    cc: t.cc,
    ccVersion: t.ccVersion,
    ccTarget: t.ccTarget,
    fingerprint: t.fingerprint,
    ...c && { checks: { passed: c.passed, warned: c.warned, failed: c.failed } },
    ...problem && { firstProblem: { status: problem.status, title: problem.title, found: problem.found } },
    ...r.lowestFree !== void 0 && { lowestFree: r.lowestFree },
    reclaimedBytes: r.cleanup.reclaimedBytes,
    leakCount: r.leaks.length,
    leakedBytes,
    cleanup: r.cleanup.status,
    cleanupFailures: r.cleanup.failures,
    finishedAt: r.finishedAt
  };
}
function findDifferences(rows) {
  const groups = /* @__PURE__ */ new Map();
  for (const row2 of rows.filter((r) => r.fingerprint)) {
    const key = JSON.stringify([row2.os, row2.arch, row2.goVersion, row2.libc, row2.libcVersion, row2.cgoEnabled]);
    const group2 = groups.get(key) ?? [];
    group2.push(row2);
    groups.set(key, group2);
  }
  const differences = [];
  for (const group2 of groups.values()) {
    if (new Set(group2.map((r) => r.fingerprint)).size < 2) continue;
    const variants = /* @__PURE__ */ new Map();
    for (const r of group2) {
      const key = JSON.stringify([r.fingerprint, r.cc, r.ccVersion, r.ccTarget]);
      const variant = variants.get(key) ?? { fingerprint: r.fingerprint, cc: r.cc, ccVersion: r.ccVersion, ccTarget: r.ccTarget, cells: [] };
      variant.cells.push({ job: r.job, label: r.label });
      variants.set(key, variant);
    }
    const [first] = group2;
    differences.push({
      os: first.os,
      arch: first.arch,
      goVersion: first.goVersion,
      libc: first.libc,
      libcVersion: first.libcVersion,
      cgoEnabled: first.cgoEnabled,
      fields: TOOLCHAIN_FIELDS.filter((field) => new Set(group2.map((r) => r[field])).size > 1),
      variants: [...variants.values()]
    });
  }
  return differences;
}
function buildCellTable(reports, unreadable) {
  const latest = latestAttempts(reports);
  const rows = latest.map(toRow).sort(compareRows);
  const count = (verdict) => rows.filter((r) => r.verdict === verdict).length;
  return {
    rows,
    differences: findDifferences(rows),
    counts: {
      cells: rows.length,
      failed: count("failed"),
      warned: count("warned"),
      ok: count("ok"),
      unreadable: unreadable.length,
      earlierAttempts: reports.length - latest.length
    },
    unreadable: [...unreadable].sort((a, b) => naturalCompare(a.name, b.name) || naturalCompare(a.reason, b.reason))
  };
}

// src/cells/artifact-service.ts
function artifactServiceAvailable(env = process.env) {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

// src/report-job.ts
function readDownloads(downloads) {
  const reports = [];
  const unreadable = [];
  for (const d of downloads) {
    try {
      readOne(d, reports, unreadable);
    } catch (err) {
      unreadable.push({ name: d.name, reason: `not read: ${errorMessage(err)}` });
    }
  }
  return { reports, unreadable };
}
function readOne(d, reports, unreadable) {
  if (!d.dir) {
    unreadable.push({ name: d.name, reason: `not downloaded: ${d.error ?? "unknown error"}` });
    return;
  }
  const files = fs7.readdirSync(d.dir).filter((f) => f.endsWith(".json"));
  if (files.length !== 1) {
    unreadable.push({ name: d.name, reason: `holds ${files.length} JSON files, expected one` });
    return;
  }
  const parsed = parseCellReport(fs7.readFileSync(path4.join(d.dir, files[0]), "utf8"), d.name);
  if (isUnreadable(parsed)) unreadable.push(parsed);
  else reports.push(parsed);
}
async function runReport(env, artifactClient) {
  if (!artifactServiceAvailable(env)) {
    warning("mode: report found no artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL): it gathers the cells of a run on GitHub.");
    await summary.addRaw("### Go CI Guard: matrix report\n\nNo artifact service: nothing to gather.\n").write();
    return;
  }
  const temp = env.RUNNER_TEMP || os6.tmpdir();
  const downloads = fs7.mkdtempSync(path4.join(temp, ".gcg-cells-"));
  try {
    const table = await group("Gathering the cell reports of this run", async () => {
      const steps = await loadArtifactSteps(artifactClient);
      const found = await steps.downloadReports(CELL_ARTIFACT_PREFIX, downloads);
      info(`${found.length} cell report(s) found.`);
      const { reports, unreadable } = readDownloads(found);
      for (const u of unreadable) warning(`Cell report ${u.name} not read: ${u.reason}`);
      return buildCellTable(reports, unreadable);
    });
    const out = fs7.mkdtempSync(path4.join(temp, "gcg-cells-"));
    const json = path4.join(out, "cells.json");
    const csv = path4.join(out, "cells.csv");
    fs7.writeFileSync(json, cellTableJson(table));
    fs7.writeFileSync(csv, cellTableCsv(table));
    setOutput(OUTPUT.cellsJson, json);
    setOutput(OUTPUT.cellsCsv, csv);
    info(`${table.counts.cells} cell(s): ${table.counts.failed} failed, ${table.counts.warned} warned, ${table.counts.ok} ok. Table: ${json}, ${csv}`);
    if (!table.counts.cells) {
      warning(`No cell reports in this run: the matrix job needs cell-report: true (the default) and Go CI Guard as a step, and this job needs: it.`);
    }
    await summary.addRaw(`### Go CI Guard: matrix report

${renderCellTable(table)}
`).write();
  } catch (err) {
    warning(`The matrix report is incomplete: ${errorMessage(err)}`);
  } finally {
    fs7.rmSync(downloads, { recursive: true, force: true });
  }
}

// src/start-job.ts
import os7 from "node:os";

// src/cache/client.ts
async function loadCacheSteps(module) {
  return await import(module.href);
}

// src/cleanup/janitor.ts
import fs8 from "node:fs";

// src/lib/clock.ts
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// src/cleanup/janitor-plan.ts
function planJanitor(found) {
  const plan = { reap: [], leave: [] };
  for (const f of found) {
    if (!f.isFolder) continue;
    if (!f.marker) {
      plan.leave.push({ name: f.name, reason: "no marker this user can read (another user\u2019s folder, or one a step emptied)", running: false });
      continue;
    }
    if (f.claim) {
      if (f.claim.verdict?.verdict !== "over") {
        plan.leave.push({
          name: f.name,
          reason: `another job's start is removing it (${f.claim.verdict?.reason ?? "its claim is not readable yet"})`,
          running: true
        });
        continue;
      }
      const reason = `the job that began removing it is over too (${f.claim.verdict.reason})`;
      plan.reap.push({ name: f.name, path: f.path, token: f.marker.token, dev: f.dev, ino: f.ino, reason, staleClaim: f.claim.file });
      continue;
    }
    const verdict = f.verdict ?? { verdict: "unknown", reason: "not judged" };
    if (verdict.verdict === "over") {
      plan.reap.push({ name: f.name, path: f.path, token: f.marker.token, dev: f.dev, ino: f.ino, reason: verdict.reason });
    } else {
      plan.leave.push({ name: f.name, reason: verdict.reason, running: verdict.verdict === "running" });
    }
  }
  return plan;
}

// src/cleanup/janitor.ts
var NETWORK_FS = /* @__PURE__ */ new Set([
  26985,
  20859,
  4283649346,
  4266872130,
  1702057286,
  12805120,
  16914839,
  1397113167,
  1937076805,
  22092,
  18225520,
  1952539503,
  198183888
]);
async function runJanitor(o) {
  const started = nowMs();
  const report = { root: o.root, reaped: [], running: 0, unjudged: 0, ms: 0 };
  try {
    let root;
    try {
      root = fs8.realpathSync.native(o.root);
    } catch (err) {
      if (err.code === "ENOENT") return report;
      throw err;
    }
    report.root = root;
    const plan = planJanitor(await scanRoot(root, o.rules));
    report.running = plan.leave.filter((l) => l.running).length;
    report.unjudged = plan.leave.length - report.running;
    for (const l of plan.leave) debug(`Janitor: left ${l.name}: ${l.reason}`);
    if (plan.reap.length) {
      await group(`Removing ${plan.reap.length} folder(s) of earlier jobs that are over`, async () => {
        const { reapFolders } = await import(o.reapScript.href);
        report.reaped = await reapFolders(plan.reap, { ...o, root });
        for (const r of report.reaped) {
          info(
            `${r.name} (${r.reason}): ${r.status}, ${formatCount(r.files)} files, ${formatBytes(r.bytes)} freed on disk${r.samplerStopped ? "; its sampler stopped" : ""}`
          );
          for (const p of r.problems) info(`  ${p}`);
        }
      });
      const partial = report.reaped.filter((r) => r.status === "partial" || r.status === "refused");
      if (partial.length) warning(`Janitor: ${partial.length} leftover job folder(s) under ${root} could not be removed fully (see the log).`);
    }
  } catch (err) {
    report.problem = errorMessage(err);
    warning(`Janitor: leftover job folders were not removed: ${report.problem}`);
  }
  report.ms = nowMs() - started;
  return report;
}
async function scanRoot(root, rules) {
  const all = fs8.readdirSync(root);
  dropStrayClaims(root, all, rules);
  const names2 = all.filter((n) => n.startsWith(JOB_DIR_PREFIX) || n.startsWith(REAP_PREFIX) && !n.endsWith(CLAIM_SUFFIX));
  const shared = NETWORK_FS.has(fs8.statfsSync(root).type);
  const found = [];
  for (const name of names2) {
    const path13 = rules.path.join(root, name);
    const st = fs8.lstatSync(path13, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    const marker = readMarker(path13, rules);
    const verdict = marker ? await judgeOwnerNow(marker.owner, shared) : void 0;
    const folder = { name, path: path13, isFolder: true, dev: st.dev, ino: st.ino, marker, verdict };
    if (name.startsWith(REAP_PREFIX)) {
      const file = `${path13}${CLAIM_SUFFIX}`;
      const claim = readSmallJson(file);
      folder.claim = { file, verdict: claim ? await judgeOwnerNow(isJobOwner(claim.claimer) ? claim.claimer : void 0, shared) : void 0 };
    }
    found.push(folder);
  }
  return found;
}
function dropStrayClaims(root, names2, rules) {
  const present = new Set(names2);
  const uid = process.getuid?.();
  for (const name of names2) {
    if (!name.startsWith(REAP_PREFIX) || !name.endsWith(CLAIM_SUFFIX) || present.has(name.slice(0, -CLAIM_SUFFIX.length))) continue;
    const file = rules.path.join(root, name);
    try {
      const st = fs8.lstatSync(file, { throwIfNoEntry: false });
      if (st?.isFile() && (uid === void 0 || st.uid === uid) && Date.now() - st.mtimeMs > 36e5) fs8.unlinkSync(file);
    } catch (err) {
      debug(`Janitor: stray claim ${file} left: ${errorMessage(err)}`);
    }
  }
}

// src/disk/choose-root.ts
import fs10 from "node:fs/promises";
import path5 from "node:path";

// src/disk/space.ts
import fs9 from "node:fs/promises";
async function freeSpace(p) {
  const s = await fs9.statfs(p);
  return { total: s.blocks * s.bsize, free: s.bavail * s.bsize };
}
function mountPointOf(p, mountPoints2, rules) {
  let best = "";
  for (const m of mountPoints2) if (isWithin(p, m, rules) && m.length > best.length) best = m;
  return best || p;
}
async function watchedFilesystems(places, rules) {
  const points = rules.hasProcFs ? await mountPoints() ?? [] : [];
  const filesystems = [];
  const problems = [];
  for (const place of places) {
    if (!place.path) continue;
    try {
      const real = await fs9.realpath(place.path);
      const { dev } = await fs9.stat(real);
      const known = filesystems.find((f) => f.dev === dev);
      if (known) {
        if (!known.roles.includes(place.role)) known.roles.push(place.role);
        continue;
      }
      filesystems.push({ mount: mountPointOf(real, points, rules), dev, path: real, roles: [place.role], ...await freeSpace(real) });
    } catch (err) {
      problems.push(`cannot measure free space for ${place.role} (${place.path}): ${errorMessage(err)}`);
    }
  }
  return { filesystems, problems };
}

// src/disk/choose-root.ts
function rootCandidates(env, rules) {
  const out = [];
  if (env.RUNNER_TEMP) out.push({ path: env.RUNNER_TEMP, source: "the runner temp folder (RUNNER_TEMP)" });
  if (env.GITHUB_WORKSPACE) out.push({ path: rules.path.dirname(env.GITHUB_WORKSPACE), source: "the workspace's filesystem (next to GITHUB_WORKSPACE)" });
  if (rules.scratchVolume) out.push({ path: rules.scratchVolume, source: `the scratch volume ${rules.scratchVolume}`, mustBeMountPoint: true });
  return out;
}
function pickRoot(facts) {
  const considered = facts.map((f) => ({ path: f.candidate.path, source: f.candidate.source, free: f.free, skipped: f.unusable }));
  const usable = facts.filter((f) => !f.unusable && f.free !== void 0);
  const distinct = usable.filter((f, i) => usable.findIndex((g) => g.dev === f.dev) === i);
  if (!distinct.length) {
    const why = considered.map((c) => `${c.path}: ${c.skipped ?? "not measured"}`).join("; ");
    throw new Error(
      `Input 'root' is auto but no candidate folder can hold the job folder; set 'root' to an absolute folder the job can write to. Candidates: ${why}.`
    );
  }
  const best = distinct.reduce((a, b) => (b.free ?? 0) > (a.free ?? 0) ? b : a);
  const others = distinct.filter((f) => f !== best).map((f) => `${formatBytes(f.free ?? 0)} at ${f.candidate.path}`);
  const reason = `most free space: ${formatBytes(best.free ?? 0)} on ${best.candidate.source}` + (others.length ? ` vs ${others.join(", ")}` : ", the only usable candidate") + (distinct.length < usable.length ? " (candidates on one filesystem counted once)" : "");
  return { path: best.candidate.path, reason, considered };
}
async function probeCandidates(candidates) {
  const rootDev = (await fs10.stat("/").catch(() => void 0))?.dev;
  return Promise.all(
    candidates.map(async (candidate) => {
      try {
        const exists2 = await fs10.stat(candidate.path).then(
          () => true,
          (err) => errorCode(err) === "ENOENT" && !candidate.mustBeMountPoint ? false : Promise.reject(err)
        );
        if (!exists2) await fs10.mkdir(candidate.path, { recursive: true });
        const st = await fs10.stat(candidate.path);
        if (!st.isDirectory()) return { candidate, unusable: "not a folder" };
        if (candidate.mustBeMountPoint && st.dev === rootDev) return { candidate, unusable: "not a volume of its own" };
        const free = (await freeSpace(candidate.path)).free;
        if (candidate.mustBeMountPoint && !await writable(candidate.path)) return scratchFolderFacts(candidate, st.dev, free);
        await fs10.access(candidate.path, fs10.constants.W_OK);
        return { candidate, dev: st.dev, free };
      } catch (err) {
        const code2 = errorCode(err);
        return { candidate, unusable: code2 === "EACCES" || code2 === "EPERM" || code2 === "EROFS" ? `not writable (${code2})` : `unavailable (${code2})` };
      }
    })
  );
}
var writable = (p) => fs10.access(p, fs10.constants.W_OK).then(
  () => true,
  () => false
);
async function scratchFolderFacts(candidate, dev, free) {
  const folder = path5.join(candidate.path, SCRATCH_FOLDER);
  const st = await fs10.lstat(folder).catch(() => void 0);
  if (st?.isDirectory() && st.dev === dev && await writable(folder)) return { candidate: { ...candidate, path: folder }, dev, free };
  if (st || process.getuid?.() === 0) return { candidate, unusable: `not writable (${st ? `${folder} exists but is not ours` : "read-only"})` };
  return { candidate, dev, free, needsFolder: folder };
}
function describeChoice(choice) {
  return `Job folder root ${choice.path} (root: auto): ${choice.reason}.`;
}

// src/disk/consumers.ts
import fs12 from "node:fs/promises";

// src/disk/folder-sizes.ts
import fs11 from "node:fs/promises";
import path6 from "node:path";
async function folderSizes(given, options) {
  const dir = path6.resolve(given);
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
    else if (path6.dirname(p) === dir) result.children.push(entry);
  };
  let pending = "";
  const onStdout = (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(take);
  };
  const run2 = await execTool("du", ["-k", "-x", "-d", "1", dir], { timeoutMs: Math.max(0, deadline - Date.now()), signal, onStdout });
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
async function nodeSizes(dir, { deadline, signal }) {
  const result = { dir, children: [], complete: true, tool: "node" };
  let top;
  try {
    top = await fs11.lstat(dir);
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
          let names3;
          try {
            names3 = await fs11.readdir(d);
          } catch {
            unreadable++;
            return;
          }
          await Promise.all(
            names3.map(async (name) => {
              const p = path6.join(d, name);
              const st = await fs11.lstat(p).catch(() => void 0);
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
  const names2 = await fs11.readdir(dir).catch(() => void 0);
  if (!names2) return { ...result, complete: false, problem: `cannot read ${dir}` };
  for (const name of names2) {
    const p = path6.join(dir, name);
    const st = await fs11.lstat(p).catch(() => void 0);
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

// src/disk/consumers.ts
function homeCacheRoots(home, rules) {
  if (!home) return [];
  return rules.homeCacheDirs.map((d) => rules.path.join(home, ...d.segments));
}
function homeCachePlaces(roots, rules) {
  return roots.map((path13) => ({ label: rules.homeCacheLabel, path: path13, byChild: true }));
}
function usualPlaces(facts, rules) {
  const places = [
    ...homeCachePlaces(homeCacheRoots(facts.home, rules), rules),
    { label: "tool cache", path: facts.toolCache, byChild: true },
    { label: "system temp folder", path: facts.systemTemp, byChild: false },
    { label: "workspace", path: facts.workspace, byChild: false }
  ];
  const seen = [];
  return places.filter((place) => {
    if (!place.path || !rules.path.isAbsolute(place.path) || seen.some((s) => samePath(s, place.path, rules))) return false;
    seen.push(place.path);
    return true;
  });
}
async function scanPlaces(places, deadline) {
  const scans = await Promise.all(
    places.map(async (place) => {
      const st = await fs12.lstat(place.path).catch(() => void 0);
      if (!st?.isDirectory()) return void 0;
      return { place, dev: st.dev, sizes: await folderSizes(place.path, { deadline }) };
    })
  );
  return scans.filter((s) => s !== void 0);
}
function topConsumers(scans, rules, options = {}) {
  const out = [];
  for (const { place, sizes: scan, dev } of scans) {
    if (options.dev !== void 0 && dev !== options.dev) continue;
    if (place.byChild) {
      for (const child of scan.children) out.push({ ...child, label: place.label });
      continue;
    }
    const entry = scan.total ?? (scan.children.length ? { path: place.path, bytes: scan.children.reduce((n, c) => n + c.bytes, 0), complete: false } : void 0);
    if (!entry) continue;
    let bytes = entry.bytes;
    const strictlyInside = (inner, outer) => isWithin(inner, outer, rules) && !samePath(inner, outer, rules);
    const nested = scans.filter((o) => o.dev === dev && strictlyInside(o.place.path, place.path));
    for (const other of nested.filter((o) => !nested.some((n) => n !== o && strictlyInside(o.place.path, n.place.path)))) {
      bytes -= other.sizes.total?.bytes ?? 0;
    }
    out.push({ ...entry, bytes: Math.max(0, bytes), label: place.label });
  }
  return out.filter((c) => c.bytes > 0).sort((a, b) => b.bytes - a.bytes).slice(0, options.limit ?? 8);
}

// src/disk/module-cache.ts
import fs13 from "node:fs/promises";
var MODULE_CACHE_LABEL = "Go module cache";
function moduleCacheFromEnv(env, home, rules) {
  const p = rules.path;
  if (env.GOMODCACHE && p.isAbsolute(env.GOMODCACHE)) return { path: env.GOMODCACHE, source: "GOMODCACHE" };
  const gopath = (env.GOPATH ?? "").split(p.delimiter).find(Boolean);
  if (gopath && p.isAbsolute(gopath)) return { path: p.join(gopath, "pkg", "mod"), source: "GOPATH" };
  if (!home) return void 0;
  return { path: p.join(home, "go", "pkg", "mod"), source: "Go's default, ~/go/pkg/mod" };
}
async function locateModuleCache(o) {
  if (o.redirected.includes("GOMODCACHE")) return void 0;
  const go = findExecutable("go", o.env);
  const asked = go ? await execTool(go, ["env", "GOMODCACHE"], { env: { ...o.env, GOTOOLCHAIN: "local" }, cwd: o.jobDir, timeoutMs: 1e4 }) : void 0;
  const fromGo = asked?.code === 0 ? asked.stdout.trim() : "";
  const found = fromGo && o.rules.path.isAbsolute(fromGo) ? { path: fromGo, source: "go env GOMODCACHE" } : moduleCacheFromEnv(o.env, o.home, o.rules);
  if (!found) return void 0;
  if (isWithin(found.path, o.jobDir, o.rules) || o.cacheRoots.some((root) => isWithin(found.path, root, o.rules))) return void 0;
  return found;
}
function moduleCachePlace(path13) {
  return { label: MODULE_CACHE_LABEL, path: path13, byChild: false };
}
async function moduleCacheSize(path13, total, scanned) {
  if (scanned) return total;
  const missing = await fs13.lstat(path13).then(
    () => false,
    () => true
  );
  return missing ? { path: path13, bytes: 0, complete: true } : void 0;
}

// src/disk/sampler-control.ts
import { spawn as spawn2 } from "node:child_process";
import fs14 from "node:fs/promises";
import path7 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/disk/sample-file.ts
var SLOT_SIZE = 1024;
var SLOT_COUNT = 512;
function blankFile(slots = SLOT_COUNT) {
  const buf = Buffer.alloc(slots * SLOT_SIZE, " ");
  for (let i = 1; i <= slots; i++) buf[i * SLOT_SIZE - 1] = 10;
  return buf;
}

// src/disk/sampler-control.ts
var MAX_LIFETIME_MS = 5 * 24 * 3600 * 1e3;
var SCAN_BUDGET = 5e-3;
async function startSampler(o) {
  const file = (name) => path7.join(o.jobDir, name);
  const config = {
    jobDir: o.jobDir,
    token: o.token,
    samplesFile: file(SAMPLES_FILE),
    stopFile: file(STOP_FILE),
    watch: o.watch,
    intervalMs: o.intervalMs,
    parentPid: o.ownerPid ?? process.ppid,
    maxLifetimeMs: MAX_LIFETIME_MS,
    scanBudget: SCAN_BUDGET
  };
  const configFile = file(SAMPLER_CONFIG_FILE);
  await fs14.writeFile(configFile, JSON.stringify(config), { flag: "wx", mode: 384 });
  await fs14.writeFile(config.samplesFile, blankFile(), { flag: "wx", mode: 384 });
  const child = spawn2(process.execPath, [fileURLToPath2(o.script), configFile], {
    detached: true,
    stdio: "ignore",
    windowsHide: true,
    // Never inside the job folder: a working directory there would keep Windows from deleting it.
    cwd: path7.parse(o.jobDir).root
  });
  const pid = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("spawn", () => resolve(child.pid));
  });
  child.unref();
  await fs14.writeFile(file(SAMPLER_PID_FILE), String(pid), { flag: "wx", mode: 384 }).catch(() => void 0);
  return { pid, configFile, samplesFile: config.samplesFile, stopFile: config.stopFile, intervalMs: o.intervalMs };
}

// src/disk/measure-main.ts
var BASELINE_SCAN_MS = 5e3;
var CONSUMER_SCAN_MS = 1e4;
async function measureDisk(o) {
  const { filesystems, problems } = await watchedFilesystems(
    [
      // Measured at the root, on the same filesystem: the job folder itself is gone when post measures again.
      { role: "job folder", path: o.rules.path.dirname(o.jobDir) },
      { role: "workspace", path: o.places.workspace },
      { role: o.rules.homeLabel, path: o.places.home }
    ],
    o.rules
  );
  const verdicts = judgeSpace(filesystems, o.inputs.minFree, o.inputs.warnFree);
  const short = verdicts.some((v) => v.status !== "ok");
  const cacheRoots = homeCacheRoots(o.places.home, o.rules);
  const sampler = o.inputs.sampleIntervalMs ? startSampler({
    jobDir: o.jobDir,
    token: o.token,
    watch: filesystems.map((f) => f.path),
    intervalMs: o.inputs.sampleIntervalMs,
    script: o.samplerScript,
    ownerPid: o.ownerPid
  }).then(
    (handle) => {
      o.onSamplerStarted(handle);
      return { handle };
    },
    (err) => ({ problem: `the sampler did not start: ${errorMessage(err)}` })
  ) : Promise.resolve({});
  const env = o.env ?? process.env;
  const modCacheAt = await locateModuleCache({ env, home: o.places.home, jobDir: o.jobDir, cacheRoots, redirected: o.redirected, rules: o.rules });
  const places = [
    ...short ? usualPlaces(o.places, o.rules) : homeCachePlaces(cacheRoots, o.rules),
    ...modCacheAt ? [moduleCachePlace(modCacheAt.path)] : []
  ];
  const scans = await scanPlaces(places, Date.now() + (short ? CONSUMER_SCAN_MS : BASELINE_SCAN_MS));
  const modScan = scans.find((s) => s.place.label === MODULE_CACHE_LABEL);
  const modCache = modCacheAt && { ...modCacheAt, before: await moduleCacheSize(modCacheAt.path, modScan?.sizes.total, !!modScan) };
  const cacheScans = scans.filter((s) => cacheRoots.includes(s.place.path));
  const cacheBefore = cacheScans.flatMap((s) => s.sizes.children);
  const cacheCut = cacheScans.filter((s) => !s.sizes.complete).map((s) => s.place.path);
  for (const s of scans) if (s.sizes.problem) problems.push(`${s.place.label} ${s.place.path}: ${s.sizes.problem}`);
  const started = await sampler;
  const state = {
    filesystems,
    verdicts: verdicts.map((v) => ({ mount: v.filesystem.mount, status: v.status, needed: v.needed, threshold: v.threshold?.raw })),
    cacheRoots,
    cacheBefore,
    cacheCut,
    xdgRedirected: o.xdgRedirected,
    modCache,
    consumers: short ? topConsumers(scans, o.rules, { limit: 12 }) : void 0,
    rootChoice: o.rootChoice,
    samplerProblem: started.problem,
    reportPath: o.reportPath,
    problems
  };
  return { state, verdicts, scans };
}
function shortageMessage(v, consumers) {
  const f = v.filesystem;
  const head = `Free space on ${f.mount} (holds the ${f.roles.join(", ")}) is ${formatBytes(f.free)} of ${formatBytes(f.total)}, below ${v.status === "fail" ? INPUT.minFree : INPUT.warnFree} ${v.threshold?.raw} (${formatBytes(v.needed ?? 0)} needed).`;
  if (!consumers.length) return `${head} No big consumers found in the usual places.`;
  const list4 = consumers.slice(0, 5).map((c) => `${c.path} ${c.complete ? "" : "\u2265 "}${formatBytes(c.bytes)}`).join(", ");
  return `${head} Biggest consumers (space on disk): ${list4}.`;
}

// src/disk/guard-main.ts
async function chooseRootAutomatically(env, rules) {
  const facts = await probeCandidates(rootCandidates(env, rules));
  for (; ; ) {
    const choice = pickRoot(facts);
    const chosen = facts.find((f) => f.candidate.path === choice.path && !f.unusable);
    if (chosen?.needsFolder) {
      const folder = chosen.needsFolder;
      const made = await makeOwnFolder(folder);
      chosen.needsFolder = void 0;
      if (made) {
        chosen.unusable = `not writable, and \`sudo -n\` could not make ${folder} (${made})`;
        continue;
      }
      Object.assign(choice, { path: folder, reason: `${choice.reason}; ${folder} made with sudo, as ${chosen.candidate.path} belongs to root` });
    }
    info(describeChoice(choice));
    for (const c of choice.considered) if (c.skipped) info(`  skipped ${c.path} (${c.source}): ${c.skipped}`);
    return choice;
  }
}
async function makeOwnFolder(folder) {
  const [uid, gid] = [process.getuid?.(), process.getgid?.()];
  if (uid === void 0 || gid === void 0) return "no user ids on this platform";
  const r = await execTool("sudo", ["-n", "install", "-d", "-m", "0755", "-o", String(uid), "-g", String(gid), folder], { timeoutMs: 1e4 });
  return r.code === 0 ? void 0 : (r.error ?? r.stderr.trim().split("\n")[0]) || `exit ${r.code}`;
}
function startDiskGuard(o) {
  const { state, rules } = o;
  return measureDisk({
    jobDir: state.jobDir,
    token: state.token,
    places: { home: state.home, workspace: state.workspace, systemTemp: o.systemTemp, toolCache: process.env.RUNNER_TOOL_CACHE ?? "" },
    rules,
    inputs: o.inputs,
    xdgRedirected: state.folders.some((f) => f.variables.includes("XDG_CACHE_HOME")),
    redirected: state.folders.flatMap((f) => f.variables),
    reportPath: reportPathFor(state.jobDir, process.env.RUNNER_TEMP, rules),
    rootChoice: o.rootChoice,
    samplerScript: o.samplerScript,
    ownerPid: o.ownerPid,
    onSamplerStarted: o.onSamplerStarted
  }).catch((err) => err instanceof Error ? err : new Error(String(err)));
}
async function logDisk(measured, sampler, rules) {
  if (measured instanceof Error) {
    warning(`Free space was not checked: ${errorMessage(measured)}`);
    return void 0;
  }
  const { state, verdicts, scans } = measured;
  const messages = new Map(verdicts.map((v) => [v, shortageMessage(v, topConsumers(scans, rules, { dev: v.filesystem.dev }))]));
  await group("Checking free space", async () => {
    for (const f of state.filesystems) info(`${f.mount} (${f.roles.join(", ")}): ${formatBytes(f.free)} free of ${formatBytes(f.total)}`);
    if (sampler) info(`Sampling free space every ${sampler.intervalMs / 1e3} s (pid ${sampler.pid}).`);
    for (const problem of state.problems) debug(problem);
  });
  if (state.samplerProblem) warning(`No free-space samples will be taken during the job: ${state.samplerProblem}`);
  for (const v of verdicts) if (v.status === "warn") warning(messages.get(v));
  const failing = verdicts.filter((v) => v.status === "fail");
  if (!failing.length) return void 0;
  return `${failing.map((v) => messages.get(v)).join(" ")} Free some space (remove the folders named) or lower min-free.`;
}

// src/matrix/problem-matcher.ts
import fs15 from "node:fs";
function matcherOwners(file) {
  const parsed = JSON.parse(fs15.readFileSync(file, "utf8"));
  return (parsed.problemMatcher ?? []).map((m) => m.owner).filter((o) => typeof o === "string");
}
function addMatchers(file) {
  const owners = matcherOwners(file);
  info(`::add-matcher::${file}`);
  debug(`problem matchers registered: ${owners.join(", ")}`);
  return owners;
}

// src/matrix/evaluate.ts
var import_satisfies2 = __toESM(require_satisfies(), 1);

// src/matrix/parse.ts
var import_valid2 = __toESM(require_valid2(), 1);
function parseGoEnvJson(text) {
  const value = JSON.parse(text);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("go env -json did not print a JSON object");
  const env = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === "string") env[key] = v;
  return env;
}
function goVersionToSemver(goVersion) {
  const match = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(goVersion.trim().split(/\s+/)[0] ?? "");
  if (!match) return void 0;
  const [, major, minor = "0", patch = "0", pre, preNumber] = match;
  const version = `${major}.${minor}.${patch}${pre ? `-${pre}.${preNumber}` : ""}`;
  return (0, import_valid2.default)(version) ?? void 0;
}
function splitQuoted(text) {
  const fields = [];
  const isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r";
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text[i])) i++;
    if (i >= text.length) break;
    const quote = text[i];
    if (quote === "'" || quote === '"') {
      const close = text.indexOf(quote, i + 1);
      fields.push(text.slice(i + 1, close === -1 ? void 0 : close));
      i = close === -1 ? text.length : close + 1;
      continue;
    }
    const start = i;
    while (i < text.length && !isSpace(text[i])) i++;
    fields.push(text.slice(start, i));
  }
  return fields;
}
var DIR_FLAGS = ["-isystem", "-idirafter", "-iquote", "-I", "-L"];
function flagDirectories(variable, value) {
  return flagDirectoriesOf(variable, splitQuoted(value));
}
function flagDirectoriesOf(variable, fields) {
  const found = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const flag = DIR_FLAGS.find((f) => field.startsWith(f));
    if (!flag) continue;
    const dir = field.length > flag.length ? field.slice(flag.length) : fields[++i];
    if (dir) found.push({ variable, flag, dir });
  }
  return found;
}
function firstLine(text) {
  return text.split(/\r?\n/).find((l) => l.trim() !== "")?.trim() ?? "";
}
function libcFromMacros(macros) {
  const define = (name) => new RegExp(`^#define ${name}(?:\\s+(\\S+))?\\s*$`, "m").exec(macros);
  if (define("__UCLIBC__")) return { family: "uclibc", evidence: "its headers define __UCLIBC__" };
  const glibc = define("__GLIBC__");
  if (glibc) {
    const minor = define("__GLIBC_MINOR__")?.[1];
    const version = minor ? `${glibc[1]}.${minor}` : glibc[1];
    return { family: "glibc", version, evidence: `its headers define __GLIBC__ ${version}` };
  }
  if (define("__BIONIC__")) return { family: "bionic", evidence: "its headers define __BIONIC__" };
  if (define("__APPLE__")) return { family: "darwin", evidence: "it targets Apple (libSystem)" };
  if (define("__MINGW32__")) return { family: "mingw", evidence: "its headers define __MINGW32__" };
  if (define("__linux__")) return { family: "musl", evidence: "a Linux compiler whose headers define no __GLIBC__; musl defines no macro of its own" };
  return { family: "unknown", evidence: "its headers name no known C library" };
}
function libcFromTriple(triple) {
  const evidence = `its target triple ${triple.raw}`;
  if (triple.abi === "musl") return { family: "musl", evidence };
  if (triple.os === "android") return { family: "bionic", evidence };
  if (triple.abi === "gnu" && triple.os === "linux") return { family: "glibc", evidence };
  if (triple.os === "darwin") return { family: "darwin", evidence };
  if (triple.os === "windows") return { family: "mingw", evidence };
  return void 0;
}
function parseTriple(raw) {
  const parts = raw.trim().split("-");
  if (parts.length < 2 || !parts[0]) return void 0;
  const rest = parts.slice(1);
  const os8 = rest.find((p) => /^(linux|darwin\d*(\.\d+)*|macos\d*|freebsd\d*(\.\d+)*|netbsd|openbsd|mingw32|windows|android|solaris\d*|illumos)/.test(p)) ?? rest[rest.length - 1];
  const last = rest[rest.length - 1];
  const android = /^android/.test(last);
  const osName = android ? "android" : os8.startsWith("mingw") ? "windows" : os8.replace(/[\d.]+$/, "").replace(/^macosx?$/, "darwin");
  const abi = last.includes("musl") ? "musl" : /^gnu/.test(last) ? "gnu" : last === os8 ? "" : last;
  return { raw: raw.trim(), arch: parts[0], os: osName, abi };
}
var GOARCH_TRIPLE = {
  amd64: /^(x86_64|amd64)$/,
  386: /^i[3-6]86$/,
  arm64: /^(aarch64|arm64)(_be)?$/,
  arm: /^(arm|armv\d+\w*|armhf|armel)$/,
  riscv64: /^riscv64$/,
  ppc64le: /^(powerpc64le|ppc64le)$/,
  ppc64: /^(powerpc64|ppc64)$/,
  s390x: /^s390x$/,
  loong64: /^loongarch64$/,
  mips64le: /^mips64(el|isa64r\d+el)$/,
  mipsle: /^mips(el|isa32r\d+el)$/,
  wasm: /^wasm32$/
};
function tripleMatchesGo(triple, goos, goarch) {
  if ((goos === "darwin" || goos === "ios") && triple.os === "darwin") return true;
  if (goarch === "386" && GOARCH_TRIPLE.amd64.test(triple.arch) && triple.os === goos) return void 0;
  const archRule = GOARCH_TRIPLE[goarch];
  const archOk = archRule ? archRule.test(triple.arch) : void 0;
  const osOk = goos === "ios" ? triple.os === "darwin" || triple.os === "ios" : triple.os === goos;
  if (archOk === void 0) return osOk ? void 0 : false;
  return archOk && osOk;
}
function libcFromLdd(stdout, stderr) {
  const text = `${stdout}
${stderr}`;
  if (/musl libc/i.test(text)) {
    const version = /^Version\s+(\S+)/m.exec(text)?.[1];
    return { family: "musl", version, evidence: "ldd --version names musl" };
  }
  const glibc = /(?:GLIBC|GNU libc)[^)\n]*\)\s+(\d+\.\d+(?:\.\d+)?)/i.exec(firstLine(stdout));
  if (glibc) return { family: "glibc", version: glibc[1], evidence: "ldd --version names glibc" };
  return void 0;
}
function muslLoaderVersion(stderr) {
  return /musl libc[\s\S]*?^Version\s+(\S+)/m.exec(stderr)?.[1];
}
function readBinaryFormat(bytes) {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 2135247942) return readElf(bytes);
  if (bytes.length >= 4 && [4277009102, 4277009103, 3472551422, 3489328638, 3405691582].includes(bytes.readUInt32BE(0))) {
    return { format: "mach-o" };
  }
  if (bytes.length >= 2 && bytes.toString("latin1", 0, 2) === "MZ") return { format: "pe" };
  return { format: "unknown" };
}
var PT_INTERP = 3;
function readElf(bytes) {
  const is64 = bytes[4] === 2;
  const little = bytes[5] === 1;
  const u16 = (o) => little ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o);
  const u32 = (o) => little ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o);
  const uword = (o) => is64 ? Number(little ? bytes.readBigUInt64LE(o) : bytes.readBigUInt64BE(o)) : u32(o);
  try {
    const phoff = uword(is64 ? 32 : 28);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    for (let i = 0; i < phnum; i++) {
      const ph = phoff + i * phentsize;
      if (u32(ph) !== PT_INTERP) continue;
      const offset = uword(is64 ? ph + 8 : ph + 4);
      const size = uword(is64 ? ph + 32 : ph + 16);
      return { format: "elf", interpreter: bytes.toString("latin1", offset, offset + size).replace(/\0+$/, "") };
    }
    return { format: "elf" };
  } catch {
    return { format: "unknown" };
  }
}
function libcFromBinary(format) {
  if (format.format !== "elf") return void 0;
  const interp = format.interpreter;
  if (!interp) return { family: "static", evidence: "the binary is statically linked (no ELF interpreter)" };
  if (/ld-musl-/.test(interp)) return { family: "musl", evidence: `the binary's ELF interpreter is ${interp}` };
  if (/ld-linux|ld64\.so|ld\.so/.test(interp)) return { family: "glibc", evidence: `the binary's ELF interpreter is ${interp}` };
  return { family: "unknown", evidence: `the binary's ELF interpreter is ${interp}` };
}

// src/matrix/evaluate-libc.ts
var import_coerce = __toESM(require_coerce(), 1);
var import_satisfies = __toESM(require_satisfies(), 1);

// src/matrix/cc-output.ts
function tracedFiles(output) {
  const files = /* @__PURE__ */ new Set();
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    const match = /^\(?([^\s():]+?\.(?:so(?:\.[\w.]+)?|a|dylib|tbd))(?:\)|\(|$)/.exec(line);
    if (match && !line.includes(": ")) files.add(match[1]);
  }
  return [...files];
}
function compilerError(output) {
  const lines = output.split(/\r?\n/).map((l) => l.trim());
  const closing = /ld returned \d+ exit status|linker command failed/;
  const line = lines.find((l) => /\bfatal error:/.test(l)) ?? lines.find((l) => /\b(cannot find|unable to find library|library not found for|undefined reference)\b/.test(l)) ?? lines.find((l) => /\berror:/.test(l) && !closing.test(l));
  if (!line) return void 0;
  return clipLine(line.replace(/^\S*\/(ld|collect2|ld\.lld|ld64)(\.\w+)?:\s*/, ""));
}
function missingLibrary(output) {
  const match = /(?:cannot find|unable to find library|library not found for) (-l[^\s:]+)/.exec(output);
  return match?.[1];
}
function missingHeader(output) {
  return /fatal error: ([^:\s]+): No such file or directory/.exec(output)?.[1] ?? /fatal error: '([^']+)' file not found/.exec(output)?.[1];
}
function clipLine(line, max = 240) {
  return line.length > max ? `${line.slice(0, max)}\u2026` : line;
}
function headerCandidates(module) {
  const bases = /* @__PURE__ */ new Set();
  const plain = module.replace(/[-_.]?\d+(\.\d+)*$/, "");
  for (const name of [module, plain]) {
    bases.add(name);
    bases.add(name.replace(/^lib/, ""));
    bases.add(name.replace(/\+/g, "").replace(/^lib/, ""));
  }
  const names2 = [...bases].filter((b) => /^[\w+.-]+$/.test(b) && b.length > 0);
  return [...names2.map((b) => `${b}.h`), ...names2.map((b) => `${b}/${b}.h`)];
}

// src/matrix/cc-tests.ts
import fs16 from "node:fs";
import path8 from "node:path";

// src/matrix/elf-deps.ts
var SHT_DYNAMIC = 6;
var DT_NULL = 0;
var DT_NEEDED = 1;
var DT_SONAME = 14;
var MAX_SECTION = 16 * 1024 * 1024;
function readElfDynamic(read2) {
  const header = read2(0, 64);
  if (header.length < 52 || header.readUInt32BE(0) !== 2135247942) return void 0;
  const is64 = header[4] === 2;
  const little = header[5] === 1;
  const u16 = (b, o) => little ? b.readUInt16LE(o) : b.readUInt16BE(o);
  const u32 = (b, o) => little ? b.readUInt32LE(o) : b.readUInt32BE(o);
  const word = (b, o) => is64 ? Number(little ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
  try {
    const shoff = word(header, is64 ? 40 : 32);
    const shentsize = u16(header, is64 ? 58 : 46);
    const shnum = u16(header, is64 ? 60 : 48);
    if (!shoff || !shnum || shentsize < (is64 ? 64 : 40)) return void 0;
    const table = read2(shoff, shnum * shentsize);
    const section = (i) => {
      const o = i * shentsize;
      return {
        type: u32(table, o + 4),
        offset: word(table, is64 ? o + 24 : o + 16),
        size: word(table, is64 ? o + 32 : o + 20),
        link: u32(table, is64 ? o + 40 : o + 24)
      };
    };
    for (let i = 0; i < shnum; i++) {
      const dyn = section(i);
      if (dyn.type !== SHT_DYNAMIC) continue;
      if (dyn.link >= shnum) return void 0;
      const strtab = section(dyn.link);
      if (dyn.size > MAX_SECTION || strtab.size > MAX_SECTION) return void 0;
      const entries = read2(dyn.offset, dyn.size);
      const strings = read2(strtab.offset, strtab.size);
      const text = (at) => {
        const end = strings.indexOf(0, at);
        return strings.toString("latin1", at, end < 0 ? strings.length : end);
      };
      const result = { needed: [] };
      const size = is64 ? 16 : 8;
      for (let o = 0; o + size <= entries.length; o += size) {
        const tag = word(entries, o);
        const value = word(entries, o + size / 2);
        if (tag === DT_NULL) break;
        if (tag === DT_NEEDED) result.needed.push(text(value));
        else if (tag === DT_SONAME) result.soname = text(value);
      }
      return result;
    }
    return { needed: [] };
  } catch {
    return void 0;
  }
}
var GLIBC_LIBC = /^(libc\.so\.6|ld-linux[\w.-]*\.so\.\d)$/;
var MUSL_LIBC = /^(libc\.musl-[\w-]+\.so\.1|ld-musl-[\w-]+\.so\.1)$/;
function libcOfElf(basename2, dyn) {
  const name = dyn.soname ?? basename2;
  if (GLIBC_LIBC.test(name)) return { family: "glibc", because: `it is glibc's own ${name}` };
  if (MUSL_LIBC.test(name) || basename2 === "libc.so" && !dyn.needed.length) return { family: "musl", because: `it is musl's own ${name}` };
  const glibc = dyn.needed.find((n) => GLIBC_LIBC.test(n));
  if (glibc) return { family: "glibc", because: `it needs ${glibc}` };
  const musl = dyn.needed.find((n) => n === "libc.so" || MUSL_LIBC.test(n));
  if (musl) return { family: "musl", because: `it needs ${musl}` };
  return void 0;
}

// src/matrix/cc-tests.ts
var PARALLEL = 4;
var LIBC_PART = /^(libc(_nonshared)?\.(so(\.\d+)?|a)|ld-linux[\w.-]*|ld-musl[\w.-]*|libc\.musl[\w.-]*|lib(m|dl|rt|pthread|util|resolv)(-[\d.]+)?\.(so(\.\d+)?|a))$/;
async function pool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}
function folderLibc(dir, memo) {
  if (memo.has(dir)) return memo.get(dir);
  let libc;
  const six = path8.join(dir, "libc.so.6");
  const sixLibc = fs16.existsSync(six) ? elfLibc(six) : void 0;
  if (sixLibc) libc = { family: sixLibc.family, because: `its folder ${dir} is ${sixLibc.family}'s (its libc.so.6 ${sixLibc.because.replace(/^it /, "")})` };
  else {
    const dyn = elfDynamic(path8.join(dir, "libc.so"));
    if (dyn && !dyn.needed.length) libc = { family: "musl", because: `its folder ${dir} is musl's (it holds musl's libc.so)` };
  }
  memo.set(dir, libc);
  return libc;
}
function elfLibc(file) {
  let real;
  try {
    real = fs16.realpathSync(file);
  } catch {
    return void 0;
  }
  const dyn = elfDynamic(real);
  return dyn && libcOfElf(path8.basename(real), dyn);
}
function elfDynamic(file) {
  let fd;
  try {
    fd = fs16.openSync(file, "r");
    const handle = fd;
    return readElfDynamic((offset, length) => {
      const buffer = Buffer.alloc(length);
      const read2 = fs16.readSync(handle, buffer, 0, length, offset);
      return buffer.subarray(0, read2);
    });
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) fs16.closeSync(fd);
  }
}
function classifyLibraries(files, cwd) {
  const memo = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const libraries = [];
  for (const file of files) {
    const full = path8.resolve(cwd, file);
    const real = path8.normalize(full);
    if (seen.has(real)) continue;
    seen.add(real);
    const base = path8.basename(real);
    const libcItself = LIBC_PART.test(base);
    if (base.endsWith(".a")) {
      libraries.push({ path: real, libc: folderLibc(path8.dirname(real), memo), libcItself });
      continue;
    }
    const dyn = elfDynamic(real);
    if (!dyn) continue;
    libraries.push({ path: real, libc: libcOfElf(base, dyn), libcItself });
  }
  return libraries;
}
async function compile(cc, subject, source, file, env) {
  const dir = path8.dirname(file);
  fs16.writeFileSync(file, `${source.text}
`);
  const includes = source.dir ? ["-I", source.dir] : [];
  const mode = source.preprocessOnly ? ["-E", "-o", `${file}.i`] : ["-fsyntax-only"];
  const args = [...cc.args, ...cc.cflags, ...subject.cflags, ...includes, "-I", path8.join(dir, "stub"), ...mode, file];
  const result = await execTool(cc.path, args, { env, cwd: dir, timeoutMs: 6e4 });
  const output = [result.error, result.stdout, result.stderr].filter(Boolean).join("\n").replace(
    new RegExp(`${escapeRegExp(file)}(?::(\\d+)(?::\\d+)?)?: ?`, "g"),
    (_, line) => source.preprocessOnly ? `${source.name} (C preamble${line ? `, line ${line}` : ""}): ` : ""
  );
  if (result.code === 0) return { name: source.name, ok: true };
  return {
    name: source.name,
    ok: false,
    error: compilerError(output) ?? (output.trim().split("\n")[0] || `exit ${result.code}`),
    header: missingHeader(output)
  };
}
async function link(cc, subject, out, env) {
  const dir = path8.dirname(out);
  const main = path8.join(dir, "empty-main.c");
  const args = [...cc.args, ...cc.cflags, "-o", out, main, ...cc.ldflags, ...subject.ldflags, "-Wl,-t"];
  const result = await execTool(cc.path, args, { env, cwd: dir, timeoutMs: 6e4 });
  const output = [result.error, result.stdout, result.stderr].filter(Boolean).join("\n");
  const libraries = classifyLibraries(tracedFiles(output), dir);
  if (result.code === 0) {
    if (!cc.runnable || !subject.ldflags.length) return { ok: true, libraries };
    const started = await execTool(out, [], { env, cwd: dir, timeoutMs: 1e4 });
    const said = [started.error, started.stdout, started.stderr].filter(Boolean).join("\n").trim();
    return { ok: true, libraries, run: { ok: started.code === 0, output: compilerError(said) ?? firstLine(said) } };
  }
  return { ok: false, error: compilerError(output) ?? `exit ${result.code}`, missing: missingLibrary(output), libraries };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
async function runLibraryTests(cc, subjects, dir, env) {
  fs16.mkdirSync(path8.join(dir, "stub"), { recursive: true });
  fs16.writeFileSync(path8.join(dir, "stub", "_cgo_export.h"), "/* stands in for the header cgo writes during the build */\n");
  fs16.writeFileSync(path8.join(dir, "empty-main.c"), "int main(void) { return 0; }\n");
  const linkKey = (s) => JSON.stringify(s.ldflags);
  const linkers = /* @__PURE__ */ new Map();
  subjects.forEach((s, i) => s.link && !linkers.has(linkKey(s)) && linkers.set(linkKey(s), i));
  const jobs = subjects.flatMap((s, i) => [
    ...s.sources.map((_, j) => ({ subject: i, source: j })),
    ...s.link && linkers.get(linkKey(s)) === i ? [{ subject: i }] : []
  ]);
  const done = await pool(jobs, PARALLEL, async (job) => {
    const subject = subjects[job.subject];
    const name = path8.join(dir, `s${job.subject}${job.source === void 0 ? "" : `-${job.source}`}`);
    try {
      return job.source === void 0 ? await link(cc, subject, `${name}.out`, env) : await compile(cc, subject, subject.sources[job.source], `${name}.c`, env);
    } catch (err) {
      const error2 = `the test could not run: ${err.message}`;
      return job.source === void 0 ? { ok: false, error: error2, libraries: [] } : { name: subject.sources[job.source].name, ok: false, error: error2 };
    }
  });
  const results = jobs.map((job, k) => ({ job, result: done[k] }));
  return subjects.map((subject, i) => {
    const linker = subject.link ? linkers.get(linkKey(subject)) : void 0;
    return {
      id: subject.id,
      compiles: results.filter(({ job }) => job.subject === i && job.source !== void 0).map(({ result }) => result),
      link: results.find(({ job }) => job.subject === linker && job.source === void 0)?.result
    };
  });
}
function foreignLibraries(link2, family) {
  if (!link2 || !family) return [];
  return link2.libraries.filter((l) => l.libc && l.libc.family !== family);
}

// src/matrix/evaluate-libraries.ts
var MAX_LISTED2 = 3;
function list3(items) {
  const shown2 = items.slice(0, MAX_LISTED2).join(", ");
  return items.length > MAX_LISTED2 ? `${shown2} and ${items.length - MAX_LISTED2} more` : shown2;
}
function builtForFix(family, name) {
  if (family === "musl") {
    return `use ${name} built for musl: in an Alpine container install its -dev package (apk add); on Debian/Ubuntu build it with CC=musl-gcc into a prefix and point PKG_CONFIG_PATH (or -I/-L in CGO_CFLAGS/CGO_LDFLAGS) at that prefix; or give the compiler a musl sysroot that has it (--sysroot)`;
  }
  return `use ${name} built for glibc (Debian/Ubuntu: its lib\u2026-dev package) and keep musl's folders out of the flags`;
}
function compilerName(facts) {
  return facts.cc.command;
}
function judgeSubject(info2, result, facts, target) {
  const cc = compilerName(facts);
  const family = target?.family === "musl" || target?.family === "glibc" ? target.family : void 0;
  const failed = result.compiles.find((c) => !c.ok);
  if (failed) {
    const what = info2.kind === "package" ? `the C preamble of ${failed.name}` : failed.name;
    const found = `${cc} cannot compile ${what}: ${failed.error ?? "no output"}`;
    const header = failed.header ?? info2.header?.name;
    const foundAt = info2.header && failed.header === info2.header.name ? info2.header.dir : failed.headerFoundAt;
    if (foundAt && failed.header && family && facts.hostLibc && facts.hostLibc.family !== family) {
      const where = info2.module?.pcfiledir ? ` (${info2.module.pcfiledir}/${info2.name}.pc)` : "";
      const whose = info2.kind === "package" ? `the library behind ${failed.header} on this machine is built for ${facts.hostLibc.family}, not ${family}` : `the ${facts.hostLibc.family} ${info2.name} of this machine${where} is not built for ${family}`;
      return {
        status: "fail",
        found: `${found}. ${failed.header} is in ${foundAt}, which ${cc} does not search: ${whose}`,
        fix: builtForFix(family, info2.kind === "package" ? `the library that provides ${failed.header}` : info2.name)
      };
    }
    const fix = header ? `install the package that provides ${header} for this compiler, or add its folder with -I (CGO_CFLAGS${info2.kind === "package" ? " or a #cgo CFLAGS line" : ""})` : `read the compiler's error above; the flags tried were the cell's CGO_CPPFLAGS/CGO_CFLAGS${info2.kind === "pkg-config" ? ` and pkg-config --cflags ${info2.name}` : ""}`;
    return { status: "fail", found, fix };
  }
  const link2 = result.link;
  if (link2 && !link2.ok) {
    const gone = facts.flagDirs.filter((f) => f.flag === "-L" && !f.exists).map((f) => `${f.variable} names -L ${f.dir}, which is not a folder`);
    const found = `linking ${list3(info2.libraries)} with ${cc} fails: ${link2.error ?? "no output"}${gone.length ? `; ${list3(gone)}` : ""}`;
    const named = link2.missing ?? info2.libraries.find((l) => l.startsWith("-l")) ?? info2.name;
    const lib = `lib${named.replace(/^-l:?/, "").replace(/\.(a|so[.\d]*)$/, "").replace(/^lib/, "")}`;
    const fix = family === "musl" && facts.hostLibc?.family !== "musl" ? `${builtForFix("musl", lib)}; or add the folder that has it with -L` : `install ${lib} for this compiler (Debian/Ubuntu: apt-get install ${lib}-dev; Alpine: apk add ${lib.replace(/^lib/, "")}-dev) or add the folder that has it with -L (CGO_LDFLAGS)`;
    return { status: "fail", found, fix };
  }
  const foreign = foreignLibraries(link2, family);
  if (foreign.length && family) {
    const culprits = foreign.filter((l) => !l.libcItself);
    const named = (culprits.length ? culprits : foreign).map((l) => `${l.path} (${l.libc.family}: ${l.libc.because})`);
    const other = foreign[0].libc.family;
    const dragged = culprits.length && foreign.some((l) => l.libcItself) ? `, and with it ${other}'s own ${list3(foreign.filter((l) => l.libcItself).map((l) => l.path))}` : "";
    const started = link2?.run ? link2.run.ok ? `; the test program starts here only because ${family === "musl" ? "musl's loader stands in for libc.so.6" : "both C libraries are installed"}, and a ${family} system has no such library` : `; the test program fails to start: ${link2.run.output}` : "";
    return {
      status: "fail",
      found: `links ${list3(named)}${dragged} into a ${family} cell: the program needs another libc's library${started}`,
      fix: builtForFix(family, culprits.length ? list3(culprits.map((l) => basename(l.path))) : info2.name)
    };
  }
  if (link2?.run && !link2.run.ok) {
    return {
      status: "warn",
      found: `a test program linked with ${list3(info2.libraries)} by ${cc} fails to start: ${link2.run.output}`,
      fix: "add the library's folder to LD_LIBRARY_PATH for the job, or link with -Wl,-rpath,<folder> (CGO_LDFLAGS)"
    };
  }
  return void 0;
}
function droppedNote(info2) {
  return info2.dropped?.length ? ` (not passed on, as go build refuses them from #cgo lines and pkg-config: ${list3(info2.dropped)}; CGO_CFLAGS_ALLOW/CGO_LDFLAGS_ALLOW let them through)` : "";
}
function basename(p) {
  return p.split(/[\\/]/).pop() ?? p;
}
function passFound(info2, result, facts) {
  const parts = [];
  if (result.compiles.length) {
    parts.push(info2.kind === "package" ? `${result.compiles.length} C preamble(s) preprocess` : `${result.compiles.map((c) => c.name).join(", ")} compiles`);
  }
  if (result.link) parts.push(`${list3(info2.libraries)} link${info2.libraries.length === 1 ? "s" : ""}`);
  const own = result.link?.libraries.filter((l) => !l.libcItself && l.libc) ?? [];
  const families = [...new Set(own.map((l) => l.libc.family))];
  const built = families.length === 1 ? ` (built for ${families[0]})` : "";
  const none = info2.kind === "pkg-config" && !result.compiles.length ? "; no header named after it was found to compile" : "";
  return parts.length ? `${parts.join(" and ")} with ${compilerName(facts)}${built}${none}` : `nothing to compile or link${none}`;
}
function moduleCheck(cell2, r, libraries, facts, target) {
  const { requirement, version, satisfied, message } = r;
  const expected = formatRequirement(requirement);
  const title = `pkg-config ${requirement.module}`;
  const id = `pkg-config:${requirement.module}`;
  if (version === void 0) {
    const dev = `lib${requirement.module.replace(/^lib/, "")}-dev`;
    const fix = `install the package that provides ${requirement.module}.pc (e.g. ${dev}) or add its folder to PKG_CONFIG_PATH`;
    return { id, title, status: "fail", expected, found: message ?? "not found", fix };
  }
  if (!satisfied) {
    const found = `${requirement.module} ${version}${message ? `: ${message}` : ""}`;
    return {
      id,
      title,
      status: "fail",
      expected,
      found,
      fix: `install a version of ${requirement.module} that satisfies ${requirement.op} ${requirement.version}`
    };
  }
  const base = `${requirement.module} ${version}`;
  const info2 = libraries?.subjects.find((s) => s.id === id);
  const result = libraries?.results.find((s) => s.id === id);
  if (!info2 || !result) {
    const why = libraries?.skipped ? `; not compiled or linked: ${libraries.skipped}` : "";
    return { id, title, status: "pass", expected, found: `${base}${why}` };
  }
  const judged = judgeSubject(info2, result, facts, target);
  const expectedFull = `${expected}, usable by ${compilerName(facts)}`;
  if (judged) return { id, title, status: judged.status, expected: expectedFull, found: `${base}, but ${judged.found}${droppedNote(info2)}`, fix: judged.fix };
  return { id, title, status: "pass", expected: expectedFull, found: `${base}: ${passFound(info2, result, facts)}${droppedNote(info2)}` };
}
function subjectCheck(id, title, failStatus, info2, result, facts, target) {
  const expected = `${info2.kind === "package" ? "its C code compiles and its libraries link" : `${list3(info2.libraries)} link`} with ${compilerName(facts)}, built for the cell's libc`;
  if (info2.missingModules?.length && info2.pkgConfigMissing) {
    const fix = "install pkg-config (apt-get install pkg-config; apk add pkgconf; brew install pkgconf) or set PKG_CONFIG";
    return {
      id,
      title,
      status: failStatus,
      expected,
      found: `its #cgo pkg-config modules ${list3(info2.missingModules)} cannot be asked for: ${info2.pkgConfigMissing} is not on PATH`,
      fix
    };
  }
  if (info2.missingModules?.length) {
    const fix = `install the packages that provide ${list3(info2.missingModules.map((m) => `${m}.pc`))} or add their folder to PKG_CONFIG_PATH`;
    return { id, title, status: failStatus, expected, found: `its #cgo pkg-config modules ${list3(info2.missingModules)} are not found`, fix };
  }
  if (!result) return { id, title, status: "skip", expected, found: "not tried" };
  const judged = judgeSubject(info2, result, facts, target);
  if (judged)
    return {
      id,
      title,
      status: judged.status === "fail" ? failStatus : judged.status,
      expected,
      found: `${judged.found}${droppedNote(info2)}`,
      fix: judged.fix
    };
  return { id, title, status: "pass", expected, found: `${passFound(info2, result, facts)}${droppedNote(info2)}` };
}
function packageChecks(cell2, libraries, facts, target) {
  if (!cell2.cgoPackages.length) return [];
  const title = "cgo packages";
  const expected = `the packages ${list3(cell2.cgoPackages)} listed by go list`;
  if (libraries?.skipped) return [{ id: "cgo-packages", title, status: "skip", expected, found: `not tried: ${libraries.skipped}` }];
  const packages = libraries?.packages;
  if (!packages) return [{ id: "cgo-packages", title, status: "skip", expected, found: facts.go ? "not listed" : "not listed: no go env" }];
  const checks2 = [];
  if (!packages.packages.length) {
    const status = packages.problems.length ? "fail" : "pass";
    const found = packages.problems.length ? list3(packages.problems) : `no package among ${list3(cell2.cgoPackages)} or their dependencies uses cgo`;
    const fix = packages.problems.length ? "run go list -deps with the same patterns in the job to see the error; check cgo-packages and the working folder" : void 0;
    return [{ id: "cgo-packages", title, status, expected, found, fix }];
  }
  if (packages.problems.length) {
    checks2.push({
      id: "cgo-packages",
      title,
      status: "warn",
      expected,
      found: `go list reported: ${list3(packages.problems)}`,
      fix: "run go list -deps with the same patterns in the job"
    });
  }
  for (const info2 of libraries.subjects.filter((s) => s.kind === "package")) {
    const result = libraries.results.find((r) => r.id === info2.id);
    checks2.push(subjectCheck(info2.id, `cgo package ${info2.name}`, "fail", info2, result, facts, target));
  }
  return checks2;
}
function libraryChecks(cell2, facts, libraries, target, ldflagsStatus) {
  const checks2 = [];
  if (cell2.pkgConfig.length && facts.pkgConfig) {
    const { pkgConfig } = facts;
    if (!pkgConfig.path) {
      const fix = "install pkg-config (apt-get install pkg-config; apk add pkgconf; brew install pkgconf) or set PKG_CONFIG";
      checks2.push({
        id: "pkg-config",
        title: "pkg-config",
        status: "fail",
        expected: `${pkgConfig.command} on PATH`,
        found: `${pkgConfig.command} not found`,
        fix
      });
    } else checks2.push(...pkgConfig.results.map((r) => moduleCheck(cell2, r, libraries, facts, target)));
  }
  const ldflags = libraries?.subjects.find((s) => s.kind === "ldflags");
  if (ldflags) {
    const result = libraries.results.find((r) => r.id === "ldflags");
    checks2.push(subjectCheck("ldflags", "Libraries in CGO_LDFLAGS", ldflagsStatus, ldflags, result, facts, target));
  }
  checks2.push(...packageChecks(cell2, libraries, facts, target));
  return checks2;
}

// src/matrix/evaluate-libc.ts
var NO_CC = (facts) => `the C compiler ${facts.cc.command} is missing (see the C compiler row)`;
function describeLibc(libc) {
  if (!libc) return "unknown";
  return libc.version ? `${libc.family} ${libc.version}` : libc.family;
}
function buildLibc(facts, cgoOn, probe) {
  const fromProbe = probe?.libc;
  const compiler = facts.cc.libc;
  if (fromProbe && (fromProbe.family === "musl" || fromProbe.family === "glibc")) {
    const sameFamily = (libc) => libc?.family === fromProbe.family ? libc.version : void 0;
    const version = sameFamily(compiler) ?? sameFamily(facts.hostLibc);
    return { family: fromProbe.family, version, evidence: fromProbe.evidence };
  }
  if (cgoOn && compiler) {
    const version = compiler.version ?? (facts.hostLibc?.family === compiler.family ? facts.hostLibc.version : void 0);
    return { ...compiler, version, evidence: `the C compiler ${facts.cc.command}: ${compiler.evidence}` };
  }
  return facts.hostLibc && { ...facts.hostLibc, evidence: `the job environment: ${facts.hostLibc.evidence}` };
}
var LIBC_FIX = {
  musl: "set CC=musl-gcc (Debian/Ubuntu: apt-get install musl-tools) or run the job in an Alpine container (apk add gcc musl-dev)",
  glibc: "use a glibc image or runner (Debian, Ubuntu) and its gcc, or set CC back to the system gcc"
};
function libcFix(family, facts) {
  const named = `${facts.cc.command} ${facts.cc.path ?? ""}`;
  if (family === "musl" && /musl/.test(named)) {
    return `CC is already ${facts.cc.command}, yet its headers are not musl's: check its specs file and the -I/--sysroot flags in CGO_CPPFLAGS/CGO_CFLAGS`;
  }
  return LIBC_FIX[family];
}
function libcCheck(cell2, facts, cgoOn, probe) {
  const libc = buildLibc(facts, cgoOn, probe);
  if (!libc && cell2.libc.family === "any") return void 0;
  const expected = cell2.libc.family === "any" ? "any" : `${cell2.libc.family}${cell2.libc.range ? ` ${cell2.libc.range}` : ""}`;
  const host2 = facts.hostLibc && libc && describeLibc(facts.hostLibc) !== describeLibc(libc) ? `; job environment: ${describeLibc(facts.hostLibc)}` : "";
  const found = `${describeLibc(libc)} (${libc?.evidence ?? "no C library found"})${host2}`;
  const title = "libc";
  if (cell2.libc.family === "any") return { id: "libc", title, status: "pass", expected, found };
  const cc = facts.cc;
  if (cgoOn && !probe?.libc && !cc.path) return { id: "libc", title, status: "skip", expected, found: `not checked: ${NO_CC(facts)}` };
  if (cgoOn && !probe?.libc && cc.flagsEffect && cc.problems.length) {
    return {
      id: "libc",
      title,
      status: "skip",
      expected,
      found: `not checked: ${cc.command} cannot compile with the cell's header flags (see the C compiler row)`
    };
  }
  const mismatch = !libc || libc.family !== cell2.libc.family || cell2.libc.range && !(0, import_satisfies.default)((0, import_coerce.default)(libc.version ?? "") ?? "0.0.0", cell2.libc.range);
  if (!cgoOn && !probe?.libc && mismatch) {
    const host3 = facts.hostLibc ? ` (the job environment has ${describeLibc(facts.hostLibc)})` : "";
    return {
      id: "libc",
      title,
      status: "pass",
      expected,
      found: `no libc: cgo is off, so Go links none and the binaries run on ${cell2.libc.family} too${host3}`
    };
  }
  if (!libc || libc.family !== cell2.libc.family) {
    const effect = cgoOn && !probe?.libc ? cc.flagsEffect : void 0;
    if (effect?.libcWithout?.family === cell2.libc.family) {
      const flags = effect.flags.join(" ");
      const brings = effect.header ? ` (${effect.header})` : "";
      const cause = `${flags} from CGO_CPPFLAGS/CGO_CFLAGS put ${libc?.family ?? "other"} headers${brings} before ${cc.command}'s own ${describeLibc(effect.libcWithout)}`;
      return {
        id: "libc",
        title,
        status: "fail",
        expected,
        found: `${found}: ${cause}`,
        fix: `remove ${flags}, or point it at headers built for ${cell2.libc.family}`
      };
    }
    return { id: "libc", title, status: "fail", expected, found, fix: libcFix(cell2.libc.family, facts) };
  }
  if (!cell2.libc.range) return { id: "libc", title, status: "pass", expected, found };
  const version = (0, import_coerce.default)(libc.version ?? "");
  if (!version) return { id: "libc", title, status: "warn", expected, found, fix: `cannot tell the ${libc.family} version to compare with ${cell2.libc.range}` };
  if ((0, import_satisfies.default)(version, cell2.libc.range)) return { id: "libc", title, status: "pass", expected, found };
  return { id: "libc", title, status: "fail", expected, found, fix: `use an image or runner whose ${libc.family} satisfies ${cell2.libc.range}` };
}
function secondLibc(probe) {
  const family = probe.libc?.family;
  const needed = probe.needed ?? [];
  if (family === "musl") {
    const library = needed.find((n) => /^(libc\.so\.6|ld-linux[\w.-]*\.so\.\d)$/.test(n));
    return library ? { library, family: "glibc" } : void 0;
  }
  if (family === "glibc") {
    const library = needed.find((n) => n === "libc.so" || /^(libc\.musl-|ld-musl-)/.test(n));
    return library ? { library, family: "musl" } : void 0;
  }
  return void 0;
}
function probeCheck(cell2, facts, cgoOn, probe, libraries) {
  if (!cell2.probe) return void 0;
  const title = "cgo probe";
  const expected = "a cgo program builds and runs";
  if (!cgoOn) return { id: "probe", title, status: "skip", expected, found: facts.go ? "not built: cgo is off" : "not built: no go env" };
  if (!probe) return { id: "probe", title, status: "skip", expected, found: "not built" };
  if (!probe.ok && !facts.cc.path) return { id: "probe", title, status: "skip", expected, found: `not judged: ${NO_CC(facts)}` };
  if (!probe.ok && facts.cc.problems.length)
    return { id: "probe", title, status: "skip", expected, found: "not judged: the C compiler cannot compile (see the C compiler row)" };
  if (!probe.ok) {
    const lines = probe.output.split("\n").filter((l) => l.trim() && !l.startsWith("# ")).slice(0, 3);
    const fix = "read the compiler's output (step log, job summary): it names the missing piece";
    return { id: "probe", title, status: "fail", expected, found: `build failed: ${compilerError(probe.output) ?? (lines.join(" / ") || "no output")}`, fix };
  }
  const libc = probe.libc ? `; ${probe.libc.evidence}` : "";
  const mixed = secondLibc(probe);
  if (mixed) {
    const culprits = (libraries?.results ?? []).flatMap((r) => r.link?.libraries ?? []).filter((l) => !l.libcItself && l.libc?.family === mixed.family);
    const named = culprits.length ? ` (${[...new Set(culprits.map((l) => l.path))].slice(0, 3).join(", ")}: see the library rows)` : " (CGO_LDFLAGS or a #cgo line links it)";
    const ran = probe.ran && !probe.runOk ? `; running it failed: ${probe.runOutput || "no output"}` : "";
    const found = `built${probe.ran && probe.runOk ? " and ran" : ""}, but the binary needs ${mixed.library}, ${mixed.family}'s C library, beside ${probe.libc.family}'s loader: a library built for ${mixed.family} is linked in${named}${ran}`;
    return { id: "probe", title, status: "fail", expected, found, fix: builtForFix(probe.libc.family, "every library the cell links") };
  }
  if (!probe.ran) return { id: "probe", title, status: "pass", expected, found: `built (cross build, not run)${libc}` };
  if (!probe.runOk) {
    const found = `built, but running it failed: ${probe.runOutput || "no output"}${libc}`;
    return { id: "probe", title, status: "fail", expected, found, fix: "the binary cannot run here: is its C library (loader) installed?" };
  }
  return { id: "probe", title, status: "pass", expected, found: `built and ran${libc}` };
}

// src/matrix/evaluate.ts
var SETUP_GO = "add actions/setup-go before this step";
var INSTALL_CC = "install a C compiler (Debian/Ubuntu: apt-get install gcc; Alpine: apk add gcc musl-dev; macOS: xcode-select --install) or set CC";
var INSTALL_CC_OR_NO_CGO = `if the build uses cgo: ${INSTALL_CC}; if it is pure Go: set CGO_ENABLED=0 (or cgo: false) to build without the C compiler`;
function installFix(cell2, facts) {
  const cc = facts.cc;
  if (cc.explicit) {
    const set = `CC=${[cc.command, ...cc.args].join(" ")} names no program on PATH: install ${cc.command}, or set CC to a compiler you have`;
    return cell2.cgo === "true" ? set : `if the build uses cgo: ${set}; if it is pure Go: set CGO_ENABLED=0 (or cgo: false)`;
  }
  return cell2.cgo === "true" ? INSTALL_CC : INSTALL_CC_OR_NO_CGO;
}
function toolchainStatus(cell2) {
  return cell2.cgo === "true" || cell2.probe ? "fail" : "warn";
}
function whyCgoOff(facts) {
  if (facts.cgoEnvironment === "0") return "CGO_ENABLED=0 is set in the job environment";
  if (facts.cgoEnvironment !== "1") {
    if (facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch) {
      return `Go turns cgo off by default for cross builds (${facts.goos}/${facts.goarch} on a ${facts.hostOs}/${facts.hostArch} host)`;
    }
    if (!facts.cc.path && !facts.cc.explicit) {
      return `no C compiler is on PATH: CC is unset and ${facts.cc.command} is missing, so Go \u2265 1.20 silently turns cgo off`;
    }
  }
  return "CGO_ENABLED=0 comes from the go env file (go env -w) or the Go distribution";
}
function goCheck(cell2, facts) {
  const expected = cell2.goVersion ? `Go ${cell2.goVersion.raw}` : "any Go";
  const title = "Go version";
  if (!facts.go) {
    const needed = Boolean(cell2.goVersion) || cell2.cgo === "true" || cell2.probe;
    const fix = facts.goPath ? `check the Go installation at ${facts.goPath} and GOFLAGS; go env also runs the C compiler (CC), which must not hang` : cell2.goVersion ? `${SETUP_GO} with go-version: '${cell2.goVersion.raw}'` : SETUP_GO;
    return { id: "go", title, status: needed ? "fail" : "warn", expected, found: facts.goProblem ?? "go not found", fix };
  }
  const found = `${facts.go.goVersion || "unknown"} (${facts.go.path})`;
  if (!cell2.goVersion) return { id: "go", title, status: "pass", expected, found };
  if (!facts.go.version) {
    return { id: "go", title, status: "warn", expected, found, fix: "a development build of Go cannot be compared with a version range" };
  }
  if ((0, import_satisfies2.default)(facts.go.version, cell2.goVersion.range, { includePrerelease: true })) return { id: "go", title, status: "pass", expected, found };
  return { id: "go", title, status: "fail", expected, found, fix: `${SETUP_GO} with go-version: '${cell2.goVersion.raw}' (or change the cell's go-version)` };
}
function cgoCheck(cell2, facts) {
  const title = "cgo (effective CGO_ENABLED)";
  const expected = cell2.cgo === "true" ? "CGO_ENABLED=1" : cell2.cgo === "false" ? "CGO_ENABLED=0" : "either (auto)";
  if (facts.cgoEnabled === void 0)
    return { id: "cgo", title, status: cell2.cgo === "auto" ? "skip" : "fail", expected, found: "unknown: no go env", fix: SETUP_GO };
  if (!facts.cgoEnabled) {
    const found2 = `CGO_ENABLED=0: ${whyCgoOff(facts)}`;
    if (cell2.cgo !== "true") return { id: "cgo", title, status: "pass", expected, found: found2 };
    const cross = facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch;
    const fix = facts.cgoEnvironment === "0" ? "remove CGO_ENABLED=0 from the job environment" : !facts.cc.path ? INSTALL_CC : cross ? "set CGO_ENABLED=1 and CC to a cross compiler for the target" : "set CGO_ENABLED=1 (go env -u CGO_ENABLED removes a go env -w setting)";
    return { id: "cgo", title, status: "fail", expected, found: found2, fix };
  }
  if (!facts.cc.path) {
    const found2 = `CGO_ENABLED=1, but the C compiler ${facts.cc.command} is not on PATH: cgo packages fail with 'cgo: C compiler "${facts.cc.command}" not found'`;
    if (cell2.cgo === "false") return { id: "cgo", title, status: "warn", expected, found: found2, fix: "set CGO_ENABLED=0 in the job environment" };
    return { id: "cgo", title, status: "skip", expected, found: `CGO_ENABLED=1; not judged further: ${NO_CC(facts)}` };
  }
  const found = `CGO_ENABLED=1 with ${facts.cc.command}`;
  if (cell2.cgo === "false") {
    const built = `${found}: packages that import "C" (net and os/user too, on Linux) are built with the C compiler`;
    return { id: "cgo", title, status: "warn", expected, found: built, fix: "set CGO_ENABLED=0 in the job environment" };
  }
  return { id: "cgo", title, status: "pass", expected, found };
}
function compilerCheck(cell2, facts, cgoOn) {
  const { cc } = facts;
  const title = "C compiler (CC)";
  const used = cgoOn && cell2.cgo !== "false";
  const expected = used ? `${cc.command} runs` : "not needed (cgo off)";
  if (!cc.path) {
    const fix = used ? installFix(cell2, facts) : void 0;
    return { id: "cc", title, status: used ? toolchainStatus(cell2) : "skip", expected, found: `${cc.command} not found on PATH`, fix };
  }
  const found = [cc.version ?? "version unknown", cc.target ? `target ${cc.target.raw}` : void 0, cc.path].filter(Boolean).join(", ");
  if (cc.problems.length && cc.flagsEffect?.libcWithout) {
    const flags = cc.flagsEffect.flags.join(" ");
    const without = `without them its headers are ${describeLibc(cc.flagsEffect.libcWithout)}'s own`;
    return {
      id: "cc",
      title,
      status: used ? toolchainStatus(cell2) : "warn",
      expected,
      found: `${found}; ${cc.problems.join("; ")} \u2014 with ${flags} from CGO_CPPFLAGS/CGO_CFLAGS${cc.flagsEffect.header ? ` (it brings ${cc.flagsEffect.header})` : ""}; ${without}`,
      fix: `remove ${flags} from CGO_CPPFLAGS/CGO_CFLAGS, or point it at headers built for ${cc.flagsEffect.libcWithout.family}: that folder's headers are another C library's`
    };
  }
  if (cc.problems.length) {
    const fix = `check that CC (${cc.command}) is a working gcc or clang`;
    return { id: "cc", title, status: used ? toolchainStatus(cell2) : "warn", expected, found: `${found}; ${cc.problems.join("; ")}`, fix };
  }
  return { id: "cc", title, status: "pass", expected, found };
}
function targetCheck(cell2, facts) {
  const triple = facts.cc.target;
  if (!triple) return void 0;
  const cross = facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch;
  const expected = `a compiler for ${facts.goos}/${facts.goarch}`;
  const match = tripleMatchesGo(triple, facts.goos, facts.goarch);
  const title = cross ? "Cross build" : "Compiler target";
  if (match === false) {
    return {
      id: "target",
      title,
      status: toolchainStatus(cell2),
      expected,
      found: `${facts.cc.command} targets ${triple.raw}${cross ? " (a host compiler)" : ""}`,
      fix: `set CC to a compiler for ${facts.goos}/${facts.goarch} (e.g. CC=aarch64-linux-gnu-gcc from apt-get install gcc-aarch64-linux-gnu, or CC="zig cc -target \u2026")`
    };
  }
  return { id: "target", title, status: match ? "pass" : "warn", expected, found: `${triple.raw}${match ? "" : ": cannot tell whether it matches"}` };
}
function flagsCheck(cell2, facts, cgoOn, libraries) {
  if (!facts.flagDirs.length) return void 0;
  const missing = facts.flagDirs.filter((f) => !f.exists);
  const relative = facts.flagDirs.filter((f) => f.exists && f.relative);
  const expected = "every -I/-L folder in CGO_*FLAGS exists, as an absolute path";
  const title = "Flag folders";
  if (!missing.length && !relative.length) return { id: "flags", title, status: "pass", expected, found: `${facts.flagDirs.length} folder(s) exist` };
  const found = [
    ...missing.map((f) => `${f.variable} names ${f.flag} ${f.dir}, which is not a folder`),
    ...relative.map((f) => `${f.variable} names ${f.flag} ${f.dir}, a relative path: cgo runs the compiler in a temporary folder, where it is not found`)
  ].join("; ");
  const variables = [...new Set([...missing, ...relative].map((f) => f.variable))].join(", ");
  const fix = missing.length ? `create the folder or install the package that provides it, or correct ${variables}` : `use absolute paths in ${variables} (e.g. $GITHUB_WORKSPACE/include), or \${SRCDIR} in #cgo lines`;
  const results = libraries?.results ?? [];
  const compiled = results.some((r) => r.compiles.length) && results.every((r) => r.compiles.every((c) => c.ok));
  const linked = results.some((r) => r.link) && results.every((r) => !r.link || r.link.ok);
  const harmless = !relative.length && missing.every((f) => f.flag === "-L" ? linked : compiled && f.variable !== "CGO_CXXFLAGS");
  const status = !cgoOn || harmless ? "warn" : toolchainStatus(cell2);
  return { id: "flags", title, status, expected, found: harmless ? `${found} (skipped by the compiler and the linker)` : found, fix };
}
function evaluateCell(cell2, facts, probe, libraries) {
  const cgoOn = facts.cgoEnabled === true;
  const target = buildLibc(facts, cgoOn, probe);
  const checks2 = [
    goCheck(cell2, facts),
    cgoCheck(cell2, facts),
    compilerCheck(cell2, facts, cgoOn),
    cgoOn ? targetCheck(cell2, facts) : void 0,
    libcCheck(cell2, facts, cgoOn, probe),
    flagsCheck(cell2, facts, cgoOn, libraries),
    // A stated libc makes a foreign library in CGO_LDFLAGS a failure, as for pkg-config modules.
    ...libraryChecks(cell2, facts, libraries, target, cell2.libc.family !== "any" ? "fail" : toolchainStatus(cell2)),
    probeCheck(cell2, facts, cgoOn, probe, libraries)
  ];
  return checks2.filter((c) => c !== void 0);
}

// src/matrix/facts.ts
import { createHash } from "node:crypto";
import fs17 from "node:fs";
import path9 from "node:path";

// src/matrix/pkg-config.ts
function pkgConfigMessage(stderr, lines = 1) {
  const text = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, lines).join("; ").replace(/\.+$/, "");
  return text || void 0;
}
function pkgConfigCommand(goEnv, env) {
  return goEnv?.PKG_CONFIG || splitQuoted(env.PKG_CONFIG ?? "")[0] || "pkg-config";
}
async function moduleFlags(tool, module, env, cwd, extra = []) {
  const ask = (...args) => execTool(tool, [...extra, ...args, "--", module], { env, cwd });
  const [cflags, libs, includedir, pcfiledir] = await Promise.all([ask("--cflags"), ask("--libs"), ask("--variable=includedir"), ask("--variable=pcfiledir")]);
  if (cflags.code !== 0 || libs.code !== 0) return void 0;
  return {
    cflags: splitQuoted(cflags.stdout.trim()),
    libs: splitQuoted(libs.stdout.trim()),
    includedir: firstLine(includedir.stdout) || void 0,
    pcfiledir: firstLine(pcfiledir.stdout) || void 0
  };
}
async function pkgConfigFacts(requirements, goEnv, env, cwd) {
  const command = pkgConfigCommand(goEnv, env);
  const tool = findExecutable(command, env, process.platform, cwd);
  const facts = { command, path: tool, results: [] };
  if (!tool) return facts;
  facts.results = await Promise.all(
    requirements.map(async (requirement) => {
      const found = await execTool(tool, ["--modversion", requirement.module], { env, cwd });
      const version = found.code === 0 ? firstLine(found.stdout) : void 0;
      if (version === void 0) return { requirement, satisfied: false, message: pkgConfigMessage(found.stderr) ?? found.error };
      const flags = await moduleFlags(tool, requirement.module, env, cwd);
      if (!requirement.op) return { requirement, version, satisfied: true, flags };
      const judged = await execTool(tool, ["--exists", "--print-errors", formatRequirement(requirement)], { env, cwd });
      return { requirement, version, satisfied: judged.code === 0, message: pkgConfigMessage(judged.stderr, 2), flags };
    })
  );
  return facts;
}

// src/matrix/facts.ts
var GOARCH_OF = {
  x64: "amd64",
  arm64: "arm64",
  ia32: "386",
  arm: "arm",
  ppc64: "ppc64le",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loong64"
};
function defaultCC(goos) {
  return ["darwin", "ios", "freebsd", "openbsd"].includes(goos) ? "clang" : "gcc";
}
async function goFacts(env, cwd) {
  const goPath = findExecutable("go", env, process.platform, cwd);
  if (!goPath) return { problem: "go is not on PATH" };
  const result = await execTool(goPath, ["env", "-json"], { env, cwd, timeoutMs: 12e4 });
  if (result.error || result.code !== 0) {
    return { path: goPath, problem: `go env -json failed: ${result.error || firstLine(result.stderr) || `exit ${result.code}`}` };
  }
  try {
    const goEnv = parseGoEnvJson(result.stdout);
    const goVersion = goEnv.GOVERSION ?? "";
    return { path: goPath, go: { path: goPath, goVersion, version: goVersionToSemver(goVersion), env: goEnv } };
  } catch (err) {
    return { path: goPath, problem: `go env -json printed something unreadable: ${err.message}` };
  }
}
async function hashFile(file) {
  try {
    const hash = createHash("sha256");
    for await (const chunk of fs17.createReadStream(fs17.realpathSync(file))) hash.update(chunk);
    return hash.digest("hex").slice(0, 16);
  } catch {
    return void 0;
  }
}
async function muslVersion(arch2) {
  let names2;
  try {
    names2 = fs17.readdirSync("/lib").filter((n) => /^ld-musl-.+\.so\.1$/.test(n));
  } catch {
    return void 0;
  }
  const loader = names2.find((n) => arch2 && n.includes(arch2)) ?? (names2.length === 1 ? names2[0] : void 0);
  if (!loader) return void 0;
  const result = await execTool(path9.join("/lib", loader), [], { timeoutMs: 1e4 });
  return muslLoaderVersion(result.stderr);
}
async function compilerFacts(command, args, cflags, explicit, env, cwd) {
  const facts = { command, args, explicit, problems: [] };
  facts.path = findExecutable(command, env, process.platform, cwd);
  if (!facts.path) return facts;
  const cc = facts.path;
  const stdio = (flags) => execTool(cc, [...args, ...flags, "-E", "-dM", "-x", "c", "-"], { env, cwd, input: "#include <stdio.h>\n" });
  const includeFlags = headerFolderFlags(cflags).filter((f) => !f.startsWith("-iquote"));
  const [version, machine, macros, hash, plain] = await Promise.all([
    execTool(cc, [...args, "--version"], { env, cwd }),
    execTool(cc, [...args, ...cflags, "-dumpmachine"], { env, cwd }),
    stdio(cflags),
    hashFile(cc),
    includeFlags.length ? stdio(withoutFlags(cflags, includeFlags)) : void 0
  ]);
  if (version.code === 0) facts.version = firstLine(version.stdout);
  else facts.problems.push(`${command} --version failed: ${version.error ?? firstLine(version.stderr)}`);
  if (machine.code === 0) facts.target = parseTriple(firstLine(machine.stdout));
  else facts.problems.push(`${command} -dumpmachine failed: ${machine.error ?? firstLine(machine.stderr)}`);
  if (macros.code === 0) {
    facts.libc = libcFromMacros(macros.stdout);
    if (facts.libc.family === "musl") facts.libc.version = await muslVersion(facts.target?.arch);
  } else {
    facts.problems.push(`${command} cannot compile #include <stdio.h>: ${macros.error ?? compilerError(macros.stderr) ?? firstLine(macros.stderr)}`);
    facts.libc = facts.target && libcFromTriple(facts.target);
  }
  if (plain) {
    const libcWithout = plain.code === 0 ? libcFromMacros(plain.stdout) : void 0;
    if (libcWithout?.family === "musl") libcWithout.version = await muslVersion(facts.target?.arch);
    const changed = macros.code !== 0 ? plain.code === 0 : libcWithout !== void 0 && libcWithout.family !== facts.libc?.family;
    if (changed) {
      const alone = await Promise.all(includeFlags.map((f) => stdio(withoutFlags(cflags, [f]))));
      const same = (r) => r.code === 0 && (!libcWithout || libcFromMacros(r.stdout).family === libcWithout.family);
      const culprits = includeFlags.filter((_, i) => same(alone[i]));
      const dir = culprits.length === 1 ? culprits[0].replace(/^(-I|-isystem|-idirafter)\s*/, "") : void 0;
      const header = dir && fs17.existsSync(path9.join(dir, "stdio.h")) ? path9.join(dir, "stdio.h") : void 0;
      facts.flagsEffect = { flags: culprits.length ? culprits : includeFlags, libcWithout, header };
    }
  }
  facts.hash = hash;
  return facts;
}
function withoutFlags(flags, drop) {
  const out = [];
  for (let i = 0; i < flags.length; i++) {
    if (drop.includes(flags[i])) continue;
    if (i + 1 < flags.length && drop.includes(`${flags[i]} ${flags[i + 1]}`)) {
      i++;
      continue;
    }
    out.push(flags[i]);
  }
  return out;
}
function headerFolderFlags(flags) {
  const out = [];
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (["-I", "-isystem", "-idirafter", "-iquote", "--sysroot", "-isysroot"].includes(f) && flags[i + 1]) out.push(`${f} ${flags[++i]}`);
    else if (/^(-I|-isystem|-idirafter|--sysroot=|-isysroot|-nostdinc)/.test(f)) out.push(f);
  }
  return out;
}
async function hostLibc(platform2 = process.platform) {
  if (platform2 !== "linux") return void 0;
  const detectLibc = await Promise.resolve().then(() => __toESM(require_detect_libc(), 1));
  const [family, version] = await Promise.all([detectLibc.family(), detectLibc.version()]).catch(() => [null, null]);
  if (family === "glibc" || family === "musl") {
    return { family, version: version ?? void 0, evidence: "detect-libc, from the process running the action" };
  }
  const ldd = await execTool("ldd", ["--version"], { timeoutMs: 1e4 });
  return libcFromLdd(ldd.stdout, ldd.stderr);
}
function checkFlagDirs(goEnv, env, cwd) {
  const variables = ["CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS"];
  return variables.flatMap((v) => flagDirectories(v, (goEnv ? goEnv[v] : env[v]) ?? "")).map((f) => {
    const resolved = path9.resolve(cwd, f.dir);
    let exists2;
    try {
      exists2 = fs17.statSync(resolved).isDirectory();
    } catch {
      exists2 = false;
    }
    return { ...f, resolved, exists: exists2, relative: !path9.isAbsolute(f.dir) };
  });
}
function goSettings(goEnv, env, platform2, arch2) {
  const hostOs = goEnv?.GOHOSTOS || platformRules(platform2).goos;
  const hostArch = goEnv?.GOHOSTARCH || GOARCH_OF[arch2] || arch2;
  const goos = goEnv?.GOOS || env.GOOS || hostOs;
  const [ccCommand = defaultCC(goos), ...ccArgs] = splitQuoted(goEnv?.CC || env.CC || "");
  return {
    goos,
    goarch: goEnv?.GOARCH || env.GOARCH || hostArch,
    hostOs,
    hostArch,
    cgoEnvironment: env.CGO_ENABLED,
    cgoEnabled: goEnv?.CGO_ENABLED === void 0 ? void 0 : goEnv.CGO_ENABLED === "1",
    ccCommand,
    ccArgs,
    // As cgo passes them to the compiler (Go's default CGO_CFLAGS is -g -O2).
    cflags: [...splitQuoted(goEnv?.CGO_CPPFLAGS ?? env.CGO_CPPFLAGS ?? ""), ...splitQuoted(goEnv?.CGO_CFLAGS ?? env.CGO_CFLAGS ?? "-g -O2")],
    // Go ≥ 1.20 turns cgo off only when CC is unset and its default compiler is missing.
    ccExplicit: Boolean(env.CC) || goEnv?.CC !== void 0 && goEnv.CC !== defaultCC(goos)
  };
}
async function gatherFacts(cell2, env = process.env, cwd = process.cwd()) {
  const goRun = goFacts(env, cwd);
  const guess = goSettings(void 0, env, process.platform, process.arch);
  const guessed = compilerFacts(guess.ccCommand, guess.ccArgs, guess.cflags, guess.ccExplicit, env, cwd);
  const [{ go, problem, path: goPath }, host2] = await Promise.all([goRun, hostLibc()]);
  const { ccCommand, ccArgs, cflags, ccExplicit, ...settings } = goSettings(go?.env, env, process.platform, process.arch);
  const key = (command, ...lists) => [command, ...lists.flat()].join("\0");
  const sameCompiler = key(ccCommand, ccArgs, cflags) === key(guess.ccCommand, guess.ccArgs, guess.cflags);
  const [cc, pkgConfig] = await Promise.all([
    sameCompiler ? guessed.then((facts) => ({ ...facts, explicit: ccExplicit })) : compilerFacts(ccCommand, ccArgs, cflags, ccExplicit, env, cwd),
    cell2.pkgConfig.length ? pkgConfigFacts(cell2.pkgConfig, go?.env, env, cwd) : Promise.resolve(void 0)
  ]);
  if (!sameCompiler) await guessed;
  return { go, goPath, goProblem: problem, ...settings, cc, hostLibc: host2, flagDirs: checkFlagDirs(go?.env, env, cwd), pkgConfig };
}

// src/matrix/cgo-packages.ts
import fs18 from "node:fs";
import path10 from "node:path";
var LIST_FIELDS = "ImportPath,Dir,Standard,CgoFiles,CgoCFLAGS,CgoCPPFLAGS,CgoLDFLAGS,CgoPkgConfig,Error";
var MAX_FILES = 32;
function parseJsonStream(text) {
  const values = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") {
      if (depth++ === 0) start = i;
    } else if (c === "}" && --depth === 0) values.push(JSON.parse(text.slice(start, i + 1)));
  }
  return values;
}
function goComments(source) {
  const spans = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      spans.push({ start: i, end: end < 0 ? source.length : end, block: false });
      i = end < 0 ? source.length : end;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      spans.push({ start: i, end: end < 0 ? source.length : end + 2, block: true });
      i = end < 0 ? source.length : end + 1;
    } else if (c === '"' || c === "'") {
      for (i++; i < source.length && source[i] !== c && source[i] !== "\n"; i++) if (source[i] === "\\") i++;
    } else if (c === "`") {
      const end = source.indexOf("`", i + 1);
      i = end < 0 ? source.length : end;
    }
  }
  return spans;
}
function cgoPreamble(source) {
  const comments = goComments(source);
  const inComment = (at) => comments.some((c) => at >= c.start && at < c.end);
  const spec = /^[ \t]*(?:import[ \t]+)?"C"[ \t]*(?:\/\/[^\n]*)?$/gm;
  let match;
  while (match = spec.exec(source)) {
    if (inComment(match.index)) continue;
    const lineStart = match.index;
    const group2 = [];
    let at = lineStart;
    for (let k = comments.length - 1; k >= 0; k--) {
      const c = comments[k];
      if (c.end > at) continue;
      const gap = source.slice(c.end, at);
      if (!/^[ \t]*\r?\n?[ \t]*$/.test(gap)) break;
      group2.unshift(c);
      at = c.start;
      if (!/(^|\n)[ \t]*$/.test(source.slice(0, c.start))) break;
    }
    if (!group2.length) continue;
    const text = group2.map((c) => c.block ? source.slice(c.start + 2, c.end - 2) : source.slice(c.start + 2, c.end).replace(/^ /, "")).join("\n");
    return text.split(/\r?\n/).map((l) => /^\s*#cgo\b/.test(l) ? "" : l).join("\n");
  }
  return void 0;
}
function cgoPackagesOf(listed) {
  const packages = [];
  const cgoFiles = /* @__PURE__ */ new Map();
  const problems = [];
  for (const value of listed) {
    if (!value || typeof value !== "object") continue;
    if (value.Error?.Err) problems.push(`${value.ImportPath ?? "?"}: ${firstLine(value.Error.Err)}`);
    if (value.Standard || !value.CgoFiles?.length || !value.ImportPath || !value.Dir) continue;
    packages.push({
      importPath: value.ImportPath,
      dir: value.Dir,
      cflags: [...value.CgoCPPFLAGS ?? [], ...value.CgoCFLAGS ?? []],
      ldflags: value.CgoLDFLAGS ?? [],
      pkgConfig: value.CgoPkgConfig ?? []
    });
    cgoFiles.set(value.ImportPath, value.CgoFiles.slice(0, MAX_FILES));
    if (value.CgoFiles.length > MAX_FILES)
      problems.push(`${value.ImportPath}: only the first ${MAX_FILES} of its ${value.CgoFiles.length} cgo files were tried`);
  }
  return { packages, cgoFiles, problems };
}
function groupByModule(patterns, cwd, hasGoMod) {
  const groups = /* @__PURE__ */ new Map();
  const add = (dir, pattern) => groups.set(dir, [...groups.get(dir) ?? [], pattern]);
  for (const pattern of patterns) {
    if (!/^\.\.?(\/|$)/.test(pattern)) {
      add(cwd, pattern);
      continue;
    }
    const suffix = pattern.endsWith("/...") ? "/..." : "";
    const target = path10.resolve(cwd, suffix ? pattern.slice(0, -suffix.length) : pattern);
    let dir = target;
    while (!hasGoMod(dir) && dir !== cwd && dir.startsWith(cwd + path10.sep)) dir = path10.dirname(dir);
    if (!hasGoMod(dir) || dir === cwd) {
      add(cwd, pattern);
      continue;
    }
    const rel = path10.relative(dir, target).split(path10.sep).join("/");
    add(dir, rel ? `./${rel}${suffix}` : `.${suffix}`);
  }
  return groups;
}
async function listOne(goPath, patterns, env, cwd) {
  const list4 = (json) => execTool(goPath, ["list", "-e", "-deps", json, ...patterns], { env, cwd, timeoutMs: 18e4 });
  let result = await list4(`-json=${LIST_FIELDS}`);
  if (result.code !== 0 && !result.stdout.trim() && /-json/.test(result.stderr)) result = await list4("-json");
  if (result.error || result.code !== 0 && !result.stdout.trim()) {
    return {
      listed: [],
      problems: [`go list ${patterns.join(" ")} (in ${cwd}) failed: ${result.error ?? (firstLine(result.stderr) || `exit ${result.code}`)}`]
    };
  }
  try {
    return { listed: parseJsonStream(result.stdout), problems: [] };
  } catch (err) {
    return { listed: [], problems: [`go list printed something unreadable: ${err.message}`] };
  }
}
async function listCgoPackages(goPath, patterns, env, cwd) {
  const groups = groupByModule(patterns, cwd, (dir) => fs18.existsSync(path10.join(dir, "go.mod")));
  const lists = await Promise.all([...groups].map(([dir, group2]) => listOne(goPath, group2, env, dir)));
  const { packages: found, cgoFiles, problems } = cgoPackagesOf(lists.flatMap((l) => l.listed));
  problems.unshift(...lists.flatMap((l) => l.problems));
  const packages = found.filter((pkg, i) => found.findIndex((p) => p.importPath === pkg.importPath && p.dir === pkg.dir) === i);
  const withPreambles = packages.map((pkg) => {
    const preambles = [];
    for (const file of cgoFiles.get(pkg.importPath) ?? []) {
      try {
        const source = cgoPreamble(fs18.readFileSync(path10.join(pkg.dir, file), "utf8"));
        if (source?.trim()) preambles.push({ file, source });
      } catch (err) {
        problems.push(`${pkg.importPath}: cannot read ${file}: ${err.message}`);
      }
    }
    return { ...pkg, preambles };
  });
  return { packages: withPreambles, problems };
}

// src/matrix/library-facts.ts
import fs19 from "node:fs";
import path11 from "node:path";

// src/matrix/cgo-flags.ts
var VALUE = "[^@\\-\\s][^\\s]*";
var COMPILER = [
  `-[DU][A-Za-z_][A-Za-z0-9_]*(=[^@\\s]*)?`,
  `-[IF]${VALUE}`,
  `-isystem${VALUE}`,
  "-O([0-3sgz]|fast)?",
  "-g[a-z0-9]*",
  // Warnings; -Wl, -Wa, -Wp hand flags to other tools.
  "-W(?!l,|a,|p,)[A-Za-z0-9=_+-]+",
  "-w",
  "-std=[a-z0-9+]+",
  "-ansi",
  "-pedantic(-errors)?",
  "-pthread",
  "-m[a-z0-9=._+-]+",
  "-f(no-)?(pic|PIC|pie|PIE|common|strict-aliasing|strict-overflow|omit-frame-pointer|stack-protector(-strong|-all)?|stack-check|exceptions|asynchronous-unwind-tables|unwind-tables|signed-char|unsigned-char|visibility=[a-z]+|inline-functions|fast-math|math-errno|wrapv|trapv|builtin|blocks|openmp|lto|rtti|short-enums|diagnostics-color(=[a-z]+)?|permissive|objc-arc|modules)"
];
var COMPILER_WITH_NEXT = ["-I", "-isystem", "-D", "-U", "-include", "-F"];
var LINKER = [
  `-l${VALUE}`,
  `-L${VALUE}`,
  "-pthread",
  "-rdynamic",
  "-static(-libgcc)?",
  "-m(32|64)",
  "-fopenmp",
  "-Wl,--?(as-needed|no-as-needed|E|export-dynamic|Bsymbolic(-functions)?|Bstatic|Bdynamic|start-group|end-group|whole-archive|no-whole-archive|no-undefined|gc-sections|no-gc-sections|O[0-9]|build-id(=[a-z0-9]+)?)",
  `-Wl,--?(rpath(-link)?|soname|version-script)[=,][^@\\-,\\s][^,\\s]*`,
  "-Wl,-z,(relro|now|noexecstack|origin|defs|lazy)",
  // A library or object named by its path (a vendored static library, ${SRCDIR}/lib/libfoo.a).
  "[^@\\-\\s][^\\s]*\\.(a|o|so(\\.[0-9.]+)?|dylib|tbd|lib)"
];
var LINKER_WITH_NEXT = ["-L", "-framework"];
var whole = (patterns) => patterns.map((p) => new RegExp(`^(?:${p})$`));
var COMPILER_RES = whole(COMPILER);
var LINKER_RES = whole(LINKER);
function userPattern(text) {
  if (!text) return void 0;
  try {
    return new RegExp(`^(?:${text})$`);
  } catch {
    return void 0;
  }
}
function filter(flags, valid, withNext, allow) {
  const kept = [];
  const dropped = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (valid.some((re) => re.test(flag)) || allow?.test(flag)) kept.push(flag);
    else if (withNext.includes(flag) && i + 1 < flags.length && /^[^@-]/.test(flags[i + 1])) kept.push(flag, flags[++i]);
    else dropped.push(flag);
  }
  return { kept, dropped };
}
function safeCompilerFlags(flags, env) {
  return filter(flags, COMPILER_RES, COMPILER_WITH_NEXT, userPattern(env.CGO_CFLAGS_ALLOW));
}
function safeLinkerFlags(flags, env) {
  return filter(flags, LINKER_RES, LINKER_WITH_NEXT, userPattern(env.CGO_LDFLAGS_ALLOW));
}
function goArchFlags(goos, goarch) {
  switch (goarch) {
    case "386":
      return ["-m32"];
    case "amd64":
      return goos === "darwin" || goos === "ios" ? ["-arch", "x86_64", "-m64"] : ["-m64"];
    case "arm64":
      return goos === "darwin" || goos === "ios" ? ["-arch", "arm64"] : [];
    case "arm":
      return ["-marm"];
    case "ppc64":
    case "ppc64le":
    case "s390x":
      return ["-m64"];
    case "mips64":
    case "mips64le":
      return ["-mabi=64"];
    case "mips":
    case "mipsle":
      return ["-mabi=32", "-march=mips32"];
    case "riscv64":
    case "loong64":
      return ["-mabi=lp64d"];
    default:
      return [];
  }
}
function linkedLibraries(flags) {
  const names2 = [];
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === "-l" && flags[i + 1]) names2.push(`-l${flags[++i]}`);
    else if (flags[i].startsWith("-l") && flags[i].length > 2) names2.push(flags[i]);
    else if (/^[^-].*\.(a|so(\.[0-9.]+)?|dylib|tbd|lib)$/.test(flags[i])) names2.push(flags[i]);
  }
  return names2;
}

// src/matrix/library-facts.ts
function includeDirs(flags) {
  return flagDirectoriesOf("", flags).filter((f) => f.flag === "-I" || f.flag === "-isystem").map((f) => f.dir);
}
function findHeader(module, flags, exists2 = (file) => fs19.existsSync(file)) {
  const dirs = [...includeDirs(flags.cflags), ...flags.includedir ? [flags.includedir] : []];
  for (const name of headerCandidates(module)) {
    for (const dir of dirs) if (exists2(path11.join(dir, name))) return { name, dir };
  }
  return void 0;
}
function cannotTest(facts) {
  if (facts.cgoEnabled !== true) return "cgo is off";
  if (!facts.cc.path) return `the C compiler ${facts.cc.command} is missing`;
  if (facts.cc.problems.length) return `the C compiler ${facts.cc.command} does not work`;
  return void 0;
}
async function gatherLibraryFacts(cell2, facts, packages, jobDir, env, cwd) {
  const goEnv = facts.go?.env;
  const ldflags = splitQuoted(goEnv?.CGO_LDFLAGS ?? env.CGO_LDFLAGS ?? "");
  const envLibraries = linkedLibraries(ldflags);
  const wanted = cell2.pkgConfig.length > 0 || cell2.cgoPackages.length > 0 || envLibraries.length > 0;
  if (!wanted) return { subjects: [], results: [] };
  const skipped = cannotTest(facts);
  if (skipped || !facts.cc.path) return { skipped, subjects: [], results: [], packages };
  const subjects = [];
  const infos = [];
  for (const result of facts.pkgConfig?.results ?? []) {
    if (!result.flags) continue;
    const { module } = result.requirement;
    const header = findHeader(module, result.flags);
    const cflags2 = safeCompilerFlags(result.flags.cflags, env);
    const libs = safeLinkerFlags(result.flags.libs, env);
    const libraries = linkedLibraries(libs.kept);
    if (!header && !libraries.length) continue;
    subjects.push({
      id: `pkg-config:${module}`,
      cflags: cflags2.kept,
      ldflags: libs.kept,
      sources: header ? [{ name: `#include <${header.name}>`, text: `#include <${header.name}>`, preprocessOnly: false }] : [],
      link: libraries.length > 0
    });
    const dropped = [...cflags2.dropped, ...libs.dropped];
    infos.push({ id: `pkg-config:${module}`, kind: "pkg-config", name: module, header, module: result.flags, libraries, dropped });
  }
  if (envLibraries.length) {
    subjects.push({ id: "ldflags", cflags: [], ldflags, sources: [], link: true });
    infos.push({ id: "ldflags", kind: "ldflags", name: "CGO_LDFLAGS", libraries: envLibraries });
  }
  const pkgConfig = pkgConfigCommand(goEnv, env);
  const tool = findExecutable(pkgConfig, env, process.platform, cwd);
  for (const pkg of packages?.packages ?? []) {
    const pcFlags = pkg.pkgConfig.filter((m) => m.startsWith("-"));
    const names2 = pkg.pkgConfig.filter((m) => !m.startsWith("-"));
    const modules = await Promise.all(names2.map(async (m) => ({ m, flags: tool ? await moduleFlags(tool, m, env, cwd, pcFlags) : void 0 })));
    const cflags2 = safeCompilerFlags([...pkg.cflags, ...modules.flatMap((x) => x.flags?.cflags ?? [])], env);
    const libs = safeLinkerFlags([...pkg.ldflags, ...modules.flatMap((x) => x.flags?.libs ?? [])], env);
    const id = `package:${pkg.importPath}`;
    const libraries = linkedLibraries(libs.kept);
    subjects.push({
      id,
      cflags: cflags2.kept,
      ldflags: libs.kept,
      sources: pkg.preambles.map((p) => ({ name: p.file, text: p.source, preprocessOnly: true, dir: pkg.dir })),
      link: libraries.length > 0
    });
    const missingModules = modules.filter((x) => !x.flags).map((x) => x.m);
    const dropped = [...cflags2.dropped, ...libs.dropped];
    infos.push({ id, kind: "package", name: pkg.importPath, libraries, missingModules, pkgConfigMissing: tool ? void 0 : pkgConfig, dropped });
  }
  const settings = goSettings(goEnv, env, process.platform, process.arch);
  const keptLdflags = ldflags.filter((f, i) => !envLibraries.includes(f) && f !== "-l" && ldflags[i - 1] !== "-l");
  const runnable = facts.goos === facts.hostOs && facts.goarch === facts.hostArch;
  const cflags = [...goArchFlags(facts.goos, facts.goarch), ...settings.cflags];
  const compiler = { path: facts.cc.path, args: facts.cc.args, cflags, ldflags: keptLdflags, runnable };
  const testsDir = path11.join(jobDir, CC_TESTS_DIR);
  const results = await runLibraryTests(compiler, subjects, testsDir, env);
  for (const compile2 of results.flatMap((r) => r.compiles)) {
    if (compile2.header) compile2.headerFoundAt = HOST_INCLUDE_DIRS.find((dir) => fs19.existsSync(path11.join(dir, compile2.header)));
  }
  return { subjects: infos, results, packages };
}
var HOST_INCLUDE_DIRS = ["/usr/local/include", "/usr/include/x86_64-linux-gnu", "/usr/include/aarch64-linux-gnu", "/usr/include"];

// src/matrix/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function toolchainFingerprint(facts, libc) {
  const cgoOn = facts.cgoEnabled === true;
  const identity = {
    go: facts.go?.goVersion ?? null,
    goos: facts.goos,
    goarch: facts.goarch,
    cgo: facts.cgoEnabled ?? null,
    cc: cgoOn ? { version: facts.cc.version ?? null, target: facts.cc.target?.raw ?? null, hash: facts.cc.hash ?? null, args: facts.cc.args } : null,
    libc: cgoOn && libc ? { family: libc.family, version: libc.version ?? null } : null
  };
  return createHash2("sha256").update(JSON.stringify(identity)).digest("hex").slice(0, 16);
}
function emptyToolchainOutputs() {
  return Object.fromEntries(TOOLCHAIN_OUTPUTS.map((name) => [name, ""]));
}
function toolchainOutputs(facts, libc) {
  return {
    "go-version": facts.go?.version ?? facts.go?.goVersion ?? "",
    "cgo-enabled": facts.cgoEnabled === void 0 ? "" : facts.cgoEnabled ? "1" : "0",
    cc: facts.cc.path ?? "",
    "cc-version": facts.cc.version ?? "",
    "cc-target": facts.cc.target?.raw ?? "",
    libc: libc?.family ?? "",
    "libc-version": libc?.version ?? "",
    "toolchain-fingerprint": toolchainFingerprint(facts, libc)
  };
}

// src/matrix/probe.ts
import fs20 from "node:fs";
import path12 from "node:path";
var PROBE_OUTPUT = "cgo probe: 42";
var PROBE_SOURCE = `package main

/*
#include <stdio.h>
static int probe_add(int a, int b) { return a + b; }
*/
import "C"

import "fmt"

func main() { fmt.Println("cgo probe:", int(C.probe_add(40, 2))) }
`;
async function buildProbe(jobDir, goPath, env, signal, platform2 = process.platform) {
  const started = nowMs();
  if (!goPath) return { ok: false, ms: 0, output: "go is not on PATH" };
  const dir = path12.join(jobDir, PROBE_DIR);
  try {
    fs20.mkdirSync(dir, { recursive: true });
    fs20.writeFileSync(path12.join(dir, "go.mod"), "module go-ci-guard/cgo-probe\n\ngo 1.18\n");
    fs20.writeFileSync(path12.join(dir, "main.go"), PROBE_SOURCE);
  } catch (err) {
    return { ok: false, ms: nowMs() - started, output: `cannot write the probe into ${dir}: ${err.message}` };
  }
  const binary = path12.join(dir, `probe${platformRules(platform2).exeSuffix}`);
  const probeEnv = { ...env, GOWORK: "off", GO111MODULE: "on", GOPROXY: "off", GOCACHE: path12.join(dir, "go-build") };
  const result = await execTool(goPath, ["build", "-mod=mod", "-o", binary, "."], { env: probeEnv, cwd: dir, timeoutMs: 3e5, signal });
  const ms = nowMs() - started;
  if (result.code !== 0) return { ok: false, ms, output: [result.error, result.stdout, result.stderr].filter(Boolean).join("\n").trim() };
  if (!fs20.existsSync(binary)) return { ok: false, ms, output: `go build exited 0 but wrote no ${binary} (GOFLAGS=${env.GOFLAGS ?? ""})` };
  return { ok: true, ms, output: "", binary };
}
async function finishProbe(build, cross) {
  if (!build.ok || !build.binary) return { ...build, ran: false };
  let format;
  let needed;
  try {
    const bytes = fs20.readFileSync(build.binary);
    format = readBinaryFormat(bytes);
    needed = readElfDynamic((offset, length) => bytes.subarray(offset, offset + length))?.needed;
  } catch (err) {
    return { ...build, ok: false, ran: false, output: `cannot read the built probe: ${err.message}` };
  }
  const libc = libcFromBinary(format);
  if (cross) return { ...build, ran: false, format, libc, needed };
  const run2 = await execTool(build.binary, [], { timeoutMs: 3e4 });
  const runOutput = [run2.error, run2.stdout, run2.stderr].filter(Boolean).join("\n").trim();
  return { ...build, ran: true, runOutput, runOk: run2.code === 0 && run2.stdout.trim() === PROBE_OUTPUT, format, libc, needed };
}

// src/matrix/validate.ts
function faultReport(cell2, err, ms) {
  const check2 = {
    id: "checks",
    title: "Matrix checks",
    status: "fail",
    expected: "the checks run",
    found: `stopped by an unexpected error: ${errorMessage(err)}`,
    fix: "on-mismatch: warn lets the job go on; please report this error"
  };
  return { cell: describeCell(cell2), onMismatch: cell2.onMismatch, checks: [check2], outputs: emptyToolchainOutputs(), ms: Math.round(ms) };
}
async function examineCell(cell2, jobDir, env = process.env) {
  const started = nowMs();
  const stopProbe = new AbortController();
  const goPath = findExecutable("go", env);
  const build = cell2.probe && env.CGO_ENABLED !== "0" ? buildProbe(jobDir, goPath, env, stopProbe.signal) : void 0;
  const listing = cell2.validate && cell2.cgoPackages.length && goPath && env.CGO_ENABLED !== "0" ? listCgoPackages(goPath, cell2.cgoPackages, env, process.cwd()) : void 0;
  try {
    const facts = await gatherFacts(cell2, env);
    const cross = facts.goos !== facts.hostOs || facts.goarch !== facts.hostArch;
    const finishing = async () => {
      if (build && facts.cgoEnabled) return finishProbe(await build, cross);
      if (build) {
        stopProbe.abort();
        await build;
      }
      return void 0;
    };
    const testing = async () => cell2.validate ? gatherLibraryFacts(cell2, facts, await listing, jobDir, env, process.cwd()) : void 0;
    const [probe, libraries] = await Promise.all([finishing(), testing()]);
    const checks2 = evaluateCell(cell2, facts, probe, libraries);
    const libc = buildLibc(facts, facts.cgoEnabled === true, probe);
    const report = {
      cell: describeCell(cell2),
      onMismatch: cell2.onMismatch,
      checks: checks2,
      outputs: toolchainOutputs(facts, libc),
      hostLibc: facts.hostLibc ? describeLibc(facts.hostLibc) : void 0,
      probeOutput: probe && !probe.ok ? clip(probe.output, 4e3) : void 0,
      ms: Math.round(nowMs() - started)
    };
    return { report, probe };
  } catch (err) {
    stopProbe.abort();
    await Promise.all([build, listing]);
    return { report: faultReport(cell2, err, nowMs() - started) };
  }
}
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max)}
\u2026 (clipped; the step log has it all)` : text;
}
function oneLine(check2) {
  const found = check2.found.split("\n")[0];
  return `${check2.title}: expected ${check2.expected}, found ${found}${check2.fix ? `. Fix: ${check2.fix}` : ""}`;
}
async function validateCell(cell2, jobDir) {
  const { report, probe } = await group(`Checking the matrix cell ${describeCell(cell2)}`, async () => {
    const result = await examineCell(cell2, jobDir);
    for (const check2 of result.report.checks) info(`${CHECK_ICON[check2.status]} ${oneLine(check2)}`);
    if (result.probe && !result.probe.ok) info(`cgo probe build output:
${result.probe.output}`);
    info(`Toolchain fingerprint: ${result.report.outputs["toolchain-fingerprint"]} (checked in ${result.report.ms} ms)`);
    return result;
  });
  for (const [name, value] of Object.entries(report.outputs)) setOutput(name, value);
  const failed = report.checks.filter((c) => c.status === "fail");
  for (const check2 of report.checks) {
    const title = `Matrix cell ${report.cell}: ${check2.title}`;
    if (check2.status === "fail" && cell2.onMismatch === "fail") error(oneLine(check2), { title });
    else if (check2.status === "fail" || check2.status === "warn") warning(oneLine(check2), { title });
  }
  if (probe) debug(`cgo probe: built in ${Math.round(probe.ms)} ms, ok=${probe.ok}`);
  return { report, failed };
}
async function toolchainFacts(jobDir) {
  const noExpectations = {
    validate: false,
    cgo: "auto",
    libc: { family: "any" },
    pkgConfig: [],
    probe: false,
    cgoPackages: [],
    onMismatch: "warn"
  };
  return (await examineCell(noExpectations, jobDir)).report.outputs;
}

// src/redirect/apply.ts
import fs21 from "node:fs/promises";
async function applyRedirects(jobDir, folders, rules) {
  const previous = {};
  for (const { folder, variables } of folders) {
    const dir = rules.path.join(jobDir, folder);
    await fs21.mkdir(dir, { recursive: true });
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
var STATE_VERSION = 1;
function encodeState(state) {
  return JSON.stringify(state);
}
function createStateStore(initial, save) {
  let state = initial;
  const store = {
    get state() {
      return state;
    },
    update(changes) {
      state = { ...state, ...changes };
      save(STATE_KEY, encodeState(state));
    }
  };
  save(STATE_KEY, encodeState(state));
  return store;
}

// src/start-job.ts
async function startJob(ctx) {
  const { env, inputs, rules, paths } = ctx;
  const systemTemp = os7.tmpdir();
  const rootChoice = !ctx.adopted && inputs.root === "auto" ? await chooseRootAutomatically(env, rules) : void 0;
  const root = ctx.adopted?.root ?? rootChoice?.path ?? chooseRoot(inputs.root, env.RUNNER_TEMP);
  const folders = planRedirects(inputs.redirect, rules);
  const home = os7.homedir();
  const workspace = env.GITHUB_WORKSPACE ?? "";
  let janitor = ctx.adopted ? void 0 : await runJanitor({ root, home, workspace, rules, env, reapScript: paths.reap, workerScript: paths.removeWorker });
  if (janitor && ctx.reclaim) janitor = await ctx.reclaim(janitor);
  const created = ctx.adopted ?? await createJobDir(root, env, rules, ctx.owner);
  const store = createStateStore(
    {
      version: STATE_VERSION,
      ...created,
      home,
      workspace,
      folders,
      previous: {},
      failOnCleanupError: inputs.failOnCleanupError,
      startedAt: Date.now(),
      matcherOwners: [],
      owner: ctx.owner,
      adopted: !!ctx.adopted,
      janitor,
      cells: inputs.cells
    },
    (_key, value) => ctx.saveState(value)
  );
  setOutput(OUTPUT.jobDir, created.jobDir);
  setOutput(OUTPUT.report, reportPathFor(created.jobDir, env.RUNNER_TEMP, rules));
  await group("Redirecting caches and temp folders", async () => {
    store.update({ previous: await applyRedirects(created.jobDir, folders, rules) });
    info(`Job folder: ${created.jobDir}${ctx.adopted ? " (the runner's job-started hook made it; its job-completed hook removes it)" : ""}`);
    for (const { folder, variables } of folders) info(`  ${variables.join(", ")} \u2192 ${folder}/`);
  });
  if (ctx.adopted && inputs.root) info(`Input 'root' (${inputs.root}) is not used: the job folder is the job-started hook's.`);
  const measuring = startDiskGuard({
    state: store.state,
    inputs: ctx.adopted ? { ...inputs.disk, sampleIntervalMs: 0 } : inputs.disk,
    rules,
    systemTemp,
    rootChoice,
    samplerScript: paths.sampler,
    // Without a known job process: main's parent, as the runner's; a hook's sampler only the stop file or its lifetime ends.
    ownerPid: ctx.owner?.pid ?? (ctx.hook ? 0 : process.ppid),
    // Saved at once: whatever stops main later, post must be able to stop the sampler.
    onSamplerStarted: (sampler) => store.update({ sampler })
  });
  const checked = inputs.cell.validate ? await validateCell(inputs.cell, created.jobDir) : void 0;
  const measured = await measuring;
  store.update({ matrix: checked?.report, disk: measured instanceof Error ? void 0 : measured.state });
  const diskFailure = await logDisk(measured, store.state.sampler, rules);
  if (inputs.cache.enabled && !diskFailure) {
    const toolchain2 = checked?.report.outputs ?? await toolchainFacts(created.jobDir);
    const failedChecks = (checked?.failed ?? []).map((c) => c.title);
    try {
      const { restoreCache } = await loadCacheSteps(paths.cacheClient);
      store.update({
        cache: await restoreCache({ settings: inputs.cache, jobDir: created.jobDir, workspace: workspace || process.cwd(), toolchain: toolchain2, failedChecks, env })
      });
    } catch (err) {
      warning(`Cache not restored: ${errorMessage(err)}`);
    }
  }
  if (inputs.problemMatcher) store.update({ matcherOwners: addMatchers(paths.matchers) });
  const failures = [];
  const failed = checked?.failed ?? [];
  if (checked && failed.length && inputs.cell.onMismatch === "fail") {
    const names2 = failed.map((c) => c.title).join(", ");
    failures.push(
      `Matrix cell ${checked.report.cell} does not match this job's toolchain: ${names2} failed. See the errors above and the job summary; on-mismatch: warn makes these warnings.`
    );
  }
  if (diskFailure) failures.push(diskFailure);
  return { jobDir: created.jobDir, failures };
}

// src/run-main.ts
async function run(options = {}) {
  try {
    const rules = platformRules();
    const inputs = readInputs((name) => getInput(name), rules);
    const paths = options.paths ?? bundlePaths();
    if (inputs.mode === "report") return await runReport(process.env, paths.artifactClient);
    const owner = await findJobOwner({ hook: false });
    const { failures } = await startJob({
      paths,
      env: process.env,
      inputs,
      rules,
      owner,
      adopted: hookFolder(process.env, owner, rules),
      saveState: (encoded) => saveState(STATE_KEY, encoded)
    });
    for (const failure of failures) setFailed(failure);
  } catch (err) {
    setFailed(errorMessage(err));
  }
}
function hookFolder(env, owner, rules) {
  const jobDir = env[JOB_DIR_VAR];
  if (!jobDir) return void 0;
  const marker = readMarker(jobDir, rules);
  const problem = checkJobDir(jobDir, {}, rules)[0]?.message ?? (!marker ? "it has no readable marker" : !marker.owner || !owner ? "this job's process is not known, so it cannot be proven this job's" : !sameOwner(marker.owner, owner) ? "its marker names another job" : void 0);
  if (problem) {
    info(`${JOB_DIR_VAR} names ${jobDir}, which is not this job's folder (${problem}): making one.`);
    return void 0;
  }
  const st = fs22.lstatSync(jobDir);
  return { root: rules.path.dirname(jobDir), jobDir, token: marker.token, dev: st.dev, ino: st.ino };
}

// src/main.ts
await run();
