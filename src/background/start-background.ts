import { SETTINGS_STORAGE_KEY } from '../contracts/index.ts';
import type { ExtensionApi } from '../platform/extension-api-types.ts';
import { FINDINGS_NOTIFICATION_ID } from '../platform/notifier.ts';
import { MONITOR_ALARM_NAME } from '../platform/monitor-alarm.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { createBackgroundDeps } from './create-deps.ts';
import { createBackgroundRouter } from './create-router.ts';
import { ensureMonitorSchedule } from './monitoring/ensure-schedule.ts';
import { runMonitor } from './monitoring/run-monitor.ts';
import { refreshBadge } from './watchlist/refresh-badge.ts';

/** Background work started by an event; failures are logged (without data) instead of lost. */
function background(deps: BackgroundDeps, what: string, task: () => Promise<unknown>): void {
  task().catch((error: unknown) => {
    deps.log.error('Exposure Check background task failed', {
      task: what,
      error: error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown',
    });
  });
}

/**
 * Registers every listener synchronously (MV3 wakes the worker for an event and delivers it only to
 * listeners registered in the first turn), then re-derives schedule and badge from storage.
 */
export function startBackground(api: ExtensionApi, overrides: Partial<BackgroundDeps> = {}) {
  const deps = createBackgroundDeps(api, overrides);
  const router = createBackgroundRouter(api, () => deps);
  api.runtime.onMessage.addListener((message, sender) => router(message, sender));
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MONITOR_ALARM_NAME) background(deps, 'monitor', () => runMonitor(deps));
  });
  const resync = () =>
    background(deps, 'schedule', () => Promise.all([ensureMonitorSchedule(deps), refreshBadge(deps)]));
  api.runtime.onInstalled.addListener(resync);
  api.runtime.onStartup.addListener(resync);
  api.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && SETTINGS_STORAGE_KEY in changes) {
      background(deps, 'schedule', () => ensureMonitorSchedule(deps));
    }
  });
  api.notifications.onClicked.addListener((id) => {
    if (id !== FINDINGS_NOTIFICATION_ID) return;
    background(
      deps,
      'open',
      async () => (await deps.launcher.openPopup()) || deps.launcher.openOptionsCheckView(),
    );
  });
  resync();
  return { deps, router };
}
