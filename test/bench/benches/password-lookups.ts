import { hibpSha1Key, parseIdentifier, type ParsedIdentifier } from '../../../src/core/index.ts';
import { SYNTHETIC, seededRandom, type Random } from '../../../src/core/synthetic/index.ts';

/** One password lookup and the count the local server holds for it (0: not breached). */
export interface Lookup {
  password: string;
  expected: number;
}

export interface PasswordSet {
  /** Distinct passwords, about half of them breached. */
  passwords: Lookup[];
  /** Server data: `PREFIX+SUFFIX:COUNT` for every breached password. */
  hits: string[];
  /** Every prefix the passwords hash to, so the server can prepare their buckets up front. */
  prefixes: string[];
}

/**
 * Synthetic passwords whose canonical form is the text itself, so our client and the hibp package hash
 * exactly the same bytes.
 */
export async function makePasswordSet(count: number, seed: number): Promise<PasswordSet> {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const passwords: Lookup[] = [];
  const hits: string[] = [];
  const prefixes = new Set<string>();
  while (passwords.length < count) {
    const password = SYNTHETIC.password(random);
    const parsed = parseIdentifier('password', password);
    if (seen.has(password) || !parsed.ok || parsed.canonical !== password) continue;
    seen.add(password);
    const { prefix, suffix } = await hibpSha1Key(password);
    prefixes.add(prefix);
    const expected = random() < 0.5 ? 1 + Math.floor(random() * 5_000) : 0;
    if (expected > 0) hits.push(`${prefix}${suffix}:${expected}`);
    passwords.push({ password, expected });
  }
  return { passwords, hits, prefixes: [...prefixes] };
}

/** `count` lookups drawn with repetition from the first `pool` passwords: what repeated checks look like. */
export function repeatedLookups(passwords: readonly Lookup[], pool: number, count: number, random: Random) {
  const from = passwords.slice(0, pool);
  return Array.from({ length: count }, () => from[Math.floor(random() * from.length)] as Lookup);
}

export const parsePassword = (password: string): ParsedIdentifier => {
  const parsed = parseIdentifier('password', password);
  if (!parsed.ok) throw new Error('a benchmark password did not parse');
  return parsed;
};
