import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../contracts/index.ts';
import { failureOf } from '../shared/failure-of.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { useT } from '../shared/i18n-context.tsx';

export interface SettingsState {
  settings: Settings | null;
  /** Saved / failed message for the page's status line. */
  status: string;
  save(patch: SettingsPatch): Promise<boolean>;
  reload(): Promise<void>;
}

/** The stored settings; every change is saved at once and confirmed in a status line. */
export function useSettings(): SettingsState {
  const t = useT();
  const client = useClient();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  const reload = useCallback(async () => {
    try {
      setSettings((await client.settingsGet()).settings);
    } catch (error) {
      setStatus(requestErrorText(t, failureOf(error).code));
    }
  }, [client, t]);

  useEffect(() => void reload(), [reload]);

  const save = useCallback(
    async (patch: SettingsPatch) => {
      try {
        setSettings((await client.settingsUpdate({ patch })).settings);
        setStatus(t('options_saved'));
        return true;
      } catch (error) {
        setStatus(requestErrorText(t, failureOf(error).code));
        return false;
      }
    },
    [client, t],
  );

  return { settings, status, save, reload };
}
