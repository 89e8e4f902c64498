import { seededRandom } from '../../../src/core/synthetic/index.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { ratio, SectionBuilder } from '../lib/figures.ts';
import { runPool } from '../lib/timing.ts';
import { startBenchServer } from '../servers/bench-server.ts';
import { makePasswordSet, repeatedLookups } from './password-lookups.ts';
import { contenders } from './range-contenders.ts';
import { compare } from './range-rounds.ts';

/** Lines per bucket: a padded Pwned Passwords bucket holds roughly 800–1,000. */
const BUCKET_LINES = 900;

type Compared = Awaited<ReturnType<typeof compare>>;

/** Lookups/s of each contender, ours ÷ hibp, and the requests each made (counted at the server). */
function addComparison(s: SectionBuilder, p: string, what: string, got: Compared): void {
  const ours = got.get('ours');
  const hibp = got.get('hibp');
  s.add(`${p}.ours.lookupsPerSec`, `ours (${what})`, ours?.perSecond ?? null, 'lookups/s');
  s.add(`${p}.hibp.lookupsPerSec`, `hibp package (${what})`, hibp?.perSecond ?? null, 'lookups/s');
  // Issue 15: at least as fast as the hibp package in every run, distinct passwords included.
  s.target(`${p}.ratio`, `ours ÷ hibp (${what})`, ratio(ours?.perSecond, hibp?.perSecond), '×', {
    atLeast: 1,
  });
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
          const what = `${variant === 'unique' ? 'distinct passwords' : `repeats from ${pool}`}, ${mode === 'seq' ? 'sequential' : 'concurrency 8'}`;
          addComparison(s, `${variant}.${mode}`, what, got);
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
