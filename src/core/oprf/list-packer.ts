import {
  OPRF_LIST_BINDING_BYTES,
  OPRF_LIST_HEADER_BYTES,
  OPRF_LIST_MAGIC,
  OPRF_LIST_VERSION,
} from './list-constants.ts';
import { BitWriter } from './list-bits.ts';
import { listBytes, type ListShape } from './list-shape.ts';

function writeHeader(out: Uint8Array, shape: ListShape, binding: Uint8Array): void {
  const view = new DataView(out.buffer, out.byteOffset, OPRF_LIST_HEADER_BYTES);
  OPRF_LIST_MAGIC.forEach((b, i) => view.setUint8(i, b));
  view.setUint8(4, OPRF_LIST_VERSION);
  view.setUint8(5, shape.bucketBits);
  view.setUint8(6, shape.remainderBits);
  view.setUint16(8, shape.sealBits);
  view.setUint32(10, shape.entries);
  out.set(binding.subarray(0, OPRF_LIST_BINDING_BYTES), 16);
}

/**
 * Writes a list file (layout in list-file.ts) from entries handed over one at a time in fingerprint
 * order, so a publisher holds the file and nothing per entry besides. Both sections are written as the
 * entries arrive: the unary section's length depends only on the entry count, so the entry section's
 * offset is known up front.
 */
export class ListPacker {
  readonly bytes: Uint8Array;
  private readonly body: BitWriter;
  private added = 0;
  private lastSlot = -1;
  private lastRemainder = -1;

  constructor(
    private readonly shape: ListShape,
    binding: Uint8Array,
  ) {
    this.bytes = new Uint8Array(listBytes(shape));
    writeHeader(this.bytes, shape, binding);
    const unaryBits = shape.entries + 2 ** shape.bucketBits;
    this.body = new BitWriter(this.bytes.subarray(OPRF_LIST_HEADER_BYTES + Math.ceil(unaryBits / 8)));
  }

  get count(): number {
    return this.added;
  }

  /** Adds the next entry; fingerprints (slot, then remainder) must strictly increase. */
  add(slot: number, remainder: number, sealed: Uint8Array): void {
    if (this.added === this.shape.entries) throw new RangeError('entry count does not match the shape');
    if (slot === this.lastSlot && remainder === this.lastRemainder) {
      throw new RangeError('two entries share a fingerprint');
    }
    if (slot < this.lastSlot || (slot === this.lastSlot && remainder < this.lastRemainder)) {
      throw new RangeError('list entries must come in fingerprint order');
    }
    // Entry i of slot s is the one-bit at i + s: s zero-bits (one closing each earlier slot) precede it.
    // The zero-bits need no writing: the buffer starts zeroed.
    const bit = OPRF_LIST_HEADER_BYTES * 8 + this.added + slot;
    this.bytes[bit >>> 3] = (this.bytes[bit >>> 3] ?? 0) | (0x80 >>> (bit & 7));
    this.body.write(remainder, this.shape.remainderBits);
    this.body.writeFrom(sealed, this.shape.sealBits);
    this.added++;
    this.lastSlot = slot;
    this.lastRemainder = remainder;
  }

  /** The finished file; every entry of the shape must have been added. */
  finish(): Uint8Array {
    if (this.added !== this.shape.entries) throw new RangeError('entry count does not match the shape');
    return this.bytes;
  }
}
