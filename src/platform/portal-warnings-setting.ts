import { loadExtensionApi, type StorageAreaLike } from './extension-api.ts';

// Stand-in until the settings store exists: read `settings.portalWarnings` straight from
// storage.local (the key and field are fixed in contracts/settings.ts). Anything missing or
// malformed means "on", the documented default.
const SETTINGS_KEY = 'settings';

/** Whether the user allows portal warnings. Pass a storage area in tests; the real one is loaded otherwise. */
export async function portalWarningsEnabled(storage?: Pick<StorageAreaLike, 'get'>): Promise<boolean> {
  const area = storage ?? (await loadExtensionApi()).storage.local;
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (typeof stored !== 'object' || stored === null) return true;
  const value = (stored as { portalWarnings?: unknown }).portalWarnings;
  return typeof value === 'boolean' ? value : true;
}
