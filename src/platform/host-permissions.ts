import type { ExtensionApi } from './extension-api-types.ts';

/** `https://host/*` for each distinct host of `urls` (ports are not part of match patterns). */
export function originPatternsFor(urls: readonly string[]): string[] {
  const patterns = urls.flatMap((value) => {
    try {
      const url = new URL(value);
      return [`${url.protocol}//${url.hostname}/*`];
    } catch {
      return [];
    }
  });
  return [...new Set(patterns)];
}

/**
 * What the person is shown for the same URLs: each distinct host with its port when not the default
 * (`localhost:8080`). A granted pattern covers every port of its host (Firefox's patterns cannot name one),
 * so the port the extension will really contact is said in words wherever permission is asked for.
 */
export function addressesFor(urls: readonly string[]): string[] {
  const hosts = urls.flatMap((value) => {
    try {
      return [new URL(value).host];
    } catch {
      return [];
    }
  });
  return [...new Set(hosts)];
}

/** Optional host permissions for custom sources. `request` must run in a page, on a user gesture. */
export interface HostPermissions {
  has(origins: readonly string[]): Promise<boolean>;
  request(origins: readonly string[]): Promise<boolean>;
}

export function createHostPermissions(permissions: ExtensionApi['permissions']): HostPermissions {
  return {
    has: async (origins) => origins.length === 0 || (await permissions.contains({ origins: [...origins] })),
    request: async (origins) =>
      origins.length === 0 || (await permissions.request({ origins: [...origins] })),
  };
}
