import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeRangeKey,
  parseSourceDescriptor,
  prefixOf,
  recommendedPrefixBits,
  type RangeKey,
} from '../../../src/core/index.ts';
import type { RecheckMode } from '../children/watchlist-recheck.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { ratio, SectionBuilder } from '../lib/figures.ts';
import { toMiB } from '../lib/memory.ts';
import { removeDir } from '../lib/remove-dir.ts';
import { median, runPool } from '../lib/timing.ts';
import { startBenchServer } from '../servers/bench-server.ts';
import { makeWatchlist } from './watchlist-data.ts';
import { recheckRounds, type ModeResults } from './watchlist-rounds.ts';
import { buildSourceDir, ITERATIONS, prefixBitsCap } from './watchlist-source.ts';

/** Distinct (kind, prefix) pairs if the source used each kind's recommended prefix length instead. */
function prefixesAtRecommendedBits(keys: readonly RangeKey[]): number {
  return new Set(keys.map((k) => `${k.kind}:${prefixOf(k.prefix + k.suffix, recommendedPrefixBits(k.kind))}`))
    .size;
}

const LABEL: Record<RecheckMode, string> = {
  client: 'client.checkMany (dedupe, 4 in flight)',
  'naive-seq': 'naive loop, one request per identifier',
  'naive-c4': 'naive loop, 4 in flight',
};
const KEY: Record<RecheckMode, string> = { client: 'client', 'naive-seq': 'naiveSeq', 'naive-c4': 'naiveC4' };

/** Time, requests, CPU and memory of one re-check variant (median time, worst memory over rounds). */
function addModeFigures(s: SectionBuilder, mode: RecheckMode, entry: ModeResults, identifiers: number): void {
  const { runs, requests } = entry;
  const k = KEY[mode];
  const peak = Math.max(...runs.map((x) => x.peakRssBytes));
  const growth = Math.max(...runs.map((x) => x.peakRssBytes - x.baselineRssBytes));
  s.add(`${k}.ms`, `wall time, ${LABEL[mode]}`, median(runs.map((x) => x.ms)), 'ms');
  s.add(`${k}.requests`, `HTTP requests at the server, ${LABEL[mode]}`, requests, 'requests');
  s.add(
    `${k}.cpuMsPerIdentifier`,
    `client CPU per identifier, ${LABEL[mode]}`,
    median(runs.map((x) => x.cpuMs)) / identifiers,
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
      for (const [mode, entry] of results) addModeFigures(s, mode, entry, keys.length);
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
