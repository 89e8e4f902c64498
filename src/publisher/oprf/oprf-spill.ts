import { appendFileSync, closeSync, mkdirSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rows of an xc-oprf-v1 build on disk, spread over partition files by the top bits of their public
 * bucket: a partition then holds whole buckets, and is deduplicated, evaluated and written on its own,
 * so memory depends on the largest partition rather than on the input.
 *
 * One record: bucket (uint32 BE), breach index (uint8), canonical length (uint16 BE), canonical UTF-8.
 */
export const RECORD_HEADER_BYTES = 7;

export interface SpilledRecord {
  bucket: number;
  breach: number;
  canonical: string;
}

const utf8 = new TextEncoder();

/** Buffers per partition, flushed by appending, so a few hundred partitions never hold many descriptors. */
export class OprfSpill {
  private readonly buffers = new Map<number, { data: Buffer; used: number }>();
  records = 0;

  constructor(
    readonly dir: string,
    private readonly bufferBytes = 16 * 1024,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  path(partition: number): string {
    return join(this.dir, `p${partition.toString(16).padStart(3, '0')}.bin`);
  }

  add(partition: number, record: SpilledRecord): void {
    const text = utf8.encode(record.canonical);
    if (text.length > 0xffff)
      throw new RangeError('an identifier longer than 65,535 bytes cannot be spilled');
    const size = RECORD_HEADER_BYTES + text.length;
    let slot = this.buffers.get(partition);
    if (slot === undefined) {
      slot = { data: Buffer.alloc(Math.max(this.bufferBytes, size)), used: 0 };
      this.buffers.set(partition, slot);
    } else if (slot.used + size > slot.data.length) {
      appendFileSync(this.path(partition), slot.data.subarray(0, slot.used));
      if (size > slot.data.length) slot.data = Buffer.alloc(size);
      slot.used = 0;
    }
    const { data } = slot;
    let at = slot.used;
    at = data.writeUInt32BE(record.bucket, at);
    at = data.writeUInt8(record.breach, at);
    at = data.writeUInt16BE(text.length, at);
    data.set(text, at);
    slot.used = at + text.length;
    this.records++;
  }

  /** Writes what is buffered and frees the buffers; returns the partitions that have a file. */
  flush(): number[] {
    for (const [partition, slot] of this.buffers) {
      if (slot.used > 0) appendFileSync(this.path(partition), slot.data.subarray(0, slot.used));
    }
    const partitions = [...this.buffers.keys()].toSorted((a, b) => a - b);
    this.buffers.clear();
    return partitions;
  }
}

/** Every record of a spill file, read in bounded chunks. */
export function* readSpillFile(path: string, chunkBytes = 1 << 20): Generator<SpilledRecord> {
  const decoder = new TextDecoder();
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.alloc(chunkBytes);
    let held = 0;
    for (;;) {
      const read = readSync(fd, buffer, held, buffer.length - held, null);
      const end = held + read;
      let at = 0;
      while (at + RECORD_HEADER_BYTES <= end) {
        const length = buffer.readUInt16BE(at + 5);
        if (at + RECORD_HEADER_BYTES + length > end) break;
        yield {
          bucket: buffer.readUInt32BE(at),
          breach: buffer.readUInt8(at + 4),
          canonical: decoder.decode(
            buffer.subarray(at + RECORD_HEADER_BYTES, at + RECORD_HEADER_BYTES + length),
          ),
        };
        at += RECORD_HEADER_BYTES + length;
      }
      held = end - at;
      if (read === 0) {
        if (held > 0)
          throw new Error(`${path} ends in the middle of a record; the work directory is damaged`);
        return;
      }
      buffer.copy(buffer, 0, at, end);
      if (held === buffer.length) {
        const bigger = Buffer.alloc(buffer.length * 2);
        buffer.copy(bigger, 0, 0, held);
        buffer = bigger;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** A bucket range [first, end) whose records sit in one file. */
export interface SpillSlice {
  file: string;
  firstBucket: number;
  endBucket: number;
}

/**
 * Splits a partition file larger than `maxBytes` on the next bucket bits (16 ways at a time) until every
 * piece fits, so a skewed or huge input never makes one partition too large to deduplicate in memory.
 */
export function boundedSlices(slice: SpillSlice, maxBytes: number): SpillSlice[] {
  const width = slice.endBucket - slice.firstBucket;
  if (statSync(slice.file).size <= maxBytes || width <= 1) return [slice];
  const ways = Math.min(16, width);
  const step = Math.ceil(width / ways);
  const sub = new OprfSpill(`${slice.file}.split`);
  for (const record of readSpillFile(slice.file))
    sub.add(Math.floor((record.bucket - slice.firstBucket) / step), record);
  const present = sub.flush();
  unlinkSync(slice.file);
  return present.flatMap((i) =>
    boundedSlices(
      {
        file: sub.path(i),
        firstBucket: slice.firstBucket + i * step,
        endBucket: Math.min(slice.endBucket, slice.firstBucket + (i + 1) * step),
      },
      maxBytes,
    ),
  );
}
