import { describe, expect, it } from '@jest/globals';
import {
  checkThresholdOrder,
  judgeSpace,
  parseSampleInterval,
  parseThreshold,
  requiredBytes,
  type Threshold,
  type WatchedFilesystem,
} from '../../src/disk/thresholds.js';
import { inputErrorMessage } from './helpers.js';

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;

describe('parseThreshold: sizes', () => {
  it.each([
    ['1B', 1],
    ['512b', 512],
    ['1K', KiB],
    ['1KiB', KiB],
    ['1KB', 1e3],
    ['2M', 2 * MiB],
    ['2MiB', 2 * MiB],
    ['2MB', 2e6],
    ['10G', 10 * GiB],
    ['10GiB', 10 * GiB],
    ['10GB', 10e9],
    ['3T', 3 * TiB],
    ['3TiB', 3 * TiB],
    ['3TB', 3e12],
    ['10gib', 10 * GiB],
    ['500mb', 500e6],
  ])('%s is %d bytes', (raw, bytes) => {
    expect(parseThreshold('min-free', raw)).toEqual({ raw, bytes });
  });

  it('takes decimals and rounds to whole bytes', () => {
    expect(parseThreshold('min-free', '1.5G')).toEqual({ raw: '1.5G', bytes: 1.5 * GiB });
    expect(parseThreshold('min-free', '0.5KiB')).toEqual({ raw: '0.5KiB', bytes: 512 });
    expect(parseThreshold('min-free', '1.0001K')).toEqual({ raw: '1.0001K', bytes: 1024 });
  });

  it('trims the value and allows a blank between number and unit', () => {
    expect(parseThreshold('warn-free', '  10 GiB \n')).toEqual({ raw: '10 GiB', bytes: 10 * GiB });
  });
});

describe('parseThreshold: percentages and no threshold', () => {
  it.each([
    ['5%', 5],
    ['0.5%', 0.5],
    ['99.9%', 99.9],
    ['12 %', 12],
  ])('%s is a share of %d percent', (raw, percent) => {
    expect(parseThreshold('warn-free', raw)).toEqual({ raw, percent });
  });

  it.each(['', '   ', '0', 'off', 'OFF', ' Off '])('%j means no threshold', (raw) => {
    expect(parseThreshold('min-free', raw)).toBeUndefined();
  });
});

describe('parseThreshold: errors', () => {
  const accepted = 'a size with a unit (500MB, 10GiB, 1.5G';

  it('a bare number is told it needs a unit', () => {
    const message = inputErrorMessage(() => parseThreshold('min-free', '10'));
    expect(message).toMatch(/^Input 'min-free' has an invalid value "10": a number needs a unit; expected /);
    expect(message).toContain(accepted);
    expect(message).toContain('a percentage of the filesystem (5%)');
  });

  it('a bare decimal number is told it needs a unit too', () => {
    expect(inputErrorMessage(() => parseThreshold('warn-free', '2.5'))).toContain('a number needs a unit');
  });

  it.each(['10 parsecs', '-5GiB', 'lots', '5GiB free', '1,5G', 'G'])('rejects %j naming the input, the value and what is accepted', (raw) => {
    const message = inputErrorMessage(() => parseThreshold('warn-free', raw));
    expect(message.startsWith(`Input 'warn-free' has an invalid value ${JSON.stringify(raw)}: expected `)).toBe(true);
    expect(message).toContain(accepted);
    expect(message).not.toContain('needs a unit');
  });

  it.each(['0%', '100%', '150%'])('rejects the percentage %j', (raw) => {
    const message = inputErrorMessage(() => parseThreshold('min-free', raw));
    expect(message).toMatch(new RegExp(`^Input 'min-free' has an invalid value "${raw}": a percentage must lie between 0 and 100; expected `));
    expect(message).toContain(accepted);
  });

  it('quotes the raw value as given, blanks included', () => {
    expect(inputErrorMessage(() => parseThreshold('min-free', ' 10 '))).toContain('invalid value " 10 "');
  });
});

describe('requiredBytes', () => {
  it('is the size itself for an absolute threshold, whatever the total', () => {
    expect(requiredBytes({ raw: '1G', bytes: GiB }, 10)).toBe(GiB);
    expect(requiredBytes({ raw: '1G', bytes: GiB }, 100 * GiB)).toBe(GiB);
  });

  it('is the share of the total for a percentage, rounded up', () => {
    expect(requiredBytes({ raw: '5%', percent: 5 }, 200 * GiB)).toBe(10 * GiB);
    expect(requiredBytes({ raw: '10%', percent: 10 }, 1001)).toBe(101);
  });
});

describe('checkThresholdOrder', () => {
  const size = (raw: string) => parseThreshold('min-free', raw) as Threshold;

  it('throws naming min-free when min-free is larger than warn-free (sizes)', () => {
    const message = inputErrorMessage(() => checkThresholdOrder(size('10GiB'), size('5GiB')));
    expect(message).toBe(`Input 'min-free' has an invalid value "10GiB": it is more than warn-free (5GiB); expected at most warn-free, or raise warn-free`);
  });

  it('throws for percentages in the wrong order', () => {
    expect(inputErrorMessage(() => checkThresholdOrder(size('20%'), size('10%')))).toContain('Input \'min-free\' has an invalid value "20%"');
  });

  it('compares bytes, not the written figures', () => {
    expect(() => checkThresholdOrder(size('1000MB'), size('1GiB'))).not.toThrow();
    expect(() => checkThresholdOrder(size('1GiB'), size('1000MB'))).toThrow(/more than warn-free \(1000MB\)/);
  });

  it('accepts equal or ascending thresholds, one missing, and mixed kinds', () => {
    expect(() => checkThresholdOrder(size('5GiB'), size('5GiB'))).not.toThrow();
    expect(() => checkThresholdOrder(size('1GiB'), size('5GiB'))).not.toThrow();
    expect(() => checkThresholdOrder(size('50GiB'), undefined)).not.toThrow();
    expect(() => checkThresholdOrder(undefined, size('1B'))).not.toThrow();
    expect(() => checkThresholdOrder(size('50%'), size('1GiB'))).not.toThrow();
    expect(() => checkThresholdOrder(size('500GiB'), size('1%'))).not.toThrow();
  });
});

describe('parseSampleInterval', () => {
  it.each([
    ['', 5000],
    ['  ', 5000],
    ['0', 0],
    ['0.0', 0],
    ['0.1', 100],
    ['2.5', 2500],
    [' 5 ', 5000],
    ['3600', 3_600_000],
  ])('%j is %d ms', (raw, ms) => {
    expect(parseSampleInterval(raw)).toBe(ms);
  });

  it.each(['0.05', '3601', 'abc', '-1', '5s', '1e3'])('rejects %j naming sample-interval and the range', (raw) => {
    expect(inputErrorMessage(() => parseSampleInterval(raw))).toBe(
      `Input 'sample-interval' has an invalid value ${JSON.stringify(raw)}: expected seconds between 0.1 and 3600 (default 5), or 0 to record nothing during the job`,
    );
  });
});

describe('judgeSpace', () => {
  const fsWith = (free: number, total = 100 * GiB): WatchedFilesystem => ({ mount: '/', dev: 1, path: '/', roles: ['HOME'], total, free });
  const min = parseThreshold('min-free', '2GiB');
  const warn = parseThreshold('warn-free', '10GiB');

  it('is ok with room above both thresholds, and with no thresholds at all', () => {
    expect(judgeSpace([fsWith(20 * GiB)], min, warn)).toEqual([{ filesystem: fsWith(20 * GiB), status: 'ok' }]);
    expect(judgeSpace([fsWith(0)])[0].status).toBe('ok');
  });

  it('warns between the thresholds with the warn threshold and its bytes', () => {
    expect(judgeSpace([fsWith(5 * GiB)], min, warn)[0]).toEqual({ filesystem: fsWith(5 * GiB), status: 'warn', needed: 10 * GiB, threshold: warn });
  });

  it('fails below min-free even though warn-free is crossed too', () => {
    expect(judgeSpace([fsWith(1 * GiB)], min, warn)[0]).toMatchObject({ status: 'fail', needed: 2 * GiB, threshold: min });
  });

  it('exactly the threshold is enough', () => {
    expect(judgeSpace([fsWith(2 * GiB)], min)[0].status).toBe('ok');
    expect(judgeSpace([fsWith(2 * GiB - 1)], min)[0].status).toBe('fail');
  });

  it('takes a percentage of each filesystem total', () => {
    const pct = parseThreshold('min-free', '10%');
    const verdicts = judgeSpace([fsWith(5 * GiB, 40 * GiB), fsWith(5 * GiB, 60 * GiB)], pct);
    expect(verdicts.map((v) => [v.status, v.needed])).toEqual([
      ['ok', undefined],
      ['fail', 6 * GiB],
    ]);
  });
});
