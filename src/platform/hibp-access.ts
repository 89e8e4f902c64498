import { HIBP_ORIGINS } from '../contracts/index.ts';
import { createDataCollectionConsent, HIBP_DATA_COLLECTION } from './data-collection.ts';
import type { ExtensionApi } from './extension-api-types.ts';

/** What the HIBP email search needs from the browser: the host, and on Firefox 140+ the data consent. */
export interface HibpAccess {
  has(): Promise<boolean>;
  /** Must run straight from a click. */
  request(): Promise<boolean>;
}

export function createHibpAccess(api: Pick<ExtensionApi, 'runtime' | 'permissions'>): HibpAccess {
  const consent = createDataCollectionConsent(api);
  const origins = [...HIBP_ORIGINS];
  return {
    has: async () => (await api.permissions.contains({ origins })) && (await consent.has()),
    // One request for both: a second prompt after awaiting the first would have lost the click's gesture.
    request: () =>
      api.permissions.request(
        consent.applies() ? { origins, data_collection: HIBP_DATA_COLLECTION } : { origins },
      ),
  };
}
