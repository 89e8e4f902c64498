import { RequestError, type CustomSource } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources, originsOf } from '../sources/configured-sources.ts';
import { loadSource } from '../sources/load-source.ts';
import { sourceViewOf } from '../sources/source-view.ts';

/**
 * Adds a custom source. The descriptor is fetched again here rather than taken from the page, and every
 * host it needs must already be granted (the settings page asks on the user's click).
 */
export const sourcesAdd: Handler<'ui/sources.add', BackgroundDeps> = async ({ url }, deps) => {
  const descriptor = await loadSource(url, deps);
  const at = deps.now().toISOString();
  const custom: CustomSource = { url, descriptor, enabled: true, addedAt: at, fetchedAt: at };
  const candidate = { descriptor, builtIn: false, enabled: true, custom };
  const origins = originsOf(candidate);
  if (!(await deps.hostPermissions.has(origins))) {
    const hosts = origins.map((o) => new URL(o.replace('/*', '/')).hostname).join(', ');
    throw new RequestError(
      'permission-missing',
      `Allow Exposure Check to contact ${hosts} to add this source.`,
    );
  }
  const updated = await deps.settings.update((settings) => {
    if (configuredSources(settings, deps.builtInSources).some((s) => s.descriptor.id === descriptor.id)) {
      throw new RequestError(
        'source-exists',
        `A source with the id "${descriptor.id}" is already in your list.`,
      );
    }
    return { ...settings, customSources: [...settings.customSources, custom] };
  });
  return {
    source: await sourceViewOf(candidate, deps, configuredSources(updated, deps.builtInSources)),
  };
};
