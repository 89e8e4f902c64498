import { describe, expect, it } from 'vitest';
import type { WatchlistEntry } from '../../../../src/contracts/index.ts';
import {
  keyParamsOf,
  type ParsedIdentifier,
  type RangeKey,
  type SourceDescriptor,
} from '../../../../src/core/index.ts';
import type { ConfiguredSource } from '../../../../src/background/sources/configured-sources.ts';
import { existingEntryFor, rekeyEntry } from '../../../../src/background/watchlist/rekey-entry.ts';
import { demoDescriptor } from '../../../support/demo-source.ts';
import { watchlistEntry } from '../../../support/records.ts';

// Two sources; "rotated" has changed its salt since the stored keys were made.
const steady = demoDescriptor();
const rotated = demoDescriptor('http://localhost:8788/source.json', { id: 'rotated' });
const sources: ConfiguredSource[] = [steady, rotated].map((descriptor) => ({
  descriptor,
  builtIn: false,
  enabled: true,
}));
const parsed = { ok: true, kind: 'pesel', masked: '850•••••••4' } as unknown as ParsedIdentifier;

function keyFor(source: SourceDescriptor, suffix: string, params?: string): RangeKey {
  return {
    sourceId: source.id,
    scheme: source.scheme,
    kind: 'pesel',
    prefix: 'ABC',
    suffix,
    params: params ?? keyParamsOf(source, 'pesel') ?? '',
  };
}
const staleKey = (suffix: string) => keyFor(rotated, suffix, 'xc-v1/pbkdf2-sha256:1000:old-salt/12');
const entry = (id: string, keys: RangeKey[], hint = '850•••••••4'): WatchlistEntry =>
  watchlistEntry({ id, keys, hint });

// What the re-entered identifier gives now: a key for each source.
const fresh = [keyFor(steady, 'S1'), keyFor(rotated, 'R2')];

describe('the entry a re-entered identifier belongs to', () => {
  it('is the one sharing a key with it', () => {
    const entries = [entry('a', [keyFor(steady, 'OTHER')]), entry('b', [keyFor(steady, 'S1')])];
    expect(existingEntryFor(entries, parsed, fresh, sources)?.id).toBe('b');
  });

  it('after a key change, the only entry of the same kind and hint with a stale key', () => {
    const entries = [entry('a', [staleKey('R1')]), entry('b', [staleKey('R9')], '850•••••••7')];
    const found = existingEntryFor(entries, parsed, fresh, sources);
    expect(found?.id).toBe('a');
    const { entry: rekeyed, rekeyed: ids } = rekeyEntry(found!, fresh, sources);
    expect(ids.toSorted()).toEqual(['demo-lab-2026', 'rotated']);
    expect(rekeyed.keys.map((k) => k.suffix).toSorted()).toEqual(['R2', 'S1']);
  });

  it('none when two entries could be it: a new entry is safer than a guess', () => {
    const entries = [entry('a', [staleKey('R1')]), entry('b', [staleKey('R5')])];
    expect(existingEntryFor(entries, parsed, fresh, sources)).toBeUndefined();
  });

  it('none when a key that still fits says it is another identifier', () => {
    const entries = [entry('a', [keyFor(steady, 'NOT-S1'), staleKey('R1')])];
    expect(existingEntryFor(entries, parsed, fresh, sources)).toBeUndefined();
  });

  it('none when nothing is stale, and keys of a removed source do not count as stale', () => {
    const gone = { ...keyFor(steady, 'G'), sourceId: 'removed-source' };
    const entries = [entry('a', [gone])];
    expect(existingEntryFor(entries, parsed, fresh, sources)).toBeUndefined();
  });

  it('re-keying keeps keys that still fit and replaces only stale ones', () => {
    const both = entry('a', [keyFor(steady, 'S1'), staleKey('R1')]);
    const { entry: rekeyed, rekeyed: ids } = rekeyEntry(both, fresh, sources);
    expect(ids).toEqual(['rotated']);
    expect(rekeyed.keys).toEqual([keyFor(steady, 'S1'), keyFor(rotated, 'R2')]);
    expect(rekeyEntry(rekeyed, fresh, sources).rekeyed).toEqual([]);
  });
});
