import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources } from '../sources/configured-sources.ts';
import { entryViewOf } from '../watchlist/entry-view.ts';

export const watchlistList: Handler<'ui/watchlist.list', BackgroundDeps> = async (_request, deps) => {
  const sources = configuredSources(await deps.settings.get(), deps.builtInSources);
  const entries = await deps.db.watchlist.list();
  entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { entries: entries.map((e) => entryViewOf(e, sources)) };
};
