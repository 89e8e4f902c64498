import { openDB, type IDBPDatabase } from 'idb';

/**
 * The settings fields a content script must never see: the person's HIBP API key and their sources (which
 * say what they are worried about, and hold the URLs they allowed). Content scripts share `storage.local`
 * with the rest of the extension, but they run in the page's origin and cannot open the extension
 * origin's IndexedDB, so these fields live in a small database of their own. It persists across
 * restarts like storage.local does (storage.session would forget the key when the browser closes).
 * A database apart from `exposure-check` keeps its version independent of the records' upgrades.
 */
export const PRIVATE_SETTINGS_DB_NAME = 'exposure-check-private';
const STORE = 'settings';
/** The settings record; the cached HIBP breach catalogue is kept next to it under its own key. */
export const SETTINGS_RECORD = 'current';
export const HIBP_CATALOGUE_RECORD = 'hibpBreaches';
/** "Were you a patient there?" answers: health-adjacent, so kept where content scripts cannot read. */
export const INCIDENT_CHOICES_RECORD = 'incidentChoices';

export interface PrivateSettingsArea {
  /** The stored private fields, unvalidated (the settings store parses them with the rest). */
  get(): Promise<Record<string, unknown>>;
  set(fields: Record<string, unknown>): Promise<void>;
  /** Removes every record of the database (delete everything). */
  clear(): Promise<void>;
}

export function createPrivateSettingsArea(
  name: string = PRIVATE_SETTINGS_DB_NAME,
  record: string = SETTINGS_RECORD,
): PrivateSettingsArea {
  let opening: Promise<IDBPDatabase> | undefined;
  const db = (): Promise<IDBPDatabase> => {
    opening ??= openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
      blocking() {
        void opening?.then((open) => open.close());
        opening = undefined;
      },
    }).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return {
    get: async () => {
      const stored: unknown = await (await db()).get(STORE, record);
      return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
        ? (stored as Record<string, unknown>)
        : {};
    },
    set: async (fields) => void (await (await db()).put(STORE, fields, record)),
    clear: async () => void (await (await db()).clear(STORE)),
  };
}
