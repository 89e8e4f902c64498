import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the files of a built source go. The build writes through this so tests and benchmarks can
 * keep output in memory (a hibp-sha1 source is 1,048,576 files) and other targets can be added.
 */
export interface OutputSink {
  /** Writes one file; `path` is relative to the source root, with forward slashes. */
  write(path: string, text: string): void;
}

/** Writes files under `root`, creating directories as needed. */
export function fileSink(root: string): OutputSink {
  const made = new Set<string>();
  return {
    write(path, text) {
      const full = join(root, path);
      const dir = dirname(full);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      // Synchronous: on the file systems measured, faster than many small asynchronous writes.
      writeFileSync(full, text, 'utf8');
    },
  };
}
