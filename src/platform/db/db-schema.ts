import type { DBSchema } from 'idb';
import type { GuidanceProgress, HistoryRecord, WatchlistEntry } from '../../contracts/index.ts';

export const DB_NAME = 'exposure-check';

/** The IndexedDB layout at the current version (see upgrade-steps.ts for how each store came to be). */
export interface ExposureDbSchema extends DBSchema {
  /** Watched identifiers as range keys + masked hint. Retention: until removed or delete-all. */
  watchlist: { key: string; value: WatchlistEntry };
  /** One record per check. Retention: last 100 and at most 90 days (pruned on every write), delete-all. */
  history: { key: string; value: HistoryRecord; indexes: { byCheckedAt: string } };
  /** Ticked guidance steps per finding. Retention: removed with its entry, and on delete-all. */
  guidance: { key: string; value: GuidanceProgress };
}

export const STORE_NAMES = ['watchlist', 'history', 'guidance'] as const;
