// The pure parsers of the local runner harness (the e2e tests trust them to read what the action wrote).
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { actionInputDefaults, parseKeyValueFile, parseWorkflowCommands } from '../../harness/local-runner.js';
import { parsePathFile } from '../../harness/file-commands.js';

describe('parseKeyValueFile', () => {
  it('reads NAME=value lines', () => {
    expect(parseKeyValueFile('A=1\nB=two words\n')).toEqual({ A: '1', B: 'two words' });
  });

  it('keeps everything after the first = in the value', () => {
    expect(parseKeyValueFile('GOFLAGS=-ldflags=-X=main.v=1')).toEqual({ GOFLAGS: '-ldflags=-X=main.v=1' });
  });

  it('reads an empty value', () => {
    expect(parseKeyValueFile('EMPTY=\n')).toEqual({ EMPTY: '' });
  });

  it('treats << after the = as part of the value', () => {
    expect(parseKeyValueFile('K=a<<b')).toEqual({ K: 'a<<b' });
  });

  it('reads the NAME<<DELIM multi-line form and what follows it', () => {
    const text = 'BEFORE=1\nMULTI<<ghadelimiter_1234\nline one\n\nline=three\nghadelimiter_1234\nAFTER=2\n';
    expect(parseKeyValueFile(text)).toEqual({ BEFORE: '1', MULTI: 'line one\n\nline=three', AFTER: '2' });
  });

  it('reads an empty multi-line value', () => {
    expect(parseKeyValueFile('M<<EOF\nEOF\n')).toEqual({ M: '' });
  });

  it('reads CRLF line ends as the Windows runner does: the value keeps its inner CRLF, not the last one', () => {
    expect(parseKeyValueFile('A=1\r\nM<<EOF\r\nx\r\ny\r\nEOF\r\n', { windows: true })).toEqual({ A: '1', M: 'x\r\ny' });
    expect(parseKeyValueFile('A=1\nM<<EOF\r\nx\nEOF\r\n', { windows: true })).toEqual({ A: '1', M: 'x' });
  });

  it('keeps a CR in the value elsewhere, as the Linux runner does (only LF ends a line there)', () => {
    expect(parseKeyValueFile('A=1\r\nM<<EOF\r\nx\r\nEOF\r\n')).toEqual({ A: '1\r', M: 'x\r' });
  });

  it('lets a later line override an earlier one', () => {
    expect(parseKeyValueFile('A=1\nA=2')).toEqual({ A: '2' });
  });

  it('reads an empty file as nothing', () => {
    expect(parseKeyValueFile('')).toEqual({});
  });

  it('throws when the closing delimiter is missing', () => {
    expect(() => parseKeyValueFile('A=1\nM<<EOF\nx\nEOFX\n')).toThrow('file command: no closing delimiter EOF for M');
  });

  it.each(['just text', '=value'])('throws on the malformed line %j', (line) => {
    expect(() => parseKeyValueFile(`A=1\n${line}\n`)).toThrow(`file command: malformed line ${JSON.stringify(line)}`);
  });
});

describe('parseWorkflowCommands', () => {
  const stdout = [
    'plain log line',
    '::warning file=a.go,line=3,title=Bad%2C really::first%0Asecond',
    '::error::boom',
    '::notice title=T%3AU::done%0D%0A',
    '::add-matcher::/tmp/go-ci-guard/matcher.json',
    '::debug::100%25 sure',
    '::group::Redirecting caches',
    '::endgroup::',
    '  ::error::indented lines are not commands',
    '',
  ].join('\n');

  it('collects annotations with unescaped messages and properties', () => {
    expect(parseWorkflowCommands(stdout).annotations).toEqual([
      { level: 'warning', message: 'first\nsecond', properties: { file: 'a.go', line: '3', title: 'Bad, really' } },
      { level: 'error', message: 'boom', properties: {} },
      { level: 'notice', message: 'done\r\n', properties: { title: 'T:U' } },
    ]);
  });

  it('collects every other command, debug included', () => {
    expect(parseWorkflowCommands(stdout).commands).toEqual([
      { command: 'add-matcher', properties: {}, value: '/tmp/go-ci-guard/matcher.json' },
      { command: 'debug', properties: {}, value: '100% sure' },
      { command: 'group', properties: {}, value: 'Redirecting caches' },
      { command: 'endgroup', properties: {}, value: '' },
    ]);
  });

  it('keeps :: inside a message', () => {
    expect(parseWorkflowCommands('::error::a::b').annotations).toEqual([{ level: 'error', message: 'a::b', properties: {} }]);
  });

  it('reads CRLF output', () => {
    expect(parseWorkflowCommands('::warning::w\r\n::debug::d\r\n')).toEqual({
      annotations: [{ level: 'warning', message: 'w', properties: {} }],
      commands: [{ command: 'debug', properties: {}, value: 'd' }],
    });
  });

  it('finds nothing in plain output', () => {
    expect(parseWorkflowCommands('hello\nworld: ok\n')).toEqual({ annotations: [], commands: [] });
  });
});

describe('actionInputDefaults', () => {
  it('gives each declared input its default as a string, or empty', () => {
    const yml = [
      'name: t',
      'inputs:',
      '  root:',
      '    description: r',
      "    default: ''",
      '  flag:',
      '    default: false',
      '  count:',
      '    default: 3',
      '  text:',
      '    default: hello world',
      '  nodefault:',
      '    description: none given',
      '  bare:',
      'runs:',
      '  using: node24',
    ].join('\n');
    expect(actionInputDefaults(yml)).toEqual({ root: '', flag: 'false', count: '3', text: 'hello world', nodefault: '', bare: '' });
  });

  it('gives nothing for an action without inputs', () => {
    expect(actionInputDefaults('name: t\nruns:\n  using: node24\n')).toEqual({});
  });

  it("reads this action's action.yml", () => {
    const yml = fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
    // Every default is checked in __tests__/e2e/action-definition.test.ts; here, the parser on the real file.
    expect(actionInputDefaults(yml)).toMatchObject({ root: '', 'sample-interval': '5', cgo: 'auto', validate: 'true', 'cache-dependency-path': '**/go.sum' });
  });
});

describe('parsePathFile', () => {
  it('reads lines ended by CR, LF or CRLF on every OS and skips only empty ones, as File.ReadAllLines does', () => {
    expect(parsePathFile('\uFEFF/a\r\n/b\n\n/c\r  \n')).toEqual(['/a', '/b', '/c', '  ']);
  });
});
