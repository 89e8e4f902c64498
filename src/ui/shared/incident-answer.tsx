import { useId, useMemo } from 'preact/hooks';
import { choiceFor } from '../../contracts/incident-choice.ts';
import { incidentById } from '../../contracts/incidents/known-incidents.ts';
import { PORTAL_CATALOGUE } from '../../contracts/portal-catalogue-data.ts';
import { GuidanceSteps } from './guidance-steps.tsx';
import { useT } from './i18n-context.tsx';
import { IncidentCard } from './incident-card.tsx';
import { incidentName } from './incident-text.ts';
import { useIncidentChoices } from './use-incident-choices.ts';

export interface IncidentAnswerProps {
  incidentId: string;
  homeCountry: string | undefined;
}

/**
 * What the portal banner's button opens on: the incident it named, the steps that protect anyone whose
 * identifier leaked there, and (below, in the check view) a field to check against any source that
 * covers it. Progress on these steps is kept against the incident, as nothing was checked.
 */
export function IncidentAnswer({ incidentId, homeCountry }: IncidentAnswerProps) {
  const t = useT();
  const headingId = useId();
  const incident = useMemo(() => incidentById(incidentId, PORTAL_CATALOGUE), [incidentId]);
  const choices = useIncidentChoices();
  if (incident === undefined) return null;
  const kind = incident.identifierKinds[0];
  const mine = choiceFor(choices.choices, incident.id) === 'patient';
  return (
    <section class="incident-answer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('incident_launch_heading', incidentName(incident))}</h2>
      {/* The first step first: in a 600-pixel popup the incident's card would push it out of sight. */}
      {kind !== undefined && (
        <GuidanceSteps
          findingId={`incident:${incident.id}`}
          kind={kind}
          country={incident.country ?? homeCountry}
          dataClasses={mine ? incident.dataClasses : []}
        />
      )}
      <IncidentCard
        incident={incident}
        choice={choiceFor(choices.choices, incident.id)}
        onChoose={(choice) => void choices.choose(incident.id, choice)}
        level={3}
      />
      <p class="hint">{t('incident_launch_check_below')}</p>
    </section>
  );
}
