import { PopupApp } from '../popup/popup-app.tsx';
import { useT } from '../shared/i18n-context.tsx';
import { useHashRoute, type Route } from './hash-route.ts';
import { PrivacyPage } from './privacy-page.tsx';
import { SettingsPage } from './settings-page.tsx';

const NAV: readonly {
  page: Route['page'];
  href: string;
  key: 'options_nav_settings' | 'options_nav_check' | 'options_nav_privacy';
}[] = [
  { page: 'settings', href: '#settings', key: 'options_nav_settings' },
  { page: 'check', href: '#check', key: 'options_nav_check' },
  { page: 'privacy', href: '#privacy', key: 'options_nav_privacy' },
];

/** The options page: settings, a full-size check view, and the privacy explanation, by #fragment. */
export function OptionsApp() {
  const t = useT();
  const route = useHashRoute();
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('common_app_name')}</h1>
        <nav aria-label={t('options_nav_label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.page}>
                <a href={item.href} aria-current={route.page === item.page ? 'page' : undefined}>
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {route.page === 'privacy' && <PrivacyPage />}
        {route.page === 'check' && <PopupApp embedded />}
        {route.page === 'settings' && (
          <SettingsPage
            section={'section' in route ? route.section : undefined}
            addSourceUrl={'addSourceUrl' in route ? route.addSourceUrl : ''}
          />
        )}
      </main>
    </div>
  );
}
