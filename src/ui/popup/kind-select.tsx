import { useId } from 'preact/hooks';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
import { formatChoices } from '../shared/format.ts';
import { useT } from '../shared/i18n-context.tsx';
import { countryName, kindLabel, kindName } from '../shared/kind-labels.ts';
import { GENERAL_KINDS, kindGroups } from './kind-groups.ts';

export interface KindSelectProps {
  id: string;
  /** The kind the user picked, or null to follow detection. */
  chosen: IdentifierKind | null;
  detected: IdentifierKind | undefined;
  /** Valid as several kinds: the line says so and the question below asks. */
  ambiguous: readonly IdentifierKind[];
  countries: readonly string[];
  nationalIdKinds: readonly IdentifierKind[];
  onChange(kind: IdentifierKind | null): void;
}

/** Every kind the engine knows, national IDs grouped by country and labelled in the user's language. */
export function KindSelect(props: KindSelectProps) {
  const t = useT();
  const groups = kindGroups(props.countries, props.nationalIdKinds);
  const byCountry = groups.byCountry
    .map((group) => ({ ...group, name: countryName(t.language, group.country) }))
    .toSorted((a, b) => a.name.localeCompare(b.name, t.language));
  const detectedId = useId();
  // A closed <select> shows one line only and cuts long names ("Personal identification code (isikukood)
  // (Estonia)"), so the option stays short and the detected kind is a line of its own that wraps.
  let detected = '';
  if (props.chosen === null && props.ambiguous.length > 1)
    detected = t(
      'popup_kind_several',
      formatChoices(
        t.language,
        props.ambiguous.map((k) => kindLabel(t, k)),
      ),
    );
  else if (props.chosen === null && props.detected !== undefined)
    detected = t('popup_kind_detected', kindLabel(t, props.detected));
  return (
    <div class="field">
      <label for={props.id}>{t('popup_kind_label')}</label>
      <select
        id={props.id}
        aria-describedby={detectedId}
        value={props.chosen ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          props.onChange(value === '' ? null : (value as IdentifierKind));
        }}
      >
        <option value="">{t('popup_kind_automatic')}</option>
        <optgroup label={t('popup_kind_group_general')}>
          {/* Password has its own mode with a masked field; it is never picked here, under a visible field. */}
          {GENERAL_KINDS.filter((kind) => kind !== 'password').map((kind) => (
            <option key={kind} value={kind}>
              {kindName(t, kind)}
            </option>
          ))}
        </optgroup>
        {groups.preferred.length > 0 && (
          <optgroup label={t('popup_kind_group_yours')}>
            {groups.preferred.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(t, kind)}
              </option>
            ))}
          </optgroup>
        )}
        {byCountry.map((group) => (
          <optgroup key={group.country} label={group.name}>
            {group.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindName(t, kind)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={detectedId} class="hint detected-kind">
        {detected}
      </p>
    </div>
  );
}
