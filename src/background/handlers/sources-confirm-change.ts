import { RequestError, type CustomSource } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources, originsOf } from '../sources/configured-sources.ts';
import { sourceViewOf } from '../sources/source-view.ts';

const gone = () => new RequestError('not-found', 'That source is not in your list any more.');

/**
 * Adopts the pending change of a custom source (a new salt, prefix length, key, address or kind) after
 * the person saw it on the settings page. Keys watched under the old description then ask to be entered
 * again (src/background/watchlist/stale-keys.ts). The hosts the new description needs must be granted.
 */
export const sourcesConfirmChange: Handler<'ui/sources.confirmChange', BackgroundDeps> = async (
  { id },
  deps,
) => {
  const before = configuredSources(await deps.settings.get(), deps.builtInSources).find(
    (s) => s.descriptor.id === id,
  );
  const pending = before?.custom?.pendingChange;
  if (before === undefined || before.custom === undefined) throw gone();
  if (pending === undefined) {
    throw new RequestError('not-found', 'That source has no change waiting for confirmation.');
  }
  const origins = originsOf({ ...before, descriptor: pending.descriptor });
  if (!(await deps.hostPermissions.has(origins))) {
    throw new RequestError(
      'permission-missing',
      'Allow Exposure Check to contact the hosts the changed source needs, then confirm again.',
    );
  }
  const settings = await deps.settings.update((current) => {
    const customSources = current.customSources.map((c): CustomSource => {
      // Only the very version the person saw: a newer read since then has to be confirmed itself.
      if (c.descriptor.id !== id || c.pendingChange?.seenAt !== pending.seenAt) return c;
      const { pendingChange: _adopted, lastRefreshError: _cleared, ...rest } = c;
      return { ...rest, descriptor: pending.descriptor, fetchedAt: pending.seenAt };
    });
    return { ...current, customSources };
  });
  const all = configuredSources(settings, deps.builtInSources);
  const source = all.find((s) => s.descriptor.id === id);
  if (source === undefined) throw gone();
  return { source: await sourceViewOf(source, deps, all) };
};
