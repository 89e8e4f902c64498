import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';

export const monitoringStatus: Handler<'ui/monitoring.status', BackgroundDeps> = async (_request, deps) => {
  const settings = await deps.settings.get();
  return {
    state: await deps.monitorState.get(),
    enabled: settings.monitoringEnabled,
    intervalMinutes: settings.monitoringIntervalMinutes,
  };
};
