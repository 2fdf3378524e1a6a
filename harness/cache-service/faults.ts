// Faults the tests arm at runtime, per operation. Each armed fault applies to the next `times` calls
// of its operation (default 1), in the order armed; a call takes the first fault with calls left.

/** Twirp methods of both services and the blob operations their signed URLs lead to (cache and artifact blobs alike). */
export type Operation =
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL'
  | 'CreateArtifact'
  | 'FinalizeArtifact'
  | 'ListArtifacts'
  | 'GetSignedArtifactURL'
  | 'DeleteArtifact'
  | 'PutBlob'
  | 'PutBlock'
  | 'PutBlockList'
  | 'Download';

export interface Fault {
  /** Answer with this status instead of serving the call (twirp JSON or Azure XML error body). */
  status?: number;
  /** Error message in the body (twirp `msg`, Azure `Message`). */
  msg?: string;
  /** Send this raw body instead (say, a proxy's HTML page for a 502). */
  body?: string;
  /** Sent as `Retry-After` (seconds) with the error. */
  retryAfter?: number;
  /** Wait this long before answering (or failing). */
  delayMs?: number;
  /** Download only: send the full Content-Length but only this many bytes (negative: half), then cut the connection. */
  truncateAt?: number;
  /** How many calls this applies to; Infinity for all. Default 1. */
  times?: number;
}

export class Faults {
  private armed: { op: Operation; fault: Fault; left: number }[] = [];

  arm(op: Operation, fault: Fault) {
    this.armed.push({ op, fault, left: fault.times ?? 1 });
  }

  /** The fault for this call of `op`, if one is armed (and counts it used). */
  take(op: Operation): Fault | undefined {
    const slot = this.armed.find((a) => a.op === op && a.left > 0);
    if (!slot) return undefined;
    slot.left--;
    this.armed = this.armed.filter((a) => a.left > 0);
    return slot.fault;
  }

  clear() {
    this.armed = [];
  }

  /** Faults armed and not yet used up. */
  pending(): { op: Operation; fault: Fault; left: number }[] {
    return this.armed.map((a) => ({ ...a }));
  }
}

/** Twirp's error code for an HTTP status (twirp's own table; 502/504 as a proxy would answer). */
export function twirpCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'invalid_argument',
    401: 'unauthenticated',
    403: 'permission_denied',
    404: 'not_found',
    408: 'deadline_exceeded',
    409: 'already_exists',
    412: 'failed_precondition',
    429: 'resource_exhausted',
    500: 'internal',
    501: 'unimplemented',
    503: 'unavailable',
  };
  return codes[status] ?? (status >= 500 ? 'unavailable' : 'unknown');
}
