import type { IDBPDatabase, IDBPTransaction } from 'idb';

// Steps see the database as it was, not as it is now, so they work on the untyped handle.
type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** upgradeSteps[n] turns a version n-1 database into version n. Never edit a step that has shipped. */
export const UPGRADE_STEPS: Readonly<Record<number, (db: UpgradeDb, tx: UpgradeTx) => void>> = {
  // 1: the watchlist and the check history (newest first via the checkedAt index).
  1: (db) => {
    db.createObjectStore('watchlist', { keyPath: 'id' });
    const history = db.createObjectStore('history', { keyPath: 'id' });
    history.createIndex('byCheckedAt', 'checkedAt');
  },
  // 2: guidance progress, ticked steps per finding id.
  2: (db) => {
    db.createObjectStore('guidance', { keyPath: 'findingId' });
  },
};

export const DB_VERSION = Math.max(...Object.keys(UPGRADE_STEPS).map(Number));

/** Runs every step after `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export function runUpgradeSteps(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = UPGRADE_STEPS[version];
    if (step === undefined) throw new Error(`No IndexedDB upgrade step for version ${version}.`);
    step(db, tx);
  }
}
