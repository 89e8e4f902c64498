import { RequestError } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

/**
 * Removes a custom source. Watchlist keys for it stay (they hold no identifier) so re-adding the same
 * source resumes monitoring; until then they are skipped. Built-in sources can only be disabled.
 */
export const sourcesRemove: Handler<'ui/sources.remove', BackgroundDeps> = async ({ id }, deps) => {
  if (deps.builtInSources.some((s) => s.id === id)) {
    throw new RequestError('not-found', 'Built-in sources cannot be removed; switch them off instead.');
  }
  let removed = false;
  await deps.settings.update((settings) => {
    const customSources = settings.customSources.filter((c) => c.descriptor.id !== id);
    removed = customSources.length !== settings.customSources.length;
    return { ...settings, customSources };
  });
  return { removed };
};
