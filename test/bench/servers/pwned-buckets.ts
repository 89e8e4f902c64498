import { seededRandom, type Random } from '../../../src/core/synthetic/index.ts';

const hex8 = (random: Random): string =>
  Math.floor(random() * 2 ** 32)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');

/** Share of padding lines (count 0), roughly what Add-Padding adds to a real Pwned Passwords bucket. */
const PADDING_SHARE = 0.12;

/**
 * A Pwned-Passwords-shaped bucket for one prefix: `lines` pseudo-random suffixes (the same ones every
 * time for a prefix), a share of them padding, plus `hits` (suffix → count); sorted, CRLF like the
 * real service.
 */
export function pwnedBucket(prefix: string, lines: number, hits: ReadonlyMap<string, number>): string {
  const random = seededRandom(Number.parseInt(prefix, 16) ^ 0x5eed_1234);
  const entries = new Map<string, number>(hits);
  while (entries.size < lines + hits.size) {
    const suffix = `${hex8(random)}${hex8(random)}${hex8(random)}${hex8(random)}${hex8(random)}`.slice(0, 35);
    const count = random() < PADDING_SHARE ? 0 : 1 + Math.floor(random() ** 4 * 10_000);
    if (!entries.has(suffix)) entries.set(suffix, count);
  }
  const sorted = [...entries].toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${sorted.map(([suffix, count]) => `${suffix}:${count}`).join('\r\n')}\r\n`;
}

/** Groups `PREFIX+SUFFIX:COUNT` hit lines (40 hex + count) by their 5-character prefix. */
export function groupHits(hits: readonly string[]): Map<string, Map<string, number>> {
  const byPrefix = new Map<string, Map<string, number>>();
  for (const line of hits) {
    const [hash = '', count = '1'] = line.split(':');
    const prefix = hash.slice(0, 5).toUpperCase();
    const group = byPrefix.get(prefix) ?? new Map<string, number>();
    group.set(hash.slice(5).toUpperCase(), Number(count));
    byPrefix.set(prefix, group);
  }
  return byPrefix;
}
