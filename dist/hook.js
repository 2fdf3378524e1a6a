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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path14) {
      const ctrl = callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visit_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path14);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path14 = Object.freeze(path14.concat(node));
          const ck = visit_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path14);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path14) {
      const ctrl = await callVisitor(key, node, visitor, path14);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path14, ctrl);
        return visitAsync_(key, ctrl, visitor, path14);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path14 = Object.freeze(path14.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path14);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path14 = Object.freeze(path14.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path14);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path14);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path14) {
      if (typeof visitor === "function")
        return visitor(key, node, path14);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path14);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path14);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path14);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path14);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path14);
      return void 0;
    }
    function replaceNode(key, path14, node) {
      const parent = path14[path14.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path14, value) {
      let v = value;
      for (let i = path14.length - 1; i >= 0; --i) {
        const k = path14[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path14) => path14 == null || typeof path14 === "object" && !!path14[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path14, value) {
        if (isEmptyPath(path14))
          this.add(value);
        else {
          const [key, ...rest] = path14;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path14) {
        const [key, ...rest] = path14;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path14, keepScalar) {
        const [key, ...rest] = path14;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path14) {
        const [key, ...rest] = path14;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path14, value) {
        const [key, ...rest] = path14;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug2(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug2;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path14, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path14, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path14) {
        if (Collection.isEmptyPath(path14)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path14) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path14, keepScalar) {
        if (Collection.isEmptyPath(path14))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path14, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path14) {
        if (Collection.isEmptyPath(path14))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path14) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path14, value) {
        if (Collection.isEmptyPath(path14)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path14), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path14, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path14) => {
      let item = cst;
      for (const [field, index] of path14) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path14) => {
      const parent = visit.itemAtPath(cst, path14.slice(0, -1));
      const field = path14[path14.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path14, item, visitor) {
      let ctrl = visitor(item, path14);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path14.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path14);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path14) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list5, type) {
      for (let i = 0; i < list5.length; ++i)
        if (list5[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list5) {
      for (let i = 0; i < list5.length; ++i) {
        switch (list5[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs32 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs32, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs32);
              } else {
                Object.assign(it, { key: fs32, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs32 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs32, sep: [] });
              else if (it.sep)
                this.stack.push(fs32);
              else
                Object.assign(it, { key: fs32, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

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
    var fs32 = __require("fs");
    var LDD_PATH = "/usr/bin/ldd";
    var SELF_PATH = "/proc/self/exe";
    var MAX_LENGTH = 2048;
    var readFileSync = (path14) => {
      const fd = fs32.openSync(path14, "r");
      const buffer = Buffer.alloc(MAX_LENGTH);
      const bytesRead = fs32.readSync(fd, buffer, 0, MAX_LENGTH, 0);
      fs32.close(fd, () => {
      });
      return buffer.subarray(0, bytesRead);
    };
    var readFile = (path14) => new Promise((resolve, reject) => {
      fs32.open(path14, "r", (err, fd) => {
        if (err) {
          reject(err);
        } else {
          const buffer = Buffer.alloc(MAX_LENGTH);
          fs32.read(fd, buffer, 0, MAX_LENGTH, 0, (_, bytesRead) => {
            resolve(buffer.subarray(0, bytesRead));
            fs32.close(fd, () => {
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
    var familyFromInterpreterPath = (path14) => {
      if (path14) {
        if (path14.includes("/ld-musl-")) {
          return MUSL;
        } else if (path14.includes("/ld-linux-")) {
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
        const path14 = interpreterPath(selfContent);
        cachedFamilyInterpreter = familyFromInterpreterPath(path14);
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
        const path14 = interpreterPath(selfContent);
        cachedFamilyInterpreter = familyFromInterpreterPath(path14);
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
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path.delimiter}${process.env["PATH"]}`;
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
  const os9 = platform2 === "darwin" ? "darwin" : "linux";
  return {
    os: os9,
    path: path2.posix,
    caseInsensitive: os9 === "darwin",
    envNamesCaseInsensitive: false,
    homeVars: ["HOME"],
    homeLabel: "HOME",
    homeCacheDirs: HOME_CACHES[os9],
    homeCacheLabel: "HOME's cache",
    toolsReadXdgCache: true,
    busyRetry: BRIEF_RETRY,
    transientCodes: TRANSIENT,
    hasUnixModes: true,
    ...os9 === "linux" && { scratchVolume: "/mnt" },
    sizeWalker: "du",
    exeSuffix: "",
    pathListSeparator: ":",
    pathVarNames: ["PATH"],
    cmdScriptExtensions: [],
    processGroups: true,
    removalHints: os9 === "darwin" ? DARWIN_REMOVAL_HINTS : LINUX_REMOVAL_HINTS,
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
  const [whole2, fraction] = String(Math.abs(n)).split(".");
  const grouped = whole2.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction.slice(0, 3)}` : ""}`;
}

// src/cleanup/clean-job-dir.ts
import fsSync from "node:fs";
import fs10 from "node:fs/promises";
import v8 from "node:v8";

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
var REPORT_SUFFIX = ".report.json";
var SCRATCH_FOLDER = "go-ci-guard";
var JOB_DIR_VAR = "GO_CI_GUARD_JOB_DIR";
var REMOVAL_ENGINE_VAR = "GO_CI_GUARD_REMOVAL_ENGINE";

// src/lib/clock.ts
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
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
    child.on("close", (code2, signal2) => finish({ code: code2, stdout, stderr, ...signal2 ? { signal: signal2 } : {} }));
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
      const facts2 = parseProcStat(fs4.readFileSync(`/proc/${pid}/stat`, "utf8"));
      return facts2.state === "Z" || facts2.state === "X" ? "gone" : facts2;
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
  let facts2 = hostCache.get(platform2);
  if (!facts2) hostCache.set(platform2, facts2 = readHostFacts(platform2));
  return facts2;
}
async function readHostFacts(platform2) {
  const read = (how) => {
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
    machine: read(text("/etc/machine-id")) ?? read(text("/var/lib/dbus/machine-id")),
    boot: read(text("/proc/sys/kernel/random/boot_id")),
    pidNs: read(() => fs4.readlinkSync("/proc/self/ns/pid"))
  };
}
async function findJobOwner(options, platform2 = process.platform) {
  const here = await hostFacts(platform2);
  const chain = [];
  const readable = platformRules(platform2).readsProcessTable;
  for (let pid = process.ppid; readable && pid > 1 && chain.length < MAX_DEPTH; ) {
    const facts2 = await processFacts(pid, platform2);
    if (typeof facts2 === "string") break;
    chain.push({ pid, facts: facts2 });
    if (facts2.name === RUNNER_WORKER) break;
    pid = facts2.ppid;
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
  for (const { label, path: path14 } of protect) {
    if (isWithin(path14, jobDir, rules)) reasons.push(`${jobDir} is or contains ${label}: ${path14}`);
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
import fs7 from "node:fs";
function isTransient(code2, rules) {
  return rules.transientCodes.has(code2);
}
var isDenied = (code2) => code2 === "EACCES" || code2 === "EPERM";
var isNotFolder = (code2) => code2 === "ELOOP" || code2 === "ENOTDIR";
function failure(path14, err) {
  return { path: path14, code: errorCode(err), message: err.message ?? String(err) };
}
var O_PATH = 2097152;
var FOLDER_FLAGS = fs7.constants.O_RDONLY | (fs7.constants.O_DIRECTORY ?? 0) | (fs7.constants.O_NOFOLLOW ?? 0);
var PATH_FLAGS = O_PATH | (fs7.constants.O_DIRECTORY ?? 0) | (fs7.constants.O_NOFOLLOW ?? 0);
var REOPEN_FLAGS = fs7.constants.O_RDONLY | (fs7.constants.O_DIRECTORY ?? 0);
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
    return fs7.openSync(at2, FOLDER_FLAGS);
  } catch (err) {
    if (!isDenied(errorCode(err))) throw err;
    const pathFd = fs7.openSync(at2, PATH_FLAGS);
    try {
      const st = fs7.fstatSync(pathFd);
      if (isMount(st, shown, opts)) return "mount";
      fs7.chmodSync(fdBase(pathFd), ownerFull(st.mode));
      return fs7.openSync(fdBase(pathFd), REOPEN_FLAGS);
    } catch {
      throw err;
    } finally {
      fs7.closeSync(pathFd);
    }
  }
}
var mayBeUndecodable = (names) => [...names].some((e) => e.name.includes("\uFFFD"));
function renameUndecodable(base) {
  let renamed = false;
  for (const raw of fs7.readdirSync(base, { encoding: "buffer" })) {
    if (Buffer.from(raw.toString("utf8"), "utf8").equals(raw)) continue;
    const fresh = `go-ci-guard-renamed-${process.hrtime.bigint()}-${raw.toString("hex").slice(0, 40)}`;
    fs7.renameSync(Buffer.concat([Buffer.from(`${base}/`), raw]), `${base}/${fresh}`);
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
import fs9 from "node:fs";

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
  const { spawn: spawn3 } = process.getBuiltinModule("node:child_process");
  return new Promise((resolve, reject) => {
    const child = spawn3(process.execPath, ["--max-semi-space-size=1", "--no-maglev", "--no-opt", fileURLToPath2(script)], {
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
import fs8 from "node:fs";
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
    retrySync(() => fs8.unlinkSync(at2), opts);
  } catch (err) {
    if (!isDenied(errorCode(err)) || !repair) throw err;
    try {
      repair();
    } catch {
      throw err;
    }
    retrySync(() => fs8.unlinkSync(at2), opts);
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
    const makeParentWritable = () => fs8.chmodSync(opts.rules.path.dirname(unit.at), 448);
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
    const st = fs8.fstatSync(fd);
    if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
    const makeWritable = () => fs8.fchmodSync(fd, ownerFull(st.mode));
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
    if (!keep) fs8.closeSync(fd);
  }
}
function listAndUnlink(unit, base, makeWritable, opts, stillSame = () => true) {
  let entries;
  try {
    entries = retrySync(() => fs8.readdirSync(base, { withFileTypes: true }), opts);
    if (opts.rules.os === "linux" && mayBeUndecodable(entries) && renameUndecodable(base)) entries = fs8.readdirSync(base, { withFileTypes: true });
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
    st = fs8.lstatSync(unit.at);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return outcome("gone", unit);
    return outcome("failed", unit, { failures: [failure(unit.shown, err)] });
  }
  if (!st.isDirectory()) return unlinkInPlace(unit, opts);
  if (isMount(st, unit.shown, opts)) return outcome("mount", unit);
  const makeWritable = () => fs8.chmodSync(unit.at, ownerFull(st.mode));
  if (opts.rules.hasUnixModes && (st.mode & 448) !== 448) {
    try {
      makeWritable();
    } catch {
    }
  }
  return listAndUnlink(unit, unit.at, makeWritable, opts, () => sameFolder(unit.at, st));
}
function sameFolder(path14, before) {
  try {
    const now = fs8.lstatSync(path14);
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
        if (outcome2.fd !== void 0) fs9.closeSync(outcome2.fd);
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
async function rmdirWithRetry(path14, opts, ops = fs9.promises) {
  let repaired = opts.rules.hasUnixModes;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ops.rmdir(path14);
    } catch (err) {
      const code2 = errorCode(err);
      if (!repaired && isDenied(code2)) {
        repaired = true;
        const cleared = await ops.chmod(path14, 511).then(
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
  if (errorCode(await fs10.lstat(state.jobDir).catch((e) => e)) === "ENOENT") return { ...report, status: "gone" };
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
        await retryWhileHeld(() => fs10.rmdir(state.jobDir), held, rules);
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
  const resolved = await Promise.all(paths.map(async (p) => ({ label: `${p.label}, resolved`, path: await fs10.realpath(p.path).catch(() => p.path) })));
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
import fs12 from "node:fs";

// src/cleanup/leftovers.ts
import fs11 from "node:fs";
var readOr = (file, fallback) => {
  try {
    return fs11.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
};
var linkOr = (link2) => {
  try {
    return fs11.readlinkSync(link2).replace(/ \(deleted\)$/, "");
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
    pids = fs11.readdirSync("/proc").filter((e) => /^\d+$/.test(e)).map(Number);
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
          return fs11.readdirSync(`/proc/${pid}/fd`);
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
    if (!fs12.lstatSync(jobDir).isDirectory()) return [];
    return fs12.readdirSync(jobDir);
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
import fs19 from "node:fs/promises";

// src/disk/consumers.ts
import fs14 from "node:fs/promises";

// src/disk/folder-sizes.ts
import fs13 from "node:fs/promises";
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
    top = await fs13.lstat(dir);
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
            names2 = await fs13.readdir(d);
          } catch {
            unreadable++;
            return;
          }
          await Promise.all(
            names2.map(async (name) => {
              const p = path4.join(d, name);
              const st = await fs13.lstat(p).catch(() => void 0);
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
  const names = await fs13.readdir(dir).catch(() => void 0);
  if (!names) return { ...result, complete: false, problem: `cannot read ${dir}` };
  for (const name of names) {
    const p = path4.join(dir, name);
    const st = await fs13.lstat(p).catch(() => void 0);
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
function homeCacheRoots(home, rules) {
  if (!home) return [];
  return rules.homeCacheDirs.map((d) => rules.path.join(home, ...d.segments));
}
function homeCachePlaces(roots, rules) {
  return roots.map((path14) => ({ label: rules.homeCacheLabel, path: path14, byChild: true }));
}
function usualPlaces(facts2, rules) {
  const places = [
    ...homeCachePlaces(homeCacheRoots(facts2.home, rules), rules),
    { label: "tool cache", path: facts2.toolCache, byChild: true },
    { label: "system temp folder", path: facts2.systemTemp, byChild: false },
    { label: "workspace", path: facts2.workspace, byChild: false }
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
      const st = await fs14.lstat(place.path).catch(() => void 0);
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

// src/disk/held-deleted.ts
import fs15 from "node:fs";
var DELETED = " (deleted)";
var readOr2 = (file, fallback) => {
  try {
    return fs15.readFileSync(file, "utf8");
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
    fds = fs15.readdirSync(`/proc/${pid}/fd`);
  } catch (err) {
    return errorCode(err) === "EACCES" || errorCode(err) === "EPERM" ? "denied" : "gone";
  }
  let command;
  for (const fd of fds) {
    const link2 = `/proc/${pid}/fd/${fd}`;
    let target;
    try {
      target = fs15.readlinkSync(link2);
    } catch {
      continue;
    }
    if (!target.endsWith(DELETED) || !target.startsWith("/")) continue;
    const st = fs15.statSync(link2, { throwIfNoEntry: false });
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
    entries = fs15.readdirSync("/proc");
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
import fs16 from "node:fs/promises";
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
function moduleCachePlace(path14) {
  return { label: MODULE_CACHE_LABEL, path: path14, byChild: false };
}
async function moduleCacheSize(path14, total, scanned) {
  if (scanned) return total;
  const missing = await fs16.lstat(path14).then(
    () => false,
    () => true
  );
  return missing ? { path: path14, bytes: 0, complete: true } : void 0;
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
function findLeaks(before, after, path14, cutRoots = []) {
  const seen = new Map(before.map((e) => [e.path, e]));
  const leaks = [];
  for (const now of after) {
    const then = seen.get(now.path);
    if (!then && cutRoots.includes(path14.dirname(now.path))) continue;
    const added = now.bytes - (then?.bytes ?? 0);
    if (added < LEAK_MIN_BYTES) continue;
    const tool = path14.basename(now.path);
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
  const filesystems = disk.filesystems.map((fs32, i) => {
    const series = [{ t: 0, free: fs32.free }];
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
    return { mount: fs32.mount, roles: fs32.roles, total: fs32.total, before: fs32.free, lowest, lowestAt, after, series };
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
function growersOf(last, end, basename2) {
  const peaks = last?.pk ?? {};
  const ends = new Map((end?.children ?? []).map((e) => [basename2(e.path), e]));
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
import { spawn as spawn2 } from "node:child_process";
import fs17 from "node:fs/promises";
import path5 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";

// src/disk/sample-file.ts
var SLOT_SIZE = 1024;
var SLOT_COUNT = 512;
var blankSlot = () => Buffer.from(" ".repeat(SLOT_SIZE - 1) + "\n");
function blankFile(slots = SLOT_COUNT) {
  const buf = Buffer.alloc(slots * SLOT_SIZE, " ");
  for (let i = 1; i <= slots; i++) buf[i * SLOT_SIZE - 1] = 10;
  return buf;
}
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
var SCAN_BUDGET = 5e-3;
async function startSampler(o) {
  const file = (name) => path5.join(o.jobDir, name);
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
  await fs17.writeFile(configFile, JSON.stringify(config), { flag: "wx", mode: 384 });
  await fs17.writeFile(config.samplesFile, blankFile(), { flag: "wx", mode: 384 });
  const child = spawn2(process.execPath, [fileURLToPath3(o.script), configFile], {
    detached: true,
    stdio: "ignore",
    windowsHide: true,
    // Never inside the job folder: a working directory there would keep Windows from deleting it.
    cwd: path5.parse(o.jobDir).root
  });
  const pid = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("spawn", () => resolve(child.pid));
  });
  child.unref();
  await fs17.writeFile(file(SAMPLER_PID_FILE), String(pid), { flag: "wx", mode: 384 }).catch(() => void 0);
  return { pid, configFile, samplesFile: config.samplesFile, stopFile: config.stopFile, intervalMs: o.intervalMs };
}
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
  if (mayWriteStopFile) await fs17.writeFile(h.stopFile, "", { flag: "wx" }).catch(() => void 0);
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
    handle = await fs17.open(file, fs17.constants.O_RDONLY | (fs17.constants.O_NOFOLLOW ?? 0) | (fs17.constants.O_NONBLOCK ?? 0));
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
import fs18 from "node:fs/promises";
async function freeSpace(p) {
  const s = await fs18.statfs(p);
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
      const real = await fs18.realpath(place.path);
      const { dev } = await fs18.stat(real);
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
    const gone = errorCode(await fs19.lstat(state.jobDir).catch((e) => e)) === "ENOENT";
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
    await fs19.writeFile(temp, JSON.stringify(report, null, 2) + "\n", { flag: "wx", mode: 420 });
    await fs19.rename(temp, file);
  } catch (err) {
    if (errorCode(err) !== "EEXIST") await fs19.rm(temp, { force: true });
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
import fs20 from "node:fs";
function matcherOwners(file) {
  const parsed = JSON.parse(fs20.readFileSync(file, "utf8"));
  return (parsed.problemMatcher ?? []).map((m) => m.owner).filter((o) => typeof o === "string");
}
function addMatchers(file) {
  const owners = matcherOwners(file);
  info(`::add-matcher::${file}`);
  debug(`problem matchers registered: ${owners.join(", ")}`);
  return owners;
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

// src/redirect/apply.ts
import fs21 from "node:fs/promises";

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
function parseRedirectList(raw, os9 = "linux") {
  const { envNamesCaseInsensitive } = platformRules(os9);
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

// src/redirect/apply.ts
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

// src/hooks/job-started.ts
var import_yaml = __toESM(require_dist(), 1);
import fs31 from "node:fs";
import os8 from "node:os";

// src/cleanup/aged-caches.ts
import fs22 from "node:fs";
var DAY_MS = 24 * 3600 * 1e3;
var SCAN_LIMIT_MS = 2e4;
var TOTAL_LIMIT_MS = 6e4;
function agedCacheRoots(home, platform2 = process.platform) {
  if (!home) return [];
  const rules = platformRules(platform2);
  return rules.homeCacheDirs.filter((d) => d.ageLimited).map((d) => rules.path.join(home, ...d.segments));
}
function accessTimesUnreliable(dir) {
  let text;
  try {
    text = fs22.readFileSync("/proc/self/mountinfo", "utf8");
  } catch {
    return void 0;
  }
  const real = fs22.realpathSync(dir);
  let best = { point: "", options: "", type: "" };
  for (const entry of parseMountInfoEntries(text)) {
    const { point } = entry;
    const inside = point === "/" || real === point || real.startsWith(`${point}/`);
    if (inside && point.length >= best.point.length) best = entry;
  }
  if (best.options.split(",").includes("noatime")) return "its filesystem is mounted noatime (reading a cache leaves no trace)";
  if (best.type === "overlay") return "it is on an overlay filesystem (files from an image's layers keep old access times)";
  return void 0;
}
function pickAged(children, maxAgeDays, nowMs2) {
  return children.filter((c) => c.complete && nowMs2 - c.lastUsedMs > maxAgeDays * DAY_MS).map((c) => ({ ...c, idleDays: Math.floor((nowMs2 - c.lastUsedMs) / DAY_MS) }));
}
function lastUsed(dir, rules, deadline, recentMs = Infinity) {
  let lastUsedMs = 0;
  let bytes = 0;
  const stack = [dir];
  try {
    while (stack.length) {
      if (Date.now() > deadline) return { lastUsedMs, bytes, complete: false };
      const entry = stack.pop();
      const st = fs22.lstatSync(entry);
      lastUsedMs = Math.max(lastUsedMs, st.mtimeMs);
      bytes += st.blocks * 512;
      if (!st.isDirectory()) {
        lastUsedMs = Math.max(lastUsedMs, st.atimeMs);
        if (lastUsedMs > recentMs) return { lastUsedMs, bytes, complete: true };
        continue;
      }
      for (const name of fs22.readdirSync(entry)) stack.push(rules.path.join(entry, name));
    }
  } catch {
    return { lastUsedMs, bytes, complete: false };
  }
  return { lastUsedMs, bytes, complete: true };
}
async function removeAgedCaches(home, maxAgeDays, rules) {
  const aged = { maxAgeDays, removed: [], problems: [] };
  const started = Date.now();
  const recentMs = started - maxAgeDays * DAY_MS;
  for (const root of agedCacheRoots(home, rules.os)) {
    let fd;
    try {
      const rootStat = fs22.lstatSync(root, { throwIfNoEntry: false });
      if (!rootStat?.isDirectory()) continue;
      const unreliable = rules.hasProcFs ? accessTimesUnreliable(root) : void 0;
      if (unreliable) {
        aged.problems.push(`${root}: not judged, ${unreliable}`);
        continue;
      }
      const children = [];
      for (const entry of fs22.readdirSync(root, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const deadline = Math.min(Date.now() + SCAN_LIMIT_MS, started + TOTAL_LIMIT_MS);
        children.push({ name: entry.name, ...lastUsed(rules.path.join(root, entry.name), rules, deadline, recentMs) });
      }
      const cut = children.filter((c) => !c.complete).map((c) => c.name);
      if (cut.length) aged.problems.push(`${root}: ${cut.join(", ")} not judged (unreadable, or its scan ran out of time)`);
      const picked = pickAged(children, maxAgeDays, Date.now());
      if (!picked.length) continue;
      const mountPoints2 = await mountPointsBelow(root, rules);
      if (!mountPoints2) throw new Error("/proc/self/mountinfo is unreadable");
      fd = rules.os === "linux" ? fs22.openSync(root, FOLDER_FLAGS) : void 0;
      for (const c of picked) {
        const r = await removeEntries({ path: root, fd }, [c.name], { rules, dev: rootStat.dev, mountPoints: mountPoints2 });
        const where = rules.path.join(root, c.name);
        if (r.removed) aged.removed.push({ path: where, bytes: c.bytes, idleDays: c.idleDays, complete: true });
        else aged.problems.push(`${where}: not fully removed (${r.failures[0]?.code ?? "unknown"})`);
      }
    } catch (err) {
      aged.problems.push(`${root}: ${errorMessage(err)}`);
    } finally {
      if (fd !== void 0) fs22.closeSync(fd);
    }
  }
  return aged;
}

// src/cleanup/janitor.ts
import fs23 from "node:fs";

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
      root = fs23.realpathSync.native(o.root);
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
  const all = fs23.readdirSync(root);
  dropStrayClaims(root, all, rules);
  const names = all.filter((n) => n.startsWith(JOB_DIR_PREFIX) || n.startsWith(REAP_PREFIX) && !n.endsWith(CLAIM_SUFFIX));
  const shared = NETWORK_FS.has(fs23.statfsSync(root).type);
  const found = [];
  for (const name of names) {
    const path14 = rules.path.join(root, name);
    const st = fs23.lstatSync(path14, { throwIfNoEntry: false });
    if (!st?.isDirectory()) continue;
    const marker = readMarker(path14, rules);
    const verdict = marker ? await judgeOwnerNow(marker.owner, shared) : void 0;
    const folder = { name, path: path14, isFolder: true, dev: st.dev, ino: st.ino, marker, verdict };
    if (name.startsWith(REAP_PREFIX)) {
      const file = `${path14}${CLAIM_SUFFIX}`;
      const claim = readSmallJson(file);
      folder.claim = { file, verdict: claim ? await judgeOwnerNow(isJobOwner(claim.claimer) ? claim.claimer : void 0, shared) : void 0 };
    }
    found.push(folder);
  }
  return found;
}
function dropStrayClaims(root, names, rules) {
  const present = new Set(names);
  const uid = process.getuid?.();
  for (const name of names) {
    if (!name.startsWith(REAP_PREFIX) || !name.endsWith(CLAIM_SUFFIX) || present.has(name.slice(0, -CLAIM_SUFFIX.length))) continue;
    const file = rules.path.join(root, name);
    try {
      const st = fs23.lstatSync(file, { throwIfNoEntry: false });
      if (st?.isFile() && (uid === void 0 || st.uid === uid) && Date.now() - st.mtimeMs > 36e5) fs23.unlinkSync(file);
    } catch (err) {
      debug(`Janitor: stray claim ${file} left: ${errorMessage(err)}`);
    }
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

// src/cells/settings.ts
function parseCellSettings(read) {
  const label = read(INPUT.cell).trim();
  return { upload: parseBoolean(INPUT.cellReport, read(INPUT.cellReport), true), label };
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

// src/cache/settings.ts
var CACHE_PATHS = {
  gocache: { variable: "GOCACHE" },
  gomodcache: { variable: "GOMODCACHE" }
};
var SAVE_MODES = ["on-change", "always", "never"];
var PREFIX_PATTERN = /^[A-Za-z0-9._-]{1,100}$/;
var list3 = (raw) => raw.split(/[,\n]/).map((t) => t.trim()).filter(Boolean);
function parsePaths(raw) {
  const names = list3(raw.toLowerCase());
  if (!names.length) return ["gocache"];
  const known = Object.keys(CACHE_PATHS);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new InputError(INPUT.cachePaths, raw, `expected a list of ${known.join(", ")} (unknown: ${unknown.join(", ")})`);
  return known.filter((n) => names.includes(n));
}
function parseCacheSettings(read) {
  const prefixRaw = read(INPUT.cacheKeyPrefix);
  const keyPrefix = prefixRaw.trim() || "go-ci-guard";
  if (!PREFIX_PATTERN.test(keyPrefix)) {
    throw new InputError(INPUT.cacheKeyPrefix, prefixRaw, "expected 1 to 100 letters, digits, dots, underscores or hyphens");
  }
  const saveRaw = read(INPUT.cacheSave);
  const save = saveRaw.trim().toLowerCase() || "on-change";
  if (!SAVE_MODES.includes(save)) throw new InputError(INPUT.cacheSave, saveRaw, `expected one of ${SAVE_MODES.join(", ")}`);
  const dependencyPaths = list3(read(INPUT.cacheDependencyPath));
  return {
    enabled: parseBoolean(INPUT.cache, read(INPUT.cache), false),
    dependencyPaths: dependencyPaths.length ? dependencyPaths : ["**/go.sum"],
    keyPrefix,
    paths: parsePaths(read(INPUT.cachePaths)),
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
function checkValidateAgreement(read, cell2) {
  if (cell2.validate) return;
  const stated = [INPUT.goVersion, INPUT.cgo, INPUT.libc, INPUT.pkgConfig, INPUT.cgoProbe, INPUT.cgoPackages].filter((name) => {
    const value = read(name).trim().toLowerCase();
    return value !== "" && value !== "auto" && value !== "any" && value !== "false";
  });
  if (stated.length) {
    throw new InputError(
      INPUT.validate,
      read(INPUT.validate),
      `expected true while ${stated.join(", ")} ${stated.length > 1 ? "state" : "states"} what the cell expects`
    );
  }
}
function readInputs(read, rules) {
  const inputs = parseInputs(read, rules);
  checkValidateAgreement(read, inputs.cell);
  checkThresholdOrder(inputs.disk.minFree, inputs.disk.warnFree);
  return inputs;
}
function parseDiskInputs(read) {
  const minFree = parseThreshold(INPUT.minFree, read(INPUT.minFree));
  const warnRaw = read(INPUT.warnFree);
  return {
    minFree,
    warnFree: warnRaw.trim() === "" ? defaultWarnFree(minFree) : parseThreshold(INPUT.warnFree, warnRaw),
    sampleIntervalMs: parseSampleInterval(read(INPUT.sampleInterval))
  };
}
function parseInputs(read, rules) {
  const cache = parseCacheSettings(read);
  return {
    root: parseRoot(read(INPUT.root), rules),
    disk: parseDiskInputs(read),
    // Caching needs GOCACHE (and GOMODCACHE) in the job folder: added where the list lacks them.
    redirect: withCacheRedirects(parseRedirectList(read(INPUT.redirect), rules.os), cache),
    failOnCleanupError: readFailOnCleanupError(read),
    cell: {
      validate: parseBoolean(INPUT.validate, read(INPUT.validate), true),
      goVersion: parseGoVersionRange(read(INPUT.goVersion)),
      cgo: parseCgo(read(INPUT.cgo)),
      libc: parseLibc(read(INPUT.libc)),
      pkgConfig: parsePkgConfigList(read(INPUT.pkgConfig)),
      probe: parseBoolean(INPUT.cgoProbe, read(INPUT.cgoProbe), false),
      cgoPackages: parseCgoPackages(read(INPUT.cgoPackages)),
      onMismatch: parseOnMismatch(read(INPUT.onMismatch))
    },
    problemMatcher: parseBoolean(INPUT.problemMatcher, read(INPUT.problemMatcher), true),
    cache,
    mode: parseMode(read(INPUT.mode)),
    cells: parseCellSettings(read)
  };
}

// src/start-job.ts
import os6 from "node:os";

// src/disk/choose-root.ts
import fs24 from "node:fs/promises";
import path6 from "node:path";
function rootCandidates(env, rules) {
  const out = [];
  if (env.RUNNER_TEMP) out.push({ path: env.RUNNER_TEMP, source: "the runner temp folder (RUNNER_TEMP)" });
  if (env.GITHUB_WORKSPACE) out.push({ path: rules.path.dirname(env.GITHUB_WORKSPACE), source: "the workspace's filesystem (next to GITHUB_WORKSPACE)" });
  if (rules.scratchVolume) out.push({ path: rules.scratchVolume, source: `the scratch volume ${rules.scratchVolume}`, mustBeMountPoint: true });
  return out;
}
function pickRoot(facts2) {
  const considered = facts2.map((f) => ({ path: f.candidate.path, source: f.candidate.source, free: f.free, skipped: f.unusable }));
  const usable = facts2.filter((f) => !f.unusable && f.free !== void 0);
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
  const rootDev = (await fs24.stat("/").catch(() => void 0))?.dev;
  return Promise.all(
    candidates.map(async (candidate) => {
      try {
        const exists2 = await fs24.stat(candidate.path).then(
          () => true,
          (err) => errorCode(err) === "ENOENT" && !candidate.mustBeMountPoint ? false : Promise.reject(err)
        );
        if (!exists2) await fs24.mkdir(candidate.path, { recursive: true });
        const st = await fs24.stat(candidate.path);
        if (!st.isDirectory()) return { candidate, unusable: "not a folder" };
        if (candidate.mustBeMountPoint && st.dev === rootDev) return { candidate, unusable: "not a volume of its own" };
        const free = (await freeSpace(candidate.path)).free;
        if (candidate.mustBeMountPoint && !await writable(candidate.path)) return scratchFolderFacts(candidate, st.dev, free);
        await fs24.access(candidate.path, fs24.constants.W_OK);
        return { candidate, dev: st.dev, free };
      } catch (err) {
        const code2 = errorCode(err);
        return { candidate, unusable: code2 === "EACCES" || code2 === "EPERM" || code2 === "EROFS" ? `not writable (${code2})` : `unavailable (${code2})` };
      }
    })
  );
}
var writable = (p) => fs24.access(p, fs24.constants.W_OK).then(
  () => true,
  () => false
);
async function scratchFolderFacts(candidate, dev, free) {
  const folder = path6.join(candidate.path, SCRATCH_FOLDER);
  const st = await fs24.lstat(folder).catch(() => void 0);
  if (st?.isDirectory() && st.dev === dev && await writable(folder)) return { candidate: { ...candidate, path: folder }, dev, free };
  if (st || process.getuid?.() === 0) return { candidate, unusable: `not writable (${st ? `${folder} exists but is not ours` : "read-only"})` };
  return { candidate, dev, free, needsFolder: folder };
}
function describeChoice(choice) {
  return `Job folder root ${choice.path} (root: auto): ${choice.reason}.`;
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
  const list5 = consumers.slice(0, 5).map((c) => `${c.path} ${c.complete ? "" : "\u2265 "}${formatBytes(c.bytes)}`).join(", ");
  return `${head} Biggest consumers (space on disk): ${list5}.`;
}

// src/disk/guard-main.ts
async function chooseRootAutomatically(env, rules) {
  const facts2 = await probeCandidates(rootCandidates(env, rules));
  for (; ; ) {
    const choice = pickRoot(facts2);
    const chosen = facts2.find((f) => f.candidate.path === choice.path && !f.unusable);
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
  const os9 = rest.find((p) => /^(linux|darwin\d*(\.\d+)*|macos\d*|freebsd\d*(\.\d+)*|netbsd|openbsd|mingw32|windows|android|solaris\d*|illumos)/.test(p)) ?? rest[rest.length - 1];
  const last = rest[rest.length - 1];
  const android = /^android/.test(last);
  const osName = android ? "android" : os9.startsWith("mingw") ? "windows" : os9.replace(/[\d.]+$/, "").replace(/^macosx?$/, "darwin");
  const abi = last.includes("musl") ? "musl" : /^gnu/.test(last) ? "gnu" : last === os9 ? "" : last;
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
  const names = [...bases].filter((b) => /^[\w+.-]+$/.test(b) && b.length > 0);
  return [...names.map((b) => `${b}.h`), ...names.map((b) => `${b}/${b}.h`)];
}

// src/matrix/cc-tests.ts
import fs25 from "node:fs";
import path7 from "node:path";

// src/matrix/elf-deps.ts
var SHT_DYNAMIC = 6;
var DT_NULL = 0;
var DT_NEEDED = 1;
var DT_SONAME = 14;
var MAX_SECTION = 16 * 1024 * 1024;
function readElfDynamic(read) {
  const header = read(0, 64);
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
    const table2 = read(shoff, shnum * shentsize);
    const section = (i) => {
      const o = i * shentsize;
      return {
        type: u32(table2, o + 4),
        offset: word(table2, is64 ? o + 24 : o + 16),
        size: word(table2, is64 ? o + 32 : o + 20),
        link: u32(table2, is64 ? o + 40 : o + 24)
      };
    };
    for (let i = 0; i < shnum; i++) {
      const dyn = section(i);
      if (dyn.type !== SHT_DYNAMIC) continue;
      if (dyn.link >= shnum) return void 0;
      const strtab = section(dyn.link);
      if (dyn.size > MAX_SECTION || strtab.size > MAX_SECTION) return void 0;
      const entries = read(dyn.offset, dyn.size);
      const strings = read(strtab.offset, strtab.size);
      const text = (at2) => {
        const end = strings.indexOf(0, at2);
        return strings.toString("latin1", at2, end < 0 ? strings.length : end);
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
  const six = path7.join(dir, "libc.so.6");
  const sixLibc = fs25.existsSync(six) ? elfLibc(six) : void 0;
  if (sixLibc) libc = { family: sixLibc.family, because: `its folder ${dir} is ${sixLibc.family}'s (its libc.so.6 ${sixLibc.because.replace(/^it /, "")})` };
  else {
    const dyn = elfDynamic(path7.join(dir, "libc.so"));
    if (dyn && !dyn.needed.length) libc = { family: "musl", because: `its folder ${dir} is musl's (it holds musl's libc.so)` };
  }
  memo.set(dir, libc);
  return libc;
}
function elfLibc(file) {
  let real;
  try {
    real = fs25.realpathSync(file);
  } catch {
    return void 0;
  }
  const dyn = elfDynamic(real);
  return dyn && libcOfElf(path7.basename(real), dyn);
}
function elfDynamic(file) {
  let fd;
  try {
    fd = fs25.openSync(file, "r");
    const handle = fd;
    return readElfDynamic((offset, length) => {
      const buffer = Buffer.alloc(length);
      const read = fs25.readSync(handle, buffer, 0, length, offset);
      return buffer.subarray(0, read);
    });
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) fs25.closeSync(fd);
  }
}
function classifyLibraries(files, cwd) {
  const memo = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const libraries = [];
  for (const file of files) {
    const full = path7.resolve(cwd, file);
    const real = path7.normalize(full);
    if (seen.has(real)) continue;
    seen.add(real);
    const base = path7.basename(real);
    const libcItself = LIBC_PART.test(base);
    if (base.endsWith(".a")) {
      libraries.push({ path: real, libc: folderLibc(path7.dirname(real), memo), libcItself });
      continue;
    }
    const dyn = elfDynamic(real);
    if (!dyn) continue;
    libraries.push({ path: real, libc: libcOfElf(base, dyn), libcItself });
  }
  return libraries;
}
async function compile(cc, subject, source, file, env) {
  const dir = path7.dirname(file);
  fs25.writeFileSync(file, `${source.text}
`);
  const includes = source.dir ? ["-I", source.dir] : [];
  const mode = source.preprocessOnly ? ["-E", "-o", `${file}.i`] : ["-fsyntax-only"];
  const args = [...cc.args, ...cc.cflags, ...subject.cflags, ...includes, "-I", path7.join(dir, "stub"), ...mode, file];
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
  const dir = path7.dirname(out);
  const main = path7.join(dir, "empty-main.c");
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
  fs25.mkdirSync(path7.join(dir, "stub"), { recursive: true });
  fs25.writeFileSync(path7.join(dir, "stub", "_cgo_export.h"), "/* stands in for the header cgo writes during the build */\n");
  fs25.writeFileSync(path7.join(dir, "empty-main.c"), "int main(void) { return 0; }\n");
  const linkKey = (s) => JSON.stringify(s.ldflags);
  const linkers = /* @__PURE__ */ new Map();
  subjects.forEach((s, i) => s.link && !linkers.has(linkKey(s)) && linkers.set(linkKey(s), i));
  const jobs = subjects.flatMap((s, i) => [
    ...s.sources.map((_, j) => ({ subject: i, source: j })),
    ...s.link && linkers.get(linkKey(s)) === i ? [{ subject: i }] : []
  ]);
  const done = await pool(jobs, PARALLEL, async (job) => {
    const subject = subjects[job.subject];
    const name = path7.join(dir, `s${job.subject}${job.source === void 0 ? "" : `-${job.source}`}`);
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
function list4(items) {
  const shown = items.slice(0, MAX_LISTED2).join(", ");
  return items.length > MAX_LISTED2 ? `${shown} and ${items.length - MAX_LISTED2} more` : shown;
}
function builtForFix(family, name) {
  if (family === "musl") {
    return `use ${name} built for musl: in an Alpine container install its -dev package (apk add); on Debian/Ubuntu build it with CC=musl-gcc into a prefix and point PKG_CONFIG_PATH (or -I/-L in CGO_CFLAGS/CGO_LDFLAGS) at that prefix; or give the compiler a musl sysroot that has it (--sysroot)`;
  }
  return `use ${name} built for glibc (Debian/Ubuntu: its lib\u2026-dev package) and keep musl's folders out of the flags`;
}
function compilerName(facts2) {
  return facts2.cc.command;
}
function judgeSubject(info2, result, facts2, target) {
  const cc = compilerName(facts2);
  const family = target?.family === "musl" || target?.family === "glibc" ? target.family : void 0;
  const failed = result.compiles.find((c) => !c.ok);
  if (failed) {
    const what = info2.kind === "package" ? `the C preamble of ${failed.name}` : failed.name;
    const found = `${cc} cannot compile ${what}: ${failed.error ?? "no output"}`;
    const header = failed.header ?? info2.header?.name;
    const foundAt = info2.header && failed.header === info2.header.name ? info2.header.dir : failed.headerFoundAt;
    if (foundAt && failed.header && family && facts2.hostLibc && facts2.hostLibc.family !== family) {
      const where = info2.module?.pcfiledir ? ` (${info2.module.pcfiledir}/${info2.name}.pc)` : "";
      const whose = info2.kind === "package" ? `the library behind ${failed.header} on this machine is built for ${facts2.hostLibc.family}, not ${family}` : `the ${facts2.hostLibc.family} ${info2.name} of this machine${where} is not built for ${family}`;
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
    const gone = facts2.flagDirs.filter((f) => f.flag === "-L" && !f.exists).map((f) => `${f.variable} names -L ${f.dir}, which is not a folder`);
    const found = `linking ${list4(info2.libraries)} with ${cc} fails: ${link2.error ?? "no output"}${gone.length ? `; ${list4(gone)}` : ""}`;
    const named = link2.missing ?? info2.libraries.find((l) => l.startsWith("-l")) ?? info2.name;
    const lib = `lib${named.replace(/^-l:?/, "").replace(/\.(a|so[.\d]*)$/, "").replace(/^lib/, "")}`;
    const fix = family === "musl" && facts2.hostLibc?.family !== "musl" ? `${builtForFix("musl", lib)}; or add the folder that has it with -L` : `install ${lib} for this compiler (Debian/Ubuntu: apt-get install ${lib}-dev; Alpine: apk add ${lib.replace(/^lib/, "")}-dev) or add the folder that has it with -L (CGO_LDFLAGS)`;
    return { status: "fail", found, fix };
  }
  const foreign = foreignLibraries(link2, family);
  if (foreign.length && family) {
    const culprits = foreign.filter((l) => !l.libcItself);
    const named = (culprits.length ? culprits : foreign).map((l) => `${l.path} (${l.libc.family}: ${l.libc.because})`);
    const other = foreign[0].libc.family;
    const dragged = culprits.length && foreign.some((l) => l.libcItself) ? `, and with it ${other}'s own ${list4(foreign.filter((l) => l.libcItself).map((l) => l.path))}` : "";
    const started = link2?.run ? link2.run.ok ? `; the test program starts here only because ${family === "musl" ? "musl's loader stands in for libc.so.6" : "both C libraries are installed"}, and a ${family} system has no such library` : `; the test program fails to start: ${link2.run.output}` : "";
    return {
      status: "fail",
      found: `links ${list4(named)}${dragged} into a ${family} cell: the program needs another libc's library${started}`,
      fix: builtForFix(family, culprits.length ? list4(culprits.map((l) => basename(l.path))) : info2.name)
    };
  }
  if (link2?.run && !link2.run.ok) {
    return {
      status: "warn",
      found: `a test program linked with ${list4(info2.libraries)} by ${cc} fails to start: ${link2.run.output}`,
      fix: "add the library's folder to LD_LIBRARY_PATH for the job, or link with -Wl,-rpath,<folder> (CGO_LDFLAGS)"
    };
  }
  return void 0;
}
function droppedNote(info2) {
  return info2.dropped?.length ? ` (not passed on, as go build refuses them from #cgo lines and pkg-config: ${list4(info2.dropped)}; CGO_CFLAGS_ALLOW/CGO_LDFLAGS_ALLOW let them through)` : "";
}
function basename(p) {
  return p.split(/[\\/]/).pop() ?? p;
}
function passFound(info2, result, facts2) {
  const parts = [];
  if (result.compiles.length) {
    parts.push(info2.kind === "package" ? `${result.compiles.length} C preamble(s) preprocess` : `${result.compiles.map((c) => c.name).join(", ")} compiles`);
  }
  if (result.link) parts.push(`${list4(info2.libraries)} link${info2.libraries.length === 1 ? "s" : ""}`);
  const own = result.link?.libraries.filter((l) => !l.libcItself && l.libc) ?? [];
  const families = [...new Set(own.map((l) => l.libc.family))];
  const built = families.length === 1 ? ` (built for ${families[0]})` : "";
  const none = info2.kind === "pkg-config" && !result.compiles.length ? "; no header named after it was found to compile" : "";
  return parts.length ? `${parts.join(" and ")} with ${compilerName(facts2)}${built}${none}` : `nothing to compile or link${none}`;
}
function moduleCheck(cell2, r, libraries, facts2, target) {
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
  const judged = judgeSubject(info2, result, facts2, target);
  const expectedFull = `${expected}, usable by ${compilerName(facts2)}`;
  if (judged) return { id, title, status: judged.status, expected: expectedFull, found: `${base}, but ${judged.found}${droppedNote(info2)}`, fix: judged.fix };
  return { id, title, status: "pass", expected: expectedFull, found: `${base}: ${passFound(info2, result, facts2)}${droppedNote(info2)}` };
}
function subjectCheck(id, title, failStatus, info2, result, facts2, target) {
  const expected = `${info2.kind === "package" ? "its C code compiles and its libraries link" : `${list4(info2.libraries)} link`} with ${compilerName(facts2)}, built for the cell's libc`;
  if (info2.missingModules?.length && info2.pkgConfigMissing) {
    const fix = "install pkg-config (apt-get install pkg-config; apk add pkgconf; brew install pkgconf) or set PKG_CONFIG";
    return {
      id,
      title,
      status: failStatus,
      expected,
      found: `its #cgo pkg-config modules ${list4(info2.missingModules)} cannot be asked for: ${info2.pkgConfigMissing} is not on PATH`,
      fix
    };
  }
  if (info2.missingModules?.length) {
    const fix = `install the packages that provide ${list4(info2.missingModules.map((m) => `${m}.pc`))} or add their folder to PKG_CONFIG_PATH`;
    return { id, title, status: failStatus, expected, found: `its #cgo pkg-config modules ${list4(info2.missingModules)} are not found`, fix };
  }
  if (!result) return { id, title, status: "skip", expected, found: "not tried" };
  const judged = judgeSubject(info2, result, facts2, target);
  if (judged)
    return {
      id,
      title,
      status: judged.status === "fail" ? failStatus : judged.status,
      expected,
      found: `${judged.found}${droppedNote(info2)}`,
      fix: judged.fix
    };
  return { id, title, status: "pass", expected, found: `${passFound(info2, result, facts2)}${droppedNote(info2)}` };
}
function packageChecks(cell2, libraries, facts2, target) {
  if (!cell2.cgoPackages.length) return [];
  const title = "cgo packages";
  const expected = `the packages ${list4(cell2.cgoPackages)} listed by go list`;
  if (libraries?.skipped) return [{ id: "cgo-packages", title, status: "skip", expected, found: `not tried: ${libraries.skipped}` }];
  const packages = libraries?.packages;
  if (!packages) return [{ id: "cgo-packages", title, status: "skip", expected, found: facts2.go ? "not listed" : "not listed: no go env" }];
  const checks = [];
  if (!packages.packages.length) {
    const status = packages.problems.length ? "fail" : "pass";
    const found = packages.problems.length ? list4(packages.problems) : `no package among ${list4(cell2.cgoPackages)} or their dependencies uses cgo`;
    const fix = packages.problems.length ? "run go list -deps with the same patterns in the job to see the error; check cgo-packages and the working folder" : void 0;
    return [{ id: "cgo-packages", title, status, expected, found, fix }];
  }
  if (packages.problems.length) {
    checks.push({
      id: "cgo-packages",
      title,
      status: "warn",
      expected,
      found: `go list reported: ${list4(packages.problems)}`,
      fix: "run go list -deps with the same patterns in the job"
    });
  }
  for (const info2 of libraries.subjects.filter((s) => s.kind === "package")) {
    const result = libraries.results.find((r) => r.id === info2.id);
    checks.push(subjectCheck(info2.id, `cgo package ${info2.name}`, "fail", info2, result, facts2, target));
  }
  return checks;
}
function libraryChecks(cell2, facts2, libraries, target, ldflagsStatus) {
  const checks = [];
  if (cell2.pkgConfig.length && facts2.pkgConfig) {
    const { pkgConfig } = facts2;
    if (!pkgConfig.path) {
      const fix = "install pkg-config (apt-get install pkg-config; apk add pkgconf; brew install pkgconf) or set PKG_CONFIG";
      checks.push({
        id: "pkg-config",
        title: "pkg-config",
        status: "fail",
        expected: `${pkgConfig.command} on PATH`,
        found: `${pkgConfig.command} not found`,
        fix
      });
    } else checks.push(...pkgConfig.results.map((r) => moduleCheck(cell2, r, libraries, facts2, target)));
  }
  const ldflags = libraries?.subjects.find((s) => s.kind === "ldflags");
  if (ldflags) {
    const result = libraries.results.find((r) => r.id === "ldflags");
    checks.push(subjectCheck("ldflags", "Libraries in CGO_LDFLAGS", ldflagsStatus, ldflags, result, facts2, target));
  }
  checks.push(...packageChecks(cell2, libraries, facts2, target));
  return checks;
}

// src/matrix/evaluate-libc.ts
var NO_CC = (facts2) => `the C compiler ${facts2.cc.command} is missing (see the C compiler row)`;
function describeLibc(libc) {
  if (!libc) return "unknown";
  return libc.version ? `${libc.family} ${libc.version}` : libc.family;
}
function buildLibc(facts2, cgoOn, probe) {
  const fromProbe = probe?.libc;
  const compiler = facts2.cc.libc;
  if (fromProbe && (fromProbe.family === "musl" || fromProbe.family === "glibc")) {
    const sameFamily = (libc) => libc?.family === fromProbe.family ? libc.version : void 0;
    const version = sameFamily(compiler) ?? sameFamily(facts2.hostLibc);
    return { family: fromProbe.family, version, evidence: fromProbe.evidence };
  }
  if (cgoOn && compiler) {
    const version = compiler.version ?? (facts2.hostLibc?.family === compiler.family ? facts2.hostLibc.version : void 0);
    return { ...compiler, version, evidence: `the C compiler ${facts2.cc.command}: ${compiler.evidence}` };
  }
  return facts2.hostLibc && { ...facts2.hostLibc, evidence: `the job environment: ${facts2.hostLibc.evidence}` };
}
var LIBC_FIX = {
  musl: "set CC=musl-gcc (Debian/Ubuntu: apt-get install musl-tools) or run the job in an Alpine container (apk add gcc musl-dev)",
  glibc: "use a glibc image or runner (Debian, Ubuntu) and its gcc, or set CC back to the system gcc"
};
function libcFix(family, facts2) {
  const named = `${facts2.cc.command} ${facts2.cc.path ?? ""}`;
  if (family === "musl" && /musl/.test(named)) {
    return `CC is already ${facts2.cc.command}, yet its headers are not musl's: check its specs file and the -I/--sysroot flags in CGO_CPPFLAGS/CGO_CFLAGS`;
  }
  return LIBC_FIX[family];
}
function libcCheck(cell2, facts2, cgoOn, probe) {
  const libc = buildLibc(facts2, cgoOn, probe);
  if (!libc && cell2.libc.family === "any") return void 0;
  const expected = cell2.libc.family === "any" ? "any" : `${cell2.libc.family}${cell2.libc.range ? ` ${cell2.libc.range}` : ""}`;
  const host2 = facts2.hostLibc && libc && describeLibc(facts2.hostLibc) !== describeLibc(libc) ? `; job environment: ${describeLibc(facts2.hostLibc)}` : "";
  const found = `${describeLibc(libc)} (${libc?.evidence ?? "no C library found"})${host2}`;
  const title = "libc";
  if (cell2.libc.family === "any") return { id: "libc", title, status: "pass", expected, found };
  const cc = facts2.cc;
  if (cgoOn && !probe?.libc && !cc.path) return { id: "libc", title, status: "skip", expected, found: `not checked: ${NO_CC(facts2)}` };
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
    const host3 = facts2.hostLibc ? ` (the job environment has ${describeLibc(facts2.hostLibc)})` : "";
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
    return { id: "libc", title, status: "fail", expected, found, fix: libcFix(cell2.libc.family, facts2) };
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
function probeCheck(cell2, facts2, cgoOn, probe, libraries) {
  if (!cell2.probe) return void 0;
  const title = "cgo probe";
  const expected = "a cgo program builds and runs";
  if (!cgoOn) return { id: "probe", title, status: "skip", expected, found: facts2.go ? "not built: cgo is off" : "not built: no go env" };
  if (!probe) return { id: "probe", title, status: "skip", expected, found: "not built" };
  if (!probe.ok && !facts2.cc.path) return { id: "probe", title, status: "skip", expected, found: `not judged: ${NO_CC(facts2)}` };
  if (!probe.ok && facts2.cc.problems.length)
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
function installFix(cell2, facts2) {
  const cc = facts2.cc;
  if (cc.explicit) {
    const set = `CC=${[cc.command, ...cc.args].join(" ")} names no program on PATH: install ${cc.command}, or set CC to a compiler you have`;
    return cell2.cgo === "true" ? set : `if the build uses cgo: ${set}; if it is pure Go: set CGO_ENABLED=0 (or cgo: false)`;
  }
  return cell2.cgo === "true" ? INSTALL_CC : INSTALL_CC_OR_NO_CGO;
}
function toolchainStatus(cell2) {
  return cell2.cgo === "true" || cell2.probe ? "fail" : "warn";
}
function whyCgoOff(facts2) {
  if (facts2.cgoEnvironment === "0") return "CGO_ENABLED=0 is set in the job environment";
  if (facts2.cgoEnvironment !== "1") {
    if (facts2.goos !== facts2.hostOs || facts2.goarch !== facts2.hostArch) {
      return `Go turns cgo off by default for cross builds (${facts2.goos}/${facts2.goarch} on a ${facts2.hostOs}/${facts2.hostArch} host)`;
    }
    if (!facts2.cc.path && !facts2.cc.explicit) {
      return `no C compiler is on PATH: CC is unset and ${facts2.cc.command} is missing, so Go \u2265 1.20 silently turns cgo off`;
    }
  }
  return "CGO_ENABLED=0 comes from the go env file (go env -w) or the Go distribution";
}
function goCheck(cell2, facts2) {
  const expected = cell2.goVersion ? `Go ${cell2.goVersion.raw}` : "any Go";
  const title = "Go version";
  if (!facts2.go) {
    const needed = Boolean(cell2.goVersion) || cell2.cgo === "true" || cell2.probe;
    const fix = facts2.goPath ? `check the Go installation at ${facts2.goPath} and GOFLAGS; go env also runs the C compiler (CC), which must not hang` : cell2.goVersion ? `${SETUP_GO} with go-version: '${cell2.goVersion.raw}'` : SETUP_GO;
    return { id: "go", title, status: needed ? "fail" : "warn", expected, found: facts2.goProblem ?? "go not found", fix };
  }
  const found = `${facts2.go.goVersion || "unknown"} (${facts2.go.path})`;
  if (!cell2.goVersion) return { id: "go", title, status: "pass", expected, found };
  if (!facts2.go.version) {
    return { id: "go", title, status: "warn", expected, found, fix: "a development build of Go cannot be compared with a version range" };
  }
  if ((0, import_satisfies2.default)(facts2.go.version, cell2.goVersion.range, { includePrerelease: true })) return { id: "go", title, status: "pass", expected, found };
  return { id: "go", title, status: "fail", expected, found, fix: `${SETUP_GO} with go-version: '${cell2.goVersion.raw}' (or change the cell's go-version)` };
}
function cgoCheck(cell2, facts2) {
  const title = "cgo (effective CGO_ENABLED)";
  const expected = cell2.cgo === "true" ? "CGO_ENABLED=1" : cell2.cgo === "false" ? "CGO_ENABLED=0" : "either (auto)";
  if (facts2.cgoEnabled === void 0)
    return { id: "cgo", title, status: cell2.cgo === "auto" ? "skip" : "fail", expected, found: "unknown: no go env", fix: SETUP_GO };
  if (!facts2.cgoEnabled) {
    const found2 = `CGO_ENABLED=0: ${whyCgoOff(facts2)}`;
    if (cell2.cgo !== "true") return { id: "cgo", title, status: "pass", expected, found: found2 };
    const cross = facts2.goos !== facts2.hostOs || facts2.goarch !== facts2.hostArch;
    const fix = facts2.cgoEnvironment === "0" ? "remove CGO_ENABLED=0 from the job environment" : !facts2.cc.path ? INSTALL_CC : cross ? "set CGO_ENABLED=1 and CC to a cross compiler for the target" : "set CGO_ENABLED=1 (go env -u CGO_ENABLED removes a go env -w setting)";
    return { id: "cgo", title, status: "fail", expected, found: found2, fix };
  }
  if (!facts2.cc.path) {
    const found2 = `CGO_ENABLED=1, but the C compiler ${facts2.cc.command} is not on PATH: cgo packages fail with 'cgo: C compiler "${facts2.cc.command}" not found'`;
    if (cell2.cgo === "false") return { id: "cgo", title, status: "warn", expected, found: found2, fix: "set CGO_ENABLED=0 in the job environment" };
    return { id: "cgo", title, status: "skip", expected, found: `CGO_ENABLED=1; not judged further: ${NO_CC(facts2)}` };
  }
  const found = `CGO_ENABLED=1 with ${facts2.cc.command}`;
  if (cell2.cgo === "false") {
    const built = `${found}: packages that import "C" (net and os/user too, on Linux) are built with the C compiler`;
    return { id: "cgo", title, status: "warn", expected, found: built, fix: "set CGO_ENABLED=0 in the job environment" };
  }
  return { id: "cgo", title, status: "pass", expected, found };
}
function compilerCheck(cell2, facts2, cgoOn) {
  const { cc } = facts2;
  const title = "C compiler (CC)";
  const used = cgoOn && cell2.cgo !== "false";
  const expected = used ? `${cc.command} runs` : "not needed (cgo off)";
  if (!cc.path) {
    const fix = used ? installFix(cell2, facts2) : void 0;
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
function targetCheck(cell2, facts2) {
  const triple = facts2.cc.target;
  if (!triple) return void 0;
  const cross = facts2.goos !== facts2.hostOs || facts2.goarch !== facts2.hostArch;
  const expected = `a compiler for ${facts2.goos}/${facts2.goarch}`;
  const match = tripleMatchesGo(triple, facts2.goos, facts2.goarch);
  const title = cross ? "Cross build" : "Compiler target";
  if (match === false) {
    return {
      id: "target",
      title,
      status: toolchainStatus(cell2),
      expected,
      found: `${facts2.cc.command} targets ${triple.raw}${cross ? " (a host compiler)" : ""}`,
      fix: `set CC to a compiler for ${facts2.goos}/${facts2.goarch} (e.g. CC=aarch64-linux-gnu-gcc from apt-get install gcc-aarch64-linux-gnu, or CC="zig cc -target \u2026")`
    };
  }
  return { id: "target", title, status: match ? "pass" : "warn", expected, found: `${triple.raw}${match ? "" : ": cannot tell whether it matches"}` };
}
function flagsCheck(cell2, facts2, cgoOn, libraries) {
  if (!facts2.flagDirs.length) return void 0;
  const missing = facts2.flagDirs.filter((f) => !f.exists);
  const relative = facts2.flagDirs.filter((f) => f.exists && f.relative);
  const expected = "every -I/-L folder in CGO_*FLAGS exists, as an absolute path";
  const title = "Flag folders";
  if (!missing.length && !relative.length) return { id: "flags", title, status: "pass", expected, found: `${facts2.flagDirs.length} folder(s) exist` };
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
function evaluateCell(cell2, facts2, probe, libraries) {
  const cgoOn = facts2.cgoEnabled === true;
  const target = buildLibc(facts2, cgoOn, probe);
  const checks = [
    goCheck(cell2, facts2),
    cgoCheck(cell2, facts2),
    compilerCheck(cell2, facts2, cgoOn),
    cgoOn ? targetCheck(cell2, facts2) : void 0,
    libcCheck(cell2, facts2, cgoOn, probe),
    flagsCheck(cell2, facts2, cgoOn, libraries),
    // A stated libc makes a foreign library in CGO_LDFLAGS a failure, as for pkg-config modules.
    ...libraryChecks(cell2, facts2, libraries, target, cell2.libc.family !== "any" ? "fail" : toolchainStatus(cell2)),
    probeCheck(cell2, facts2, cgoOn, probe, libraries)
  ];
  return checks.filter((c) => c !== void 0);
}

// src/matrix/facts.ts
import { createHash } from "node:crypto";
import fs26 from "node:fs";
import path8 from "node:path";

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
  const facts2 = { command, path: tool, results: [] };
  if (!tool) return facts2;
  facts2.results = await Promise.all(
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
  return facts2;
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
    for await (const chunk of fs26.createReadStream(fs26.realpathSync(file))) hash.update(chunk);
    return hash.digest("hex").slice(0, 16);
  } catch {
    return void 0;
  }
}
async function muslVersion(arch2) {
  let names;
  try {
    names = fs26.readdirSync("/lib").filter((n) => /^ld-musl-.+\.so\.1$/.test(n));
  } catch {
    return void 0;
  }
  const loader = names.find((n) => arch2 && n.includes(arch2)) ?? (names.length === 1 ? names[0] : void 0);
  if (!loader) return void 0;
  const result = await execTool(path8.join("/lib", loader), [], { timeoutMs: 1e4 });
  return muslLoaderVersion(result.stderr);
}
async function compilerFacts(command, args, cflags, explicit, env, cwd) {
  const facts2 = { command, args, explicit, problems: [] };
  facts2.path = findExecutable(command, env, process.platform, cwd);
  if (!facts2.path) return facts2;
  const cc = facts2.path;
  const stdio = (flags) => execTool(cc, [...args, ...flags, "-E", "-dM", "-x", "c", "-"], { env, cwd, input: "#include <stdio.h>\n" });
  const includeFlags = headerFolderFlags(cflags).filter((f) => !f.startsWith("-iquote"));
  const [version, machine, macros, hash, plain] = await Promise.all([
    execTool(cc, [...args, "--version"], { env, cwd }),
    execTool(cc, [...args, ...cflags, "-dumpmachine"], { env, cwd }),
    stdio(cflags),
    hashFile(cc),
    includeFlags.length ? stdio(withoutFlags(cflags, includeFlags)) : void 0
  ]);
  if (version.code === 0) facts2.version = firstLine(version.stdout);
  else facts2.problems.push(`${command} --version failed: ${version.error ?? firstLine(version.stderr)}`);
  if (machine.code === 0) facts2.target = parseTriple(firstLine(machine.stdout));
  else facts2.problems.push(`${command} -dumpmachine failed: ${machine.error ?? firstLine(machine.stderr)}`);
  if (macros.code === 0) {
    facts2.libc = libcFromMacros(macros.stdout);
    if (facts2.libc.family === "musl") facts2.libc.version = await muslVersion(facts2.target?.arch);
  } else {
    facts2.problems.push(`${command} cannot compile #include <stdio.h>: ${macros.error ?? compilerError(macros.stderr) ?? firstLine(macros.stderr)}`);
    facts2.libc = facts2.target && libcFromTriple(facts2.target);
  }
  if (plain) {
    const libcWithout = plain.code === 0 ? libcFromMacros(plain.stdout) : void 0;
    if (libcWithout?.family === "musl") libcWithout.version = await muslVersion(facts2.target?.arch);
    const changed = macros.code !== 0 ? plain.code === 0 : libcWithout !== void 0 && libcWithout.family !== facts2.libc?.family;
    if (changed) {
      const alone = await Promise.all(includeFlags.map((f) => stdio(withoutFlags(cflags, [f]))));
      const same = (r) => r.code === 0 && (!libcWithout || libcFromMacros(r.stdout).family === libcWithout.family);
      const culprits = includeFlags.filter((_, i) => same(alone[i]));
      const dir = culprits.length === 1 ? culprits[0].replace(/^(-I|-isystem|-idirafter)\s*/, "") : void 0;
      const header = dir && fs26.existsSync(path8.join(dir, "stdio.h")) ? path8.join(dir, "stdio.h") : void 0;
      facts2.flagsEffect = { flags: culprits.length ? culprits : includeFlags, libcWithout, header };
    }
  }
  facts2.hash = hash;
  return facts2;
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
    const resolved = path8.resolve(cwd, f.dir);
    let exists2;
    try {
      exists2 = fs26.statSync(resolved).isDirectory();
    } catch {
      exists2 = false;
    }
    return { ...f, resolved, exists: exists2, relative: !path8.isAbsolute(f.dir) };
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
    sameCompiler ? guessed.then((facts2) => ({ ...facts2, explicit: ccExplicit })) : compilerFacts(ccCommand, ccArgs, cflags, ccExplicit, env, cwd),
    cell2.pkgConfig.length ? pkgConfigFacts(cell2.pkgConfig, go?.env, env, cwd) : Promise.resolve(void 0)
  ]);
  if (!sameCompiler) await guessed;
  return { go, goPath, goProblem: problem, ...settings, cc, hostLibc: host2, flagDirs: checkFlagDirs(go?.env, env, cwd), pkgConfig };
}

// src/matrix/cgo-packages.ts
import fs27 from "node:fs";
import path9 from "node:path";
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
  const inComment = (at2) => comments.some((c) => at2 >= c.start && at2 < c.end);
  const spec = /^[ \t]*(?:import[ \t]+)?"C"[ \t]*(?:\/\/[^\n]*)?$/gm;
  let match;
  while (match = spec.exec(source)) {
    if (inComment(match.index)) continue;
    const lineStart = match.index;
    const group2 = [];
    let at2 = lineStart;
    for (let k = comments.length - 1; k >= 0; k--) {
      const c = comments[k];
      if (c.end > at2) continue;
      const gap = source.slice(c.end, at2);
      if (!/^[ \t]*\r?\n?[ \t]*$/.test(gap)) break;
      group2.unshift(c);
      at2 = c.start;
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
    const target = path9.resolve(cwd, suffix ? pattern.slice(0, -suffix.length) : pattern);
    let dir = target;
    while (!hasGoMod(dir) && dir !== cwd && dir.startsWith(cwd + path9.sep)) dir = path9.dirname(dir);
    if (!hasGoMod(dir) || dir === cwd) {
      add(cwd, pattern);
      continue;
    }
    const rel = path9.relative(dir, target).split(path9.sep).join("/");
    add(dir, rel ? `./${rel}${suffix}` : `.${suffix}`);
  }
  return groups;
}
async function listOne(goPath, patterns, env, cwd) {
  const list5 = (json) => execTool(goPath, ["list", "-e", "-deps", json, ...patterns], { env, cwd, timeoutMs: 18e4 });
  let result = await list5(`-json=${LIST_FIELDS}`);
  if (result.code !== 0 && !result.stdout.trim() && /-json/.test(result.stderr)) result = await list5("-json");
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
  const groups = groupByModule(patterns, cwd, (dir) => fs27.existsSync(path9.join(dir, "go.mod")));
  const lists = await Promise.all([...groups].map(([dir, group2]) => listOne(goPath, group2, env, dir)));
  const { packages: found, cgoFiles, problems } = cgoPackagesOf(lists.flatMap((l) => l.listed));
  problems.unshift(...lists.flatMap((l) => l.problems));
  const packages = found.filter((pkg, i) => found.findIndex((p) => p.importPath === pkg.importPath && p.dir === pkg.dir) === i);
  const withPreambles = packages.map((pkg) => {
    const preambles = [];
    for (const file of cgoFiles.get(pkg.importPath) ?? []) {
      try {
        const source = cgoPreamble(fs27.readFileSync(path9.join(pkg.dir, file), "utf8"));
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
import fs28 from "node:fs";
import path10 from "node:path";

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
  const names = [];
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === "-l" && flags[i + 1]) names.push(`-l${flags[++i]}`);
    else if (flags[i].startsWith("-l") && flags[i].length > 2) names.push(flags[i]);
    else if (/^[^-].*\.(a|so(\.[0-9.]+)?|dylib|tbd|lib)$/.test(flags[i])) names.push(flags[i]);
  }
  return names;
}

// src/matrix/library-facts.ts
function includeDirs(flags) {
  return flagDirectoriesOf("", flags).filter((f) => f.flag === "-I" || f.flag === "-isystem").map((f) => f.dir);
}
function findHeader(module, flags, exists2 = (file) => fs28.existsSync(file)) {
  const dirs = [...includeDirs(flags.cflags), ...flags.includedir ? [flags.includedir] : []];
  for (const name of headerCandidates(module)) {
    for (const dir of dirs) if (exists2(path10.join(dir, name))) return { name, dir };
  }
  return void 0;
}
function cannotTest(facts2) {
  if (facts2.cgoEnabled !== true) return "cgo is off";
  if (!facts2.cc.path) return `the C compiler ${facts2.cc.command} is missing`;
  if (facts2.cc.problems.length) return `the C compiler ${facts2.cc.command} does not work`;
  return void 0;
}
async function gatherLibraryFacts(cell2, facts2, packages, jobDir, env, cwd) {
  const goEnv = facts2.go?.env;
  const ldflags = splitQuoted(goEnv?.CGO_LDFLAGS ?? env.CGO_LDFLAGS ?? "");
  const envLibraries = linkedLibraries(ldflags);
  const wanted = cell2.pkgConfig.length > 0 || cell2.cgoPackages.length > 0 || envLibraries.length > 0;
  if (!wanted) return { subjects: [], results: [] };
  const skipped = cannotTest(facts2);
  if (skipped || !facts2.cc.path) return { skipped, subjects: [], results: [], packages };
  const subjects = [];
  const infos = [];
  for (const result of facts2.pkgConfig?.results ?? []) {
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
    const names = pkg.pkgConfig.filter((m) => !m.startsWith("-"));
    const modules = await Promise.all(names.map(async (m) => ({ m, flags: tool ? await moduleFlags(tool, m, env, cwd, pcFlags) : void 0 })));
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
  const runnable = facts2.goos === facts2.hostOs && facts2.goarch === facts2.hostArch;
  const cflags = [...goArchFlags(facts2.goos, facts2.goarch), ...settings.cflags];
  const compiler = { path: facts2.cc.path, args: facts2.cc.args, cflags, ldflags: keptLdflags, runnable };
  const testsDir = path10.join(jobDir, CC_TESTS_DIR);
  const results = await runLibraryTests(compiler, subjects, testsDir, env);
  for (const compile2 of results.flatMap((r) => r.compiles)) {
    if (compile2.header) compile2.headerFoundAt = HOST_INCLUDE_DIRS.find((dir) => fs28.existsSync(path10.join(dir, compile2.header)));
  }
  return { subjects: infos, results, packages };
}
var HOST_INCLUDE_DIRS = ["/usr/local/include", "/usr/include/x86_64-linux-gnu", "/usr/include/aarch64-linux-gnu", "/usr/include"];

// src/matrix/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function toolchainFingerprint(facts2, libc) {
  const cgoOn = facts2.cgoEnabled === true;
  const identity = {
    go: facts2.go?.goVersion ?? null,
    goos: facts2.goos,
    goarch: facts2.goarch,
    cgo: facts2.cgoEnabled ?? null,
    cc: cgoOn ? { version: facts2.cc.version ?? null, target: facts2.cc.target?.raw ?? null, hash: facts2.cc.hash ?? null, args: facts2.cc.args } : null,
    libc: cgoOn && libc ? { family: libc.family, version: libc.version ?? null } : null
  };
  return createHash2("sha256").update(JSON.stringify(identity)).digest("hex").slice(0, 16);
}
function emptyToolchainOutputs() {
  return Object.fromEntries(TOOLCHAIN_OUTPUTS.map((name) => [name, ""]));
}
function toolchainOutputs(facts2, libc) {
  return {
    "go-version": facts2.go?.version ?? facts2.go?.goVersion ?? "",
    "cgo-enabled": facts2.cgoEnabled === void 0 ? "" : facts2.cgoEnabled ? "1" : "0",
    cc: facts2.cc.path ?? "",
    "cc-version": facts2.cc.version ?? "",
    "cc-target": facts2.cc.target?.raw ?? "",
    libc: libc?.family ?? "",
    "libc-version": libc?.version ?? "",
    "toolchain-fingerprint": toolchainFingerprint(facts2, libc)
  };
}

// src/matrix/probe.ts
import fs29 from "node:fs";
import path11 from "node:path";
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
async function buildProbe(jobDir, goPath, env, signal2, platform2 = process.platform) {
  const started = nowMs();
  if (!goPath) return { ok: false, ms: 0, output: "go is not on PATH" };
  const dir = path11.join(jobDir, PROBE_DIR);
  try {
    fs29.mkdirSync(dir, { recursive: true });
    fs29.writeFileSync(path11.join(dir, "go.mod"), "module go-ci-guard/cgo-probe\n\ngo 1.18\n");
    fs29.writeFileSync(path11.join(dir, "main.go"), PROBE_SOURCE);
  } catch (err) {
    return { ok: false, ms: nowMs() - started, output: `cannot write the probe into ${dir}: ${err.message}` };
  }
  const binary = path11.join(dir, `probe${platformRules(platform2).exeSuffix}`);
  const probeEnv = { ...env, GOWORK: "off", GO111MODULE: "on", GOPROXY: "off", GOCACHE: path11.join(dir, "go-build") };
  const result = await execTool(goPath, ["build", "-mod=mod", "-o", binary, "."], { env: probeEnv, cwd: dir, timeoutMs: 3e5, signal: signal2 });
  const ms = nowMs() - started;
  if (result.code !== 0) return { ok: false, ms, output: [result.error, result.stdout, result.stderr].filter(Boolean).join("\n").trim() };
  if (!fs29.existsSync(binary)) return { ok: false, ms, output: `go build exited 0 but wrote no ${binary} (GOFLAGS=${env.GOFLAGS ?? ""})` };
  return { ok: true, ms, output: "", binary };
}
async function finishProbe(build, cross) {
  if (!build.ok || !build.binary) return { ...build, ran: false };
  let format;
  let needed;
  try {
    const bytes = fs29.readFileSync(build.binary);
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
  const check = {
    id: "checks",
    title: "Matrix checks",
    status: "fail",
    expected: "the checks run",
    found: `stopped by an unexpected error: ${errorMessage(err)}`,
    fix: "on-mismatch: warn lets the job go on; please report this error"
  };
  return { cell: describeCell(cell2), onMismatch: cell2.onMismatch, checks: [check], outputs: emptyToolchainOutputs(), ms: Math.round(ms) };
}
async function examineCell(cell2, jobDir, env = process.env) {
  const started = nowMs();
  const stopProbe = new AbortController();
  const goPath = findExecutable("go", env);
  const build = cell2.probe && env.CGO_ENABLED !== "0" ? buildProbe(jobDir, goPath, env, stopProbe.signal) : void 0;
  const listing = cell2.validate && cell2.cgoPackages.length && goPath && env.CGO_ENABLED !== "0" ? listCgoPackages(goPath, cell2.cgoPackages, env, process.cwd()) : void 0;
  try {
    const facts2 = await gatherFacts(cell2, env);
    const cross = facts2.goos !== facts2.hostOs || facts2.goarch !== facts2.hostArch;
    const finishing = async () => {
      if (build && facts2.cgoEnabled) return finishProbe(await build, cross);
      if (build) {
        stopProbe.abort();
        await build;
      }
      return void 0;
    };
    const testing = async () => cell2.validate ? gatherLibraryFacts(cell2, facts2, await listing, jobDir, env, process.cwd()) : void 0;
    const [probe, libraries] = await Promise.all([finishing(), testing()]);
    const checks = evaluateCell(cell2, facts2, probe, libraries);
    const libc = buildLibc(facts2, facts2.cgoEnabled === true, probe);
    const report = {
      cell: describeCell(cell2),
      onMismatch: cell2.onMismatch,
      checks,
      outputs: toolchainOutputs(facts2, libc),
      hostLibc: facts2.hostLibc ? describeLibc(facts2.hostLibc) : void 0,
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
function oneLine(check) {
  const found = check.found.split("\n")[0];
  return `${check.title}: expected ${check.expected}, found ${found}${check.fix ? `. Fix: ${check.fix}` : ""}`;
}
async function validateCell(cell2, jobDir) {
  const { report, probe } = await group(`Checking the matrix cell ${describeCell(cell2)}`, async () => {
    const result = await examineCell(cell2, jobDir);
    for (const check of result.report.checks) info(`${CHECK_ICON[check.status]} ${oneLine(check)}`);
    if (result.probe && !result.probe.ok) info(`cgo probe build output:
${result.probe.output}`);
    info(`Toolchain fingerprint: ${result.report.outputs["toolchain-fingerprint"]} (checked in ${result.report.ms} ms)`);
    return result;
  });
  for (const [name, value] of Object.entries(report.outputs)) setOutput(name, value);
  const failed = report.checks.filter((c) => c.status === "fail");
  for (const check of report.checks) {
    const title = `Matrix cell ${report.cell}: ${check.title}`;
    if (check.status === "fail" && cell2.onMismatch === "fail") error(oneLine(check), { title });
    else if (check.status === "fail" || check.status === "warn") warning(oneLine(check), { title });
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

// src/state.ts
var STATE_VERSION = 1;
var isString = (v) => typeof v === "string";
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
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

// src/start-job.ts
async function startJob(ctx) {
  const { env, inputs, rules, paths } = ctx;
  const systemTemp = os6.tmpdir();
  const rootChoice = !ctx.adopted && inputs.root === "auto" ? await chooseRootAutomatically(env, rules) : void 0;
  const root = ctx.adopted?.root ?? rootChoice?.path ?? chooseRoot(inputs.root, env.RUNNER_TEMP);
  const folders = planRedirects(inputs.redirect, rules);
  const home = os6.homedir();
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
    const toolchain = checked?.report.outputs ?? await toolchainFacts(created.jobDir);
    const failedChecks = (checked?.failed ?? []).map((c) => c.title);
    try {
      const { restoreCache } = await loadCacheSteps(paths.cacheClient);
      store.update({
        cache: await restoreCache({ settings: inputs.cache, jobDir: created.jobDir, workspace: workspace || process.cwd(), toolchain, failedChecks, env })
      });
    } catch (err) {
      warning(`Cache not restored: ${errorMessage(err)}`);
    }
  }
  if (inputs.problemMatcher) store.update({ matcherOwners: addMatchers(paths.matchers) });
  const failures = [];
  const failed = checked?.failed ?? [];
  if (checked && failed.length && inputs.cell.onMismatch === "fail") {
    const names = failed.map((c) => c.title).join(", ");
    failures.push(
      `Matrix cell ${checked.report.cell} does not match this job's toolchain: ${names} failed. See the errors above and the job summary; on-mismatch: warn makes these warnings.`
    );
  }
  if (diskFailure) failures.push(diskFailure);
  return { jobDir: created.jobDir, failures };
}

// src/hooks/settings.ts
import path12 from "node:path";
var ACTION_DEFAULTS = {
  root: "",
  "min-free": "",
  "warn-free": "",
  "sample-interval": "5",
  redirect: "",
  "fail-on-cleanup-error": "false",
  "go-version": "",
  cgo: "auto",
  libc: "any",
  "pkg-config": "",
  "cgo-probe": "false",
  "cgo-packages": "",
  mode: "job",
  "cell-report": "true",
  cell: "${{ toJSON(matrix) }}",
  "on-mismatch": "fail",
  validate: "true",
  "problem-matcher": "true",
  cache: "false",
  "cache-dependency-path": "**/go.sum",
  "cache-key-prefix": "go-ci-guard",
  "cache-paths": "gocache",
  "cache-save": "on-change"
};
var HOOK_DEFAULTS = { validate: "false", "problem-matcher": "false", mode: "job", "cell-report": "false", cell: "" };
var HOOK_SETTING = {
  /** Days after which an unused child of HOME's cache is removed at job start; empty: never. */
  homeCacheMaxAge: "home-cache-max-age",
  /** Where the hooks keep each job's state; default ~/.local/state/go-ci-guard. */
  stateDir: "state-dir"
};
var CONFIG_VAR = "GO_CI_GUARD_CONFIG";
function variableFor(name) {
  return `GO_CI_GUARD_${name.toUpperCase().replace(/-/g, "_")}`;
}
var KNOWN = [...Object.values(INPUT), ...Object.values(HOOK_SETTING)];
function resolveSettings(env, file) {
  const fromFile = /* @__PURE__ */ new Map();
  if (file) {
    const c = file.content;
    if (c !== null && c !== void 0 && (typeof c !== "object" || Array.isArray(c))) {
      throw new Error(`${CONFIG_VAR} names ${file.path}, which is not a YAML mapping of setting names to values`);
    }
    for (const [key, value] of Object.entries(c ?? {})) {
      if (!KNOWN.includes(key)) throw new Error(`${file.path}: unknown setting '${key}'; accepted: ${KNOWN.join(", ")}`);
      if (value !== null && typeof value === "object") throw new Error(`${file.path}: '${key}' must be a single value, not a list or mapping`);
      fromFile.set(key, value === null ? "" : String(value));
    }
  }
  const sourceOf = (name) => env[variableFor(name)] !== void 0 ? variableFor(name) : fromFile.has(name) ? `'${name}' in ${file.path}` : variableFor(name);
  const raw = (name) => env[variableFor(name)] ?? fromFile.get(name);
  const read = (name) => (raw(name) ?? HOOK_DEFAULTS[name] ?? ACTION_DEFAULTS[name]).trim();
  if (read(INPUT.cache) !== "false") {
    throw new Error(
      `${sourceOf(INPUT.cache)} is ${JSON.stringify(read(INPUT.cache))}: the hooks do not cache (no cache service reaches them); use the action's cache input in the workflow`
    );
  }
  for (const [name, only] of [
    [INPUT.cellReport, "false"],
    [INPUT.mode, "job"]
  ]) {
    if (read(name) !== only)
      throw new Error(`${sourceOf(name)} is ${JSON.stringify(read(name))}: the hooks take only ${only}; use the action's ${name} input in the workflow`);
  }
  return {
    read,
    homeCacheMaxAgeDays: parseMaxAge(sourceOf(HOOK_SETTING.homeCacheMaxAge), raw(HOOK_SETTING.homeCacheMaxAge)),
    stateDir: parseStateDir(sourceOf(HOOK_SETTING.stateDir), raw(HOOK_SETTING.stateDir)),
    sourceOf
  };
}
function parseStateDir(source, raw) {
  const value = (raw ?? "").trim();
  if (!value) return void 0;
  if (!path12.isAbsolute(value)) {
    throw new Error(
      `Setting ${source} has an invalid value ${JSON.stringify(value)}: expected an absolute folder path, or empty for ~/.local/state/go-ci-guard`
    );
  }
  return value;
}
function parseMaxAge(source, raw) {
  const value = (raw ?? "").trim();
  if (value === "" || value === "off") return void 0;
  const m = /^(\d+(?:\.\d+)?)\s*d?$/.exec(value);
  if (!m || Number(m[1]) <= 0) {
    throw new Error(
      `Setting ${source} has an invalid value ${JSON.stringify(value)}: expected a number of days above 0 (e.g. 30 or 30d), or empty or 'off' for never`
    );
  }
  return Number(m[1]);
}
function retell(err, settings) {
  if (!(err instanceof InputError)) return err;
  const m = /^Input '([^']+)'/.exec(err.message);
  return m ? new Error(err.message.replace(m[0], `Setting ${settings.sourceOf(m[1])}`)) : err;
}

// src/hooks/state-file.ts
import fs30 from "node:fs";
import os7 from "node:os";
import path13 from "node:path";
var MAX_STATE_BYTES = 1 << 20;
var STATE_NAME = /^[A-Za-z0-9_.-]+\.json$/;
var TMP_NAME = /^[A-Za-z0-9_.-]+\.json\.\d+\.tmp$/;
function stateDirFor(setting, env) {
  if (setting) return path13.resolve(setting);
  const base = env.XDG_STATE_HOME && path13.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path13.join(os7.homedir(), ".local", "state");
  return path13.join(base, "go-ci-guard");
}
function jobKey(env, owner) {
  const raw = env.RUNNER_TRACKING_ID ? env.RUNNER_TRACKING_ID : owner && env.GITHUB_RUN_ID ? [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.RUNNER_NAME, owner.pid, owner.start].filter(Boolean).join("-") : "";
  if (!raw) {
    return new Error(
      "RUNNER_TRACKING_ID is not set and the runner's job process (Runner.Worker) was not found: nothing tells this job's state from another job's"
    );
  }
  return raw.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 160);
}
function checkStateDir(dir) {
  const st = fs30.lstatSync(dir, { throwIfNoEntry: false });
  if (!st) return void 0;
  if (!st.isDirectory()) return `${dir} is not a folder`;
  const uid = process.getuid?.();
  if (uid !== void 0 && st.uid !== uid) return `${dir} belongs to another user (uid ${st.uid})`;
  if (platformRules().hasUnixModes && (st.mode & 18) !== 0) return `${dir} may be written by others (mode ${(st.mode & 511).toString(8)})`;
  return void 0;
}
var HookStateFile = class {
  constructor(dir, key) {
    this.dir = dir;
    this.file = path13.join(dir, `${key}.json`);
  }
  dir;
  file;
  exists() {
    return fs30.lstatSync(this.file, { throwIfNoEntry: false }) !== void 0;
  }
  /** Whole or not at all: written beside, then renamed over. */
  write(encoded) {
    fs30.mkdirSync(this.dir, { recursive: true, mode: 448 });
    const problem = checkStateDir(this.dir);
    if (problem) throw new Error(`The hooks' state folder is not safe to use: ${problem}`);
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs30.writeFileSync(tmp, encoded, { mode: 384 });
    fs30.renameSync(tmp, this.file);
  }
  read() {
    return readStateFile(this.file);
  }
  remove() {
    fs30.rmSync(this.file, { force: true });
  }
};
function readStateFile(file) {
  let fd;
  try {
    fd = fs30.openSync(file, fs30.constants.O_RDONLY | (fs30.constants.O_NOFOLLOW ?? 0) | (fs30.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    if (err.code === "ENOENT") return { kind: "missing" };
    return { kind: "damaged", reason: `the hook's state file ${file} cannot be opened: ${err.message}` };
  }
  try {
    const st = fs30.fstatSync(fd);
    if (!st.isFile() || st.size > MAX_STATE_BYTES) return { kind: "damaged", reason: `the hook's state file ${file} is not a small regular file` };
    return decodeState(fs30.readFileSync(fd, "utf8"));
  } finally {
    fs30.closeSync(fd);
  }
}
async function pruneStaleStates(dir, current) {
  const roots = /* @__PURE__ */ new Set();
  let removed = 0;
  const problem = checkStateDir(dir);
  if (problem) return { roots: [], removed, problem: `state of earlier jobs not read: ${problem}` };
  let names;
  try {
    names = fs30.readdirSync(dir).filter((n) => path13.join(dir, n) !== current);
  } catch {
    return { roots: [], removed };
  }
  for (const name of names) {
    const file = path13.join(dir, name);
    const st = fs30.lstatSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    const old = Date.now() - st.mtimeMs > 7 * 24 * 36e5;
    if (TMP_NAME.test(name)) {
      if (old) fs30.rmSync(file, { force: true });
      continue;
    }
    if (!STATE_NAME.test(name)) continue;
    const decoded = readStateFile(file);
    if (decoded.kind !== "ok") continue;
    if (!decoded.state.owner) {
      if (old) fs30.rmSync(file, { force: true });
      continue;
    }
    if ((await judgeOwnerNow(decoded.state.owner)).verdict !== "over") continue;
    roots.add(decoded.state.root);
    fs30.rmSync(file, { force: true });
    removed++;
  }
  return { roots: [...roots], removed };
}

// src/hooks/job-started.ts
async function jobStarted(env, paths) {
  const settings = readSettings(env);
  const rules = platformRules();
  let inputs;
  try {
    inputs = readInputs(settings.read, rules);
  } catch (err) {
    throw retell(err, settings);
  }
  const owner = await findJobOwner({ hook: true });
  if (!owner) {
    info("The runner's job process (Runner.Worker) was not found: if job-completed never runs, no later job's start can prove this job over.");
  }
  const key = jobKey(env, owner);
  if (key instanceof Error) {
    warning(`Go CI Guard does not guard this job: ${key.message}`);
    return;
  }
  const stateFile = new HookStateFile(stateDirFor(settings.stateDir, env), key);
  if (stateFile.exists()) throw new Error(`${stateFile.file} exists already: job-started ran twice for this job`);
  const { jobDir, failures } = await startJob({
    paths,
    env,
    inputs,
    rules,
    owner,
    hook: true,
    saveState: (encoded) => stateFile.write(encoded),
    reclaim: (janitor) => reclaimMore(janitor, { settings, stateFile, env, rules, paths })
  });
  exportVariable(JOB_DIR_VAR, jobDir);
  for (const failure2 of failures) setFailed(failure2);
}
function readSettings(env) {
  const file = env[CONFIG_VAR];
  if (!file) return resolveSettings(env);
  let content;
  try {
    content = (0, import_yaml.parse)(fs31.readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`${CONFIG_VAR} names ${file}, which cannot be read as YAML: ${errorMessage(err)}`, { cause: err });
  }
  return resolveSettings(env, { path: file, content });
}
async function reclaimMore(janitor, c) {
  const merged = { ...janitor, reaped: [...janitor.reaped] };
  const problems = janitor.problem ? [janitor.problem] : [];
  const stale = await pruneStaleStates(c.stateFile.dir, c.stateFile.file);
  if (stale.problem) {
    problems.push(stale.problem);
    warning(`Janitor: ${stale.problem}`);
  }
  if (stale.removed) info(`Removed the state of ${stale.removed} earlier job(s) whose job-completed hook never ran.`);
  const home = os8.homedir();
  const workspace = c.env.GITHUB_WORKSPACE ?? "";
  const fit = (r) => c.rules.path.isAbsolute(r) && !isFilesystemRoot(r, c.rules) && ![home, workspace].some((p) => p && isWithin(p, r, c.rules));
  for (const root of stale.roots.filter((r) => r !== janitor.root && fit(r))) {
    const more = await runJanitor({
      root,
      home,
      workspace,
      rules: c.rules,
      env: c.env,
      reapScript: c.paths.reap,
      workerScript: c.paths.removeWorker
    });
    merged.reaped.push(...more.reaped);
    merged.running += more.running;
    merged.unjudged += more.unjudged;
    merged.ms += more.ms;
    if (more.problem) problems.push(`${root}: ${more.problem}`);
  }
  if (problems.length) merged.problem = problems.join("; ");
  if (c.settings.homeCacheMaxAgeDays !== void 0) {
    merged.aged = await group(`Removing HOME caches unused for over ${c.settings.homeCacheMaxAgeDays} days`, async () => {
      const aged = await removeAgedCaches(home, c.settings.homeCacheMaxAgeDays, c.rules);
      for (const a of aged.removed) info(`${a.path}: unused for ${a.idleDays} days, removed`);
      for (const p of aged.problems) warning(`HOME cache age limit: ${p}`);
      return aged;
    });
  }
  return merged;
}

// src/hooks/job-completed.ts
async function jobCompleted(env, paths) {
  let stateDir;
  try {
    stateDir = readSettings(env).stateDir;
  } catch (err) {
    warning(`Settings not read (${errorMessage(err)}): looking for the job's state in the default folder.`);
  }
  const owner = await findJobOwner({ hook: true });
  const key = jobKey(env, owner);
  if (key instanceof Error) {
    info(`Nothing to clean up: job-started could not guard this job either (${key.message}).`);
    return;
  }
  const stateFile = new HookStateFile(stateDirFor(stateDir, env), key);
  const decoded = stateFile.read();
  const saved = decoded.kind === "ok" ? decoded.state.owner : void 0;
  if (saved && owner && !sameOwner(saved, owner)) {
    const reason = `the hooks' state file ${stateFile.file} belongs to another job (its job's process is ${saved.pid}, this job's ${owner.pid})`;
    warning(`Cleanup skipped, nothing was deleted: ${reason}.`);
    await writeSummary({ report: newReport("refused", { reasons: [reason] }), failOnError: false });
    return;
  }
  const outcome2 = await finishJob(decoded, paths, env, { failOnErrorWithoutState: () => false, restoreVariables: false, starter: "job-started" });
  stateFile.remove();
  await writeSummary(outcome2);
  if (cleanupIncomplete(outcome2.report) && outcome2.failOnError) {
    setFailed("Cleanup did not complete and fail-on-cleanup-error is set (see the warnings above).");
  }
}

// src/hooks/run-hook.ts
async function run(argv) {
  const [which2] = argv;
  const paths = bundlePaths();
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 20) {
    const problem = `Node.js ${process.versions.node} (${process.execPath}) runs the hook: it needs 20 or later; set GO_CI_GUARD_NODE in the runner's .env to one`;
    if (which2 === "job-completed") warning(`The job folder was not cleaned up (the next job's start removes it): ${problem}`);
    else setFailed(problem);
    return;
  }
  if (which2 === "job-started") {
    await jobStarted(process.env, paths).catch((err) => setFailed(errorMessage(err)));
  } else if (which2 === "job-completed") {
    await jobCompleted(process.env, paths).catch((err) => warning(`Cleanup stopped by an unexpected error: ${errorMessage(err)}`));
  } else {
    setFailed(`Usage: node dist/hook.js job-started|job-completed (got ${JSON.stringify(which2 ?? "")})`);
  }
}

// src/hook.ts
await run(process.argv.slice(2));
