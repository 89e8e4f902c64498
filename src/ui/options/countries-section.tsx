import { useId } from 'preact/hooks';
import type { Settings } from '../../contracts/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { SaveStatus } from './save-status.tsx';
import type { SaveSettings } from './use-settings.ts';
import { countryName, kindName } from '../shared/kind-labels.ts';
import { NATIONAL_ID_COUNTRIES, kindsOfCountry } from './national-id-countries.ts';
import { PhoneRegionField } from './phone-region-field.tsx';

export interface CountriesSectionProps {
  settings: Settings;
  save: SaveSettings;
  /** This section's saved / failed line. */
  status: string;
}

/**
 * The countries the user cares about and their ID kinds: they rank detection in the popup and pick whose
 * guidance applies. Ticking a country also offers its ID kinds; unticking removes both.
 */
export function CountriesSection({ settings, save, status }: CountriesSectionProps) {
  const t = useT();
  const headingId = useId();
  const sorted = NATIONAL_ID_COUNTRIES.map((c) => ({
    ...c,
    name: countryName(t.language, c.country),
  })).toSorted((a, b) => a.name.localeCompare(b.name, t.language));

  const setCountry = (country: string, on: boolean) => {
    const own = kindsOfCountry(country);
    const countries = on ? [...settings.countries, country] : settings.countries.filter((c) => c !== country);
    const nationalIdKinds = on
      ? [...new Set([...settings.nationalIdKinds, ...own])]
      : settings.nationalIdKinds.filter((k) => !own.includes(k));
    void save({ countries, nationalIdKinds });
  };
  const setKind = (kind: IdentifierKind, on: boolean) =>
    void save({
      nationalIdKinds: on
        ? [...settings.nationalIdKinds, kind]
        : settings.nationalIdKinds.filter((k) => k !== kind),
    });

  return (
    <section id="countries" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('options_countries_heading')}</h2>
      <p class="hint">{t('options_countries_intro')}</p>
      <fieldset>
        <legend>{t('options_countries_legend')}</legend>
        <ul class="country-list">
          {sorted.map(({ country, kinds, name }) => {
            const chosen = settings.countries.includes(country);
            return (
              <li key={country}>
                <label class="check-row">
                  <input
                    type="checkbox"
                    checked={chosen}
                    onChange={(e) => setCountry(country, e.currentTarget.checked)}
                  />
                  <span>{name}</span>
                </label>
                {chosen && (
                  <fieldset class="nested">
                    <legend>{t('options_country_kinds_legend', name)}</legend>
                    {kinds.map((kind) => (
                      <label key={kind} class="check-row">
                        <input
                          type="checkbox"
                          checked={settings.nationalIdKinds.includes(kind)}
                          onChange={(e) => setKind(kind, e.currentTarget.checked)}
                        />
                        <span>{kindName(t, kind)}</span>
                      </label>
                    ))}
                  </fieldset>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <PhoneRegionField settings={settings} save={save} countries={sorted} />
      <SaveStatus text={status} />
    </section>
  );
}
