// Emulates how the GitHub Actions runner (actions/runner, C#) applies problem matchers to step
// output, so tests can check a matcher file against real tool output. Rules and their sources:
// - ActionCommandManager.cs (AddMatcherCommandExtension): the file is loaded and, if it has any
//   matchers, IssueMatchersConfig.Validate() runs; an invalid file fails the command (here: throws).
// - IssueMatcher.cs, Validate(): owner required; owners distinct within a file (case-insensitive);
//   default severity '', error, warning or notice; at least one pattern; 'loop' only on the last
//   pattern of a multi-pattern matcher and only with 'message'; a property may be set by one
//   pattern only; group indexes must be < number of groups (group 0 counts); some pattern must set
//   'message'. Unknown keys are ignored; there is no endLine/endColumn (those stay unset here).
// - IssueMatcher.cs, IssuePatternConfig.RegexOptions = CultureInvariant | ECMAScript: no
//   IgnoreCase, so matching is CASE-SENSITIVE; unanchored search (Regex.Match) == RegExp#exec
//   without flags. A group that did not participate reads as '' in .NET (undefined in JS).
// - IssueMatcher.Match(): one pattern -> match per line; several -> a state machine run from the
//   last pattern back to the first; the last pattern completes a match (with 'loop' it stays
//   armed for further lines); a miss clears the state. Values from earlier lines win (`??`), the
//   matcher's default severity is applied to the completed match only.
// - ExecutionContext.cs AddMatchers()/RemoveMatchers()/GetMatchers(): the file's matchers, in file
//   order, are put IN FRONT of the existing ones, and an existing matcher with the same owner
//   (case-insensitive) is dropped; removal is by owner, case-insensitive. Later steps build their
//   list from GetMatchers() (this order). (Inside the step that ran ::add-matcher::, OutputManager's
//   OnMatcherChanged prepends one matcher at a time, i.e. reversed; not modelled.)
// - OutputManager.cs OnDataReceived(): lines that are ##/:: commands never reach matchers (not
//   modelled); "\0" + "33[" colour prefixes are stripped -- the C# literal "\033[" is NUL+"33[",
//   so real ESC colour codes are NOT stripped (actions/runner#2341); matchers are tried in order;
//   on the first one that matches, all other matchers are reset, and if the match converts to an
//   issue the line is done (first match wins), otherwise the next matchers are still tried.
//   A 1 s regex timeout (3 strikes remove a matcher) is not modelled.
// - OutputManager.ConvertToIssue(): empty/whitespace message -> no issue; severity '' or 'error'
//   (case-insensitive) -> error, 'warning' -> warning, 'notice' -> notice, anything else -> no
//   issue; line/col parsed as plain digits (NumberStyles.None) else dropped; code trimmed; file:
//   joined to dirname(fromPath) if relative, then to the workspace if still relative, normalised;
//   kept only if it exists and is inside the repository (here: inside `workspace`), as a '/'
//   path relative to it. Without a `workspace` option the file is returned as matched (joined to
//   fromPath's folder when that applies), without any existence check.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface MatcherAnnotation {
  owner: string;
  severity: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  code?: string;
  message: string;
}

const PROPS = ['file', 'line', 'column', 'severity', 'code', 'message', 'fromPath'] as const;
type Prop = (typeof PROPS)[number];
type Values = Partial<Record<Prop, string>>;
interface Pattern {
  regex: RegExp;
  loop: boolean;
  groups: Partial<Record<Prop, number>>;
}
interface Matcher {
  owner: string;
  severity: string;
  patterns: Pattern[];
  state: (Values | undefined)[];
}

const sameOwner = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const INT32_MAX = 2147483647;
const SEVERITIES = new Map<string, MatcherAnnotation['severity']>([
  ['', 'error'],
  ['error', 'error'],
  ['warning', 'warning'],
  ['notice', 'notice'],
]);

function parseMatcher(raw: unknown): Matcher {
  const m = (raw ?? {}) as { owner?: unknown; severity?: unknown; pattern?: unknown };
  const owner = typeof m.owner === 'string' ? m.owner : '';
  if (owner === '') throw new Error('Owner must not be empty');
  const severity = typeof m.severity === 'string' ? m.severity : '';
  if (!['', 'ERROR', 'WARNING', 'NOTICE'].includes(severity.toUpperCase())) {
    throw new Error(`Matcher '${owner}' contains unexpected default severity '${severity}'`);
  }
  const list = Array.isArray(m.pattern) ? (m.pattern as Record<string, unknown>[]) : [];
  if (list.length === 0) throw new Error(`Matcher '${owner}' does not contain any patterns`);
  const seen = new Set<Prop>();
  const patterns = list.map((p, i): Pattern => {
    const loop = p.loop === true;
    if (loop && (i === 0 || i !== list.length - 1)) throw new Error("Only the last pattern in a multiline matcher may set 'loop'");
    if (loop && p.message == null) throw new Error("The loop pattern must set 'message'");
    const source = typeof p.regexp === 'string' ? p.regexp : '';
    const regex = new RegExp(source); // no flags: case-sensitive, like the runner
    const groupCount = (new RegExp(`${source}|`).exec('') ?? []).length; // includes group 0
    const groups: Partial<Record<Prop, number>> = {};
    for (const prop of PROPS) {
      const value = p[prop];
      if (value == null) continue;
      if (seen.has(prop)) throw new Error(`The property '${prop}' is set twice`);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= groupCount) {
        throw new Error(`The property '${prop}' is set to ${String(value)} which is out of range`);
      }
      seen.add(prop);
      groups[prop] = value;
    }
    return { regex, loop, groups };
  });
  if (!seen.has('message')) throw new Error("At least one pattern must set 'message'");
  return { owner, severity, patterns, state: [] };
}

/** IssueMatch constructor: values of an earlier line (running match) win over this line's. */
function values(groups: RegExpExecArray, p: Pattern, running: Values | undefined, defaultSeverity?: string): Values {
  const v: Values = {};
  for (const prop of PROPS) {
    const i = p.groups[prop];
    v[prop] = running?.[prop] ?? (i !== undefined && i < groups.length ? (groups[i] ?? '') : undefined);
  }
  if (!v.severity && defaultSeverity) v.severity = defaultSeverity;
  return v;
}

/** IssueMatcher.Match, including multi-line patterns and 'loop'. */
function matchOne(m: Matcher, line: string): Values | undefined {
  const ps = m.patterns;
  if (ps.length === 1) {
    const g = ps[0].regex.exec(line);
    return g ? values(g, ps[0], undefined, m.severity) : undefined;
  }
  for (let i = ps.length - 1; i >= 0; i--) {
    const running = i > 0 ? m.state[i - 1] : undefined;
    if (i !== 0 && running === undefined) continue;
    const isLast = i === ps.length - 1;
    const g = ps[i].regex.exec(line);
    if (g) {
      if (isLast) {
        m.state = [];
        if (ps[i].loop) m.state[i - 1] = running;
        return values(g, ps[i], running, m.severity);
      }
      m.state[i] = values(g, ps[i], running);
    } else {
      m.state[isLast ? i - 1 : i] = undefined;
    }
  }
  return undefined;
}

function parseNumber(text: string | undefined): number | undefined {
  if (!text || !/^[0-9]+$/.test(text)) return undefined; // int.TryParse(NumberStyles.None)
  const n = Number(text);
  return n <= INT32_MAX ? n : undefined;
}

export class ProblemMatchers {
  private matchers: Matcher[] = [];

  /**
   * `workspace`: the checked-out repository; when set, file values are resolved like the runner does.
   * `hostPath`: Windows mode's Z:\… names (of matcher files and files in output) as host paths.
   */
  constructor(private readonly options: { workspace?: string; hostPath?: (p: string) => string } = {}) {}

  /** Like `::add-matcher::PATH`. Throws where the runner would reject the file. */
  add(jsonFilePath: string): void {
    const raw = JSON.parse(fs.readFileSync(this.options.hostPath?.(jsonFilePath) ?? jsonFilePath, 'utf8')) as { problemMatcher?: unknown };
    const list = Array.isArray(raw?.problemMatcher) ? raw.problemMatcher : [];
    if (list.length === 0) return;
    const added = list.map(parseMatcher);
    added.forEach((m, i) => {
      if (added.findIndex((o) => sameOwner(o.owner, m.owner)) !== i) throw new Error(`Duplicate owner name '${m.owner}'`);
    });
    this.matchers = [...added, ...this.matchers.filter((old) => !added.some((m) => sameOwner(m.owner, old.owner)))];
  }

  /** Like `::remove-matcher owner=OWNER::`. */
  remove(owner: string): void {
    this.matchers = this.matchers.filter((m) => !sameOwner(m.owner, owner));
  }

  owners(): string[] {
    return this.matchers.map((m) => m.owner);
  }

  /** Feeds one output line through the matchers; returns the annotation the runner would create. */
  match(line: string): MatcherAnnotation | undefined {
    // eslint-disable-next-line no-control-regex -- NUL+"33[" on purpose: the runner's own (buggy) colour prefix, see above.
    const stripped = line.includes('\u000033[') ? line.replace(/\x0033\[[0-9;]*m?/g, '') : line;
    for (const matcher of this.matchers) {
      const found = matchOne(matcher, stripped);
      if (!found) continue;
      for (const other of this.matchers) if (other !== matcher) other.state = [];
      const annotation = this.toAnnotation(matcher.owner, found);
      if (annotation) return annotation;
    }
    return undefined;
  }

  /**
   * A step's output as the runner feeds it: (add|remove)-matcher commands change the matchers; other
   * command lines never reach them; every other line of stdout, then of stderr, is matched.
   */
  applyToOutput(stdout: string, stderr: string): MatcherAnnotation[] {
    const matched: MatcherAnnotation[] = [];
    for (const line of [...stdout.split(/\r?\n/), ...stderr.split(/\r?\n/)]) {
      const add = /^::add-matcher::(.+)$/.exec(line);
      const remove = /^::remove-matcher owner=([^:,]+)::/.exec(line);
      if (add) this.add(add[1]);
      else if (remove) this.remove(remove[1]);
      else if (!line.startsWith('::')) {
        const annotation = this.match(line);
        if (annotation) matched.push(annotation);
      }
    }
    return matched;
  }

  private toAnnotation(owner: string, v: Values): MatcherAnnotation | undefined {
    if (!v.message || v.message.trim() === '') return undefined;
    const severity = SEVERITIES.get((v.severity ?? '').toLowerCase());
    if (severity === undefined) return undefined;
    const a: MatcherAnnotation = { owner, severity, message: v.message };
    const line = parseNumber(v.line);
    const column = parseNumber(v.column);
    if (line !== undefined) a.line = line;
    if (column !== undefined) a.column = column;
    if (v.code && v.code.trim() !== '') a.code = v.code.trim();
    const file = v.file && v.file.trim() !== '' ? this.resolveFile(v.file, v.fromPath) : undefined;
    if (file !== undefined) a.file = file;
    return a;
  }

  private resolveFile(file: string, fromPath: string | undefined): string | undefined {
    if (this.options.hostPath) file = this.options.hostPath(file).replace(/\\/g, '/');
    if (fromPath && fromPath.trim() !== '' && !path.isAbsolute(file)) {
      const dir = path.dirname(fromPath);
      if (dir.trim() !== '') file = path.join(dir, file);
    }
    const workspace = this.options.workspace;
    if (workspace === undefined) return file;
    const full = path.resolve(workspace, file);
    const exists = fs.existsSync(full) && fs.statSync(full).isFile(); // .NET File.Exists: files only
    const rel = path.relative(path.resolve(workspace), full);
    if (!exists || rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }
}
