import type { WatchlistEntry } from '../../contracts/index.ts';
import type { ParsedIdentifier, RangeKey } from '../../core/index.ts';
import type { ConfiguredSource } from '../sources/configured-sources.ts';
import { keyFitsSource } from './stale-keys.ts';

const sameKey = (a: RangeKey, b: RangeKey) =>
  a.sourceId === b.sourceId && a.prefix === b.prefix && a.suffix === b.suffix;

/** A saved key against the configured sources: still usable, stale, or for a source that is gone. */
function stateOf(key: RangeKey, sources: readonly ConfiguredSource[]): 'fits' | 'stale' | 'gone' {
  const source = sources.find((s) => s.descriptor.id === key.sourceId);
  if (source === undefined) return 'gone';
  return keyFitsSource(key, source.descriptor) ? 'fits' : 'stale';
}

/**
 * Could `entry` be the watched identifier that `keys` were just made for, whose saved key for some
 * source went stale (the publisher changed its key or hashing)? The stored keys hold no identifier, so
 * the only evidence is kind and masked hint, and no key that still fits may contradict the new ones.
 */
function couldBe(
  entry: WatchlistEntry,
  parsed: ParsedIdentifier,
  keys: readonly RangeKey[],
  sources: readonly ConfiguredSource[],
): boolean {
  if (entry.kind !== parsed.kind || entry.hint !== parsed.masked) return false;
  const stale = entry.keys.some((k) => stateOf(k, sources) === 'stale');
  const contradicted = entry.keys.some(
    (k) => stateOf(k, sources) === 'fits' && keys.some((n) => n.sourceId === k.sourceId && !sameKey(n, k)),
  );
  return stale && !contradicted;
}

/**
 * The entry an identifier being watched already has: one with a key equal to a new one, or else the
 * only entry it could be after a source changed its key (see `couldBe`). Two candidates are too many
 * to guess between: the identifier then gets a new entry.
 */
export function existingEntryFor(
  entries: readonly WatchlistEntry[],
  parsed: ParsedIdentifier,
  keys: readonly RangeKey[],
  sources: readonly ConfiguredSource[],
): WatchlistEntry | undefined {
  const same = entries.find(
    (e) => e.kind === parsed.kind && e.keys.some((k) => keys.some((n) => sameKey(n, k))),
  );
  if (same !== undefined) return same;
  const candidates = entries.filter((e) => couldBe(e, parsed, keys, sources));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Replaces the entry's stale keys (and adds missing ones) with the keys just made from the re-entered
 * identifier. Returns the ids of the sources whose key changed; keys that still fit stay as they are.
 */
export function rekeyEntry(
  entry: WatchlistEntry,
  keys: readonly RangeKey[],
  sources: readonly ConfiguredSource[],
): { entry: WatchlistEntry; rekeyed: string[] } {
  const rekeyed = keys.filter((n) => {
    const old = entry.keys.find((k) => k.sourceId === n.sourceId);
    return old === undefined || stateOf(old, sources) === 'stale';
  });
  if (rekeyed.length === 0) return { entry, rekeyed: [] };
  const ids = new Set(rekeyed.map((k) => k.sourceId));
  const kept = entry.keys.filter((k) => !ids.has(k.sourceId));
  return { entry: { ...entry, keys: [...kept, ...rekeyed] }, rekeyed: [...ids] };
}
