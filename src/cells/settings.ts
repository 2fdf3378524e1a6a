// Pure: the cell report's inputs. Every error names the input, the value and what is accepted.
import { INPUT, type InputName } from '../constants.js';
import { parseBoolean } from '../lib/boolean-input.js';

export interface CellSettings {
  /** Post uploads the cell's report as an artifact. */
  upload: boolean;
  /** How the report names the cell: the matrix values as JSON by default (`${{ toJSON(matrix) }}`). */
  label: string;
}

/** Artifact names hold the label's hash, not the label: any text is fine (the report clips a long one). */
export function parseCellSettings(read: (name: InputName) => string): CellSettings {
  const label = read(INPUT.cell).trim();
  return { upload: parseBoolean(INPUT.cellReport, read(INPUT.cellReport), true), label };
}
