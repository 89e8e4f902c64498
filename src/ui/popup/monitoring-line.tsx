import { useEffect, useState } from 'preact/hooks';
import { useClient } from '../shared/client-context.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { intervalText } from '../shared/interval-text.ts';

interface Status {
  enabled: boolean;
  intervalMinutes: number;
  lastSuccessAt: string | undefined;
  failing: boolean;
}

/** "Re-checked every day; last run …", or that automatic re-checks are off. */
export function MonitoringLine() {
  const t = useT();
  const client = useClient();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    let live = true;
    client
      .monitoringStatus()
      .then(
        ({ enabled, intervalMinutes, state }) =>
          live &&
          setStatus({
            enabled,
            intervalMinutes,
            lastSuccessAt: state.lastSuccessAt,
            failing: state.consecutiveFailures > 0,
          }),
      )
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client]);
  if (status === null) return null;
  if (!status.enabled) return <p class="hint">{t('popup_monitoring_off')}</p>;
  return (
    <p class="hint">
      {t('popup_monitoring_on', intervalText(t, status.intervalMinutes))}{' '}
      {status.lastSuccessAt !== undefined &&
        t('popup_monitoring_last', formatDateTime(t.language, status.lastSuccessAt))}
      {status.failing && <span class="error"> {t('popup_monitoring_failing')}</span>}
    </p>
  );
}
