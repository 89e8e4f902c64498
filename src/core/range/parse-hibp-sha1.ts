import type { ParsedBucket } from './bucket.ts';
import { CheckFailure } from './errors.ts';
import { HIBP_SUFFIX_LENGTH } from './hash-hibp-sha1.ts';
import { splitBodyLines } from './split-lines.ts';
import { SuffixCounts } from './suffix-counts.ts';

const LINE = new RegExp(`^([0-9A-Fa-f]{${HIBP_SUFFIX_LENGTH}}):(\\d{1,15})$`);

/**
 * Parses a Pwned Passwords range body (`SUFFIX:COUNT` per line, CRLF or LF).
 *
 * Case is normalised rather than enforced: hex case carries no meaning, the public service documents
 * itself as case-insensitive, and self-hosted mirrors of the format differ. Accepting lower case can
 * neither invent a match nor hide one, because both sides are compared upper-cased. Order is not
 * checked either: padding lines are random and the service does not promise to sort them in.
 * Count-0 lines are padding and are dropped; a suffix listed twice with real counts is ambiguous and
 * rejected.
 */
export function parseHibpSha1Body(body: string): ParsedBucket {
  const counts = new Map<string, number>();
  const lines = splitBodyLines(body, /\r?\n/);
  for (const [i, line] of lines.entries()) {
    const match = LINE.exec(line);
    if (match === null) {
      throw new CheckFailure(
        'malformed',
        `line ${i + 1} is not a ${HIBP_SUFFIX_LENGTH}-character hash suffix and a count`,
      );
    }
    const count = Number(match[2]);
    if (count === 0) continue;
    const suffix = (match[1] ?? '').toUpperCase();
    if (counts.has(suffix)) throw new CheckFailure('malformed', `line ${i + 1} repeats an earlier suffix`);
    counts.set(suffix, count);
  }
  // Validated as a Map (duplicates need it), kept compact: see SuffixCounts.
  return { scheme: 'hibp-sha1', counts: new SuffixCounts(counts) };
}
