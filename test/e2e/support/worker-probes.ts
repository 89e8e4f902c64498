import type { Worker } from 'playwright-core';

// Helpers that act inside the extension's service worker for scenarios about monitoring. A spy lives in
// the worker's memory, so install it after the last restart and before the action that notifies.

interface NotificationOptions {
  title?: string;
  message?: string;
  iconUrl?: string;
}
export interface RecordedNotification {
  id: string;
  options: NotificationOptions;
}

interface WorkerGlobal {
  e2eRecordedNotifications?: RecordedNotification[];
  chrome: {
    notifications: {
      create(id: string, options: NotificationOptions): Promise<string>;
      getAll(): Promise<Record<string, boolean>>;
    };
    alarms: { create(name: string, info: { when: number }): Promise<void> };
  };
}

/**
 * Wraps chrome.notifications.create so the title and message can be asserted; the notification is
 * still created. webextension-polyfill looks the method up at call time, so its calls are seen too.
 */
export async function spyOnNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as WorkerGlobal;
    if (g.e2eRecordedNotifications) return;
    const recorded: RecordedNotification[] = [];
    g.e2eRecordedNotifications = recorded;
    const api = g.chrome.notifications;
    const original = api.create.bind(api);
    api.create = (id, options) => {
      recorded.push({ id, options: { ...options } });
      return original(id, options);
    };
  });
}

export function recordedNotifications(worker: Worker): Promise<RecordedNotification[]> {
  return worker.evaluate(() => (globalThis as unknown as WorkerGlobal).e2eRecordedNotifications ?? []);
}

/** Ids of the extension's notifications Chromium is showing now. */
export async function activeNotificationIds(worker: Worker): Promise<string[]> {
  const all = await worker.evaluate(() =>
    (globalThis as unknown as WorkerGlobal).chrome.notifications.getAll(),
  );
  return Object.keys(all);
}

/**
 * Fires the named alarm now instead of at its scheduled time (unpacked extensions have no minimum
 * delay), e.g. the monitor alarm, so a scenario need not wait a day. Replaces that alarm's schedule.
 */
export async function fireAlarmNow(worker: Worker, name: string): Promise<void> {
  await worker.evaluate(
    (alarm) => (globalThis as unknown as WorkerGlobal).chrome.alarms.create(alarm, { when: Date.now() + 10 }),
    name,
  );
}
