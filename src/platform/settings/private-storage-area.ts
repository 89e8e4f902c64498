import type { StorageAreaLike } from '../extension-api-types.ts';
import type { PrivateSettingsArea } from './private-settings-area.ts';

/**
 * One record of the extension-only database seen as a small storage area, so a store written for
 * `storage.local` can keep its data where content scripts cannot read it. `clear` empties this record
 * only; "delete everything" clears the whole database through the settings store.
 */
const pick = (all: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(all).filter(([key]) => keys.includes(key)));

export function privateStorageArea(area: PrivateSettingsArea): StorageAreaLike {
  return {
    get: async (keys) => {
      const all = await area.get();
      if (keys === undefined || keys === null) return all;
      return pick(all, typeof keys === 'string' ? [keys] : keys);
    },
    set: async (items) => area.set({ ...(await area.get()), ...items }),
    remove: async (keys) => {
      const gone = typeof keys === 'string' ? [keys] : keys;
      const all = await area.get();
      await area.set(Object.fromEntries(Object.entries(all).filter(([key]) => !gone.includes(key))));
    },
    clear: () => area.set({}),
  };
}
