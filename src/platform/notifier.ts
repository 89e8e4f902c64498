import type { ExtensionApi } from './extension-api-types.ts';

export const FINDINGS_NOTIFICATION_ID = 'exposure-check/new-findings';

/** Operating-system notifications. Text is composed by the caller and never contains an identifier. */
export interface Notifier {
  show(notification: { title: string; message: string }): Promise<void>;
}

export function createNotifier(api: Pick<ExtensionApi, 'notifications' | 'runtime'>): Notifier {
  return {
    show: async ({ title, message }) => {
      // Same id each time: a second run replaces the first notification instead of stacking.
      await api.notifications.create(FINDINGS_NOTIFICATION_ID, {
        type: 'basic',
        iconUrl: api.runtime.getURL('icons/icon-128.png'),
        title,
        message,
      });
    },
  };
}
