import { readTextLines } from '../input/text-lines.ts';
import { prefixOfBucket, type KeyLayout } from './key-layout.ts';
import type { OutputSink } from './output-sink.ts';
import { paddingSuffixes } from './padding.ts';
import type { SortedRun } from './sorted-run.ts';

export interface BucketFileSpec {
  layout: KeyLayout;
  /** Lines in every bucket file, padding included. */
  lines: number;
  /** What follows the suffix on a padding line: ":000" (xc-v1 zero bitmap) or ":0" (hibp-sha1). */
  paddingTail: string;
  /** Per-source seed text; the bucket's prefix is appended, so every bucket pads differently. */
  paddingSeed: string;
  /** Path of a bucket file relative to the source root. */
  fileFor(prefix: string): string;
}

/** What bucketText needs of a BucketFileSpec: plain data, so a worker thread can receive it. */
export type BucketTextSpec = Pick<BucketFileSpec, 'layout' | 'lines' | 'paddingTail' | 'paddingSeed'>;

/** One bucket's text: its real lines plus padding, sorted by suffix, newline-terminated. */
export function bucketText(real: string[], prefix: string, spec: BucketTextSpec): string {
  const { suffixNibbles } = spec.layout;
  const taken = new Set(real.map((line) => line.slice(0, suffixNibbles)));
  const padding = paddingSuffixes(
    `${spec.paddingSeed}\u0000${prefix}`,
    spec.lines - real.length,
    suffixNibbles,
    taken,
  );
  const all = real.concat(padding.map((suffix) => suffix + spec.paddingTail));
  // Suffixes are fixed-length and unique, so plain string order is suffix order.
  all.sort();
  return `${all.join('\n')}\n`;
}

/**
 * Writes a file for every bucket of the kind (2^prefixBits files, empty buckets included, so a
 * missing file is always an error for clients), streaming the sorted run once.
 */
export async function writeBucketFiles(
  run: SortedRun,
  spec: BucketFileSpec,
  sink: OutputSink,
  onFile?: () => void,
): Promise<number> {
  const lines = readTextLines(run.path)[Symbol.asyncIterator]();
  for (let bucket = 0; bucket < run.counts.length; bucket++) {
    const real: string[] = [];
    for (let i = 0; i < (run.counts[bucket] as number); i++) {
      const next = await lines.next();
      if (next.done === true || 'tooLong' in next.value) throw new Error('The sorted run ended early.');
      real.push(next.value.text);
    }
    if (real.length > spec.lines)
      throw new Error('A bucket holds more entries than the declared line count.');
    const prefix = prefixOfBucket(bucket, spec.layout);
    const text = bucketText(real, prefix, spec);
    sink.write(spec.fileFor(prefix), text);
    onFile?.();
  }
  return run.counts.length;
}
