import { RequestError } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources } from '../sources/configured-sources.ts';
import { SOURCE_REFRESH_MAX_AGE_MS } from '../sources/refresh-sources.ts';
import { entryViewOf } from '../watchlist/entry-view.ts';
import { newFindingCount, recheckEntries } from '../watchlist/recheck-entries.ts';

/**
 * A re-check the user asked for. They are looking at the result, so new findings are returned and
 * marked seen rather than notified. Buckets are fetched fresh and source.json files older than the
 * refresh window are read again, so an update published a moment ago is seen.
 */
export const watchlistRecheck: Handler<'ui/watchlist.recheck', BackgroundDeps> = async ({ id }, deps) => {
  const all = await deps.db.watchlist.list();
  const entries = id === undefined ? all : all.filter((e) => e.id === id);
  if (id !== undefined && entries.length === 0)
    throw new RequestError('not-found', 'That watched item no longer exists.');
  const at = deps.now().toISOString();
  const rechecks = await recheckEntries(entries, deps, at, SOURCE_REFRESH_MAX_AGE_MS);
  await deps.db.watchlist.putMany(rechecks.map((r) => r.entry));
  const sources = configuredSources(await deps.settings.get(), deps.builtInSources);
  return {
    entries: rechecks.map((r) => entryViewOf(r.entry, sources)),
    newFindings: rechecks.reduce((sum, r) => sum + newFindingCount(r), 0),
  };
};
