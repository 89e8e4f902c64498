import { useT } from '../shared/i18n-context.tsx';

export interface HibpAccessLineProps {
  /** Called straight from the click: the browser's prompt needs the gesture. */
  onAllow(): void;
}

/** Shown while a key is saved but haveibeenpwned.com (or Firefox's data consent) is not allowed. */
export function HibpAccessLine({ onAllow }: HibpAccessLineProps) {
  const t = useT();
  return (
    <div class="panel warn" role="note">
      <p>{t('options_hibp_access_missing')}</p>
      <button type="button" onClick={onAllow}>
        {t('options_hibp_allow')}
      </button>
    </div>
  );
}
