import {
  HISTORY_MAX_AGE_DAYS,
  HISTORY_MAX_RECORDS,
  guidanceProgressSchema,
  historyRecordSchema,
  watchlistEntrySchema,
  type GuidanceProgress,
  type HistoryRecord,
  type WatchlistEntry,
} from '../../contracts/index.ts';
import type { z } from '../../core/zod.ts';
import { STORE_NAMES } from './db-schema.ts';
import type { ExposureIdb } from './open-database.ts';

/** Everything the background keeps in IndexedDB, behind plain async methods handlers can fake. */
export interface ExposureDb {
  watchlist: {
    list(): Promise<WatchlistEntry[]>;
    get(id: string): Promise<WatchlistEntry | undefined>;
    put(entry: WatchlistEntry): Promise<void>;
    putMany(entries: readonly WatchlistEntry[]): Promise<void>;
    delete(id: string): Promise<boolean>;
  };
  history: {
    /** Adds a record and prunes to the retention limits measured from `now`. */
    add(record: HistoryRecord, now: Date): Promise<void>;
    get(id: string): Promise<HistoryRecord | undefined>;
    /** Newest first. */
    list(limit?: number): Promise<HistoryRecord[]>;
  };
  guidance: {
    get(findingId: string): Promise<GuidanceProgress | undefined>;
    put(progress: GuidanceProgress): Promise<void>;
    delete(findingId: string): Promise<void>;
    list(): Promise<GuidanceProgress[]>;
  };
  /** Writes all records in one transaction: either everything lands or nothing does. */
  importAll(data: {
    watchlist: WatchlistEntry[];
    history: HistoryRecord[];
    guidance: GuidanceProgress[];
  }): Promise<void>;
  clearAll(): Promise<void>;
}

/** Stored data is re-validated on the way out; a record that no longer parses is skipped, not fatal. */
function valid<T>(schema: z.ZodType<T>, values: unknown[]): T[] {
  return values.flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

async function pruneHistory(db: ExposureIdb, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - HISTORY_MAX_AGE_DAYS * 86_400_000).toISOString();
  const tx = db.transaction('history', 'readwrite');
  // Index order is oldest first: drop the expired ones and anything beyond the newest HISTORY_MAX_RECORDS.
  const records = await tx.store.index('byCheckedAt').getAll();
  const excess = Math.max(0, records.length - HISTORY_MAX_RECORDS);
  await Promise.all(
    records.flatMap((record, i) =>
      i < excess || record.checkedAt < cutoff ? [tx.store.delete(record.id)] : [],
    ),
  );
  await tx.done;
}

/** A failed request may already have aborted the transaction; aborting again throws. */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished
  }
}

export function createExposureDb(open: () => Promise<ExposureIdb>): ExposureDb {
  let connection: Promise<ExposureIdb> | undefined;
  const db = () => (connection ??= open());
  return {
    watchlist: {
      list: async () => valid(watchlistEntrySchema, await (await db()).getAll('watchlist')),
      get: async (id) => valid(watchlistEntrySchema, [await (await db()).get('watchlist', id)])[0],
      put: async (entry) => void (await (await db()).put('watchlist', entry)),
      putMany: async (entries) => {
        const tx = (await db()).transaction('watchlist', 'readwrite');
        await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
      },
      delete: async (id) => {
        const tx = (await db()).transaction('watchlist', 'readwrite');
        const existed = (await tx.store.getKey(id)) !== undefined;
        await Promise.all([tx.store.delete(id), tx.done]);
        return existed;
      },
    },
    history: {
      add: async (record, now) => {
        await (await db()).put('history', record);
        await pruneHistory(await db(), now);
      },
      get: async (id) => valid(historyRecordSchema, [await (await db()).get('history', id)])[0],
      list: async (limit = HISTORY_MAX_RECORDS) => {
        const all = await (await db()).getAllFromIndex('history', 'byCheckedAt');
        return valid(historyRecordSchema, all.toReversed().slice(0, limit));
      },
    },
    guidance: {
      get: async (id) => valid(guidanceProgressSchema, [await (await db()).get('guidance', id)])[0],
      put: async (progress) => void (await (await db()).put('guidance', progress)),
      delete: async (id) => (await db()).delete('guidance', id),
      list: async () => valid(guidanceProgressSchema, await (await db()).getAll('guidance')),
    },
    importAll: async (data) => {
      const tx = (await db()).transaction(STORE_NAMES, 'readwrite');
      const pending: Promise<unknown>[] = [];
      try {
        // A bad record can throw synchronously (no key) or fail its request: either way, abort it all.
        for (const e of data.watchlist) pending.push(tx.objectStore('watchlist').put(e));
        for (const r of data.history) pending.push(tx.objectStore('history').put(r));
        for (const g of data.guidance) pending.push(tx.objectStore('guidance').put(g));
        await Promise.all(pending);
      } catch (error) {
        for (const request of pending) request.catch(() => undefined);
        abortQuietly(tx);
        await tx.done.catch(() => undefined);
        throw error;
      }
      await tx.done;
    },
    clearAll: async () => {
      const tx = (await db()).transaction(STORE_NAMES, 'readwrite');
      await Promise.all([...STORE_NAMES.map((name) => tx.objectStore(name).clear()), tx.done]);
    },
  };
}
