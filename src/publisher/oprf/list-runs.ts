import { closeSync, openSync, readSync } from 'node:fs';
import { OPRF_LIST_TAG_BYTES } from '../../core/oprf/list-constants.ts';
import type { SortedListEntries } from './sorted-list-pack.ts';

/** Reads one run file (records sorted by tag) a chunk at a time. */
class RunReader {
  tag = 0n;
  private readonly buffer: Buffer;
  private readonly fd: number;
  private at: number;
  private end = 0;
  private open = true;

  constructor(
    private readonly file: string,
    private readonly recordBytes: number,
    chunkRecords: number,
  ) {
    this.buffer = Buffer.alloc(recordBytes * chunkRecords);
    this.fd = openSync(file, 'r');
    this.at = -recordBytes;
  }

  /** Moves to the next record; false, with the file closed, after the last. */
  next(): boolean {
    this.at += this.recordBytes;
    if (this.at >= this.end) {
      this.at = 0;
      this.end = 0;
      for (let read = -1; read !== 0 && this.end < this.buffer.length; this.end += read) {
        read = readSync(this.fd, this.buffer, this.end, this.buffer.length - this.end, null);
      }
      if (this.end % this.recordBytes !== 0) throw new Error(`${this.file} ends in the middle of an entry`);
      if (this.end === 0) {
        this.close();
        return false;
      }
    }
    this.tag = this.buffer.readBigUInt64BE(this.at);
    return true;
  }

  /** Closes the file if a pass stops before its end. */
  close(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
  }

  sealed(): Uint8Array {
    return this.buffer.subarray(this.at + OPRF_LIST_TAG_BYTES, this.at + this.recordBytes);
  }
}

/** Restores heap order below `i` (smallest tag on top). */
function siftDown(heap: RunReader[], i: number): void {
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let least = i;
    if (left < heap.length && (heap[left] as RunReader).tag < (heap[least] as RunReader).tag) least = left;
    if (right < heap.length && (heap[right] as RunReader).tag < (heap[least] as RunReader).tag) least = right;
    if (least === i) return;
    [heap[i], heap[least]] = [heap[least] as RunReader, heap[i] as RunReader];
    i = least;
  }
}

/**
 * The evaluated entries of one kind: one run file per partition, each sorted by tag, merged on every
 * pass. Memory is one read buffer per run (256 per kind at most), whatever the entry count.
 */
export class ListRuns implements SortedListEntries {
  constructor(
    private readonly files: readonly string[],
    readonly count: number,
    private readonly recordBytes: number,
    private readonly chunkRecords = 2048,
  ) {}

  forEach(visit: (tag: bigint, sealed: Uint8Array) => void): void {
    const readers = this.files.map((file) => new RunReader(file, this.recordBytes, this.chunkRecords));
    try {
      const heap = readers.filter((reader) => reader.next());
      for (let i = Math.floor(heap.length / 2) - 1; i >= 0; i--) siftDown(heap, i);
      let seen = 0;
      while (heap.length > 0) {
        const top = heap[0] as RunReader;
        visit(top.tag, top.sealed());
        seen++;
        if (!top.next()) {
          const last = heap.pop() as RunReader;
          if (heap.length === 0) break;
          heap[0] = last;
        }
        siftDown(heap, 0);
      }
      if (seen !== this.count) {
        throw new Error(`the runs hold ${seen} entries where ${this.count} were evaluated`);
      }
    } finally {
      for (const reader of readers) reader.close();
    }
  }
}
