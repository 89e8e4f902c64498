import { useId } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../contracts/index.ts';
import { useT } from '../shared/i18n-context.tsx';
import { countryName } from '../shared/kind-labels.ts';

export interface PhoneRegionFieldProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<boolean>;
  countries: readonly { country: string; name: string }[];
}

/** How to read a phone number typed without +country: a chosen region, or the first country ticked above. */
export function PhoneRegionField({ settings, save, countries }: PhoneRegionFieldProps) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const first = settings.countries[0];
  return (
    <div class="field">
      <label for={id}>{t('options_phone_region_label')}</label>
      <select
        id={id}
        aria-describedby={hintId}
        value={settings.phoneRegion ?? ''}
        onChange={(e) =>
          void save({ phoneRegion: e.currentTarget.value === '' ? null : e.currentTarget.value })
        }
      >
        <option value="">
          {first === undefined
            ? t('options_phone_region_auto_none')
            : t('options_phone_region_auto', countryName(t.language, first))}
        </option>
        {countries.map(({ country, name }) => (
          <option key={country} value={country}>
            {name}
          </option>
        ))}
      </select>
      <p id={hintId} class="hint">
        {t('options_phone_region_hint')}
      </p>
    </div>
  );
}
