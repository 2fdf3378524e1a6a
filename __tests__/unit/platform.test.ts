import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { isFilesystemRoot, isWithin, pathKey, platformRules, samePath } from '../../src/lib/platform.js';

const linux = platformRules('linux');
const darwin = platformRules('darwin');
const win32 = platformRules('win32');

describe('platformRules', () => {
  it('Linux: POSIX paths, case-sensitive, HOME', () => {
    expect(linux).toEqual({ os: 'linux', path: path.posix, caseInsensitive: false, homeVars: ['HOME'] });
  });

  it('macOS: POSIX paths, case-insensitive', () => {
    expect(darwin).toEqual({ os: 'darwin', path: path.posix, caseInsensitive: true, homeVars: ['HOME'] });
  });

  it('Windows: win32 paths, case-insensitive, USERPROFILE before HOME', () => {
    expect(win32).toEqual({ os: 'win32', path: path.win32, caseInsensitive: true, homeVars: ['USERPROFILE', 'HOME'] });
  });

  it('treats other Unixes like Linux', () => {
    expect(platformRules('freebsd').os).toBe('linux');
    expect(platformRules('freebsd').caseInsensitive).toBe(false);
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
