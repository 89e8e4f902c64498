import type { ExtensionApi } from './extension-api-types.ts';

export const MONITOR_ALARM_NAME = 'exposure-check/monitor';

/**
 * One one-shot alarm, re-armed after every run from the time stored in monitor state. One-shot rather
 * than periodic so backoff and Retry-After can move the next run without a second timer.
 */
export interface MonitorAlarm {
  scheduleAt(when: Date): Promise<void>;
  /** When the alarm will fire, or undefined when none is set (e.g. after the browser dropped it). */
  scheduledAt(): Promise<Date | undefined>;
  cancel(): Promise<void>;
}

export function createMonitorAlarm(alarms: ExtensionApi['alarms']): MonitorAlarm {
  return {
    scheduleAt: async (when) => void (await alarms.create(MONITOR_ALARM_NAME, { when: when.getTime() })),
    scheduledAt: async () => {
      const alarm = await alarms.get(MONITOR_ALARM_NAME);
      return alarm === undefined ? undefined : new Date(alarm.scheduledTime);
    },
    cancel: async () => void (await alarms.clear(MONITOR_ALARM_NAME)),
  };
}
