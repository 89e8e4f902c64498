/**
 * The real entries of one Pwned Passwords bucket as a single string (`\nSUFFIX:COUNT` per entry) behind
 * a read-only Map interface. A cached bucket is then one object instead of ~900 strings and map entries:
 * 128 cached buckets as Maps kept ~115,000 small objects alive, which made every garbage collection
 * slower and cost the range client its lead on distinct passwords (docs/performance.md). A lookup is one
 * native `indexOf` over ~30 KB.
 */
export class SuffixCounts implements ReadonlyMap<string, number> {
  private readonly index: string;
  readonly size: number;

  /** `entries`: upper-case suffixes (no ':' or newline in them) with their counts, each suffix once. */
  constructor(entries: Iterable<readonly [string, number]>) {
    const parts: string[] = [];
    for (const [suffix, count] of entries) parts.push(`\n${suffix}:${count}`);
    this.index = `${parts.join('')}\n`;
    this.size = parts.length;
  }

  get(suffix: string): number | undefined {
    if (suffix.includes(':') || suffix.includes('\n')) return undefined;
    const at = this.index.indexOf(`\n${suffix}:`);
    if (at === -1) return undefined;
    const start = at + suffix.length + 2;
    return Number(this.index.slice(start, this.index.indexOf('\n', start)));
  }

  has(suffix: string): boolean {
    return this.get(suffix) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (const line of this.index.split('\n')) {
      if (line === '') continue;
      const colon = line.indexOf(':');
      yield [line.slice(0, colon), Number(line.slice(colon + 1))];
    }
  }

  *keys(): MapIterator<string> {
    for (const [suffix] of this.entries()) yield suffix;
  }

  *values(): MapIterator<number> {
    for (const [, count] of this.entries()) yield count;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [suffix, count] of this.entries()) callback(count, suffix, this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
