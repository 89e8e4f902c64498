import { useEffect, useState } from 'preact/hooks';
import type { SettingsPatch } from '../../contracts/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { useClient } from '../shared/client-context.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { CheckView } from './check-view.tsx';
import { DEFAULT_POPUP_SETTINGS, type PopupSettings } from './popup-settings.ts';
import { PrivacyNote } from './privacy-note.tsx';
import { ViewTabs } from './view-tabs.tsx';
import { WatchlistView } from './watchlist-view.tsx';

type View = 'check' | 'watchlist';

/**
 * The popup: check and watchlist views, the user's settings for detection, and a launch intent if any.
 * `embedded` is the options page's #check view, which has its own heading and navigation.
 */
export function PopupApp({ embedded = false }: { embedded?: boolean }) {
  const t = useT();
  const client = useClient();
  const [view, setView] = useState<View>('check');
  const [watchlistVisits, setWatchlistVisits] = useState(0);
  const [settings, setSettings] = useState<PopupSettings>(DEFAULT_POPUP_SETTINGS);
  const [initialKind, setInitialKind] = useState<IdentifierKind | null>(null);
  const [initialIncidentId, setInitialIncidentId] = useState<string | null>(null);

  useEffect(() => {
    // Without settings, detection still works (no country preference); without an intent, nothing is preselected.
    client
      .settingsGet()
      .then(({ settings: s }) => setSettings(s))
      .catch(() => undefined);
    client
      .launchTake()
      .then(({ intent }) => {
        if (intent?.kind !== undefined) setInitialKind(intent.kind);
        if (intent?.incidentId !== undefined) setInitialIncidentId(intent.incidentId);
      })
      .catch(() => undefined);
  }, [client]);

  const updateSettings = async (patch: SettingsPatch) => {
    // Shown at once; the stored settings (validated by the background) replace it when they arrive.
    setSettings((current) => ({
      countries: patch.countries ?? current.countries,
      nationalIdKinds: patch.nationalIdKinds ?? current.nationalIdKinds,
      phoneRegion: patch.phoneRegion === undefined ? current.phoneRegion : patch.phoneRegion,
      countryAsked: patch.countryAsked ?? current.countryAsked,
    }));
    try {
      const { settings: saved } = await client.settingsUpdate({ patch });
      setSettings(saved);
    } catch {
      // Not saved: the popup still uses the answer until it closes, and asks again next time.
    }
  };

  const select = (next: View) => {
    // The watchlist is read afresh each time it is opened: a check may just have added to it.
    if (next === 'watchlist' && view !== 'watchlist') setWatchlistVisits((n) => n + 1);
    setView(next);
  };

  // Embedded in the settings page, which has its own <main>: a page has one main landmark.
  const Main = embedded ? 'div' : 'main';
  return (
    <div class="popup">
      {!embedded && (
        <header class="popup-header">
          <h1>{t('common_app_name')}</h1>
          <a href="../options/index.html" target="_blank" rel="noopener">
            {t('popup_settings_link')}
          </a>
        </header>
      )}
      <ViewTabs
        label={t('popup_views_label')}
        selected={view}
        onSelect={select}
        tabs={[
          { id: 'check', label: t('popup_tab_check'), panelId: 'panel-check' },
          { id: 'watchlist', label: t('popup_tab_watchlist'), panelId: 'panel-watchlist' },
        ]}
      />
      <Main>
        {/* The check view stays mounted while hidden, so its results survive a look at the watchlist. */}
        <div id="panel-check" role="tabpanel" aria-labelledby="tab-check" hidden={view !== 'check'}>
          <CheckView
            settings={settings}
            initialKind={initialKind}
            initialIncidentId={initialIncidentId}
            onShowWatchlist={() => select('watchlist')}
            updateSettings={updateSettings}
            languages={typeof navigator === 'undefined' ? [] : navigator.languages}
          />
        </div>
        <div
          id="panel-watchlist"
          role="tabpanel"
          aria-labelledby="tab-watchlist"
          hidden={view !== 'watchlist'}
        >
          {view === 'watchlist' && (
            <WatchlistView key={watchlistVisits} homeCountry={settings.countries[0]} />
          )}
        </div>
      </Main>
      <PrivacyNote />
    </div>
  );
}
