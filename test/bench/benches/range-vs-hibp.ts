import { pwnedPassword } from 'hibp';
import {
  checkIdentifier,
  createRangeClient,
  pwnedPasswordsSource,
  RANGE_CLIENT_DEFAULTS,
  type CheckOutcome,
} from '../../../src/core/index.ts';
import { seededRandom } from '../../../src/core/synthetic/index.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { ratio, SectionBuilder } from '../lib/figures.ts';
import { median, perSecond, runPool, timed } from '../lib/timing.ts';
import { startBenchServer, type BenchServer } from '../servers/bench-server.ts';
import { makePasswordSet, parsePassword, repeatedLookups, type Lookup } from './password-lookups.ts';

/** Lines per bucket: a padded Pwned Passwords bucket holds roughly 800–1,000. */
const BUCKET_LINES = 900;

type LookupFn = (lookup: Lookup) => Promise<number>;
/** Builds a fresh lookup function per round (a new client: nothing cached from the round before). */
type Contender = (concurrency: number) => LookupFn;

const countOf = (outcome: CheckOutcome): number =>
  outcome.status === 'found' ? outcome.count : outcome.status === 'not-found' ? 0 : -1;

function contenders(baseUrl: string): Record<'ours' | 'oneshot' | 'hibp', Contender> {
  const source = pwnedPasswordsSource(baseUrl);
  return {
    // What the extension's background does: one long-lived client (cache, shared requests in flight).
    ours: (concurrency) => {
      const client = createRangeClient({
        concurrency: Math.max(concurrency, RANGE_CLIENT_DEFAULTS.concurrency),
      });
      return async (l) => countOf(await client.checkIdentifier(parsePassword(l.password), source));
    },
    // The one-call API: no cache between calls.
    oneshot: () => async (l) => countOf(await checkIdentifier(parsePassword(l.password), source)),
    hibp: () => async (l) => {
      try {
        return await pwnedPassword(l.password, { baseUrl, addPadding: true });
      } catch {
        return -1;
      }
    },
  };
}

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
async function compare(
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

export const rangeVsHibp: Benchmark = {
  id: 'range',
  async run(ctx: BenchContext) {
    const s = new SectionBuilder('range', 'Range client vs the hibp npm package (Pwned Passwords lookups)');
    const count = ctx.quick ? 60 : 2_000;
    const pool = ctx.quick ? 6 : 100;
    const rounds = ctx.quick ? 1 : 3;
    const set = await makePasswordSet(count, 8);
    const variants = {
      unique: set.passwords,
      repeat: repeatedLookups(set.passwords, pool, count, seededRandom(9)),
    };
    const server = await startBenchServer({
      mode: 'pwned',
      lines: BUCKET_LINES,
      hits: set.hits,
      prefixes: set.prefixes,
    });
    try {
      const all = contenders(server.url.replace(/\/$/, ''));
      const warm = set.passwords.slice(0, Math.min(200, count));
      for (const make of Object.values(all)) await runPool(warm, 8, make(8));
      let mismatches = 0;
      for (const [variant, lookups] of Object.entries(variants)) {
        for (const [mode, concurrency] of [
          ['seq', 1],
          ['c8', 8],
        ] as const) {
          ctx.log(`range: ${variant} lookups, ${mode}`);
          const entrants = variant === 'unique' && mode === 'seq' ? all : { ours: all.ours, hibp: all.hibp };
          const got = await compare(server, lookups, concurrency, entrants, rounds);
          const ours = got.get('ours');
          const hibp = got.get('hibp');
          const p = `${variant}.${mode}`;
          const what = `${variant === 'unique' ? 'distinct passwords' : `repeats from ${pool}`}, ${mode === 'seq' ? 'sequential' : 'concurrency 8'}`;
          s.add(`${p}.ours.lookupsPerSec`, `ours (${what})`, ours?.perSecond ?? null, 'lookups/s');
          s.add(`${p}.hibp.lookupsPerSec`, `hibp package (${what})`, hibp?.perSecond ?? null, 'lookups/s');
          s.add(`${p}.ratio`, `ours ÷ hibp (${what})`, ratio(ours?.perSecond, hibp?.perSecond), '×');
          s.add(`${p}.ours.requests`, `HTTP requests, ours (${what})`, ours?.requests ?? null, 'requests');
          s.add(`${p}.hibp.requests`, `HTTP requests, hibp (${what})`, hibp?.requests ?? null, 'requests');
          const oneshot = got.get('oneshot');
          if (oneshot !== undefined)
            s.add(
              `${p}.oneshot.lookupsPerSec`,
              `ours, one-shot checkIdentifier (${what})`,
              oneshot.perSecond,
              'lookups/s',
            );
          for (const r of got.values()) mismatches += r.mismatches;
        }
      }
      s.add('lookups', 'lookups per run', count, 'lookups');
      s.add(
        'distinctPrefixes',
        'distinct hash prefixes among the distinct passwords',
        set.prefixes.length,
        'prefixes',
      );
      s.add('mismatches', 'answers that differ from the server data (must be 0)', mismatches, 'answers');
      s.note(
        `${count} lookups per run against one local Pwned-Passwords-compatible server (${BUCKET_LINES} lines per bucket, ` +
          `CRLF, padding lines with count 0) in its own process; median of ${rounds} round(s), contenders alternating. ` +
          `"ours" is one createRangeClient per round, as the background keeps; the hibp package has no cache. ` +
          `The repeat variant draws ${count} lookups from ${pool} passwords.`,
      );
    } finally {
      await server.close();
    }
    return s.build();
  },
};
