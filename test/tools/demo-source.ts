import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from './demo-children.ts';
import { samplesText } from '../../src/publisher/commands/demo-command.ts';
import type { DemoSample } from '../../src/publisher/demo/run-demo.ts';

export const REPO_ROOT = join(import.meta.dirname, '../..');
/** .demo/ in the repository; EXPOSURE_CHECK_DEMO_DIR moves it (tests of `npm start` use a temporary one). */
export const DEMO_DIR = process.env['EXPOSURE_CHECK_DEMO_DIR'] ?? join(REPO_ROOT, '.demo');
export const DEMO_SOURCE_DIR = join(DEMO_DIR, 'source');

/** Runs an npm script in the repository with the terminal attached; rejects if it fails or is stopped. */
export function npmRun(script: string, args: string[] = []): Promise<void> {
  return runChild('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], REPO_ROOT);
}

/**
 * Publishes the synthetic demo breach with the publisher CLI into .demo/ (source/ to serve, input/ with
 * the fake lists), or reuses the one a previous run built, which takes tens of seconds to make.
 */
export async function ensureDemoSource(fresh: boolean): Promise<void> {
  if (fresh) rmSync(DEMO_DIR, { recursive: true, force: true });
  if (existsSync(join(DEMO_SOURCE_DIR, 'source.json'))) {
    console.log(`Reusing the demo source in ${DEMO_SOURCE_DIR} (npm start -- --fresh rebuilds it).`);
    printSamples();
    return;
  }
  console.log('Publishing the synthetic demo breach (about half a minute, once)…');
  await npmRun('publisher', ['demo', '--out', DEMO_DIR]);
}

function printSamples(): void {
  const file = join(DEMO_DIR, 'input/try-these.json');
  if (!existsSync(file)) return;
  const { present, absent } = JSON.parse(readFileSync(file, 'utf8')) as {
    present: DemoSample[];
    absent: DemoSample[];
  };
  console.log(samplesText(present, absent));
  console.log(`More to try, for every kind: ${file}`);
}
