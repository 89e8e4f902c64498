import browser from 'webextension-polyfill';
import type { ExtensionApi } from './extension-api-types.ts';

/**
 * The real browser API, imported statically for the service worker, which must register its listeners
 * in the first turn of the event loop. Pages use loadExtensionApi() instead.
 */
export const extensionApi: ExtensionApi = browser;
