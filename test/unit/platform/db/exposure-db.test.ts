import { describe, expect, it } from 'vitest';
import { HISTORY_MAX_AGE_DAYS, HISTORY_MAX_RECORDS } from '../../../../src/contracts/index.ts';
import { createExposureDb } from '../../../../src/platform/db/exposure-db.ts';
import { openExposureDb } from '../../../../src/platform/db/open-database.ts';
import { historyRecord, watchlistEntry } from '../../../support/records.ts';

let counter = 0;
const freshDb = () => {
  const name = `exposure-db-test-${++counter}`;
  return { name, db: createExposureDb(() => openExposureDb(name)) };
};
const NOW = new Date('2026-06-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('exposure db', () => {
  it('stores, lists and deletes watchlist entries', async () => {
    const { db } = freshDb();
    await db.watchlist.put(watchlistEntry({ id: 'a' }));
    await db.watchlist.putMany([watchlistEntry({ id: 'b' }), watchlistEntry({ id: 'c' })]);
    expect((await db.watchlist.list()).map((e) => e.id).toSorted()).toEqual(['a', 'b', 'c']);
    expect(await db.watchlist.delete('b')).toBe(true);
    expect(await db.watchlist.delete('b')).toBe(false);
    expect(await db.watchlist.get('b')).toBeUndefined();
  });

  it('skips a stored record that no longer validates instead of failing the whole list', async () => {
    const { name, db } = freshDb();
    await db.watchlist.put(watchlistEntry({ id: 'good' }));
    const raw = await openExposureDb(name);
    await raw.put('watchlist', { ...watchlistEntry({ id: 'bad' }), kind: 'nonsense' } as never);
    raw.close();
    expect((await db.watchlist.list()).map((e) => e.id)).toEqual(['good']);
  });

  it(`keeps at most ${HISTORY_MAX_RECORDS} history records, newest first`, async () => {
    const { db } = freshDb();
    for (let i = 0; i < HISTORY_MAX_RECORDS + 5; i++) {
      await db.history.add(
        historyRecord({ id: `h${i}`, checkedAt: new Date(NOW.getTime() - (200 - i) * 1000).toISOString() }),
        NOW,
      );
    }
    const list = await db.history.list(500);
    expect(list).toHaveLength(HISTORY_MAX_RECORDS);
    expect(list[0]?.id).toBe(`h${HISTORY_MAX_RECORDS + 4}`);
    expect(list.some((r) => r.id === 'h4')).toBe(false);
  });

  it(`drops history older than ${HISTORY_MAX_AGE_DAYS} days`, async () => {
    const { db } = freshDb();
    await db.history.add(historyRecord({ id: 'old', checkedAt: daysAgo(HISTORY_MAX_AGE_DAYS + 1) }), NOW);
    await db.history.add(historyRecord({ id: 'recent', checkedAt: daysAgo(HISTORY_MAX_AGE_DAYS - 1) }), NOW);
    expect((await db.history.list()).map((r) => r.id)).toEqual(['recent']);
  });

  it('imports in one transaction: one failing record writes nothing', async () => {
    const { db } = freshDb();
    await db.watchlist.put(watchlistEntry({ id: 'existing' }));
    const broken = { ...historyRecord({ id: 'x' }), id: undefined } as never; // no key: the put fails
    await expect(
      db.importAll({ watchlist: [watchlistEntry({ id: 'new' })], history: [broken], guidance: [] }),
    ).rejects.toBeDefined();
    expect((await db.watchlist.list()).map((e) => e.id)).toEqual(['existing']);
  });

  it('clearAll empties every store', async () => {
    const { db } = freshDb();
    await db.watchlist.put(watchlistEntry());
    await db.history.add(historyRecord({ checkedAt: NOW.toISOString() }), NOW);
    await db.guidance.put({ findingId: 'f', doneStepIds: [], updatedAt: NOW.toISOString() });
    await db.clearAll();
    expect(await db.watchlist.list()).toEqual([]);
    expect(await db.history.list()).toEqual([]);
    expect(await db.guidance.list()).toEqual([]);
  });
});
