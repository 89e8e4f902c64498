import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

export const historyList: Handler<'ui/history.list', BackgroundDeps> = async ({ limit }, deps) => ({
  records: await deps.db.history.list(limit),
});
