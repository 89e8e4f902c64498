import { writeFileSync } from 'node:fs';
import { TextAppender } from './text-appender.ts';

/**
 * The distinct entries of one kind as bucket lines, in (bucket, suffix) order, on disk; plus how
 * many fall in each bucket, which is all that must stay in memory (4 bytes per bucket).
 */
export class SortedRun {
  readonly counts: Uint32Array;
  unique = 0;
  /** Bytes written so far: where the next line starts in the file. */
  bytes = 0;
  private readonly out: TextAppender;

  constructor(
    readonly path: string,
    prefixBits: number,
  ) {
    this.counts = new Uint32Array(2 ** prefixBits);
    writeFileSync(path, '');
    this.out = new TextAppender(path);
  }

  /** `line` without its newline; calls must come in (bucket, suffix) order. */
  add(bucket: number, line: string): void {
    this.counts[bucket] = (this.counts[bucket] as number) + 1;
    this.unique++;
    // Lines are ASCII (hex, ':' and digits), so characters are bytes.
    this.bytes += line.length + 1;
    this.out.write(`${line}\n`);
  }

  /** Byte offsets recorded with mark(): where each partition's lines start (and the last one ends). */
  readonly marks: number[] = [];

  /** Records where the lines added next begin, so a bucket range can be read without the rest. */
  mark(): void {
    this.marks.push(this.bytes);
  }

  finish(): void {
    this.out.flush();
  }

  /** The largest number of real entries in any one bucket. */
  maxPerBucket(): number {
    let max = 0;
    for (const c of this.counts) if (c > max) max = c;
    return max;
  }
}
