// Firefox's mozLz4 files (session store, search engines): the magic "mozLz40\0", the decompressed size
// as a 32-bit little-endian number, then one LZ4 block. Decoded here so the privacy sweep can search
// what Firefox saved about open and closed tabs, form data included.

const MAGIC = Buffer.from('mozLz40\0', 'latin1');

export function isMozLz4(file: Uint8Array): boolean {
  return Buffer.from(file.buffer, file.byteOffset, Math.min(file.byteLength, 8)).equals(MAGIC);
}

/** Decompresses one LZ4 block (the format without frame headers) of known output size. */
export function decodeLz4Block(input: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let i = 0;
  let o = 0;
  const byte = (): number => {
    const b = input[i++];
    if (b === undefined) throw new Error('LZ4 block ends early');
    return b;
  };
  const length = (base: number): number => {
    let n = base;
    if (base === 15) {
      for (let b = 255; b === 255; n += b) b = byte();
    }
    return n;
  };
  while (i < input.length) {
    const token = byte();
    const literals = length(token >> 4);
    if (o + literals > size || i + literals > input.length) throw new Error('LZ4 literal overruns');
    out.set(input.subarray(i, i + literals), o);
    i += literals;
    o += literals;
    if (i >= input.length) break; // the last sequence has literals only
    const offset = byte() | (byte() << 8);
    if (offset === 0 || offset > o) throw new Error('LZ4 match offset out of range');
    const matchLength = length(token & 15) + 4;
    if (o + matchLength > size) throw new Error('LZ4 match overruns');
    for (let k = 0; k < matchLength; k++, o++) out[o] = out[o - offset] ?? 0;
  }
  if (o !== size) throw new Error(`LZ4 block gave ${o} bytes, header said ${size}`);
  return out;
}

export function decodeMozLz4(file: Uint8Array): Uint8Array {
  const view = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  return decodeLz4Block(view.subarray(12), view.readUInt32LE(8));
}
