// Pure: the cell report's inputs. Every error names the input, the value and what is accepted.
import { INPUT, type InputName } from '../constants.js';
import { parseBoolean } from '../lib/boolean-input.js';
import { InputError } from '../lib/errors.js';

export interface CellSettings {
  /** Post uploads the cell's report as an artifact. */
  upload: boolean;
  /** How the report names the cell: the matrix values as JSON by default (`${{ toJSON(matrix) }}`). */
  label: string;
}

/** Artifact names hold the label's hash, not the label: any text is fine, within reason. */
const MAX_LABEL = 4096;

export function parseCellSettings(read: (name: InputName) => string): CellSettings {
  const label = read(INPUT.cell).trim();
  if (label.length > MAX_LABEL) throw new InputError(INPUT.cell, `${label.slice(0, 40)}…`, `expected at most ${MAX_LABEL} characters`);
  return { upload: parseBoolean(INPUT.cellReport, read(INPUT.cellReport), true), label };
}
