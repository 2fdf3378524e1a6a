// Small helpers shared by the unit tests (not a test file itself).
import { expect } from '@jest/globals';
import { InputError } from '../../src/lib/errors.js';

/** Runs `fn`, expects it to throw, and returns what it threw. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to throw, but it returned');
}

/** Runs `fn`, expects an InputError, and returns its message. */
export function inputErrorMessage(fn: () => unknown): string {
  const err = thrownBy(fn);
  expect(err).toBeInstanceOf(InputError);
  expect((err as Error).name).toBe('InputError');
  return (err as Error).message;
}
