import { useT } from '../shared/i18n-context.tsx';

/** Where the privacy page lives, relative to the popup and to the options page (same folder depth). */
export const PRIVACY_PAGE_HREF = '../options/index.html#privacy';

/** The promise in one line, with the way to the full explanation. */
export function PrivacyNote() {
  const t = useT();
  return (
    <footer class="privacy-note">
      <p>
        {t('popup_privacy_line')}{' '}
        <a href={PRIVACY_PAGE_HREF} target="_blank" rel="noopener">
          {t('popup_privacy_link')}
        </a>
      </p>
    </footer>
  );
}
