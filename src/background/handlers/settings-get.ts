import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

export const settingsGet: Handler<'ui/settings.get', BackgroundDeps> = async (_request, deps) => ({
  settings: await deps.settings.get(),
});
