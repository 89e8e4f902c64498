import { RequestError } from '../../contracts/index.ts';
import { withOwnValue } from '../../core/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources } from '../sources/configured-sources.ts';
import { sourceViewOf } from '../sources/source-view.ts';

export const sourcesSetEnabled: Handler<'ui/sources.setEnabled', BackgroundDeps> = async (
  { id, enabled },
  deps,
) => {
  const settings = await deps.settings.update((current) => {
    if (deps.builtInSources.some((s) => s.id === id)) {
      return { ...current, builtInSources: withOwnValue(current.builtInSources, id, { enabled }) };
    }
    if (!current.customSources.some((c) => c.descriptor.id === id)) {
      throw new RequestError('not-found', 'That source is not in your list any more.');
    }
    const customSources = current.customSources.map((c) => (c.descriptor.id === id ? { ...c, enabled } : c));
    return { ...current, customSources };
  });
  const all = configuredSources(settings, deps.builtInSources);
  const source = all.find((s) => s.descriptor.id === id);
  if (source === undefined) throw new RequestError('not-found', 'That source is not in your list any more.');
  return { source: await sourceViewOf(source, deps, all) };
};
