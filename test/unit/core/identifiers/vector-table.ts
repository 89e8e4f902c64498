// Table-driven checks for the test vectors in shared/reference/national-ids.md.
import { describe, expect, it } from 'vitest';
import {
  parseIdentifier,
  type IdentifierKind,
  type ParseErrorCode,
  type ParseOptions,
} from '../../../../src/core/identifiers/index.ts';
import { stripSeparators } from '../../../../src/core/identifiers/text.ts';

export interface ValidVector {
  input: string;
  canonical: string;
  birthDate?: string;
  country?: string;
  note?: string;
}

export interface InvalidVector {
  input: string;
  code: ParseErrorCode;
  note?: string;
}

/** A fixed "now" for every vector so date rules never depend on the machine clock. */
export const TODAY = new Date('2026-06-15T12:00:00Z');

export function describeVectors(
  kind: IdentifierKind,
  valid: readonly ValidVector[],
  invalid: readonly InvalidVector[],
  options: ParseOptions = { today: TODAY },
): void {
  describe(`${kind}: reference vectors`, () => {
    it.each(valid)('accepts $input ($note)', (v) => {
      const result = parseIdentifier(kind, v.input, options);
      if (!result.ok) throw new Error(`${v.input} rejected: ${result.error.code} ${result.error.message}`);
      expect(result.kind).toBe(kind);
      expect(result.canonical).toBe(v.canonical);
      expect(result.birthDate).toBe(v.birthDate);
      if (v.country !== undefined) expect(result.country).toBe(v.country);
      expect(result.masked).not.toContain(result.canonical);
    });

    it.each(invalid)('rejects $input with $code ($note)', (v) => {
      const result = parseIdentifier(kind, v.input, options);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.kind).toBe(kind);
      expect(result.error.code).toBe(v.code);
      expect(result.error.message.length).toBeGreaterThan(10);
      // Messages must never repeat what was typed.
      const typed = stripSeparators(v.input).toUpperCase();
      if (typed.length >= 3) expect(result.error.message.toUpperCase()).not.toContain(typed);
    });
  });
}
