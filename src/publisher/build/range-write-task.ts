import { closeSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bucketText, type BucketTextSpec } from './bucket-files.ts';
import { prefixOfBucket } from './key-layout.ts';

/**
 * Writes the padded bucket files of one bucket range of an xc-v1 or hibp-sha1 build from its part of
 * the sorted run. Plain data in and out, so the write phase (a million files for hibp-sha1) runs on
 * every worker thread at once, each on its own byte range of the run.
 */
export interface RangeWriteTask {
  type: 'range-write';
  runPath: string;
  /** Byte range of the sorted run holding exactly the lines of buckets [firstBucket, endBucket). */
  byteStart: number;
  byteEnd: number;
  firstBucket: number;
  /** Real lines per bucket, from firstBucket on. */
  counts: number[];
  spec: BucketTextSpec;
  /** Absolute output path of a bucket, with `{prefix}` in it. */
  fileTemplate: string;
}

export interface RangeWriteResult {
  files: number;
  bytes: number;
}

function readRange(file: string, start: number, end: number): string {
  const buffer = Buffer.alloc(end - start);
  const fd = openSync(file, 'r');
  try {
    for (let done = 0; done < buffer.length;) {
      const read = readSync(fd, buffer, done, buffer.length - done, start + done);
      if (read === 0) throw new Error('The sorted run ended early.');
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  return buffer.toString('latin1');
}

export function runRangeWrite(task: RangeWriteTask): RangeWriteResult {
  const text = readRange(task.runPath, task.byteStart, task.byteEnd);
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  let next = 0;
  let bytes = 0;
  let madeDir = '';
  for (const [i, count] of task.counts.entries()) {
    if (count > task.spec.lines) throw new Error('A bucket holds more entries than the declared line count.');
    const real = lines.slice(next, next + count);
    next += count;
    if (real.length < count) throw new Error('The sorted run ended early.');
    const prefix = prefixOfBucket(task.firstBucket + i, task.spec.layout);
    const file = task.fileTemplate.replaceAll('{prefix}', prefix);
    if (path.dirname(file) !== madeDir) {
      madeDir = path.dirname(file);
      mkdirSync(madeDir, { recursive: true });
    }
    const body = bucketText(real, prefix, task.spec);
    writeFileSync(file, body, 'utf8');
    bytes += body.length;
  }
  if (next !== lines.length) throw new Error('The sorted run holds lines of another bucket range.');
  return { files: task.counts.length, bytes };
}
