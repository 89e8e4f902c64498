import type { Translator } from '../../platform/i18n.ts';

const HOUR = 60;
const DAY = 24 * HOUR;

/** The monitoring intervals the settings page offers, in minutes. */
export const MONITORING_INTERVALS = [6 * HOUR, 12 * HOUR, DAY, 3 * DAY, 7 * DAY] as const;

/** "every day", "every 6 hours": the named intervals read naturally; anything else in hours. */
export function intervalText(t: Translator, minutes: number): string {
  switch (minutes) {
    case 6 * HOUR:
      return t('common_interval_6h');
    case 12 * HOUR:
      return t('common_interval_12h');
    case DAY:
      return t('common_interval_day');
    case 3 * DAY:
      return t('common_interval_3d');
    case 7 * DAY:
      return t('common_interval_week');
    default:
      return t('common_interval_hours', String(Math.round(minutes / HOUR)));
  }
}
