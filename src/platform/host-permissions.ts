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
