import type { ErrorCode } from '../../contracts/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { BackgroundError } from '../../platform/messaging/background-client.ts';

export interface Failure {
  code: ErrorCode;
  /** The background's own (English) message; empty for errors that did not come from it. */
  message: string;
  /** With 'ambiguous-kind': the kinds to ask the person about. */
  candidates: readonly IdentifierKind[];
}

/** Turns anything a client call threw into a code and a message that is safe to show. */
export function failureOf(error: unknown): Failure {
  if (error instanceof BackgroundError)
    return { code: error.code, message: error.message, candidates: error.candidates };
  return { code: 'internal', message: '', candidates: [] };
}
