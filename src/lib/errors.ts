/** A user-facing mistake in an input: the message names the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(input: string, value: string, accepted: string) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: ${accepted}`);
    this.name = 'InputError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The errno code of a Node.js system error, or 'UNKNOWN'. */
export function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
}
