import { useEffect, useId, useState } from 'preact/hooks';
import { hibpApiKeySchema, type Settings } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { HibpAccessLine } from './hibp-access-line.tsx';
import { HibpSearchModeChoice } from './hibp-search-mode.tsx';
import { useHibpAccess } from './options-services.tsx';
import { SaveStatus } from './save-status.tsx';
import type { SaveSettings } from './use-settings.ts';

export interface HibpKeySectionProps {
  settings: Settings;
  save: SaveSettings;
  /** This section's saved / failed line. */
  status: string;
}

/**
 * The optional HIBP API key. Saving it asks, in the same click, for haveibeenpwned.com (and Firefox's
 * data consent); without them every email search would only say "couldn't check".
 */
export function HibpKeySection({ settings, save, status }: HibpKeySectionProps) {
  const t = useT();
  const ids = { heading: useId(), input: useId(), note: useId(), error: useId() };
  const [key, setKey] = useState('');
  const [error, setError] = useState('');
  const saved = settings.hibpApiKey !== null;
  const access = useHibpAccess();
  const [allowed, setAllowed] = useState(true);

  useEffect(() => {
    if (saved) void access.has().then(setAllowed);
  }, [saved, access]);

  const askAccess = () => void access.request().then(setAllowed, () => setAllowed(false));

  const submit = async (event: Event) => {
    event.preventDefault();
    const value = key.trim();
    if (!hibpApiKeySchema.safeParse(value).success) {
      setError(t('options_hibp_invalid'));
      return;
    }
    setError('');
    // Asked before anything is awaited: the prompt needs the click's gesture. The key is kept either way.
    const asked = access.request().catch(() => false);
    if (await save({ hibpApiKey: value })) setKey('');
    setAllowed(await asked);
  };

  return (
    <section id="hibp" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('options_hibp_heading')}</h2>
      <p id={ids.note} class="panel warn">
        {t('options_hibp_note')}
      </p>
      {saved ? (
        <>
          <div class="row">
            <p>{t('options_hibp_saved')}</p>
            <button
              type="button"
              class="danger"
              onClick={() => void save({ hibpApiKey: null, hibpSearchMode: 'range' })}
            >
              {t('options_hibp_remove')}
            </button>
          </div>
          {!allowed && <HibpAccessLine onAllow={askAccess} />}
          <HibpSearchModeChoice
            mode={settings.hibpSearchMode}
            onChange={(hibpSearchMode) => void save({ hibpSearchMode })}
          />
        </>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <div class="field">
            <label for={ids.input}>{t('options_hibp_label')}</label>
            <input
              id={ids.input}
              type="password"
              autocomplete="off"
              value={key}
              aria-invalid={error !== ''}
              aria-describedby={`${ids.note} ${ids.error}`}
              onInput={(e) => setKey(e.currentTarget.value)}
            />
          </div>
          <p id={ids.error} class="error" role="alert">
            {error}
          </p>
          <button type="submit">{t('options_hibp_save')}</button>
        </form>
      )}
      <SaveStatus text={status} />
    </section>
  );
}
