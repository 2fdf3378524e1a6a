// Which removal engine a big tree gets, from how its first part went.
import { describe, expect, it } from '@jest/globals';
import { chooseEngine, parseForcedEngine } from '../../src/cleanup/engine.js';

const can = { canHandOff: true, canThread: true };

describe('chooseEngine', () => {
  it('hands a tree whose removal waits on the disk to the child process', () => {
    expect(chooseEngine({ ...can, cpuMs: 40, wallMs: 200 })).toBe('lanes');
  });
  it('keeps a tree whose removal is busy computing on threads', () => {
    expect(chooseEngine({ ...can, cpuMs: 180, wallMs: 200 })).toBe('threads');
    expect(chooseEngine({ ...can, cpuMs: 100, wallMs: 200 })).toBe('threads');
  });
  it('uses what can run: threads without the child (not Linux), inline without either', () => {
    expect(chooseEngine({ canHandOff: false, canThread: true, cpuMs: 10, wallMs: 200 })).toBe('threads');
    expect(chooseEngine({ canHandOff: false, canThread: false, cpuMs: 10, wallMs: 200 })).toBe('inline');
  });
  it('follows a forced engine where it can run', () => {
    expect(chooseEngine({ ...can, cpuMs: 190, wallMs: 200, forced: 'lanes' })).toBe('lanes');
    expect(chooseEngine({ ...can, cpuMs: 10, wallMs: 200, forced: 'threads' })).toBe('threads');
    expect(chooseEngine({ canHandOff: false, canThread: true, cpuMs: 190, wallMs: 200, forced: 'lanes' })).toBe('threads');
  });
});

describe('parseForcedEngine', () => {
  it('accepts threads and lanes, nothing else', () => {
    expect(parseForcedEngine(undefined)).toEqual({});
    expect(parseForcedEngine(' lanes ')).toEqual({ engine: 'lanes' });
    expect(parseForcedEngine('threads')).toEqual({ engine: 'threads' });
    expect(parseForcedEngine('fast').problem).toBe('ignored "fast": accepted values are threads and lanes');
  });
});
