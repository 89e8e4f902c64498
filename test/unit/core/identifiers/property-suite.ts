// Shared property tests every identifier kind must pass. Each kind's test file calls
// `describeKindProperties(kind, …)` so the guarantees are identical across kinds.
import { array, assert, constantFrom, integer, nat, oneof, property, string } from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseIdentifier,
  type IdentifierKind,
  type ParseOptions,
} from '../../../../src/core/identifiers/index.ts';
import { SYNTHETIC } from '../../../../src/core/synthetic/index.ts';
import { seededRandom } from '../../../../src/core/synthetic/random.ts';
import { stripSeparators } from '../../../../src/core/identifiers/text.ts';

export interface KindPropertyOptions {
  /** The checksum detects every single-character substitution at these (0-based, canonical) positions. */
  singleSubstitutionDetectedAt?: readonly number[];
  /** Parse options for every parse (e.g. a fixed `today`). */
  parseOptions?: ParseOptions;
  /** Whether upper/lower case of letters is irrelevant (false for passwords). */
  caseInsensitive?: boolean;
  /** Characters that may be inserted between any two characters without changing `canonical`. */
  separators?: readonly string[];
  runs?: number;
}

const seed = integer({ min: 0, max: 2 ** 31 - 1 });

function generated(kind: IdentifierKind, s: number): string {
  return SYNTHETIC[kind](seededRandom(s));
}

export function describeKindProperties(kind: IdentifierKind, options: KindPropertyOptions = {}): void {
  const opts = options.parseOptions;
  const runs = options.runs ?? 300;

  describe(`${kind}: properties`, () => {
    it('numbers generated from the algorithm parse as valid', () => {
      assert(
        property(seed, (s) => {
          const input = generated(kind, s);
          const result = parseIdentifier(kind, input, opts);
          if (!result.ok)
            throw new Error(`generated ${kind} rejected: ${result.error.code} ${result.error.message}`);
          expect(result.kind).toBe(kind);
        }),
        { numRuns: runs },
      );
    });

    it('masked never contains the whole canonical string', () => {
      assert(
        property(seed, (s) => {
          const result = parseIdentifier(kind, generated(kind, s), opts);
          if (!result.ok) return;
          expect(result.masked.includes(result.canonical)).toBe(false);
        }),
        { numRuns: runs },
      );
    });

    it('parsing the canonical form again gives the same canonical form', () => {
      assert(
        property(seed, (s) => {
          const first = parseIdentifier(kind, generated(kind, s), opts);
          if (!first.ok) return;
          const again = parseIdentifier(kind, first.canonical, opts);
          expect(again.ok && again.canonical).toBe(first.canonical);
        }),
        { numRuns: runs },
      );
    });

    if (options.separators !== undefined && options.separators.length > 0) {
      const separators = options.separators;
      it('separators and surrounding spaces never change canonical', () => {
        assert(
          property(seed, array(nat(), { maxLength: 4 }), constantFrom(...separators), (s, at, sep) => {
            const base = parseIdentifier(kind, generated(kind, s), opts);
            if (!base.ok) return;
            let text = base.canonical;
            for (const position of at) {
              const i = 1 + (position % Math.max(1, text.length - 1));
              text = text.slice(0, i) + sep + text.slice(i);
            }
            const again = parseIdentifier(kind, `  ${text} `, opts);
            expect(again.ok && again.canonical).toBe(base.canonical);
          }),
          { numRuns: runs },
        );
      });
    }

    if (options.caseInsensitive === true) {
      it('letter case never changes canonical', () => {
        assert(
          property(seed, (s) => {
            const base = parseIdentifier(kind, generated(kind, s), opts);
            if (!base.ok) return;
            const lower = parseIdentifier(kind, base.canonical.toLowerCase(), opts);
            expect(lower.ok && lower.canonical).toBe(base.canonical);
          }),
          { numRuns: runs },
        );
      });
    }

    const positions = options.singleSubstitutionDetectedAt;
    if (positions !== undefined && positions.length > 0) {
      it('a single changed digit is rejected where the checksum guarantees it', () => {
        assert(
          property(seed, constantFrom(...positions), integer({ min: 1, max: 9 }), (s, pos, delta) => {
            const base = parseIdentifier(kind, generated(kind, s), opts);
            if (!base.ok) return;
            const ch = base.canonical[pos];
            if (ch === undefined || !/[0-9]/.test(ch)) return;
            const changed = String((Number(ch) + delta) % 10);
            const mutated = base.canonical.slice(0, pos) + changed + base.canonical.slice(pos + 1);
            const result = parseIdentifier(kind, mutated, opts);
            expect(result.ok).toBe(false);
          }),
          { numRuns: runs },
        );
      });
    }

    it('error messages never repeat the identifier', () => {
      assert(
        property(seed, nat(), constantFrom('0', '7', 'Q', '@', '+', 'é'), (s, at, replacement) => {
          const input = generated(kind, s).trim();
          const i = at % input.length;
          const mutated = input.slice(0, i) + replacement + input.slice(i + 1);
          const result = parseIdentifier(kind, mutated, opts);
          if (result.ok) return;
          const message = result.error.message.toUpperCase();
          for (const typed of [mutated.toUpperCase(), stripSeparators(mutated).toUpperCase()])
            if (typed.length >= 4) expect(message).not.toContain(typed);
        }),
        { numRuns: runs },
      );
    });

    it('never throws, whatever the input', () => {
      assert(
        property(oneof(string(), string({ unit: 'grapheme' }), string({ unit: 'binary' })), (input) => {
          const result = parseIdentifier(kind, input, opts);
          expect(result.kind).toBe(kind);
        }),
        { numRuns: runs },
      );
      expect(() => parseIdentifier(kind, '7'.repeat(1_000_000), opts)).not.toThrow();
    });
  });
}
