import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { fail } from './text.ts';
import { KIND_FACTS } from './kind-facts.ts';

/**
 * Longer than any password manager generates by default, short enough to hash instantly.
 * Counted in UTF-16 code units (what JavaScript's `length` reports).
 */
export const MAX_PASSWORD_LENGTH = 1024;

/** Fixed, so the mask never reveals the password's length. */
const MASK = '••••••••';

/**
 * A password is hashed exactly as typed: no trimming, no case folding, no Unicode normalisation,
 * because breach corpora hash the exact bytes. Only emptiness and the length cap are checked,
 * and the value never appears in a message.
 */
function parse(input: string): ParseResult {
  if (input.length === 0) return fail('password', 'empty', 'Enter a password.');
  if (input.length > MAX_PASSWORD_LENGTH)
    return fail(
      'password',
      'length',
      `Passwords longer than ${MAX_PASSWORD_LENGTH} characters are not supported.`,
    );
  return { ok: true, kind: 'password', canonical: input, masked: MASK };
}

export const password: IdentifierKindSpec = {
  ...KIND_FACTS.password,
  label: 'Password',
  // Order of magnitude of distinct passwords seen in breaches (HIBP Pwned Passwords v8:
  // 847,223,402); the theoretical space is unbounded and meaningless for bucket sizing.
  validSpace: 847_223_402,
  // Anything non-empty could be a password; detectKinds only falls back to it (see detect.ts).
  looksLike: (input) => input.length > 0 && input.length <= MAX_PASSWORD_LENGTH,
  parse,
};
