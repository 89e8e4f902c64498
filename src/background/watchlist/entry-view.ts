import type { WatchlistEntry, WatchlistEntryView, WatchResult } from '../../contracts/index.ts';
import { ownValue } from '../../core/index.ts';
import { summaryOf, type ConfiguredSource } from '../sources/configured-sources.ts';
import { keyFitsSource, reentryMessage } from './stale-keys.ts';

/** The entry as the UI sees it: no range keys, sources resolved to names and breach details. */
export function entryViewOf(entry: WatchlistEntry, sources: readonly ConfiguredSource[]): WatchlistEntryView {
  const results = entry.keys.flatMap((key): WatchResult[] => {
    const source = sources.find((s) => s.descriptor.id === key.sourceId);
    if (source === undefined) return [];
    const status = ownValue(entry.status, key.sourceId) ?? {};
    const ids = status.last?.status === 'found' ? status.last.breachIds : [];
    const result: WatchResult = {
      source: summaryOf(source),
      breaches: source.descriptor.breaches.filter((b) => ids.includes(b.id)),
    };
    if (status.last !== undefined) result.last = status.last;
    if (status.lastError !== undefined) result.lastError = status.lastError;
    if (!keyFitsSource(key, source.descriptor)) {
      // Shown as soon as the new source.json is stored, not only after the next re-check.
      result.needsReentry = true;
      const at = source.custom?.fetchedAt ?? entry.lastCheckedAt ?? entry.createdAt;
      result.lastError = { code: 'unsupported', message: reentryMessage(source.descriptor.name), at };
    }
    return [result];
  });
  const view: WatchlistEntryView = {
    id: entry.id,
    kind: entry.kind,
    hint: entry.hint,
    createdAt: entry.createdAt,
    unseenFindings: entry.unseenFindings,
    results,
  };
  if (entry.country !== undefined) view.country = entry.country;
  if (entry.lastCheckedAt !== undefined) view.lastCheckedAt = entry.lastCheckedAt;
  return view;
}
