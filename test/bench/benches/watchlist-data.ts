import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIdentifier, type IdentifierKind, type ParsedIdentifier } from '../../../src/core/index.ts';
import { SYNTHETIC, seededRandom, type Random } from '../../../src/core/synthetic/index.ts';

/** A mixed watchlist of 1,000: what a family or a small team might watch, weighted toward common kinds. */
export const WATCH_MIX: Readonly<Partial<Record<IdentifierKind, number>>> = {
  email: 250,
  phone: 150,
  pesel: 150,
  cpr: 100,
  bsn: 100,
  nir: 75,
  nhs: 75,
  ssn: 50,
  'se-personnummer': 50,
};

/** Fixed "today" for validation, so the same seed gives the same identifiers every year. */
export const BENCH_TODAY = new Date('2026-01-01T00:00:00Z');

export interface WatchlistData {
  watched: ParsedIdentifier[];
  /** Watched identifiers that are also in the breach. */
  breachedWatched: number;
  /** One text file per kind (breach rows as typed), for the publisher. */
  inputs: { kind: IdentifierKind; path: string }[];
}

function* distinctParsed(kind: IdentifierKind, random: Random, seen: Set<string>) {
  for (;;) {
    const typed = SYNTHETIC[kind](random);
    const parsed = parseIdentifier(kind, typed, { today: BENCH_TODAY });
    if (!parsed.ok || seen.has(`${kind}:${parsed.canonical}`)) continue;
    seen.add(`${kind}:${parsed.canonical}`);
    yield { typed, parsed };
  }
}

/**
 * `scale` × WATCH_MIX watched identifiers; every tenth is in the breach, together with `extraPerKind`
 * other synthetic records per kind.
 */
export function makeWatchlist(dir: string, scale: number, extraPerKind: number, seed = 21): WatchlistData {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const watched: ParsedIdentifier[] = [];
  const inputs: WatchlistData['inputs'] = [];
  let breachedWatched = 0;
  for (const [kind, full] of Object.entries(WATCH_MIX) as [IdentifierKind, number][]) {
    const count = Math.max(1, Math.round(full * scale));
    const source = distinctParsed(kind, random, seen);
    const rows: string[] = [];
    for (let i = 0; i < count + extraPerKind; i++) {
      const { typed, parsed } = source.next().value as { typed: string; parsed: ParsedIdentifier };
      if (i < count) watched.push(parsed);
      if (i >= count || i % 10 === 0) rows.push(typed);
      if (i < count && i % 10 === 0) breachedWatched++;
    }
    const path = join(dir, `breach-${kind}.txt`);
    writeFileSync(path, `${rows.join('\n')}\n`, 'utf8');
    inputs.push({ kind, path });
  }
  return { watched, breachedWatched, inputs };
}
