import { useId, useMemo, useState } from 'preact/hooks';
import { GUIDANCE_COUNTRIES } from '../../core/guidance/types.ts';
import { useT } from '../shared/i18n-context.tsx';
import { countryName } from '../shared/kind-labels.ts';
import { browserCountry } from './browser-country.ts';

export interface CountryQuestionProps {
  /** The browser's language tags, most preferred first (navigator.languages). */
  languages: readonly string[];
  onAnswer(country: string | null): void;
}

/**
 * Asked once, on first use: the person's country decides between ID numbers valid in several countries,
 * reads phone numbers written without +, and picks the guidance. Prefilled from the browser, skippable.
 */
export function CountryQuestion({ languages, onAnswer }: CountryQuestionProps) {
  const t = useT();
  const id = useId();
  const options = useMemo(
    () =>
      GUIDANCE_COUNTRIES.map((code) => ({ code, name: countryName(t.language, code) })).toSorted((a, b) =>
        a.name.localeCompare(b.name, t.language),
      ),
    [t],
  );
  const [country, setCountry] = useState(browserCountry(languages, GUIDANCE_COUNTRIES) ?? '');
  return (
    <form
      class="country-question panel"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (country !== '') onAnswer(country);
      }}
    >
      <p id={`${id}-title`}>
        <strong>{t('popup_country_question')}</strong> {t('popup_country_why')}
      </p>
      <div class="row">
        <label class="sr-only" for={id}>
          {t('popup_country_label')}
        </label>
        <select id={id} value={country} onChange={(event) => setCountry(event.currentTarget.value)}>
          <option value="">{t('popup_country_choose')}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
        <button type="submit" class="primary" disabled={country === ''}>
          {t('popup_country_save')}
        </button>
        <button type="button" class="link" onClick={() => onAnswer(null)}>
          {t('popup_country_skip')}
        </button>
      </div>
    </form>
  );
}
