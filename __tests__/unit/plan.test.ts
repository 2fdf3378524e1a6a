import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_VARIABLES, folderFor, outputNameFor, parseRedirectList, planRedirects } from '../../src/redirect/plan.js';
import { platformRules } from '../../src/lib/platform.js';
import { inputErrorMessage } from './helpers.js';

const DEFAULTS = ['XDG_CACHE_HOME', 'TMPDIR', 'TMP', 'TEMP', 'GOCACHE', 'GOTMPDIR'];
const ACCEPTED_START = 'expected a list (commas or new lines) of variable names to redirect in addition to the defaults';
const linux = platformRules('linux');
const darwin = platformRules('darwin');
const win32 = platformRules('win32');

describe('parseRedirectList: building the list', () => {
  it('exports the documented defaults', () => {
    expect([...DEFAULT_VARIABLES]).toEqual(DEFAULTS);
  });

  it('returns the defaults for an empty input', () => {
    expect(parseRedirectList('')).toEqual(DEFAULTS);
  });

  it('returns the defaults for an input of only separators and blanks', () => {
    expect(parseRedirectList('  ,\n , \n\n  ')).toEqual(DEFAULTS);
  });

  it('adds one name after the defaults', () => {
    expect(parseRedirectList('GOMODCACHE')).toEqual([...DEFAULTS, 'GOMODCACHE']);
  });

  it('accepts comma-separated names in the given order', () => {
    expect(parseRedirectList('GOMODCACHE,GOPATH,CCACHE_DIR')).toEqual([...DEFAULTS, 'GOMODCACHE', 'GOPATH', 'CCACHE_DIR']);
  });

  it('accepts newline-separated names (as a YAML block scalar gives them)', () => {
    expect(parseRedirectList('GOMODCACHE\nGOPATH\nCCACHE_DIR\n')).toEqual([...DEFAULTS, 'GOMODCACHE', 'GOPATH', 'CCACHE_DIR']);
  });

  it('trims blanks, tabs and CRLF line ends around names', () => {
    expect(parseRedirectList('  GOMODCACHE ,\t GOPATH\t\r\n\r\n   CCACHE_DIR  ')).toEqual([...DEFAULTS, 'GOMODCACHE', 'GOPATH', 'CCACHE_DIR']);
  });

  it('collapses duplicates, keeping the first position', () => {
    expect(parseRedirectList('GOMODCACHE, GOCACHE, GOMODCACHE\nGOMODCACHE')).toEqual([...DEFAULTS, 'GOMODCACHE']);
  });

  it('keeps the case of names as given (POSIX variables are case-sensitive)', () => {
    expect(parseRedirectList('my_tool_dir, _PRIVATE, a1')).toEqual([...DEFAULTS, 'my_tool_dir', '_PRIVATE', 'a1']);
  });

  it("'-NAME' leaves a default out", () => {
    expect(parseRedirectList('-TMP')).toEqual(['XDG_CACHE_HOME', 'TMPDIR', 'TEMP', 'GOCACHE', 'GOTMPDIR']);
  });

  it("'- NAME' with a blank after the dash also leaves it out", () => {
    expect(parseRedirectList('- XDG_CACHE_HOME')).toEqual(['TMPDIR', 'TMP', 'TEMP', 'GOCACHE', 'GOTMPDIR']);
  });

  it('mixes additions and removals', () => {
    expect(parseRedirectList('-TMP, GOPATH\n-TEMP')).toEqual(['XDG_CACHE_HOME', 'TMPDIR', 'GOCACHE', 'GOTMPDIR', 'GOPATH']);
  });

  it('a removal wins over an addition of the same name, whatever the order', () => {
    expect(parseRedirectList('GOPATH, -GOPATH')).toEqual(DEFAULTS);
    expect(parseRedirectList('-GOPATH, GOPATH')).toEqual(DEFAULTS);
  });

  it('removes every copy of a name listed twice', () => {
    expect(parseRedirectList('GOCACHE, -GOCACHE')).toEqual(['XDG_CACHE_HOME', 'TMPDIR', 'TMP', 'TEMP', 'GOTMPDIR']);
  });

  it.each(['none', 'NONE', 'None', ' nOnE '])('%j starts from an empty list', (raw) => {
    expect(parseRedirectList(raw)).toEqual([]);
  });

  it("'none, GOCACHE' redirects only GOCACHE", () => {
    expect(parseRedirectList('none, GOCACHE')).toEqual(['GOCACHE']);
  });

  it("'none' applies wherever it appears in the list", () => {
    expect(parseRedirectList('GOCACHE\nGOMODCACHE\nnone')).toEqual(['GOCACHE', 'GOMODCACHE']);
  });

  it("'none' with an added then removed name gives an empty list", () => {
    expect(parseRedirectList('none, GOCACHE, -GOCACHE')).toEqual([]);
  });

  it('returns a new array each time (callers cannot corrupt the defaults)', () => {
    const first = parseRedirectList('');
    first.push('MUTATED');
    expect(parseRedirectList('')).toEqual(DEFAULTS);
  });
});

describe('parseRedirectList: errors', () => {
  it.each([
    ['1ABC', '1ABC'],
    ['A-B', 'A-B'],
    ['GO CACHE', 'GO CACHE'],
    ['GOCACHE=/x', 'GOCACHE=/x'],
    ['$HOME', '$HOME'],
  ])('rejects %j as not a variable name', (raw, name) => {
    const message = inputErrorMessage(() => parseRedirectList(raw));
    expect(message).toContain("Input 'redirect'");
    expect(message).toContain(JSON.stringify(raw));
    expect(message).toContain(`'${name}' is not a variable name`);
    expect(message).toContain(ACCEPTED_START);
    expect(message).toContain("'none' to start from an empty list");
  });

  it('names the bad token even when it follows valid ones', () => {
    const message = inputErrorMessage(() => parseRedirectList('GOMODCACHE\nGOPATH, A-B'));
    expect(message.startsWith(`Input 'redirect' has an invalid value "A-B": 'A-B' is not a variable name; expected`)).toBe(true);
  });

  it('rejects a removal of an invalid name, quoting the whole token', () => {
    const message = inputErrorMessage(() => parseRedirectList('-1ABC'));
    expect(message).toContain('"-1ABC"');
    expect(message).toContain("'1ABC' is not a variable name");
  });

  it("rejects a lone '-'", () => {
    const message = inputErrorMessage(() => parseRedirectList('GOPATH, -'));
    expect(message).toContain('"-"');
    expect(message).toContain("'' is not a variable name");
  });

  it.each([
    'PATH',
    'HOME',
    'path',
    'Home',
    'USERPROFILE',
    'PWD',
    'SHELL',
    'ComSpec',
    'GITHUB_TOKEN',
    'github_output',
    'RUNNER_TEMP',
    'INPUT_X',
    'STATE_X',
    'ACTIONS_X',
  ])('refuses the runner/shell variable %j', (name) => {
    const message = inputErrorMessage(() => parseRedirectList(`GOPATH, ${name}`));
    expect(message).toContain("Input 'redirect'");
    expect(message).toContain(JSON.stringify(name));
    expect(message).toContain(`${name} belongs to the runner or the shell and cannot be redirected`);
    expect(message).toContain(ACCEPTED_START);
  });

  it('refuses a forbidden name in a removal too', () => {
    const message = inputErrorMessage(() => parseRedirectList('-PATH'));
    expect(message).toContain('"-PATH"');
    expect(message).toContain('PATH belongs to the runner or the shell');
  });

  it('does not treat names that merely contain a forbidden word as forbidden', () => {
    expect(parseRedirectList('GOPATH, MY_HOME, XGITHUB_X')).toEqual([...DEFAULTS, 'GOPATH', 'MY_HOME', 'XGITHUB_X']);
  });

  it("refuses '-FOO' when FOO is not redirected, listing what is", () => {
    const message = inputErrorMessage(() => parseRedirectList('-FOO'));
    expect(message).toBe(
      `Input 'redirect' has an invalid value "-FOO": FOO is not redirected, so it cannot be left out ` +
        `(redirected: XDG_CACHE_HOME, TMPDIR, TMP, TEMP, GOCACHE, GOTMPDIR); expected a list (commas or new lines) of variable names ` +
        `to redirect in addition to the defaults (XDG_CACHE_HOME, TMPDIR, TMP, TEMP, GOCACHE, GOTMPDIR), '-NAME' to leave one out, 'none' to start from an empty list`,
    );
  });

  it('quotes a removal as the user wrote it', () => {
    expect(inputErrorMessage(() => parseRedirectList('- FOO'))).toContain('invalid value "- FOO": FOO is not redirected');
  });

  it("refuses 'none, -GOCACHE' saying nothing is redirected", () => {
    const message = inputErrorMessage(() => parseRedirectList('none, -GOCACHE'));
    expect(message).toMatch(
      /^Input 'redirect' has an invalid value "-GOCACHE": GOCACHE is not redirected, so it cannot be left out \(redirected: nothing\); expected a list/,
    );
  });

  it('on Windows treats names case-insensitively: temp is TEMP', () => {
    expect(parseRedirectList('temp', 'win32')).toEqual(DEFAULTS);
    expect(parseRedirectList('-temp', 'win32')).toEqual(DEFAULTS.filter((n) => n !== 'TEMP'));
  });

  it('refuses GOROOT: pointing it at an empty folder breaks go', () => {
    expect(inputErrorMessage(() => parseRedirectList('GOROOT'))).toContain('GOROOT belongs to the runner or the shell');
  });

  it('compares removals case-sensitively', () => {
    const message = inputErrorMessage(() => parseRedirectList('-gocache'));
    expect(message).toContain('"-gocache"');
    expect(message).toContain('gocache is not redirected');
  });
});

describe('folderFor', () => {
  it.each([
    ['XDG_CACHE_HOME', 'cache'],
    ['TMPDIR', 'tmp'],
    ['TMP', 'tmp'],
    ['TEMP', 'tmp'],
    ['GOCACHE', 'go-build'],
    ['GOTMPDIR', 'go-tmp'],
    ['GOMODCACHE', 'go-mod'],
    ['GOPATH', 'gopath'],
    ['CCACHE_DIR', 'ccache'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_STATE_HOME', 'state'],
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_RUNTIME_DIR', 'runtime'],
    ['MY_TOOL_DIR', 'my-tool-dir'],
    ['SCCACHE_DIR', 'sccache-dir'],
    ['_X', '-x'],
  ])('%s → %s', (variable, folder) => {
    expect(folderFor(variable)).toBe(folder);
  });

  it('looks known names up case-sensitively (lower-case names are derived)', () => {
    expect(folderFor('tmpdir')).toBe('tmpdir');
    expect(folderFor('gocache')).toBe('gocache');
  });
});

describe('planRedirects', () => {
  it('gives a variable whose derived name is taken its own folder', () => {
    expect(planRedirects(['XDG_CACHE_HOME', 'CACHE', 'GOCACHE', 'GO_BUILD', 'TMPDIR', 'TMP'], linux)).toEqual([
      { folder: 'cache', variables: ['XDG_CACHE_HOME'] },
      { folder: 'cache-2', variables: ['CACHE'] },
      { folder: 'go-build', variables: ['GOCACHE'] },
      { folder: 'go-build-2', variables: ['GO_BUILD'] },
      { folder: 'tmp', variables: ['TMPDIR', 'TMP'] },
    ]);
  });

  it('plans the defaults on Linux, TMPDIR/TMP/TEMP sharing tmp', () => {
    expect(planRedirects(DEFAULTS, linux)).toEqual([
      { folder: 'cache', variables: ['XDG_CACHE_HOME'] },
      { folder: 'tmp', variables: ['TMPDIR', 'TMP', 'TEMP'] },
      { folder: 'go-build', variables: ['GOCACHE'] },
      { folder: 'go-tmp', variables: ['GOTMPDIR'] },
    ]);
  });

  it('uses friendly folder names for well-known extras', () => {
    expect(planRedirects(['GOMODCACHE', 'GOPATH', 'CCACHE_DIR'], linux)).toEqual([
      { folder: 'go-mod', variables: ['GOMODCACHE'] },
      { folder: 'gopath', variables: ['GOPATH'] },
      { folder: 'ccache', variables: ['CCACHE_DIR'] },
    ]);
  });

  it('derives a folder name for other variables', () => {
    expect(planRedirects(['MY_TOOL_DIR'], linux)).toEqual([{ folder: 'my-tool-dir', variables: ['MY_TOOL_DIR'] }]);
  });

  it('groups the temp variables in first-seen order, even when not adjacent', () => {
    expect(planRedirects(['TEMP', 'GOCACHE', 'TMPDIR'], linux)).toEqual([
      { folder: 'tmp', variables: ['TEMP', 'TMPDIR'] },
      { folder: 'go-build', variables: ['GOCACHE'] },
    ]);
  });

  it('plans nothing for an empty list', () => {
    expect(planRedirects([], linux)).toEqual([]);
  });

  it('on Linux a lower-case temp is its own variable and folder', () => {
    expect(planRedirects(['TEMP', 'temp'], linux)).toEqual([
      { folder: 'tmp', variables: ['TEMP'] },
      { folder: 'temp', variables: ['temp'] },
    ]);
  });

  it('on macOS variable names are not folded either', () => {
    expect(planRedirects(['TMPDIR', 'tmpdir', 'GoCache'], darwin)).toEqual([
      { folder: 'tmp', variables: ['TMPDIR'] },
      { folder: 'tmpdir', variables: ['tmpdir'] },
      { folder: 'gocache', variables: ['GoCache'] },
    ]);
  });

  it('on Windows folds case: temp, Tmp and TEMP share one folder; gocache maps to go-build', () => {
    expect(planRedirects(['TEMP', 'temp', 'Tmp', 'gocache', 'My_Tool_Dir'], win32)).toEqual([
      { folder: 'tmp', variables: ['TEMP', 'temp', 'Tmp'] },
      { folder: 'go-build', variables: ['gocache'] },
      { folder: 'my-tool-dir', variables: ['My_Tool_Dir'] },
    ]);
  });
});

describe('outputNameFor', () => {
  it.each([
    ['GOCACHE', 'gocache'],
    ['XDG_CACHE_HOME', 'xdg-cache-home'],
    ['CCACHE_DIR', 'ccache-dir'],
    ['TMPDIR', 'tmpdir'],
    ['My_Var', 'my-var'],
  ])('%s → %s', (variable, output) => {
    expect(outputNameFor(variable)).toBe(output);
  });

  it('every default and documented extra has an output declared in action.yml', () => {
    const action = parseYaml(fs.readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { outputs: Record<string, unknown> };
    const declared = Object.keys(action.outputs);
    for (const variable of [...DEFAULTS, 'GOMODCACHE', 'GOPATH', 'CCACHE_DIR']) {
      expect(declared).toContain(outputNameFor(variable));
    }
  });
});
