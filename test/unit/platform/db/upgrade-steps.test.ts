import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { STORE_NAMES } from '../../../../src/platform/db/db-schema.ts';
import { openExposureDb } from '../../../../src/platform/db/open-database.ts';
import { DB_VERSION, runUpgradeSteps, UPGRADE_STEPS } from '../../../../src/platform/db/upgrade-steps.ts';
import { historyRecord, watchlistEntry } from '../../../support/records.ts';

let counter = 0;
const uniqueName = () => `upgrade-test-${++counter}`;

/** Creates the database exactly as version `version` of the extension would have left it. */
async function createAtVersion(name: string, version: number): Promise<void> {
  if (version === 0) return;
  const db = await openDB(name, version, {
    upgrade: (database, oldVersion, newVersion, tx) =>
      runUpgradeSteps(database as IDBPDatabase<unknown>, oldVersion, newVersion ?? version, tx as never),
  });
  // Data that existed at that version must survive every later step.
  if (db.objectStoreNames.contains('watchlist')) await db.put('watchlist', watchlistEntry({ id: 'kept' }));
  if (db.objectStoreNames.contains('history')) await db.put('history', historyRecord({ id: 'kept-h' }));
  if (db.objectStoreNames.contains('guidance')) {
    await db.put('guidance', {
      findingId: 'kept-g',
      doneStepIds: ['a'],
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  }
  db.close();
}

describe('IndexedDB upgrade steps', () => {
  it('are numbered 1..DB_VERSION without gaps', () => {
    expect(Object.keys(UPGRADE_STEPS).map(Number)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1),
    );
  });

  for (let from = 0; from < DB_VERSION; from++) {
    it(`upgrade from version ${from} to ${DB_VERSION} keeps data and ends with the current layout`, async () => {
      const name = uniqueName();
      await createAtVersion(name, from);
      const db = await openExposureDb(name);
      expect([...db.objectStoreNames].toSorted()).toEqual([...STORE_NAMES].toSorted());
      expect([...db.transaction('history').store.indexNames]).toEqual(['byCheckedAt']);
      if (from >= 1) {
        expect((await db.get('watchlist', 'kept'))?.hint).toBe(watchlistEntry().hint);
        expect(await db.get('history', 'kept-h')).toBeDefined();
      }
      if (from >= 2) expect(await db.get('guidance', 'kept-g')).toBeDefined();
      db.close();
    });
  }

  it('the current layout equals a fresh install', async () => {
    const db = await openExposureDb(uniqueName());
    expect(db.version).toBe(DB_VERSION);
    expect(db.transaction('guidance').store.keyPath).toBe('findingId');
    db.close();
  });
});
