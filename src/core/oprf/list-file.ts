import { CheckFailure } from '../range/errors.ts';
import { POPCOUNT, readBits } from './list-bits.ts';
import {
  OPRF_LIST_BINDING_BYTES,
  OPRF_LIST_HEADER_BYTES,
  OPRF_LIST_MAGIC,
  OPRF_LIST_MAX_ENTRIES,
  OPRF_LIST_MAX_FALSE_MATCH,
  OPRF_LIST_VERSION,
} from './list-constants.ts';
import { ListPacker } from './list-packer.ts';
import { falseMatchRate, fingerprintOf, listBytes, type ListShape } from './list-shape.ts';

// File layout (all big-endian):
//   0  "XCOL"           4  version (1)      5  bucketBits     6  remainderBits   7  0
//   8  sealBits (u16)   10 entries (u32)    14 0, 0           16 binding (16 bytes)
//   32 unary slot sizes: per slot, one 1-bit per entry then a 0-bit (entries + 2^bucketBits bits)
//   …  entries, sorted by fingerprint: remainderBits, then sealBits sealed breach bits
// Each section is padded with zero bits to a whole byte.

export interface ListEntry {
  tag: Uint8Array;
  /** sealBits bits, most significant first: the breach bitmap XOR the seal key. */
  sealed: Uint8Array;
}

/** A validated list, ready for lookups. */
export interface ParsedList {
  shape: ListShape;
  bytes: Uint8Array;
  /** Bit offset of the entry section. */
  entriesAt: number;
}

/**
 * Writes a list file. `entries` must hold exactly `shape.entries` items with distinct fingerprints
 * (padding included); they are sorted here.
 */
export function packList(entries: readonly ListEntry[], shape: ListShape, binding: Uint8Array): Uint8Array {
  if (entries.length !== shape.entries) throw new RangeError('entry count does not match the shape');
  const keyed = entries
    .map((e) => ({ ...fingerprintOf(e.tag, shape), sealed: e.sealed }))
    .toSorted((a, b) => a.slot - b.slot || a.remainder - b.remainder);
  const packer = new ListPacker(shape, binding);
  for (const e of keyed) packer.add(e.slot, e.remainder, e.sealed);
  return packer.finish();
}

export interface ListExpectation {
  binding: Uint8Array;
  entries: number;
  sealBits: number;
}

const malformed = (detail: string) => new CheckFailure('malformed', detail);

function readShape(bytes: Uint8Array): ListShape {
  if (bytes.length < OPRF_LIST_HEADER_BYTES) throw malformed('the list is cut off before its header ends');
  if (OPRF_LIST_MAGIC.some((b, i) => bytes[i] !== b) || bytes[4] !== OPRF_LIST_VERSION) {
    throw malformed('the list file is not an xc-oprf-v1 list');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, OPRF_LIST_HEADER_BYTES);
  const shape: ListShape = {
    bucketBits: view.getUint8(5),
    remainderBits: view.getUint8(6),
    sealBits: view.getUint16(8),
    entries: view.getUint32(10),
  };
  const reserved = [7, 14, 15].some((i) => bytes[i] !== 0);
  const sane =
    shape.entries >= 1 &&
    shape.entries <= OPRF_LIST_MAX_ENTRIES &&
    shape.bucketBits <= 30 &&
    shape.remainderBits >= 1 &&
    shape.remainderBits <= 53 &&
    shape.bucketBits + shape.remainderBits <= 64;
  if (reserved || !sane) throw malformed('the list header is not valid');
  return shape;
}

/** Counts the ones in `bits` bits from bit offset `from` (byte-aligned start). */
function countOnes(bytes: Uint8Array, fromByte: number, bits: number): number {
  let ones = 0;
  const whole = bits >>> 3;
  for (let i = 0; i < whole; i++) ones += POPCOUNT[bytes[fromByte + i] ?? 0] ?? 0;
  if ((bits & 7) !== 0) ones += POPCOUNT[(bytes[fromByte + whole] ?? 0) >>> (8 - (bits & 7))] ?? 0;
  return ones;
}

/** True when every bit from `bit` to the end of byte `bit`'s byte is zero. */
const tailIsZero = (bytes: Uint8Array, bit: number): boolean =>
  (bit & 7) === 0 || ((bytes[bit >>> 3] ?? 0) & (0xff >>> (bit & 7))) === 0;

/**
 * Validates a list file against what its descriptor says: header, binding (source, kind, key), entry
 * count, seal width, exact length, and unary section with exactly one 0 per slot and one 1 per entry.
 * Anything else is `malformed`: a cut-off or foreign list must never read as "not found".
 */
export function parseList(bytes: Uint8Array, expect: ListExpectation): ParsedList {
  const shape = readShape(bytes);
  const binding = bytes.subarray(16, 16 + OPRF_LIST_BINDING_BYTES);
  if (expect.binding.some((b, i) => binding[i] !== b)) {
    throw malformed('the list was built for another source, kind or key; the source may have been rebuilt');
  }
  if (shape.entries !== expect.entries) {
    throw malformed(`the list holds ${shape.entries} entries where the source declares ${expect.entries}`);
  }
  // Short fingerprints would turn unlisted identifiers into "found": the width is part of the promise.
  if (falseMatchRate(shape) > OPRF_LIST_MAX_FALSE_MATCH) {
    throw malformed('the list fingerprints are too short for its false-match bound');
  }
  if (shape.sealBits !== expect.sealBits) {
    throw malformed(`the list seals ${shape.sealBits} breach bits where the source lists ${expect.sealBits}`);
  }
  const expected = listBytes(shape);
  if (bytes.length < expected) throw malformed('the list is cut off');
  if (bytes.length > expected) throw malformed('the list is longer than its header says');
  const unaryBits = shape.entries + 2 ** shape.bucketBits;
  const ones = countOnes(bytes, OPRF_LIST_HEADER_BYTES, unaryBits);
  const lastBit = OPRF_LIST_HEADER_BYTES * 8 + unaryBits - 1;
  const endsWithZero = (((bytes[lastBit >>> 3] ?? 0) >>> (7 - (lastBit & 7))) & 1) === 0;
  if (ones !== shape.entries || !endsWithZero || !tailIsZero(bytes, lastBit + 1)) {
    throw malformed('the list index does not add up');
  }
  const entriesAt = (OPRF_LIST_HEADER_BYTES + Math.ceil(unaryBits / 8)) * 8;
  const end = entriesAt + shape.entries * (shape.remainderBits + shape.sealBits);
  if (!tailIsZero(bytes, end)) throw malformed('the list has stray bits after its last entry');
  return { shape, bytes, entriesAt };
}

/** Bit position just after the `slot`-th zero of the unary section (its slot's first entry bit). */
function slotStart(bytes: Uint8Array, slot: number): number {
  let bit = OPRF_LIST_HEADER_BYTES * 8;
  if (slot === 0) return bit;
  let zeros = 0;
  let at = OPRF_LIST_HEADER_BYTES;
  for (;;) {
    const z = 8 - (POPCOUNT[bytes[at] ?? 0] ?? 0);
    if (zeros + z >= slot) break;
    zeros += z;
    at++;
  }
  bit = at * 8;
  for (;;) {
    const one = ((bytes[bit >>> 3] ?? 0) >>> (7 - (bit & 7))) & 1;
    bit++;
    if (one === 0 && ++zeros === slot) return bit;
  }
}

/** Sealed breach bits of every entry whose fingerprint equals the tag's (normally none or one). */
export function lookupList(list: ParsedList, tag: Uint8Array): Uint8Array[] {
  const { shape, bytes } = list;
  const { slot, remainder } = fingerprintOf(tag, shape);
  const start = slotStart(bytes, slot);
  const first = start - OPRF_LIST_HEADER_BYTES * 8 - slot;
  let count = 0;
  while ((((bytes[(start + count) >>> 3] ?? 0) >>> (7 - ((start + count) & 7))) & 1) === 1) count++;
  const width = shape.remainderBits + shape.sealBits;
  const found: Uint8Array[] = [];
  for (let i = first; i < first + count; i++) {
    const at = list.entriesAt + i * width;
    if (readBits(bytes, at, shape.remainderBits) !== remainder) continue;
    const sealed = new Uint8Array(Math.ceil(shape.sealBits / 8));
    for (let b = 0; b < shape.sealBits; b++) {
      if (readBits(bytes, at + shape.remainderBits + b, 1) === 1) {
        sealed[b >>> 3] = (sealed[b >>> 3] ?? 0) | (0x80 >>> (b & 7));
      }
    }
    found.push(sealed);
  }
  return found;
}

/** Breach indexes of a sealed entry opened with the seal key (bit i = breach i). */
export function unsealBreaches(sealed: Uint8Array, seal: Uint8Array, sealBits: number): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < sealBits; i++) {
    const bit = (((sealed[i >>> 3] ?? 0) ^ (seal[i >>> 3] ?? 0)) >>> (7 - (i & 7))) & 1;
    if (bit === 1) indexes.push(i);
  }
  return indexes;
}
