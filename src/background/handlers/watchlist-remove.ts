import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { refreshBadge } from '../watchlist/refresh-badge.ts';

/** Removes the entry and its guidance progress (the entry id is its finding id). */
export const watchlistRemove: Handler<'ui/watchlist.remove', BackgroundDeps> = async ({ id }, deps) => {
  const removed = await deps.db.watchlist.delete(id);
  await deps.db.guidance.delete(id);
  await refreshBadge(deps);
  return { removed };
};
