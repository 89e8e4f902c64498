import { CheckFailure } from '../range/errors.ts';
import { OPRF_TAG_HEX_LENGTH } from './constants.ts';

export interface BucketShape {
  /** Exact number of lines every bucket of this kind has (`buckets[kind].lines`). */
  lines: number;
  /** Hex characters of the sealed bitmap. */
  bitmapHexLength: number;
}

/**
 * Parses an xc-oprf-v1 bucket: exactly `shape.lines` lines `TAG:SEALED\n`, upper-case hex, sorted by tag,
 * tags unique. Returns tag → sealed bitmap. Anything else is `malformed`: a short or reordered bucket
 * could hide a match, so it must never read as "not found".
 */
export function parseOprfBucket(body: string, shape: BucketShape): Map<string, string> {
  if (body.length === 0) throw new CheckFailure('malformed', 'the bucket was empty');
  if (!body.endsWith('\n')) throw new CheckFailure('malformed', 'the bucket does not end with a line break');
  const lines = body.slice(0, -1).split('\n');
  if (lines.length !== shape.lines) {
    throw new CheckFailure('malformed', `the bucket has ${lines.length} lines instead of ${shape.lines}`);
  }
  const pattern = new RegExp(`^[0-9A-F]{${OPRF_TAG_HEX_LENGTH}}:[0-9A-F]{${shape.bitmapHexLength}}$`);
  const entries = new Map<string, string>();
  let previous = '';
  for (const [i, line] of lines.entries()) {
    if (!pattern.test(line)) throw new CheckFailure('malformed', `bucket line ${i + 1} is not TAG:BITMAP`);
    const tag = line.slice(0, OPRF_TAG_HEX_LENGTH);
    if (tag <= previous)
      throw new CheckFailure('malformed', `bucket line ${i + 1} is out of order or repeated`);
    previous = tag;
    entries.set(tag, line.slice(OPRF_TAG_HEX_LENGTH + 1));
  }
  return entries;
}
