import { OPRF_LIST_TAG_BYTES } from '../../core/oprf/list-constants.ts';

/**
 * List entries (an 8-byte tag and the sealed breach bits) in two growing typed arrays: a few bytes per
 * entry, where an object per entry would cost about a hundred.
 */
export class ListEntryArrays {
  private tags = new BigUint64Array(1024);
  private seals: Uint8Array;
  private count = 0;

  constructor(private readonly sealBytes: number) {
    this.seals = new Uint8Array(this.tags.length * sealBytes);
  }

  get length(): number {
    return this.count;
  }

  push(tag: Uint8Array, sealed: Uint8Array): void {
    if (this.count === this.tags.length) {
      const tags = new BigUint64Array(this.tags.length * 2);
      tags.set(this.tags);
      const seals = new Uint8Array(tags.length * this.sealBytes);
      seals.set(this.seals);
      this.tags = tags;
      this.seals = seals;
    }
    this.tags[this.count] = new DataView(tag.buffer, tag.byteOffset, OPRF_LIST_TAG_BYTES).getBigUint64(0);
    this.seals.set(sealed.subarray(0, this.sealBytes), this.count * this.sealBytes);
    this.count++;
  }

  /** Entry i's tag as one number (its 8 bytes big-endian, as tagBits). */
  tag(i: number): bigint {
    return this.tags[i] ?? 0n;
  }

  sealed(i: number): Uint8Array {
    return this.seals.subarray(i * this.sealBytes, (i + 1) * this.sealBytes);
  }

  /** Entry indexes in ascending tag order (equal tags: in the order pushed). */
  orderByTag(): Uint32Array {
    return Uint32Array.from({ length: this.count }, (_, i) => i).toSorted((a, b) => {
      const x = this.tag(a);
      const y = this.tag(b);
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  }

  /** Every entry as tag (big-endian) then sealed bits, in ascending tag order. */
  sortedRecords(): Buffer {
    const order = this.orderByTag();
    const size = OPRF_LIST_TAG_BYTES + this.sealBytes;
    const out = Buffer.alloc(this.count * size);
    for (const [k, i] of order.entries()) {
      out.writeBigUInt64BE(this.tag(i), k * size);
      out.set(this.sealed(i), k * size + OPRF_LIST_TAG_BYTES);
    }
    return out;
  }
}
