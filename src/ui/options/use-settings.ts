import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../contracts/index.ts';
import { failureOf } from '../shared/failure-of.ts';
import { useClient } from '../shared/client-context.tsx';
import { requestErrorText } from '../shared/error-text.ts';
import { useT } from '../shared/i18n-context.tsx';

/** The settings sections that save; each confirms in a status line of its own, next to what changed. */
export type SettingsSection = 'countries' | 'hibp' | 'monitoring';

export type SaveSettings = (patch: SettingsPatch) => Promise<boolean>;

export interface SettingsState {
  settings: Settings | null;
  /** Why the settings could not be read, for the page's own status line. */
  loadError: string;
  /** Saved / failed message of `section`; empty unless that section saved last. */
  statusOf(section: SettingsSection): string;
  /** A save that confirms in `section`'s status line. */
  saveIn(section: SettingsSection): SaveSettings;
  reload(): Promise<void>;
}

/** The stored settings; every change is saved at once and confirmed next to the section that changed. */
export function useSettings(): SettingsState {
  const t = useT();
  const client = useClient();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState<{ section: SettingsSection; text: string } | null>(null);

  const reload = useCallback(async () => {
    try {
      setSettings((await client.settingsGet()).settings);
      setLoadError('');
    } catch (error) {
      setLoadError(requestErrorText(t, failureOf(error).code));
    }
  }, [client, t]);

  useEffect(() => void reload(), [reload]);

  const save = useCallback(
    async (section: SettingsSection, patch: SettingsPatch) => {
      try {
        setSettings((await client.settingsUpdate({ patch })).settings);
        setStatus({ section, text: t('options_saved') });
        return true;
      } catch (error) {
        setStatus({ section, text: requestErrorText(t, failureOf(error).code) });
        return false;
      }
    },
    [client, t],
  );

  return {
    settings,
    loadError,
    statusOf: (section) => (status?.section === section ? status.text : ''),
    saveIn: (section) => (patch) => save(section, patch),
    reload,
  };
}
