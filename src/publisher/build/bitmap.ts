/** Hex characters of a breach bitmap: one bit per breach, four per character. */
export const bitmapWidth = (breachCount: number): number => Math.ceil(breachCount / 4);

/**
 * Upper-case big-endian hex with bit i (value 2^i) set for every breach index given; the last
 * character holds breaches 0–3. See docs/range-protocol.md.
 */
export function bitmapHex(breachIndexes: Iterable<number>, width: number): string {
  const nibbles = Array.from({ length: width }, () => 0);
  for (const i of breachIndexes) {
    const at = width - 1 - Math.floor(i / 4);
    if (at < 0) throw new RangeError(`Breach index ${i} does not fit a ${width}-character bitmap.`);
    nibbles[at] = (nibbles[at] as number) | (1 << (i % 4));
  }
  return nibbles.map((n) => n.toString(16).toUpperCase()).join('');
}

/** The union of two bitmaps of the same width: the breaches of either. */
export function bitmapUnion(a: string, b: string): string {
  let out = '';
  for (let i = 0; i < a.length; i++)
    out += (Number.parseInt(a[i] as string, 16) | Number.parseInt(b[i] as string, 16))
      .toString(16)
      .toUpperCase();
  return out;
}
