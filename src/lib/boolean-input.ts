// A boolean input, on its own so that post reads one without loading the rest of the input rules.
import { INPUT, type InputName } from '../constants.js';
import { InputError } from './errors.js';

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim();
  if (value === '') return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new InputError(name, raw, 'expected true or false');
}

/** Main reads it with the other inputs; post reads it alone when main saved no usable state. */
export function readFailOnCleanupError(read: (name: InputName) => string): boolean {
  return parseBoolean(INPUT.failOnCleanupError, read(INPUT.failOnCleanupError), false);
}
