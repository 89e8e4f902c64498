import { useEffect, useId, useRef } from 'preact/hooks';
import {
  identifierKindSchema,
  type ImportPreview,
  type ImportableSettingField,
} from '../../contracts/index.ts';
import type { Translator } from '../../platform/i18n.ts';
import { formatList, formatNumber } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { intervalText } from '../shared/interval-text.ts';
import { countryName, kindName } from '../shared/kind-labels.ts';

type SettingValue = ImportPreview['settings'][number]['to'];

const FIELD_KEYS: Record<ImportableSettingField, string> = {
  countries: 'options_import_field_countries',
  nationalIdKinds: 'options_import_field_national_id_kinds',
  phoneRegion: 'options_import_field_phone_region',
  monitoringEnabled: 'options_import_field_monitoring',
  monitoringIntervalMinutes: 'options_import_field_interval',
  notifications: 'options_import_field_notifications',
  portalWarnings: 'options_import_field_portal_warnings',
  countryAsked: 'options_import_field_country_asked',
};

/** A setting's value in words: "on", "Poland, Denmark", "every day", "none". */
function valueText(t: Translator, field: ImportableSettingField, value: SettingValue): string {
  if (typeof value === 'boolean') return t(value ? 'options_import_value_on' : 'options_import_value_off');
  if (value === null || (Array.isArray(value) && value.length === 0)) return t('options_import_value_none');
  if (field === 'monitoringIntervalMinutes' && typeof value === 'number') return intervalText(t, value);
  const items = Array.isArray(value) ? value : [String(value)];
  const named = items.map((item) => {
    if (field === 'countries' || field === 'phoneRegion') return countryName(t.language, item);
    const kind = identifierKindSchema.safeParse(item);
    return kind.success ? kindName(t, kind.data) : item;
  });
  return formatList(t.language, named);
}

export interface ImportPreviewProps {
  preview: ImportPreview;
  onConfirm(): void;
  onCancel(): void;
}

/** Everything an import would change, before it changes anything; sources are listed as arriving off. */
export function ImportPreviewPanel({ preview, onConfirm, onCancel }: ImportPreviewProps) {
  const t = useT();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { counts } = preview;
  const nothing =
    preview.settings.length === 0 && preview.switchedOff.length === 0 && preview.addedSources.length === 0;
  return (
    <div class="panel warn" role="group" aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>
        {t('options_import_heading')}
      </h3>
      <ul>
        <li>
          {t(
            'options_import_records',
            formatNumber(t.language, counts.watchlist),
            formatNumber(t.language, counts.history),
            formatNumber(t.language, counts.guidance),
          )}
        </li>
        {preview.settings.map((change) => (
          <li key={change.field}>
            {t(
              'options_import_setting',
              t.dynamic(FIELD_KEYS[change.field]),
              valueText(t, change.field, change.from),
              valueText(t, change.field, change.to),
            )}
          </li>
        ))}
        {preview.switchedOff.map((source) => (
          <li key={source.id}>{t('options_import_switched_off', source.name)}</li>
        ))}
        {preview.addedSources.map((source) => (
          <li key={source.id}>{t('options_import_source', source.name, source.publisher, source.url)}</li>
        ))}
      </ul>
      {nothing && <p>{t('options_import_nothing')}</p>}
      <div class="row">
        <button type="button" onClick={onConfirm}>
          {t('options_import_confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}
