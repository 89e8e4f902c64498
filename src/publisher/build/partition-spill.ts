import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fixed-size binary records spread over partition files by a small number, with one bounded write
 * buffer per partition: memory is partitions × bufferBytes however many records pass through.
 * Files are opened per flush, so thousands of partitions never exhaust file descriptors.
 */
export class PartitionSpill {
  private readonly buffers = new Map<number, { data: Buffer; used: number }>();
  private readonly capacity: number;
  records = 0;

  constructor(
    readonly dir: string,
    readonly recordBytes: number,
    bufferBytes: number,
  ) {
    this.capacity = Math.max(1, Math.floor(bufferBytes / recordBytes)) * recordBytes;
  }

  path(partition: number): string {
    return join(this.dir, `p${partition.toString(16).padStart(2, '0')}.bin`);
  }

  /** Space for one record in `partition`: write exactly recordBytes at the returned offset. */
  reserve(partition: number): { data: Buffer; offset: number } {
    let slot = this.buffers.get(partition);
    if (slot === undefined) {
      slot = { data: Buffer.alloc(this.capacity), used: 0 };
      this.buffers.set(partition, slot);
    } else if (slot.used === this.capacity) {
      appendFileSync(this.path(partition), slot.data);
      slot.used = 0;
    }
    const offset = slot.used;
    slot.used += this.recordBytes;
    this.records++;
    return { data: slot.data, offset };
  }

  /** Writes every buffered record and releases the buffers. */
  flush(): void {
    for (const [partition, slot] of this.buffers) {
      if (slot.used > 0) appendFileSync(this.path(partition), slot.data.subarray(0, slot.used));
    }
    this.buffers.clear();
  }
}
