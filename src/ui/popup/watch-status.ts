import type { WatchlistEntryView } from '../../contracts/index.ts';

export type WatchVerdict = 'found' | 'not-found' | 'error' | 'unchecked';

/**
 * One word for a watched identifier. Found anywhere wins; a source whose last attempt failed makes the
 * entry "couldn't check" rather than letting an older "not found" pose as current.
 */
export function watchVerdict(entry: WatchlistEntryView): WatchVerdict {
  if (entry.results.some((r) => r.last?.status === 'found')) return 'found';
  if (entry.results.some((r) => r.lastError !== undefined)) return 'error';
  if (entry.results.some((r) => r.last?.status === 'not-found')) return 'not-found';
  return 'unchecked';
}

export function watchDataClasses(entry: WatchlistEntryView): string[] {
  return [...new Set(entry.results.flatMap((r) => r.breaches.flatMap((b) => b.dataClasses)))];
}
