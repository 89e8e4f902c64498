import { useId } from 'preact/hooks';
import { choiceFor } from '../../contracts/incident-choice.ts';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { Incident } from '../../contracts/incidents/incident-schema.ts';
import { nationalIdCountry } from '../../core/guidance/national-id-countries.ts';
import { useT } from './i18n-context.tsx';
import { IncidentCard } from './incident-card.tsx';
import type { IncidentChoicesState } from './use-incident-choices.ts';
import { kindName } from './kind-labels.ts';

export interface KnownIncidentsProps {
  kind: IdentifierKind;
  /** The person's country: email and phone leaks of that country come first, the rest fold away. */
  country: string | undefined;
  incidents: readonly Incident[];
  choices: IncidentChoicesState;
}

/**
 * The known leaks of one kind of identifier: the identifier's own country open, the others behind a
 * disclosure so a list of a dozen foreign breaches does not bury the one that matters.
 */
export function KnownIncidents({ kind, country, incidents, choices }: KnownIncidentsProps) {
  const t = useT();
  const headingId = useId();
  if (incidents.length === 0) return null;
  const home = nationalIdCountry(kind) ?? country?.toUpperCase();
  const local = home === undefined ? incidents : incidents.filter((i) => i.country === home);
  const shown = local.length > 0 ? local : incidents;
  const elsewhere = incidents.filter((i) => !shown.includes(i));
  const card = (incident: Incident) => (
    <li key={incident.id}>
      <IncidentCard
        incident={incident}
        choice={choiceFor(choices.choices, incident.id)}
        onChoose={(choice) => void choices.choose(incident.id, choice)}
      />
    </li>
  );
  return (
    <section class="known-incidents" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('incident_known_heading', kindName(t, kind))}</h3>
      <p class="hint">{t('incident_choice_kept')}</p>
      {choices.failed && <p class="error">{t('incident_choice_save_failed')}</p>}
      <ul class="incident-list">{shown.map(card)}</ul>
      {elsewhere.length > 0 && (
        <details class="incidents-elsewhere">
          <summary>{t('incident_elsewhere', String(elsewhere.length))}</summary>
          <ul class="incident-list">{elsewhere.map(card)}</ul>
        </details>
      )}
    </section>
  );
}
