import { join } from 'node:path';
import type { PublisherBuildInput, PublisherBuildResult } from '../children/publisher-build.ts';
import { runChild } from '../lib/child.ts';
import type { BenchContext } from '../lib/context.ts';
import { benchScript, REPO_ROOT } from '../lib/paths.ts';

/**
 * Whole nibbles, so a key's prefix + suffix is the hash's leading hex and other prefix lengths can be
 * derived. Quick mode uses the minimum (16 files per kind) so the source builds in a moment.
 */
export const prefixBitsCap = (quick: boolean): number => (quick ? 4 : 12);
export const ITERATIONS = 1_000;
const MIN_LINES = 64;

/** Builds the watchlist's breach source with the publisher, in a child process like every build. */
export async function buildSourceDir(
  ctx: BenchContext,
  dir: string,
  inputs: { kind: string; path: string }[],
) {
  const out = join(dir, 'source');
  const cap = prefixBitsCap(ctx.quick);
  const args = [
    ...inputs.flatMap((i) => ['--input', i.path, '--kind', i.kind]),
    '--source-id',
    'bench-watchlist',
    '--updated',
    '2026-01-01',
    '--iterations',
    String(ITERATIONS),
    '--prefix-bits',
    String(cap),
    '--min-lines',
    String(MIN_LINES),
    '--out',
    out,
  ];
  ctx.log('watchlist: building the local xc-v1 source');
  const input: PublisherBuildInput = { args, cwd: REPO_ROOT };
  const built = await runChild<PublisherBuildResult>(benchScript('children/publisher-build.ts'), input);
  return { out, built };
}
