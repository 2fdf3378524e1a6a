// What a step tells the runner besides its exit code: file commands (GITHUB_ENV, GITHUB_OUTPUT, …),
// workflow commands in its stdout, and the inputs its action.yml declares.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { evaluateTemplate, type ExpressionContexts } from './expressions.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

/** A `::command::` line other than an annotation (add-matcher, add-mask, group, …). */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  value: string;
}

/**
 * Parses a file-command file as the runner does (actions/runner FileCommandManager): `NAME=value`
 * lines and the `NAME<<DELIM … DELIM` form. Lines end at LF; on Windows a CRLF ends a line too,
 * while elsewhere its CR stays in the value.
 */
export function parseKeyValueFile(text: string, opts: { windows?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  let index = 0;
  const readLine = (): { line: string; newline: string } | undefined => {
    if (index >= text.length) return undefined;
    const start = index;
    const lf = text.indexOf('\n', index);
    if (lf < 0) {
      index = text.length;
      return { line: text.slice(start), newline: '' };
    }
    const crlf = opts.windows && lf > start && text[lf - 1] === '\r';
    index = lf + 1;
    return crlf ? { line: text.slice(start, lf - 1), newline: '\r\n' } : { line: text.slice(start, lf), newline: '\n' };
  };
  for (let next = readLine(); next; next = readLine()) {
    const { line } = next;
    if (!line) continue;
    const [eq, heredocAt] = [line.indexOf('='), line.indexOf('<<')];
    if (heredocAt >= 0 && (eq < 0 || heredocAt < eq)) {
      const [name, delimiter] = [line.slice(0, heredocAt), line.slice(heredocAt + 2)];
      if (!name || !delimiter) throw new Error(`file command: malformed line ${JSON.stringify(line)}`);
      const [start, end] = [index, index];
      let valueEnd = end;
      let value = readLine();
      while (value && value.line !== delimiter) {
        valueEnd = index - value.newline.length;
        value = readLine();
      }
      if (!value) throw new Error(`file command: no closing delimiter ${delimiter} for ${name}`);
      out[name] = valueEnd > start ? text.slice(start, valueEnd) : '';
      continue;
    }
    if (eq <= 0) throw new Error(`file command: malformed line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** GITHUB_PATH's lines, as the runner reads them on every OS (File.ReadAllLines: a UTF-8 BOM dropped; CR, LF or CRLF ends a line; empty lines skipped). */
export function parsePathFile(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line !== '');
}

// The toolkit escapes '%' first, so '%25' is decoded last.
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Parses `::command k=v,k=v::value` lines from a step's stdout. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; commands: WorkflowCommand[] } {
  const annotations: Annotation[] = [];
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const [, command, props = '', value] = m;
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    if (command === 'error' || command === 'warning' || command === 'notice') annotations.push({ level: command, message: unescapeData(value), properties });
    else commands.push({ command, properties, value: unescapeData(value) });
  }
  return { annotations, commands };
}

/** The inputs an action declares, with their defaults. */
/** Defaults as written, or evaluated as the runner does when `contexts` are given. */
export function actionInputDefaults(actionYml: string, contexts?: ExpressionContexts): Record<string, string> {
  const doc = parseYaml(actionYml) as { inputs?: Record<string, { default?: unknown }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {}))
    out[name] = spec?.default === undefined ? '' : contexts ? evaluateTemplate(String(spec.default), contexts) : String(spec.default);
  return out;
}

/** An empty file `dir/<kind>_<uuid>`, owned by `owner` (the user steps run as) when given. */
export function newCommandFile(dir: string, kind: string, owner?: { uid: number; gid: number }): string {
  const file = path.join(dir, `${kind}_${randomUUID()}`);
  fs.writeFileSync(file, '');
  if (owner) fs.chownSync(file, owner.uid, owner.gid);
  return file;
}

const COMMAND_FILES = {
  GITHUB_ENV: 'set_env',
  GITHUB_PATH: 'add_path',
  GITHUB_OUTPUT: 'set_output',
  GITHUB_STATE: 'save_state',
  GITHUB_STEP_SUMMARY: 'step_summary',
};
export type CommandFiles = Record<keyof typeof COMMAND_FILES, string>;

/** Fresh file-command files for one process, by the variable that names each. */
export function newCommandFiles(dir: string, owner?: { uid: number; gid: number }): CommandFiles {
  const entries = Object.entries(COMMAND_FILES).map(([variable, kind]) => [variable, newCommandFile(dir, kind, owner)]);
  return Object.fromEntries(entries) as CommandFiles;
}

/** What the process wrote to each file (unparsed: the runner ignores some), the files deleted. */
export function takeCommandFiles(files: CommandFiles): CommandFiles {
  const texts = Object.fromEntries(Object.entries(files).map(([variable, file]) => [variable, fs.readFileSync(file, 'utf8')])) as CommandFiles;
  for (const file of Object.values(files)) fs.rmSync(file, { force: true });
  return texts;
}
