import type { Worker } from 'playwright-core';

export type StorageArea = 'local' | 'session' | 'sync';

// The slice of the extension API these helpers call inside the worker (no @types/chrome in this repo).
interface StorageGlobal {
  chrome: {
    storage: Record<
      StorageArea,
      {
        get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      }
    >;
  };
}

/** chrome.storage.<area>.get(keys), run in the extension's service worker (all keys when omitted). */
export function readStorage(
  worker: Worker,
  area: StorageArea,
  keys?: string | string[],
): Promise<Record<string, unknown>> {
  return worker.evaluate(
    ([a, k]) => (globalThis as unknown as StorageGlobal).chrome.storage[a].get(k ?? null),
    [area, keys] as const,
  );
}

/** chrome.storage.<area>.set(items), run in the extension's service worker. */
export function writeStorage(
  worker: Worker,
  area: StorageArea,
  items: Record<string, unknown>,
): Promise<void> {
  return worker.evaluate(([a, i]) => (globalThis as unknown as StorageGlobal).chrome.storage[a].set(i), [
    area,
    items,
  ] as const);
}
