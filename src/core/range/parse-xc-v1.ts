import type { ParsedBucket } from './bucket.ts';
import { CheckFailure } from './errors.ts';
import { XC_V1_SUFFIX_LENGTH } from './hash-xc-v1.ts';
import { splitBodyLines } from './split-lines.ts';

export interface XcV1BodyLayout {
  /** `breaches.length` of the source: fixes the bitmap width and which bits may be set. */
  breachCount: number;
  /** `buckets[kind].lines` when the source declares it. */
  lines?: number | undefined;
}

/** Hex characters in a bitmap over `breachCount` breaches. */
export const bitmapWidth = (breachCount: number): number => Math.ceil(breachCount / 4);

/** Indexes of the set bits; bit i (value 2^i) of the big-endian hex number means breaches[i]. */
function setBits(bitmap: string, breachCount: number, lineNo: number): number[] {
  const indexes: number[] = [];
  for (let nibble = 0; nibble < bitmap.length; nibble++) {
    const value = parseInt(bitmap.charAt(bitmap.length - 1 - nibble), 16);
    for (let bit = 0; bit < 4; bit++) {
      if ((value & (1 << bit)) === 0) continue;
      const index = nibble * 4 + bit;
      if (index >= breachCount) {
        throw new CheckFailure('malformed', `line ${lineNo} names a breach the source does not list`);
      }
      indexes.push(index);
    }
  }
  // Nibbles are read from the least significant end, so the indexes come out ascending.
  return indexes;
}

/**
 * Parses an xc-v1 bucket. Our own format, so it is held to the letter of docs/range-protocol.md:
 * upper-case hex only, LF line endings with a final one (a cut-off body fails), suffixes strictly
 * ascending (no duplicates), the declared line count, and a bitmap exactly as wide as the breach list.
 * All-zero bitmaps are padding and are dropped.
 */
export function parseXcV1Body(body: string, layout: XcV1BodyLayout): ParsedBucket {
  if (body.includes('\r')) throw new CheckFailure('malformed', 'it uses CR line endings');
  if (body.length > 0 && !body.endsWith('\n'))
    throw new CheckFailure('malformed', 'the last line is cut off');
  const lines = splitBodyLines(body, /\n/);
  if (layout.lines !== undefined && lines.length !== layout.lines) {
    throw new CheckFailure(
      'malformed',
      `it has ${lines.length} lines where the source declares ${layout.lines}`,
    );
  }
  const width = bitmapWidth(layout.breachCount);
  const shape = new RegExp(`^([0-9A-F]{${XC_V1_SUFFIX_LENGTH}}):([0-9A-F]{${width}})$`);
  const breaches = new Map<string, number[]>();
  let previous = '';
  for (const [i, line] of lines.entries()) {
    const match = shape.exec(line);
    const suffix = match?.[1];
    const bitmap = match?.[2];
    if (suffix === undefined || bitmap === undefined) {
      throw new CheckFailure(
        'malformed',
        `line ${i + 1} is not a ${XC_V1_SUFFIX_LENGTH}-character upper-case hash suffix and a ${width}-character bitmap`,
      );
    }
    if (suffix === previous) throw new CheckFailure('malformed', `line ${i + 1} repeats the previous suffix`);
    if (suffix < previous) throw new CheckFailure('malformed', `line ${i + 1} is out of order`);
    previous = suffix;
    const indexes = setBits(bitmap, layout.breachCount, i + 1);
    if (indexes.length > 0) breaches.set(suffix, indexes);
  }
  return { scheme: 'xc-v1', breaches };
}
