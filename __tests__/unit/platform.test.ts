import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { executableExtensions, isFilesystemRoot, isWithin, pathKey, platformRules, samePath } from '../../src/lib/platform.js';

const linux = platformRules('linux');
const darwin = platformRules('darwin');
const win32 = platformRules('win32');

const BRIEF_RETRY = { attempts: 6, delayMs: 25, heldBudgetMs: 0, passDelayMs: 0 };
const TRANSIENT = ['EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN'];
const XDG_CACHE = { segments: ['.cache'], ageLimited: true };

describe('platformRules', () => {
  it('Linux: POSIX paths, case-sensitive, HOME, /proc, the scratch volume /mnt', () => {
    expect(linux).toEqual({
      os: 'linux',
      path: path.posix,
      caseInsensitive: false,
      envNamesCaseInsensitive: false,
      homeVars: ['HOME'],
      homeLabel: 'HOME',
      homeCacheDirs: [XDG_CACHE],
      homeCacheLabel: "HOME's cache",
      toolsReadXdgCache: true,
      busyRetry: BRIEF_RETRY,
      transientCodes: new Set(TRANSIENT),
      hasUnixModes: true,
      scratchVolume: '/mnt',
      sizeWalker: 'du',
      goos: 'linux',
      exeSuffix: '',
      pathListSeparator: ':',
      pathVarNames: ['PATH'],
      cmdScriptExtensions: [],
      processGroups: true,
      removalHints: expect.objectContaining({ EACCES: expect.stringContaining('docker run --user'), EPERM: expect.stringContaining('chattr -i') }),
      hasProcFs: true,
      readsProcessTable: true,
    });
  });

  it('macOS: POSIX paths, case-insensitive, ~/Library/Caches too, ps instead of /proc', () => {
    expect(darwin).toEqual({
      ...linux,
      os: 'darwin',
      caseInsensitive: true,
      homeCacheDirs: [{ segments: ['Library', 'Caches'], ageLimited: true }, XDG_CACHE],
      scratchVolume: undefined,
      goos: 'darwin',
      hasProcFs: false,
      removalHints: expect.objectContaining({ EACCES: expect.stringContaining('docker run --user'), EPERM: expect.stringContaining('chflags nouchg') }),
    });
    expect('scratchVolume' in darwin).toBe(false);
  });

  it('Windows: win32 paths, case-insensitive names, USERPROFILE before HOME, %LOCALAPPDATA%, no modes, no process groups', () => {
    expect(win32).toEqual({
      os: 'win32',
      path: path.win32,
      caseInsensitive: true,
      envNamesCaseInsensitive: true,
      homeVars: ['USERPROFILE', 'HOME'],
      homeLabel: 'USERPROFILE',
      homeCacheDirs: [{ segments: ['AppData', 'Local'], ageLimited: false }, XDG_CACHE],
      homeCacheLabel: '%LOCALAPPDATA%',
      toolsReadXdgCache: false,
      busyRetry: { attempts: 1, delayMs: 25, heldBudgetMs: 10_000, passDelayMs: 250 },
      transientCodes: new Set([...TRANSIENT, 'EPERM', 'EACCES']),
      hasUnixModes: false,
      sizeWalker: 'node',
      goos: 'windows',
      exeSuffix: '.exe',
      pathListSeparator: ';',
      pathVarNames: ['Path', 'PATH'],
      cmdScriptExtensions: ['.bat', '.cmd'],
      processGroups: false,
      removalHints: {
        EBUSY: expect.stringMatching(/^EBUSY \(resource busy or locked\) means another process still holds the file open.*taskkill/),
        EPERM: expect.stringMatching(/a program started from the job folder still runs.*ACLs/),
        EACCES: expect.stringContaining('elevated'),
      },
      hasProcFs: false,
      readsProcessTable: false,
    });
  });

  it('treats other Unixes like Linux, except for what follows Node’s platform: GOOS and the process readers', () => {
    const freebsd = platformRules('freebsd');
    expect(freebsd.os).toBe('linux');
    expect(freebsd.caseInsensitive).toBe(false);
    expect(freebsd).toMatchObject({ goos: 'freebsd', hasProcFs: false, readsProcessTable: false });
    expect(platformRules('aix').goos).toBe('aix');
  });
});

describe('executableExtensions', () => {
  it('Linux and macOS: the name as it is, whatever PATHEXT says', () => {
    expect(executableExtensions('go', {}, linux)).toEqual(['']);
    expect(executableExtensions('go', { PATHEXT: '.EXE' }, darwin)).toEqual(['']);
  });

  it("Windows without PATHEXT: Windows' default extensions, lower-cased", () => {
    expect(executableExtensions('go', {}, win32)).toEqual(['.com', '.exe', '.bat', '.cmd']);
  });

  it("Windows with PATHEXT: its extensions; a name that has one of them is tried as it is (Go's LookPath)", () => {
    const env = { PATHEXT: '.EXE;;.PS1' };
    expect(executableExtensions('go', env, win32)).toEqual(['.exe', '.ps1']);
    expect(executableExtensions('go.EXE', env, win32)).toEqual(['']);
    expect(executableExtensions('setup.bat', env, win32)).toEqual(['.exe', '.ps1']);
    expect(executableExtensions('C:\\tools\\x.ps1', env, win32)).toEqual(['']);
  });
});

describe('pathKey', () => {
  it.each([
    ['/a/b/', '/a/b'],
    ['/a/b', '/a/b'],
    ['//a//b//', '/a/b'],
    ['/a/./b/../c', '/a/c'],
    ['/A/B', '/A/B'],
    ['/', '/'],
  ])('linux: %j → %j', (input, key) => {
    expect(pathKey(input, linux)).toBe(key);
  });

  it.each([
    ['/Users/Me/Work/', '/users/me/work'],
    ['/', '/'],
  ])('darwin folds case: %j → %j', (input, key) => {
    expect(pathKey(input, darwin)).toBe(key);
  });

  it.each([
    ['C:\\a\\b', 'c:\\a\\b'],
    ['c:\\A\\B\\', 'c:\\a\\b'],
    ['C:/A/B/', 'c:\\a\\b'],
    ['C:\\a\\.\\b\\..\\c', 'c:\\a\\c'],
    ['C:\\', 'c:\\'],
    ['\\\\Server\\Share\\Dir\\', '\\\\server\\share\\dir'],
  ])('win32: %j → %j', (input, key) => {
    expect(pathKey(input, win32)).toBe(key);
  });
});

describe('samePath', () => {
  it('linux: ignores a trailing separator but not case', () => {
    expect(samePath('/a/b', '/a/b/', linux)).toBe(true);
    expect(samePath('/a/b', '/A/B', linux)).toBe(false);
    expect(samePath('/a/b', '/a/c', linux)).toBe(false);
  });

  it('darwin: ignores case', () => {
    expect(samePath('/a/b', '/A/B/', darwin)).toBe(true);
  });

  it('win32: ignores case, separators style and trailing separators', () => {
    expect(samePath('C:\\a\\b', 'c:\\A\\B\\', win32)).toBe(true);
    expect(samePath('C:\\a\\b', 'c:/A/B', win32)).toBe(true);
    expect(samePath('C:\\a', 'D:\\a', win32)).toBe(false);
  });
});

describe('isWithin', () => {
  it.each([
    ['/a/b', '/a/b', true],
    ['/a/b/', '/a/b', true],
    ['/a/b/c', '/a/b', true],
    ['/a/b/c/d', '/a/b/', true],
    ['/a/bc', '/a/b', false],
    ['/a/b-c', '/a/b', false],
    ['/a', '/a/b', false],
    ['/x/y', '/a/b', false],
    ['/a/b/../c', '/a/b', false],
    ['/A/B/c', '/a/b', false],
    ['/anything/at/all', '/', true],
    ['/', '/', true],
  ])('linux: isWithin(%j, %j) is %j', (inner, outer, expected) => {
    expect(isWithin(inner, outer, linux)).toBe(expected);
  });

  it.each([
    ['/A/B/c', '/a/b', true],
    ['/a/BC', '/a/b', false],
  ])('darwin: isWithin(%j, %j) is %j', (inner, outer, expected) => {
    expect(isWithin(inner, outer, darwin)).toBe(expected);
  });

  it.each([
    ['c:\\A\\B\\c', 'C:\\a\\b', true],
    ['C:\\a\\b', 'c:\\A\\B\\', true],
    ['C:\\a\\bc', 'C:\\a\\b', false],
    ['C:\\a', 'C:\\a\\b', false],
    ['D:\\a\\b', 'C:\\a', false],
    ['C:\\a', 'C:\\', true],
    ['C:/a/b/c', 'C:\\A\\B', true],
  ])('win32: isWithin(%j, %j) is %j', (inner, outer, expected) => {
    expect(isWithin(inner, outer, win32)).toBe(expected);
  });
});

describe('isFilesystemRoot', () => {
  it.each([
    ['/', true],
    ['//', true],
    ['/a/..', true],
    ['/a', false],
    ['/tmp/', false],
  ])('linux: %j → %j', (p, expected) => {
    expect(isFilesystemRoot(p, linux)).toBe(expected);
  });

  it('darwin: / is a root, /Users is not', () => {
    expect(isFilesystemRoot('/', darwin)).toBe(true);
    expect(isFilesystemRoot('/Users', darwin)).toBe(false);
  });

  it.each([
    ['C:\\', true],
    ['c:/', true],
    ['D:\\x\\..', true],
    ['\\\\server\\share\\', true],
    ['C:\\Windows', false],
    ['\\\\server\\share\\dir', false],
  ])('win32: %j → %j', (p, expected) => {
    expect(isFilesystemRoot(p, win32)).toBe(expected);
  });
});

describe('isWithin: names that start with two dots', () => {
  it('a child named ..c is inside', () => {
    expect(isWithin('/a/b/..c', '/a/b', linux)).toBe(true);
  });
  it('a sibling ..b is not inside /a/b', () => {
    expect(isWithin('/a/..b', '/a/b', linux)).toBe(false);
  });
  it('the parent is not inside', () => {
    expect(isWithin('/a', '/a/b', linux)).toBe(false);
  });
});
