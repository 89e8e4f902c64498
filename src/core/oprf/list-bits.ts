// Big-endian bit packing for list files: bit 0 is the most significant bit of byte 0.

/** Reads `width` (≤ 53) bits starting at `bit` as a non-negative integer. */
export function readBits(bytes: Uint8Array, bit: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) {
    const at = bit + i;
    value = value * 2 + (((bytes[at >>> 3] ?? 0) >>> (7 - (at & 7))) & 1);
  }
  return value;
}

/** Appends bits to a pre-sized buffer. */
export class BitWriter {
  private bit = 0;
  constructor(readonly bytes: Uint8Array) {}

  get position(): number {
    return this.bit;
  }

  /** Writes the low `width` (≤ 53) bits of `value`, most significant first. */
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) {
      if (Math.floor(value / 2 ** i) % 2 === 1) this.setOne();
      this.bit++;
    }
  }

  /** Writes the first `width` bits of `source` (most significant bit of byte 0 first). */
  writeFrom(source: Uint8Array, width: number): void {
    for (let i = 0; i < width; i++) {
      if ((((source[i >>> 3] ?? 0) >>> (7 - (i & 7))) & 1) === 1) this.setOne();
      this.bit++;
    }
  }

  writeRun(bitValue: 0 | 1, count: number): void {
    if (bitValue === 0) {
      this.bit += count;
      return;
    }
    for (let i = 0; i < count; i++, this.bit++) this.setOne();
  }

  private setOne(): void {
    const at = this.bit >>> 3;
    this.bytes[at] = (this.bytes[at] ?? 0) | (0x80 >>> (this.bit & 7));
  }
}

/** Ones per byte value. */
export const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v !== 0; v >>>= 1) n += v & 1;
  return n;
});
