import { parseIdentifier, type IdentifierKind, type ParseErrorCode } from '../../core/index.ts';
import type { ReaderProblem } from '../input/row-types.ts';

/** Every reason a row can be left out, counted and reported by the build. */
export type RowReason = ReaderProblem | ParseErrorCode | 'sha1-format';

export type NormalisedRow = { ok: true; canonical: string; count: number } | { ok: false; reason: RowReason };

export const ROW_REASON_TEXT: Readonly<Record<Exclude<RowReason, ReaderProblem>, string>> = {
  empty: 'empty value',
  length: 'wrong length',
  charset: 'characters the kind never contains',
  format: 'not in the format of the kind',
  checksum: 'check digit does not match',
  date: 'impossible or future date',
  range: 'number outside the issued range',
  'sha1-format': 'not 40 hex characters with an optional :COUNT',
};

/** Validates and normalises one value with the same engine the extension uses. */
export function normaliseIdentifier(kind: IdentifierKind, value: string, today: Date): NormalisedRow {
  if (value.includes('\uFFFD')) return { ok: false, reason: 'not-utf8' };
  const parsed = parseIdentifier(kind, value, { today });
  return parsed.ok
    ? { ok: true, canonical: parsed.canonical, count: 1 }
    : { ok: false, reason: parsed.error.code };
}

const SHA1_LINE = /^\s*([0-9A-Fa-f]{40})(?::(\d{1,10}))?\s*$/;

/** A pre-hashed password line, `SHA1HEX` or `SHA1HEX:COUNT`, as Pwned Passwords dumps are written. */
export function normaliseSha1Line(value: string): NormalisedRow {
  const m = SHA1_LINE.exec(value);
  const count = m?.[2] === undefined ? 1 : Number(m[2]);
  if (m === null || count > 0xffff_ffff) return { ok: false, reason: 'sha1-format' };
  return { ok: true, canonical: (m[1] as string).toUpperCase(), count };
}
