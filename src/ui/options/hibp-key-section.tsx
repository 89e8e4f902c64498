import { useId, useState } from 'preact/hooks';
import { hibpApiKeySchema, type Settings } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { SaveStatus } from './save-status.tsx';
import type { SaveSettings } from './use-settings.ts';

export interface HibpKeySectionProps {
  settings: Settings;
  save: SaveSettings;
  /** This section's saved / failed line. */
  status: string;
}

/** The optional HIBP API key, with the honest trade-off: the email address itself goes to HIBP. */
export function HibpKeySection({ settings, save, status }: HibpKeySectionProps) {
  const t = useT();
  const ids = { heading: useId(), input: useId(), note: useId(), error: useId() };
  const [key, setKey] = useState('');
  const [error, setError] = useState('');
  const saved = settings.hibpApiKey !== null;

  const submit = async (event: Event) => {
    event.preventDefault();
    const value = key.trim();
    if (!hibpApiKeySchema.safeParse(value).success) {
      setError(t('options_hibp_invalid'));
      return;
    }
    setError('');
    if (await save({ hibpApiKey: value })) setKey('');
  };

  return (
    <section id="hibp" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('options_hibp_heading')}</h2>
      <p id={ids.note} class="panel warn">
        {t('options_hibp_note')}
      </p>
      {saved ? (
        <div class="row">
          <p>{t('options_hibp_saved')}</p>
          <button type="button" class="danger" onClick={() => void save({ hibpApiKey: null })}>
            {t('options_hibp_remove')}
          </button>
        </div>
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
