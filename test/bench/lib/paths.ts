import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = join(import.meta.dirname, '..');
export const REPO_ROOT = join(BENCH_DIR, '../..');
export const CHROME_DIST = join(REPO_ROOT, 'dist/chrome');

/** Absolute path of a script under test/bench. */
export const benchScript = (relative: string): string => join(BENCH_DIR, relative);

/** Node flags that let a child process run .ts files, resolved from this repository. */
export function tsxExecArgv(): string[] {
  return ['--import', import.meta.resolve('tsx')];
}

export const fromUrl = (url: string | URL): string => fileURLToPath(url);
