import { bucketOfWord, suffixOfKey, type KeyLayout } from './key-layout.ts';

/** Called once per distinct key, in (bucket, suffix) order, with the values of all its records. */
export type UniqueKeyVisitor = (bucket: number, suffix: string, values: readonly number[]) => void;

/**
 * Sorts the records of one partition (key bytes, then a big-endian uint32 value) and visits each
 * distinct key once. Keys are compared as 32-bit words copied into a typed array, so sorting costs
 * (key bytes + 8) bytes per record on top of the raw buffer and no object per record.
 */
export function visitSortedPartition(raw: Buffer, layout: KeyLayout, visit: UniqueKeyVisitor): void {
  const recordBytes = layout.keyBytes + 4;
  const wordsPerKey = layout.keyBytes / 4;
  const n = raw.length / recordBytes;
  if (!Number.isInteger(n)) throw new Error('A spill partition is truncated; the work directory is damaged.');
  const words = new Uint32Array(n * wordsPerKey);
  const values = new Uint32Array(n);
  const order = new Uint32Array(n);
  for (let r = 0; r < n; r++) {
    for (let w = 0; w < wordsPerKey; w++)
      words[r * wordsPerKey + w] = raw.readUInt32BE(r * recordBytes + w * 4);
    values[r] = raw.readUInt32BE(r * recordBytes + layout.keyBytes);
    order[r] = r;
  }
  const compare = (a: number, b: number): number => {
    for (let w = 0; w < wordsPerKey; w++) {
      const d = (words[a * wordsPerKey + w] as number) - (words[b * wordsPerKey + w] as number);
      if (d !== 0) return d;
    }
    return 0;
  };
  order.sort(compare);
  let i = 0;
  while (i < n) {
    const head = order[i] as number;
    const group: number[] = [];
    let j = i;
    while (j < n && compare(head, order[j] as number) === 0)
      group.push(values[order[j++] as number] as number);
    const bucket = bucketOfWord(words[head * wordsPerKey] as number, layout.prefixBits);
    visit(bucket, suffixOfKey(raw, head * recordBytes, layout), group);
    i = j;
  }
}
