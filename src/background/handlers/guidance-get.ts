import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

/** Nothing stored yet means nothing ticked yet. */
export const guidanceGet: Handler<'ui/guidance.get', BackgroundDeps> = async ({ findingId }, deps) => ({
  progress: (await deps.db.guidance.get(findingId)) ?? {
    findingId,
    doneStepIds: [],
    updatedAt: deps.now().toISOString(),
  },
});
