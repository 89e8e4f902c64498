import { createHash } from 'node:crypto';

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** xoshiro128** seeded from SHA-256: fast, reproducible, and the same on every machine. */
function seededWords(seed: string): () => number {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  const s = [0, 4, 8, 12].map((o) => digest.readUInt32BE(o));
  return () => {
    const [a = 0, b = 0, c = 0, d = 0] = s;
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    const c2 = (c ^ a) >>> 0;
    const d2 = (d ^ b) >>> 0;
    s[0] = (a ^ d2) >>> 0;
    s[1] = (b ^ c2) >>> 0;
    s[2] = (c2 ^ t) >>> 0;
    s[3] = rotl(d2, 11);
    return result;
  };
}

/**
 * `count` padding suffixes for one bucket, derived only from `seed` (so builds are reproducible)
 * and distinct from `taken` and from each other. Padding is not secret: its zero bitmap or count
 * already marks it; it only makes every response of a kind the same size.
 */
export function paddingSuffixes(
  seed: string,
  count: number,
  nibbles: number,
  taken: ReadonlySet<string>,
): string[] {
  const next = seededWords(seed);
  const out = new Set<string>();
  while (out.size < count) {
    let hex = '';
    while (hex.length < nibbles) hex += next().toString(16).padStart(8, '0');
    const suffix = hex.slice(0, nibbles).toUpperCase();
    if (!taken.has(suffix)) out.add(suffix);
  }
  return [...out];
}
