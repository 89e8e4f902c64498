// Child process: one watchlist re-check of stored RangeKeys, in a fresh process so its memory is its own.
import { readFileSync } from 'node:fs';
import {
  checkRangeKey,
  createRangeClient,
  parseSourceDescriptor,
  type CheckOutcome,
  type RangeKey,
} from '../../../src/core/range/index.ts';
import { childMain } from '../lib/child.ts';
import { MemorySampler } from '../lib/memory.ts';
import { runPool } from '../lib/timing.ts';

export type RecheckMode = 'client' | 'naive-seq' | 'naive-c4';

export interface RecheckInput {
  keysPath: string;
  /** Run one after the other in this process; one mode per process keeps memory figures apart. */
  modes: RecheckMode[];
}

export interface RecheckResult {
  ms: number;
  /** Requests sent, counted at this process's fetch (the server counts them too). */
  fetches: number;
  cpuMs: number;
  found: number;
  notFound: number;
  errors: number;
  baselineRssBytes: number;
  peakRssBytes: number;
  baselineHeapBytes: number;
  peakHeapBytes: number;
}

type Run = (keys: RangeKey[], source: Source, fetch: typeof globalThis.fetch) => Promise<CheckOutcome[]>;

const RUNS: Record<RecheckMode, Run> = {
  // What the background's monitoring does: one client, checkMany (prefix dedupe, cache, 4 in flight).
  client: (keys, source, fetch) => createRangeClient({ fetch }).checkMany(keys, { [source.id]: source }),
  // The naive loop: one request per identifier, one after the other.
  'naive-seq': async (keys, source, fetch) => {
    const out: CheckOutcome[] = [];
    for (const key of keys) out.push(await checkRangeKey(key, source, { fetch }));
    return out;
  },
  // The naive loop with the client's parallelism, so dedupe is compared at equal concurrency.
  'naive-c4': (keys, source, fetch) => runPool(keys, 4, (key) => checkRangeKey(key, source, { fetch })),
};

type Source = Parameters<typeof checkRangeKey>[1];

async function recheck(mode: RecheckMode, keys: RangeKey[], source: Source): Promise<RecheckResult> {
  const baseline = process.memoryUsage();
  const sampler = new MemorySampler(2).start();
  const cpu = process.cpuUsage();
  let fetches = 0;
  const counting: typeof fetch = (input, init) => {
    fetches++;
    return fetch(input, init);
  };
  const started = performance.now();
  const outcomes = await RUNS[mode](keys, source, counting);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  sampler.stop();
  return {
    ms,
    fetches,
    cpuMs: (used.user + used.system) / 1000,
    found: outcomes.filter((o) => o.status === 'found').length,
    notFound: outcomes.filter((o) => o.status === 'not-found').length,
    errors: outcomes.filter((o) => o.status === 'error').length,
    baselineRssBytes: baseline.rss,
    peakRssBytes: sampler.peakRss,
    baselineHeapBytes: baseline.heapUsed,
    peakHeapBytes: sampler.peakHeapUsed,
  };
}

childMain<RecheckInput, RecheckResult[]>(async ({ keysPath, modes }) => {
  const { sourceUrl, keys } = JSON.parse(readFileSync(keysPath, 'utf8')) as {
    sourceUrl: string;
    keys: RangeKey[];
  };
  const source = parseSourceDescriptor(await (await fetch(sourceUrl)).json(), sourceUrl);
  const results: RecheckResult[] = [];
  for (const mode of modes) results.push(await recheck(mode, keys, source));
  return results;
});
