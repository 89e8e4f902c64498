import type { ResultOutcome } from '../../contracts/index.ts';

/**
 * Answers that a source would give when its bucket files are newer than the source.json we stored: a
 * bitmap naming a breach we do not know, a wider bitmap (more breaches), another line count, or (keyed
 * sources) a new key. The wording comes from src/core/range/parse-xc-v1.ts and src/core/oprf; the tests
 * in test/unit/background/sources drive the real parser, so a change there shows up.
 */
const STALE_DESCRIPTOR_HINTS: readonly RegExp[] = [
  /names a breach the source does not list/,
  /names no breach this source lists/,
  /lines where the source declares/,
  /lines instead of \d+/,
  /-character bitmap/,
  /rebuilt with a new key/,
  // xc-oprf-v1 whole lists (src/core/oprf/list-loader.ts, list-file.ts).
  /does not match its source\.json/,
  /built for another source, kind or key/,
  /entries where the source declares/,
];

/** True when re-reading the source.json might turn this error into an answer. */
export function suggestsStaleDescriptor(outcome: ResultOutcome): boolean {
  if (outcome.status !== 'error' || (outcome.code !== 'malformed' && outcome.code !== 'http')) return false;
  return STALE_DESCRIPTOR_HINTS.some((hint) => hint.test(outcome.message));
}
