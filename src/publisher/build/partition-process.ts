import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import type { KeyLayout } from './key-layout.ts';
import { PartitionSpill } from './partition-spill.ts';
import { visitSortedPartition, type UniqueKeyVisitor } from './partition-sort.ts';

export interface PartitionLimits {
  /** Largest partition file sorted in memory; bigger ones are split on the next prefix bits first. */
  maxPartitionBytes: number;
  /** Write buffer per sub-partition while splitting. */
  splitBufferBytes: number;
}

/** Moves the records of `path` into sub-partitions by the `bits` prefix bits after the first `fixedBits`. */
function splitPartition(
  path: string,
  fixedBits: number,
  bits: number,
  layout: KeyLayout,
  limits: PartitionLimits,
) {
  const recordBytes = layout.keyBytes + 4;
  const sub = new PartitionSpill(`${path}.split`, recordBytes, limits.splitBufferBytes);
  mkdirSync(sub.dir, { recursive: true });
  const chunk = Buffer.alloc(recordBytes * 16_384);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      for (let off = 0; off + recordBytes <= read; off += recordBytes) {
        const partition = (chunk.readUInt32BE(off) >>> (32 - fixedBits - bits)) & ((1 << bits) - 1);
        const slot = sub.reserve(partition);
        chunk.copy(slot.data, slot.offset, off, off + recordBytes);
      }
    }
  } finally {
    closeSync(fd);
  }
  sub.flush();
  unlinkSync(path);
  return sub;
}

/**
 * Visits the distinct keys of one partition file in order, splitting it first when it is too big
 * to sort in memory. A single bucket is never split (its file must be written whole anyway).
 * The partition file is deleted once read, so disk use shrinks as the build proceeds.
 */
export function processPartition(
  path: string,
  fixedBits: number,
  layout: KeyLayout,
  limits: PartitionLimits,
  visit: UniqueKeyVisitor,
): void {
  if (!existsSync(path)) return;
  if (statSync(path).size <= limits.maxPartitionBytes || fixedBits >= layout.prefixBits) {
    visitSortedPartition(readFileSync(path), layout, visit);
    unlinkSync(path);
    return;
  }
  const bits = Math.min(8, layout.prefixBits - fixedBits);
  const sub = splitPartition(path, fixedBits, bits, layout, limits);
  for (let p = 0; p < 1 << bits; p++) processPartition(sub.path(p), fixedBits + bits, layout, limits, visit);
}
