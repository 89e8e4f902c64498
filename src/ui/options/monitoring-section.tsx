import { useId } from 'preact/hooks';
import type { Settings } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { SaveStatus } from './save-status.tsx';
import type { SaveSettings } from './use-settings.ts';
import { MONITORING_INTERVALS, intervalText } from '../shared/interval-text.ts';

export interface MonitoringSectionProps {
  settings: Settings;
  save: SaveSettings;
  /** This section's saved / failed line. */
  status: string;
}

/** Automatic re-checks and how often, notifications, and the warnings on health portals. */
export function MonitoringSection({ settings, save, status }: MonitoringSectionProps) {
  const t = useT();
  const ids = { heading: useId(), interval: useId() };
  const intervals: number[] = MONITORING_INTERVALS.includes(settings.monitoringIntervalMinutes as never)
    ? [...MONITORING_INTERVALS]
    : [...MONITORING_INTERVALS, settings.monitoringIntervalMinutes].toSorted((a, b) => a - b);
  return (
    <section id="monitoring" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('options_monitoring_heading')}</h2>
      <label class="check-row">
        <input
          type="checkbox"
          checked={settings.monitoringEnabled}
          onChange={(e) => void save({ monitoringEnabled: e.currentTarget.checked })}
        />
        <span>{t('options_monitoring_enabled')}</span>
      </label>
      <div class="field">
        <label for={ids.interval}>{t('options_monitoring_interval')}</label>
        <select
          id={ids.interval}
          disabled={!settings.monitoringEnabled}
          value={String(settings.monitoringIntervalMinutes)}
          onChange={(e) => void save({ monitoringIntervalMinutes: Number(e.currentTarget.value) })}
        >
          {intervals.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {intervalText(t, minutes)}
            </option>
          ))}
        </select>
      </div>
      <label class="check-row">
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={(e) => void save({ notifications: e.currentTarget.checked })}
        />
        <span>{t('options_notifications')}</span>
      </label>
      <label class="check-row">
        <input
          type="checkbox"
          checked={settings.portalWarnings}
          onChange={(e) => void save({ portalWarnings: e.currentTarget.checked })}
        />
        <span>{t('options_portal_warnings')}</span>
      </label>
      <p class="hint">{t('options_portal_warnings_hint')}</p>
      <SaveStatus text={status} />
    </section>
  );
}
