import { closeSync, openSync, readSync } from 'node:fs';
import { PlanError } from './build-plan.ts';
import type { KeyLayout } from './key-layout.ts';
import type { SortedRun } from './sorted-run.ts';

/** Two lines with the same suffix (one entry, found by two shards): the tail that stands for both. */
export type TailUnion = (a: string, b: string) => string;

/** A run file's lines in order, read a chunk at a time (a national-scale run is gigabytes). */
class RunLines {
  private readonly fd: number;
  private readonly chunk = Buffer.alloc(1 << 20);
  private pending = '';
  private lines: string[] = [];
  private at = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'r');
  }

  next(): string {
    while (this.at >= this.lines.length) {
      const read = readSync(this.fd, this.chunk, 0, this.chunk.length, null);
      if (read === 0) throw new PlanError(`${this.path} ends before the lines its counts announce.`);
      // Run lines are ASCII (hex, ':' and digits).
      const text = this.pending + this.chunk.toString('latin1', 0, read);
      this.lines = text.split('\n');
      this.pending = this.lines.pop() ?? '';
      this.at = 0;
    }
    return this.lines[this.at++] as string;
  }

  close(): void {
    closeSync(this.fd);
  }
}

export interface RunPart {
  path: string;
  counts: Uint32Array;
}

/** Lines of one bucket from several parts, in suffix order, one line per suffix. */
function combined(lines: string[], suffixLength: number, union: TailUnion): string[] {
  const suffix = (line: string) => line.slice(0, suffixLength);
  lines.sort((a, b) => (suffix(a) < suffix(b) ? -1 : suffix(a) > suffix(b) ? 1 : 0));
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && suffix(last) === suffix(line))
      out[out.length - 1] =
        `${suffix(line)}:${union(last.slice(suffixLength + 1), line.slice(suffixLength + 1))}`;
    else out.push(line);
  }
  return out;
}

/**
 * Merges the parts' sorted runs of one kind into `out`, bucket by bucket, with the partition marks a
 * single build's sortKind records: the merged run is the one a single build would have sorted, so the
 * same writer pads and writes it to the same bytes. Memory: one bucket's lines at a time.
 */
export function mergeRuns(
  parts: readonly RunPart[],
  layout: KeyLayout,
  union: TailUnion,
  out: SortedRun,
): void {
  const readers = parts.map((part) => ({ counts: part.counts, lines: new RunLines(part.path) }));
  const perPartition = 2 ** (layout.prefixBits - layout.partitionBits);
  try {
    for (let bucket = 0; bucket < 2 ** layout.prefixBits; bucket++) {
      if (bucket % perPartition === 0) out.mark();
      const lines: string[] = [];
      let contributing = 0;
      for (const reader of readers) {
        const count = reader.counts[bucket] as number;
        if (count > 0) contributing++;
        for (let i = 0; i < count; i++) lines.push(reader.lines.next());
      }
      const merged = contributing > 1 ? combined(lines, layout.suffixNibbles, union) : lines;
      for (const line of merged) out.add(bucket, line);
    }
    out.mark();
    out.finish();
  } finally {
    for (const reader of readers) reader.lines.close();
  }
}
