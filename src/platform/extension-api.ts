import type { ExtensionApi } from './extension-api-types.ts';

export type * from './extension-api-types.ts';

let cached: ExtensionApi | undefined;

/**
 * The real browser API, loaded on first use. webextension-polyfill throws when imported outside an
 * extension, so it is imported lazily and only here: unit tests never load it.
 */
export async function loadExtensionApi(): Promise<ExtensionApi> {
  if (cached === undefined) {
    const { default: browser } = await import('webextension-polyfill');
    const api: ExtensionApi = browser;
    cached = api;
  }
  return cached;
}
