import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources } from '../sources/configured-sources.ts';
import { loadSource } from '../sources/load-source.ts';
import { sourceViewOf } from '../sources/source-view.ts';

/** Shows what a source.json says about itself; nothing is saved. */
export const sourcesPreview: Handler<'ui/sources.preview', BackgroundDeps> = async ({ url }, deps) => {
  const descriptor = await loadSource(url, deps);
  const existing = configuredSources(await deps.settings.get(), deps.builtInSources);
  const candidate = {
    descriptor,
    builtIn: false,
    enabled: true,
    custom: { url, descriptor, enabled: true, addedAt: deps.now().toISOString() },
  };
  return {
    preview: await sourceViewOf(candidate, deps, existing),
    alreadyAdded: existing.some((s) => s.descriptor.id === descriptor.id),
  };
};
