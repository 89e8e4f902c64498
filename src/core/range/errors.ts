import type { CheckErrorCode, CheckOutcome } from './types.ts';

/**
 * A check that could not conclude. Thrown inside the client and turned into an `error` outcome at its
 * boundary, so every failure path ends in the same place. `detail` is a short fragment (no identifier,
 * no hash, no text copied from the response) that the outcome message wraps with the source's name.
 */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
  constructor(
    readonly code: CheckErrorCode,
    readonly detail: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`${code}: ${detail}`);
  }
}

const NOTHING_CONCLUDED = 'Nothing was concluded.';

/** The sentence shown to the person, per code; `who` is the source's display name. */
function sentence(code: CheckErrorCode, who: string, detail: string): string {
  switch (code) {
    case 'network':
      return `Could not get an answer from ${who}: ${detail}. ${NOTHING_CONCLUDED}`;
    case 'timeout':
      return `${who} did not answer in time (${detail}). ${NOTHING_CONCLUDED} Try again later.`;
    case 'http':
      return `${who} answered with an error (${detail}). ${NOTHING_CONCLUDED}`;
    case 'rate-limited':
      return `${who} is receiving too many checks and asked us to wait (${detail}). ${NOTHING_CONCLUDED}`;
    case 'malformed':
      return `${who} answered with something that is not a breach list (${detail}). ${NOTHING_CONCLUDED}`;
    case 'too-large':
      return `${who} sent a much larger answer than a breach list can be (${detail}), so it was not read. ${NOTHING_CONCLUDED}`;
    case 'redirect':
      return `${who} tried to send the check to another address (${detail}). It was not followed, so ${NOTHING_CONCLUDED.toLowerCase()}`;
    case 'unsupported':
      return `This check cannot be made against ${who}: ${detail}.`;
  }
}

export function failureOutcome(failure: CheckFailure, sourceName: string): CheckOutcome {
  const outcome: CheckOutcome = {
    status: 'error',
    code: failure.code,
    message: sentence(failure.code, sourceName, failure.detail),
  };
  if (failure.retryAfterSeconds !== undefined) outcome.retryAfterSeconds = failure.retryAfterSeconds;
  return outcome;
}

/** Last line of defence: anything that is not a CheckFailure is a bug or an unforeseen platform error. */
export function toFailure(error: unknown, fallback: CheckFailure): CheckFailure {
  return error instanceof CheckFailure ? error : fallback;
}
