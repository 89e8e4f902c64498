import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type ExposureDbSchema } from './db-schema.ts';
import { DB_VERSION, runUpgradeSteps } from './upgrade-steps.ts';

export type ExposureIdb = IDBPDatabase<ExposureDbSchema>;

/** Opens (and upgrades) the database. `version` exists so tests can create every earlier version. */
export async function openExposureDb(
  name: string = DB_NAME,
  version: number = DB_VERSION,
): Promise<ExposureIdb> {
  let opened: ExposureIdb | undefined;
  opened = await openDB<ExposureDbSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Steps see the database as it was at each version, hence the untyped handle.
      runUpgradeSteps(db as unknown as IDBPDatabase<unknown>, oldVersion, newVersion ?? version, tx as never);
    },
    // A newer worker or page wants to upgrade: close so it is not blocked by this connection.
    blocking() {
      opened?.close();
    },
  });
  return opened;
}
