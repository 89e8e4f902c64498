import { useEffect, useState } from 'preact/hooks';
import { useT } from '../shared/i18n-context.tsx';
import { Spinner } from '../shared/spinner.tsx';
import { CountriesSection } from './countries-section.tsx';
import { DataSection } from './data-section.tsx';
import { HibpKeySection } from './hibp-key-section.tsx';
import { MonitoringSection } from './monitoring-section.tsx';
import { SourcesSection } from './sources-section.tsx';
import { useSettings } from './use-settings.ts';

export interface SettingsPageProps {
  /** Section to scroll to (`#sources`, `#data`…). */
  section: string | undefined;
  addSourceUrl: string;
}

/** Every setting, saved as soon as it changes. */
export function SettingsPage({ section, addSourceUrl }: SettingsPageProps) {
  const t = useT();
  const { settings, loadError, statusOf, saveIn, reload } = useSettings();
  const [reloadKey, setReloadKey] = useState(0);
  const ready = settings !== null;

  useEffect(() => {
    if (ready && section !== undefined) document.getElementById(section)?.scrollIntoView();
  }, [ready, section]);

  if (settings === null) {
    return (
      <div aria-busy="true">
        <Spinner label={t('common_loading')} />
        <p role="status">{loadError}</p>
      </div>
    );
  }
  const changed = () => {
    void reload();
    setReloadKey((k) => k + 1);
  };
  return (
    <div class="settings">
      <h2 class="sr-only">{t('options_nav_settings')}</h2>
      <p role="status" class="status">
        {loadError}
      </p>
      <CountriesSection settings={settings} save={saveIn('countries')} status={statusOf('countries')} />
      <SourcesSection addSourceUrl={addSourceUrl} reloadKey={reloadKey} />
      <HibpKeySection settings={settings} save={saveIn('hibp')} status={statusOf('hibp')} />
      <MonitoringSection settings={settings} save={saveIn('monitoring')} status={statusOf('monitoring')} />
      <DataSection onChanged={changed} />
    </div>
  );
}
