import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SYNTHETIC, seededRandom } from '../../../src/core/synthetic/index.ts';

const CHUNK = 100_000;

/**
 * Writes `count` lines made by `chunk(n)` (n lines at a time) to `name` under `dir`, once: a finished file
 * is renamed into place, so an existing file is complete and is reused by later runs.
 */
function cachedLines(dir: string, name: string, count: number, chunk: (n: number) => string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  if (existsSync(path)) return path;
  const partial = `${path}.partial-${process.pid}`;
  const fd = openSync(partial, 'w');
  try {
    for (let done = 0; done < count; done += CHUNK) writeSync(fd, chunk(Math.min(CHUNK, count - done)));
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return path;
}

/** Pre-hashed Pwned Passwords dump lines (`SHA1HEX`, upper case): random, so practically all distinct. */
export function sha1Input(dir: string, count: number): string {
  return cachedLines(dir, `sha1-${count}.txt`, count, (n) => {
    const hex = randomBytes(20 * n)
      .toString('hex')
      .toUpperCase();
    let out = '';
    for (let i = 0; i < n; i++) out += `${hex.slice(i * 40, i * 40 + 40)}\n`;
    return out;
  });
}

/** Synthetic PESELs as people type them (some grouped); a few repeat by chance, as in real dumps. */
export function peselInput(dir: string, count: number): string {
  const random = seededRandom(count);
  return cachedLines(dir, `pesel-${count}.txt`, count, (n) => {
    let out = '';
    for (let i = 0; i < n; i++) out += `${SYNTHETIC.pesel(random)}\n`;
    return out;
  });
}

/** 1000 → "1k", 10000000 → "10m": figure keys and labels. */
export function sizeLabel(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}m`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return String(n);
}
