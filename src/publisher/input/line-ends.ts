import { Transform, type TransformCallback } from 'node:stream';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Passes a file's bytes through unchanged while noting where each physical line ends (LF, CRLF or a
 * lone CR), so a parser's byte offsets can be turned into line numbers. csv-parse's own line counter
 * counts a CRLF inside a quoted field twice and a CR before LF in a mixed file as a line of its own;
 * its byte offsets are exact, so lines are counted here, on the same bytes.
 *
 * Offsets are asked for in increasing order (records come in file order), so ends already passed are
 * dropped: memory stays bounded by what sits between this stream and the parser.
 */
export class LineEnds extends Transform {
  /** Offsets of line-ending bytes (the LF of a CRLF) not yet passed by a query. */
  private ends: number[] = [];
  private head = 0;
  /** Line ends before the first one still in `ends`. */
  private passed = 0;
  private bytes = 0;
  /** Offset of a CR that ended the last chunk: a line end unless the next byte is LF. */
  private pendingCr = -1;
  private lastEnd = -1;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.pendingCr !== -1) {
      if (chunk.length > 0 && chunk[0] !== LF) this.pushEnd(this.pendingCr);
      if (chunk.length > 0) this.pendingCr = -1;
    }
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === LF) this.pushEnd(this.bytes + i);
      else if (byte === CR) {
        if (i + 1 === chunk.length) this.pendingCr = this.bytes + i;
        else if (chunk[i + 1] !== LF) this.pushEnd(this.bytes + i);
      }
    }
    this.bytes += chunk.length;
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.pendingCr !== -1) this.pushEnd(this.pendingCr);
    this.pendingCr = -1;
    done();
  }

  private pushEnd(offset: number): void {
    this.ends.push(offset);
    this.lastEnd = offset;
  }

  /** The 1-based line that the byte at `offset` sits on (a line's own ending byte belongs to it). */
  lineAt(offset: number): number {
    while (this.head < this.ends.length && (this.ends[this.head] as number) < offset) {
      this.head++;
      this.passed++;
    }
    if (this.head > 4096 && this.head * 2 > this.ends.length) {
      this.ends = this.ends.slice(this.head);
      this.head = 0;
    }
    return this.passed + 1;
  }

  /** Physical lines of everything read so far (as `wc -l`, plus a last line without a line ending). */
  lineCount(): number {
    const ends = this.passed + this.ends.length - this.head;
    return this.bytes > this.lastEnd + 1 ? ends + 1 : ends;
  }
}
