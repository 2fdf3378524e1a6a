// What the matrix checks found: the result main logs, hands to post in state, and the summary renders.
import type { ToolchainOutputs } from './fingerprint.js';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface Check {
  id: string;
  title: string;
  status: CheckStatus;
  expected: string;
  found: string;
  fix?: string;
}

/** The icon of each status, in main's log and in the job summary alike. */
export const CHECK_ICON: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖' };

export interface MatrixReport {
  /** The cell as named in messages: by its expectations. */
  cell: string;
  onMismatch: 'fail' | 'warn';
  checks: Check[];
  outputs: ToolchainOutputs;
  /** The job environment's libc. */
  hostLibc?: string;
  /** The compiler's own output when the probe failed to build (clipped). */
  probeOutput?: string;
  ms: number;
}
