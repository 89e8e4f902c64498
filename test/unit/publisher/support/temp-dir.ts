import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary directory per test, removed afterwards; `file` writes one file into it. */
export function useTempDir(): {
  dir: () => string;
  file: (name: string, content: string | Buffer) => string;
} {
  let current: string | undefined;
  afterEach(() => {
    if (current !== undefined) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  const dir = (): string => (current ??= mkdtempSync(join(tmpdir(), 'xc-publisher-')));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir(), name);
      writeFileSync(path, content);
      return path;
    },
  };
}

export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}
