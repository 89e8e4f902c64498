import type { BenchServer } from '../servers/bench-server.ts';
import { median, perSecond, runPool, timed } from '../lib/timing.ts';
import type { Contender } from './range-contenders.ts';
import type { Lookup } from './password-lookups.ts';

interface RoundResult {
  ms: number;
  requests: number;
  mismatches: number;
}

async function round(server: BenchServer, lookups: Lookup[], concurrency: number, make: Contender) {
  const lookup = make(concurrency);
  await server.reset();
  const { ms, result } = await timed(() => runPool(lookups, concurrency, lookup));
  const requests = (await server.counts()).range;
  const mismatches = result.filter((count, i) => count !== lookups[i]?.expected).length;
  return { ms, requests, mismatches } satisfies RoundResult;
}

/** Runs the contenders in alternating order, `rounds` times, and keeps the median time of each. */
export async function compare(
  server: BenchServer,
  lookups: Lookup[],
  concurrency: number,
  entrants: Record<string, Contender>,
  rounds: number,
) {
  const results = new Map<string, RoundResult[]>(Object.keys(entrants).map((name) => [name, []]));
  const names = Object.keys(entrants);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? names : names.toReversed();
    for (const name of order)
      results.get(name)?.push(await round(server, lookups, concurrency, entrants[name] as Contender));
  }
  return new Map(
    [...results].map(([name, list]) => [
      name,
      {
        perSecond: perSecond(lookups.length, median(list.map((x) => x.ms))),
        requests: list[0]?.requests ?? 0,
        mismatches: list.reduce((sum, x) => sum + x.mismatches, 0),
      },
    ]),
  );
}
