// Builders for tiny LevelDB files, so the sweep's decoders can be tested against bytes whose layout we
// control: a needle hidden by a Snappy back-reference, and one split by a log block header.

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

const u32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const TRAILER_CRC = [0, 0, 0, 0]; // the sweep does not verify checksums

/**
 * Snappy stream for `literal + literal.slice(start, start + copyLength)`, the copy encoded as a
 * back-reference (4..11 bytes, 1-byte offset), so the repeated part never appears in the raw bytes.
 */
export function snappyWithBackReference(literal: string, start: number, copyLength: number): Buffer {
  const lit = Buffer.from(literal, 'latin1');
  if (lit.length > 60 || copyLength < 4 || copyLength > 11) throw new Error('fixture limits exceeded');
  const offset = lit.length - start;
  return Buffer.from([
    ...varint(lit.length + copyLength),
    (lit.length - 1) << 2,
    ...lit,
    ((copyLength - 4) << 2) | 1 | ((offset >> 8) << 5),
    offset & 0xff,
  ]);
}

/** A LevelDB table with one Snappy-compressed data block holding `compressed`. */
export function levelDbTable(compressed: Buffer): Buffer {
  const data = [...compressed, 1, ...TRAILER_CRC];
  const handle = [...varint(0), ...varint(compressed.length)];
  const key = [...Buffer.from('k')];
  const indexBlock = [0, key.length, handle.length, ...key, ...handle, ...u32(0), ...u32(1)];
  const indexOffset = data.length;
  const index = [...indexBlock, 0, ...TRAILER_CRC];
  const metaOffset = indexOffset + index.length;
  const metaBlock = [...u32(0), ...u32(1)];
  const meta = [...metaBlock, 0, ...TRAILER_CRC];
  const handles = [
    ...varint(metaOffset),
    ...varint(metaBlock.length),
    ...varint(indexOffset),
    ...varint(indexBlock.length),
  ];
  const footer = [...handles, ...Array.from({ length: 40 - handles.length }, () => 0)];
  const magic = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];
  return Buffer.from([...data, ...index, ...meta, ...footer, ...magic]);
}

const fragment = (type: number, data: Buffer): Buffer =>
  Buffer.concat([Buffer.from([0, 0, 0, 0, data.length & 0xff, data.length >> 8, type]), data]);

/** A LevelDB log whose single record spans the first 32 KiB block boundary, split `before` bytes in. */
export function levelDbLogSpanningBlocks(record: Buffer, before: number): Buffer {
  const BLOCK = 32 * 1024;
  const HEADER = 7;
  const firstData = BLOCK - HEADER;
  const filler = Buffer.alloc(firstData - before, 0x2e);
  const payload = Buffer.concat([filler, record]);
  return Buffer.concat([
    fragment(2, payload.subarray(0, firstData)),
    fragment(4, payload.subarray(firstData)),
  ]);
}
