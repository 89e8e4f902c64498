import { MONITOR_STATE_STORAGE_KEY, monitorStateSchema, type MonitorState } from '../contracts/index.ts';
import type { StorageAreaLike } from './extension-api-types.ts';

/** storage.local `monitor`: schedule and backoff. Retention: overwritten each run; removed on delete-all. */
export interface MonitorStateStore {
  get(): Promise<MonitorState>;
  set(state: MonitorState): Promise<void>;
  clear(): Promise<void>;
}

export function createMonitorStateStore(area: StorageAreaLike): MonitorStateStore {
  return {
    get: async () =>
      monitorStateSchema.parse((await area.get(MONITOR_STATE_STORAGE_KEY))[MONITOR_STATE_STORAGE_KEY] ?? {}),
    // JSON round trip drops `undefined` fields, which storage implementations treat differently.
    set: (state) => area.set({ [MONITOR_STATE_STORAGE_KEY]: JSON.parse(JSON.stringify(state)) as unknown }),
    clear: () => area.remove(MONITOR_STATE_STORAGE_KEY),
  };
}
