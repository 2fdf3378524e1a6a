import { describe, expect, it } from '@jest/globals';
import { formatBytes, formatCount, formatMs } from '../../src/lib/format.js';
import { cell, code } from '../../src/summary/markdown.js';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [1024, '1.00 KiB'],
    [1536, '1.50 KiB'],
    [10 * 1024, '10.0 KiB'],
    [1024 * 1024, '1.00 MiB'],
    [123.4 * 1024 * 1024, '123.4 MiB'],
    [5.5 * 1024 ** 3, '5.50 GiB'],
    [1024 ** 4, '1.00 TiB'],
    [1024 ** 5, '1024.0 TiB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatMs', () => {
  it.each([
    [0, '0 ms'],
    [12.4, '12 ms'],
    [999, '999 ms'],
    [1000, '1.00 s'],
    [1234, '1.23 s'],
    [59_000, '59.00 s'],
    [60_000, '1 min 0 s'],
    [125_000, '2 min 5 s'],
    [3_600_000, '60 min 0 s'],
  ])('%d → %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1_234_567, '1,234,567'],
    [-12_345, '-12,345'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
    [1234.5, '1,234.5'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe('code', () => {
  it('wraps text in backticks', () => {
    expect(code('/tmp/go-ci-guard-x')).toBe('`/tmp/go-ci-guard-x`');
  });

  it('replaces backticks so the span cannot end early', () => {
    expect(code('a`b``c')).toBe("`a'b''c`");
  });

  it('escapes pipes so a table cell cannot end early', () => {
    expect(code('a|b')).toBe('`a\\|b`');
  });

  it('turns line breaks into single blanks', () => {
    expect(code('a\nb\r\nc\n\nd')).toBe('`a b c d`');
  });

  it('keeps text of exactly max characters', () => {
    expect(code('abcde', 5)).toBe('`abcde`');
  });

  it('keeps the end of longer text, marked with …, at max characters', () => {
    expect(code('abcdefgh', 5)).toBe('`…efgh`');
  });

  it('clips at 160 characters by default', () => {
    const text = 'a'.repeat(100) + 'b'.repeat(100);
    expect(code(text)).toBe('`…' + 'a'.repeat(59) + 'b'.repeat(100) + '`');
  });

  it('clips before escaping, so escapes are never cut in half', () => {
    expect(code('xxxxx|yz', 4)).toBe('`…\\|yz`');
  });
});

describe('cell', () => {
  it('escapes pipes and turns line breaks into blanks', () => {
    expect(cell('a|b\r\nc\nd')).toBe('a\\|b c d');
  });

  it('leaves backticks alone', () => {
    expect(cell('run `go test`')).toBe('run `go test`');
  });

  it('keeps the start of longer text, marked with …, at max characters', () => {
    expect(cell('abcdefgh', 5)).toBe('abcd…');
    expect(cell('abcde', 5)).toBe('abcde');
  });

  it('clips at 300 characters by default', () => {
    expect(cell('x'.repeat(400))).toBe('x'.repeat(299) + '…');
  });
});
