// Raw Snappy decompression (the block format LevelDB uses), for the privacy sweep: a compressed table can
// store the second copy of an identifier as a back-reference, so a plain byte search would miss it.

function readVarint(buf: Uint8Array, pos: number): { value: number; next: number } {
  let value = 0;
  for (let shift = 0, i = pos; i < buf.length && shift <= 28; shift += 7, i++) {
    const byte = buf[i] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return { value, next: i + 1 };
  }
  throw new Error('snappy: malformed length varint');
}

function littleEndian(buf: Uint8Array, pos: number, bytes: number): number {
  let value = 0;
  for (let i = bytes - 1; i >= 0; i--) value = value * 256 + (buf[pos + i] ?? 0);
  return value;
}

export function snappyDecompress(input: Uint8Array): Uint8Array {
  const { value: length, next } = readVarint(input, 0);
  const out = new Uint8Array(length);
  let o = 0;
  let i = next;
  while (i < input.length) {
    const tag = input[i++] ?? 0;
    const kind = tag & 3;
    if (kind === 0) {
      let len = (tag >> 2) + 1;
      if (len > 60) {
        const extra = len - 60;
        len = littleEndian(input, i, extra) + 1;
        i += extra;
      }
      if (o + len > length || i + len > input.length) throw new Error('snappy: literal overruns the block');
      out.set(input.subarray(i, i + len), o);
      i += len;
      o += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      len = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | (input[i++] ?? 0);
    } else {
      len = (tag >> 2) + 1;
      const bytes = kind === 2 ? 2 : 4;
      offset = littleEndian(input, i, bytes);
      i += bytes;
    }
    if (offset === 0 || offset > o || o + len > length)
      throw new Error('snappy: copy points outside the output');
    // Byte by byte on purpose: a copy may overlap its own output (run-length style).
    for (let k = 0; k < len; k++, o++) out[o] = out[o - offset] ?? 0;
  }
  if (o !== length) throw new Error(`snappy: produced ${o} bytes, header promised ${length}`);
  return out;
}

export { readVarint };
