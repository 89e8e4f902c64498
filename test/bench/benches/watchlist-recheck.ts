import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeRangeKey,
  parseSourceDescriptor,
  prefixOf,
  recommendedPrefixBits,
  type RangeKey,
} from '../../../src/core/index.ts';
import type { PublisherBuildInput, PublisherBuildResult } from '../children/publisher-build.ts';
import type { RecheckInput, RecheckMode, RecheckResult } from '../children/watchlist-recheck.ts';
import { runChild } from '../lib/child.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { ratio, SectionBuilder } from '../lib/figures.ts';
import { toMiB } from '../lib/memory.ts';
import { removeDir } from '../lib/remove-dir.ts';
import { benchScript, REPO_ROOT } from '../lib/paths.ts';
import { median, runPool } from '../lib/timing.ts';
import { startBenchServer, type BenchServer } from '../servers/bench-server.ts';
import { makeWatchlist } from './watchlist-data.ts';

/**
 * Whole nibbles, so a key's prefix + suffix is the hash's leading hex and other prefix lengths can be
 * derived. Quick mode uses the minimum (16 files per kind) so the source builds in a moment.
 */
const prefixBitsCap = (quick: boolean): number => (quick ? 4 : 12);
const ITERATIONS = 1_000;
const MIN_LINES = 64;

async function buildSourceDir(ctx: BenchContext, dir: string, inputs: { kind: string; path: string }[]) {
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

/** Distinct (kind, prefix) pairs if the source used each kind's recommended prefix length instead. */
function prefixesAtRecommendedBits(keys: readonly RangeKey[]): number {
  return new Set(keys.map((k) => `${k.kind}:${prefixOf(k.prefix + k.suffix, recommendedPrefixBits(k.kind))}`))
    .size;
}

const MODES: readonly RecheckMode[] = ['client', 'naive-seq', 'naive-c4'];

type Results = Map<RecheckMode, { runs: RecheckResult[]; requests: number }>;

/**
 * Each mode in a fresh process per round, requests counted at the server. Quick mode runs the three
 * modes in one process (same code, a third of the process start-ups; its memory figures then overlap).
 */
async function recheckRounds(ctx: BenchContext, server: BenchServer, keysPath: string, rounds: number) {
  const results: Results = new Map();
  const batches = ctx.quick ? [MODES] : MODES.map((mode) => [mode]);
  for (let r = 0; r < rounds; r++) {
    for (const modes of batches) {
      ctx.log(`watchlist: ${modes.join(', ')}, round ${r + 1} of ${rounds}`);
      await server.reset();
      const input: RecheckInput = { keysPath, modes: [...modes] };
      const runs = await runChild<RecheckResult[]>(benchScript('children/watchlist-recheck.ts'), input);
      // The server's count covers the whole process; with several modes in one, each mode's own
      // count comes from the child's fetch (the same number when every request reaches the server).
      const counted = (await server.counts()).range;
      for (const [i, mode] of modes.entries()) {
        const run = runs[i] as RecheckResult;
        const entry = results.get(mode) ?? { runs: [], requests: modes.length === 1 ? counted : run.fetches };
        entry.runs.push(run);
        results.set(mode, entry);
      }
    }
  }
  return results;
}

const LABEL: Record<RecheckMode, string> = {
  client: 'client.checkMany (dedupe, 4 in flight)',
  'naive-seq': 'naive loop, one request per identifier',
  'naive-c4': 'naive loop, 4 in flight',
};
const KEY: Record<RecheckMode, string> = { client: 'client', 'naive-seq': 'naiveSeq', 'naive-c4': 'naiveC4' };

export const watchlistRecheck: Benchmark = {
  id: 'watchlist',
  async run(ctx: BenchContext) {
    const s = new SectionBuilder(
      'watchlist',
      'Watchlist re-check (stored keys, mixed kinds, one local xc-v1 source)',
    );
    const dir = join(ctx.scratchDir, 'watchlist');
    removeDir(dir);
    mkdirSync(dir, { recursive: true });
    const data = makeWatchlist(dir, ctx.quick ? 0.05 : 1, ctx.quick ? 20 : 300);
    const { out, built } = await buildSourceDir(ctx, dir, data.inputs);
    const server = await startBenchServer({ mode: 'static', dir: out });
    try {
      const sourceUrl = `${server.url}source.json`;
      const source = parseSourceDescriptor(await (await fetch(sourceUrl)).json(), sourceUrl);
      const keys = await runPool(data.watched, 8, (id) => computeRangeKey(id, source));
      const keysPath = join(dir, 'keys.json');
      writeFileSync(keysPath, JSON.stringify({ sourceUrl, keys }));
      const distinct = new Set(keys.map((k) => `${k.kind}:${k.prefix}`)).size;
      s.add('identifiers', 'watched identifiers', keys.length, 'identifiers');
      s.add('kinds', 'kinds among them', new Set(keys.map((k) => k.kind)).size, 'kinds');
      const cap = prefixBitsCap(ctx.quick);
      s.add('distinctPrefixes', `distinct (kind, prefix) at ≤${cap} bits`, distinct, 'prefixes');
      s.add(
        'distinctPrefixesRecommended',
        'distinct (kind, prefix) at the recommended bits',
        prefixesAtRecommendedBits(keys),
        'prefixes',
      );
      const rounds = ctx.quick ? 1 : 3;
      const results = await recheckRounds(ctx, server, keysPath, rounds);
      const ms = (mode: RecheckMode) => median(results.get(mode)?.runs.map((x) => x.ms) ?? []);
      for (const [mode, { runs, requests }] of results) {
        const k = KEY[mode];
        const peak = Math.max(...runs.map((x) => x.peakRssBytes));
        const growth = Math.max(...runs.map((x) => x.peakRssBytes - x.baselineRssBytes));
        s.add(`${k}.ms`, `wall time, ${LABEL[mode]}`, ms(mode), 'ms');
        s.add(`${k}.requests`, `HTTP requests at the server, ${LABEL[mode]}`, requests, 'requests');
        s.add(
          `${k}.cpuMsPerIdentifier`,
          `client CPU per identifier, ${LABEL[mode]}`,
          median(runs.map((x) => x.cpuMs)) / keys.length,
          'ms',
        );
        s.add(`${k}.peakRssMiB`, `peak RSS of the process, ${LABEL[mode]}`, toMiB(peak), 'MiB');
        s.add(`${k}.rssGrowthMiB`, `RSS growth during the run, ${LABEL[mode]}`, toMiB(growth), 'MiB');
        s.add(
          `${k}.heapGrowthMiB`,
          `heap growth during the run, ${LABEL[mode]}`,
          toMiB(Math.max(...runs.map((x) => x.peakHeapBytes - x.baselineHeapBytes))),
          'MiB',
        );
        s.add(`${k}.found`, `found, ${LABEL[mode]}`, runs[0]?.found ?? null, 'identifiers');
        s.add(
          `${k}.errors`,
          `errors, ${LABEL[mode]}`,
          runs.reduce((sum, x) => sum + x.errors, 0),
          'outcomes',
        );
      }
      s.add(
        'speedupVsNaiveSeq',
        'naive sequential time ÷ client time',
        ratio(ms('naive-seq'), ms('client')),
        '×',
      );
      s.add(
        'speedupVsNaiveC4',
        'naive (4 in flight) time ÷ client time',
        ratio(ms('naive-c4'), ms('client')),
        '×',
      );
      s.add(
        'requestRatio',
        'client requests ÷ naive requests',
        ratio(results.get('client')?.requests, results.get('naive-seq')?.requests),
        '×',
      );
      s.add('expectedFound', 'watched identifiers placed in the breach', data.breachedWatched, 'identifiers');
      s.add('buildInvalidRows', 'breach rows the publisher rejected', built.invalidRows, 'rows');
      s.note(
        `Source built by the publisher (xc-v1, ${ITERATIONS} iterations: re-checking stored keys does no hashing, so the work factor does not matter here; ` +
          `prefix bits capped at ${cap} to keep the test source small, ${built.lines} lines per bucket) and served by its startServer in another process; ` +
          'requests are counted there. Each variant runs in a fresh Node process; memory is sampled every 2 ms. ' +
          `Median of ${rounds} round(s). At each kind's recommended prefix length (13–19 bits for these kinds) almost every identifier has its own prefix, so dedupe saves little for a watchlist; it matters for repeated checks.`,
      );
    } finally {
      await server.close();
    }
    return s.build();
  },
};
