import type { IdentifierKind } from '../core/identifiers/index.ts';
import { z } from '../core/zod.ts';
import { identifierKindSchema } from './identifier-schemas.ts';

/**
 * Every way a request can fail, as seen by the caller. A failed *check of one source* is not an error
 * response: it is a per-source outcome inside a successful `ui/check` response.
 */
export const ERROR_CODES = [
  /** The request did not match the message's schema. */
  'invalid-request',
  /** No such message name, or a name this sender may not use. */
  'unknown-message',
  /** The sender is not one of our pages or content scripts. */
  'forbidden-sender',
  /** The identifier did not validate as the chosen kind (message says why, without echoing it). */
  'invalid-identifier',
  /**
   * The input is valid as several kinds and nothing the person said decides which: it was not checked.
   * `candidates` lists the kinds to ask about.
   */
  'ambiguous-kind',
  /** No enabled source can check this kind of identifier. */
  'no-source',
  /** A password may be watched only when the user explicitly asks to monitor it. */
  'consent-required',
  /** The optional host permission for a custom source's server has not been granted. */
  'permission-missing',
  /** A source.json could not be fetched or did not validate. */
  'source-invalid',
  /** A source with this id is already configured. */
  'source-exists',
  /** The record or source named in the request does not exist. */
  'not-found',
  /** An import file did not validate; nothing was changed. */
  'import-invalid',
  /** The background did not answer, or answered something that did not match the contract. */
  'unavailable',
  /** A bug on our side; the message is generic and the details went to the console. */
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string().max(2000),
  /** Only with 'ambiguous-kind': the kinds the person chooses from. */
  candidates: z.array(identifierKindSchema).max(30).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const failureSchema = z.object({ ok: z.literal(false), error: errorBodySchema });
export type Failure = z.infer<typeof failureSchema>;

export type Success<T> = { ok: true; data: T };
export type Envelope<T> = Success<T> | Failure;

export function failure(code: ErrorCode, message: string, candidates?: readonly IdentifierKind[]): Failure {
  return {
    ok: false,
    error: { code, message, ...(candidates === undefined ? {} : { candidates: [...candidates] }) },
  };
}

/** Thrown inside handlers to answer with a specific error code; anything else becomes `internal`. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Only with 'ambiguous-kind'. */
    readonly candidates?: readonly IdentifierKind[],
  ) {
    super(message);
  }
}
