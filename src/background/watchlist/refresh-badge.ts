import type { BackgroundDeps } from '../background-deps.ts';

/** The badge is derived from stored entries, never kept in memory, so it survives worker restarts. */
export async function refreshBadge(deps: Pick<BackgroundDeps, 'db' | 'badge'>): Promise<number> {
  const unseen = (await deps.db.watchlist.list()).reduce((sum, e) => sum + e.unseenFindings, 0);
  await deps.badge.showCount(unseen);
  return unseen;
}
