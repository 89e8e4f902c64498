import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

export const launchTake: Handler<'ui/launch.take', BackgroundDeps> = async (_request, deps) => ({
  intent: await deps.launchIntents.take(deps.now()),
});
