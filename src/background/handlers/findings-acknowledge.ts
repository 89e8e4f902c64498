import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

/** The user opened the results: nothing is unseen any more and the badge goes away. */
export const findingsAcknowledge: Handler<'ui/findings.acknowledge', BackgroundDeps> = async (
  _request,
  deps,
) => {
  const unseen = (await deps.db.watchlist.list()).filter((e) => e.unseenFindings > 0);
  await deps.db.watchlist.putMany(unseen.map((e) => ({ ...e, unseenFindings: 0 })));
  await deps.badge.showCount(0);
  return { acknowledged: unseen.reduce((sum, e) => sum + e.unseenFindings, 0) };
};
