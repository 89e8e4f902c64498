import { SETTINGS_STORAGE_KEY, settingsSchema, type Settings } from '../../contracts/index.ts';
import type { StorageAreaLike } from '../extension-api-types.ts';
import { migrateSettings, storedVersionOf } from './migrate-settings.ts';
import type { RawSettings } from './migrations/index.ts';

/**
 * storage.local `settings`. Retention: until the user changes them or deletes everything (then defaults).
 */
export interface SettingsStore {
  get(): Promise<Settings>;
  /** Read-modify-write, serialised so two quick updates cannot lose each other. */
  update(change: (current: Settings) => Settings): Promise<Settings>;
  clear(): Promise<void>;
}

function asObject(value: unknown): RawSettings {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as RawSettings) : {};
}

export function createSettingsStore(area: StorageAreaLike): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // read → migrate → parse (each bad field falls back to its default) → write back if anything changed.
  const read = async (): Promise<Settings> => {
    const stored = (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    const raw = asObject(stored);
    const settings = settingsSchema.parse(migrateSettings(raw));
    const fromNewerVersion = storedVersionOf(raw) > settings.schemaVersion;
    if (!fromNewerVersion && JSON.stringify(stored) !== JSON.stringify(settings)) {
      await area.set({ [SETTINGS_STORAGE_KEY]: settings });
    }
    return settings;
  };

  return {
    get: () => serial(read),
    update: (change) =>
      serial(async () => {
        const next = settingsSchema.parse(change(await read()));
        await area.set({ [SETTINGS_STORAGE_KEY]: next });
        return next;
      }),
    clear: () => serial(() => area.remove(SETTINGS_STORAGE_KEY)),
  };
}
