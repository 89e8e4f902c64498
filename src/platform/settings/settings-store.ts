import { SETTINGS_STORAGE_KEY, settingsSchema, type Settings } from '../../contracts/index.ts';
import type { StorageAreaLike } from '../extension-api-types.ts';
import { migrateSettings, storedVersionOf } from './migrate-settings.ts';
import type { RawSettings } from './migrations/index.ts';
import type { PrivateSettingsArea } from './private-settings-area.ts';

/** Fields kept out of storage.local, where content scripts could read them (see private-settings-area.ts). */
export const PRIVATE_SETTINGS_FIELDS = ['hibpApiKey', 'customSources'] as const;

function split(settings: RawSettings): { shared: RawSettings; secret: RawSettings } {
  const shared: RawSettings = {};
  const secret: RawSettings = {};
  for (const [field, value] of Object.entries(settings)) {
    const target = (PRIVATE_SETTINGS_FIELDS as readonly string[]).includes(field) ? secret : shared;
    Object.defineProperty(target, field, { value, enumerable: true, configurable: true, writable: true });
  }
  return { shared, secret };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * storage.local `settings` (everything a content script may see) plus the private fields in the
 * extension-only database. Retention: until the user changes them or deletes everything (then defaults).
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

export function createSettingsStore(area: StorageAreaLike, privateArea: PrivateSettingsArea): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // The private part is written first: if the worker stops in between, storage.local still holds the
  // old copy and the next read moves it again, so nothing is lost and nothing stays behind for long.
  const write = async (settings: Settings, stored: unknown, storedSecret: RawSettings): Promise<void> => {
    const { shared, secret } = split(settings);
    if (!same(storedSecret, secret)) await privateArea.set(secret);
    if (!same(stored, shared)) await area.set({ [SETTINGS_STORAGE_KEY]: shared });
  };

  // read → migrate → parse (each bad field falls back to its default) → write back if anything changed.
  // Private fields still found in storage.local (written by an earlier version) are moved out of it.
  const read = async (): Promise<Settings> => {
    const stored = (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    const raw = asObject(stored);
    const storedSecret = await privateArea.get();
    const settings = settingsSchema.parse({ ...migrateSettings(raw), ...storedSecret });
    const fromNewerVersion = storedVersionOf(raw) > settings.schemaVersion;
    if (!fromNewerVersion) await write(settings, stored, storedSecret);
    return settings;
  };

  return {
    get: () => serial(read),
    update: (change) =>
      serial(async () => {
        const next = settingsSchema.parse(change(await read()));
        await write(
          next,
          (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY],
          await privateArea.get(),
        );
        return next;
      }),
    clear: () =>
      serial(async () => {
        await privateArea.clear();
        await area.remove(SETTINGS_STORAGE_KEY);
      }),
  };
}
