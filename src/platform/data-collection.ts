import type { ExtensionApi, ManifestLike } from './extension-api-types.ts';

/**
 * Firefox 140+ asks the person's consent for each category of data an extension transmits. The HIBP
 * email search sends data derived from an email address (a hash prefix, or the address itself in the
 * plain search) to a third party, so it waits for the optional `personallyIdentifyingInfo` consent.
 * Chrome has no such consent; the manifest tells the two apart (the key exists in the Firefox build only).
 */
export const HIBP_DATA_COLLECTION = ['personallyIdentifyingInfo'];

export interface DataCollectionConsent {
  /** True where the browser asks for data-collection consent (the manifest declares it as optional). */
  applies(): boolean;
  has(): Promise<boolean>;
  /** Must run straight from a click in a page. */
  request(): Promise<boolean>;
}

function declaresOptionalConsent(manifest: ManifestLike): boolean {
  const optional = manifest.browser_specific_settings?.gecko?.data_collection_permissions?.optional;
  return Array.isArray(optional) && HIBP_DATA_COLLECTION.every((category) => optional.includes(category));
}

export function createDataCollectionConsent(
  api: Pick<ExtensionApi, 'runtime' | 'permissions'>,
): DataCollectionConsent {
  const applies = () => declaresOptionalConsent(api.runtime.getManifest());
  return {
    applies,
    has: async () =>
      !applies() || (await api.permissions.contains({ data_collection: HIBP_DATA_COLLECTION })),
    request: async () =>
      !applies() || (await api.permissions.request({ data_collection: HIBP_DATA_COLLECTION })),
  };
}
