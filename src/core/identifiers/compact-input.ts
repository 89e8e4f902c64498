import type { FailedParse, IdentifierKind } from './types.ts';
import { fail, stripSeparators } from './text.ts';

/**
 * Longest raw input any compact kind (national IDs) looks at. The longest real format is 16
 * characters; 256 leaves room for generous spacing while every later step (regexes, date maths)
 * only ever sees short strings, so a pasted megabyte is rejected in constant time.
 */
export const MAX_INPUT_LENGTH = 256;

export interface CompactRules {
  /** Subject for messages with its article, e.g. "a PESEL number". */
  noun: string;
  /** Whole-string test of the characters left once separators are removed (upper-cased). */
  charset: RegExp;
  /** e.g. "only digits". */
  charsetHint: string;
  /** Allowed lengths after separators are removed. */
  lengths: readonly number[];
  /** e.g. "11 digits". */
  lengthHint: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * First validation steps every national-ID kind shares: cap, strip separators, upper-case, then
 * character class and length. Returns the compact string, or the failure to report.
 * Messages name the kind and the counts, never the characters the user typed.
 */
export function compactInput(kind: IdentifierKind, input: string, rules: CompactRules): string | FailedParse {
  const noun = capitalise(rules.noun);
  if (input.length > MAX_INPUT_LENGTH)
    return fail(kind, 'length', `This is far too long: ${rules.noun} has ${rules.lengthHint}.`);
  const compact = stripSeparators(input).toUpperCase();
  if (compact === '') return fail(kind, 'empty', `Enter ${rules.noun}.`);
  if (!rules.charset.test(compact))
    return fail(
      kind,
      'charset',
      `${noun} contains ${rules.charsetHint}; spaces, dots and dashes between them are fine.`,
    );
  if (!rules.lengths.includes(compact.length))
    return fail(
      kind,
      'length',
      `${noun} has ${rules.lengthHint}, but ${compact.length} ${compact.length === 1 ? 'was' : 'were'} entered.`,
    );
  return compact;
}

/** The `today` to use for date plausibility: injected in tests, the clock otherwise. */
export const todayFrom = (options: { today?: Date } | undefined): Date => options?.today ?? new Date();
