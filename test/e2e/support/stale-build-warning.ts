import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.ts';

// The tests drive dist/, not src/. A forgotten `npm run build` makes them test yesterday's extension, so
// say so once per run. Only a warning: other people's edits in progress also make src/ newer.

let warned = false;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function warnIfBuildIsStale(extensionDir: string): void {
  if (warned) return;
  warned = true;
  const built = statSync(join(extensionDir, 'manifest.json')).mtimeMs;
  const source = Math.max(
    newestMtime(join(REPO_ROOT, 'src')),
    newestMtime(join(REPO_ROOT, 'public')),
    statSync(join(REPO_ROOT, 'manifest.json')).mtimeMs,
  );
  if (source > built) {
    console.warn(`e2e: ${extensionDir} is older than src/; these tests run the old build (npm run build).`);
  }
}
