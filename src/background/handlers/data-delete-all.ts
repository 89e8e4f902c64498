import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { ensureMonitorSchedule } from '../monitoring/ensure-schedule.ts';

/** Every stored key and store, per its retention rule "cleared on delete-all"; then back to defaults. */
export const dataDeleteAll: Handler<'ui/data.deleteAll', BackgroundDeps> = async (_request, deps) => {
  await deps.db.clearAll();
  await deps.settings.clear();
  await deps.monitorState.clear();
  await deps.launchIntents.clear();
  await deps.portalDismissals.clear();
  await deps.incidentChoices.clear();
  await deps.alarm.cancel();
  await deps.badge.showCount(0);
  await ensureMonitorSchedule(deps);
  return { deleted: true as const };
};
