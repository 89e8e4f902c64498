import { useId } from 'preact/hooks';
import type { IncidentChoice } from '../../contracts/incident-choice.ts';
import type { Incident } from '../../contracts/incidents/incident-schema.ts';
import { ExternalLink, hostOf } from './external-link.tsx';
import { formatList, formatNumber, formatPartialDate } from './format.ts';
import { useT } from './i18n-context.tsx';
import { IncidentChoiceField } from './incident-choice.tsx';
import { incidentDataClassLabel, incidentName } from './incident-text.ts';
import { countryName } from './kind-labels.ts';

const VERIFICATION_KEYS = {
  verified: 'incident_verification_verified',
  'partly-verified': 'incident_verification_partly',
  unverified: 'incident_verification_unverified',
} as const;

export interface IncidentCardProps {
  incident: Incident;
  choice: IncidentChoice | undefined;
  onChoose(choice: IncidentChoice): void;
  /** Heading level inside the page: 3 in the banner's answer, 4 inside a result list. */
  level?: 3 | 4;
}

/**
 * One known leak: who, when, what, how many, the official notice, and the routes that exist for its
 * victims (an official lookup, helplines, a private check). Those routes are the incident's own steps:
 * "I wasn't there" folds them away; "I was" or "I don't know" keeps them open.
 */
export function IncidentCard({ incident, choice, onChoose, level = 4 }: IncidentCardProps) {
  const t = useT();
  const headingId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const name = incidentName(incident);
  const others = incident.operators.slice(1);
  const classes = formatList(
    t.language,
    incident.dataClasses.map((c) => incidentDataClassLabel(t, c)),
  );
  const ownSteps = choice !== 'not-patient';
  return (
    <article class={`incident${ownSteps ? '' : ' incident-not-mine'}`} aria-labelledby={headingId}>
      <Heading id={headingId} class="incident-name">
        {name}
      </Heading>
      {others.length > 0 && <p class="hint">{t('incident_also', formatList(t.language, others))}</p>}
      <p class="incident-meta">
        {t(
          'incident_when_where',
          formatPartialDate(t.language, incident.disclosed),
          countryName(t.language, incident.country),
        )}{' '}
        <span class={`badge verification-${incident.verification}`}>
          {t(VERIFICATION_KEYS[incident.verification])}
        </span>
      </p>
      <p>{t('incident_leaked', classes)}</p>
      <p>
        {incident.affectedPeople === null
          ? t('incident_people_unknown')
          : t('incident_people', formatNumber(t.language, incident.affectedPeople))}
      </p>
      <IncidentChoiceField incidentId={incident.id} operator={name} choice={choice} onChoose={onChoose} />
      {ownSteps && <IncidentRoutes incident={incident} />}
      {!ownSteps && <p class="hint">{t('incident_not_mine_note')}</p>}
      <p>
        <ExternalLink href={incident.notice.url}>
          {t(incident.notice.official ? 'incident_notice_official' : 'incident_notice_press')}
        </ExternalLink>
      </p>
      <details class="incident-sources">
        <summary>{t('incident_sources', String(incident.sources.length))}</summary>
        <ul>
          {incident.sources.map((url) => (
            <li key={url}>
              <ExternalLink href={url}>{hostOf(url)}</ExternalLink>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

/** The routes this incident's victims have: a private check, the official lookup, helplines. */
function IncidentRoutes({ incident }: { incident: Incident }) {
  const t = useT();
  const lookup = incident.officialLookup;
  return (
    <ul class="incident-routes">
      {incident.privateCheck !== undefined && (
        <li>
          {/* The settings page previews the source and asks for consent and access before anything is added. */}
          <a
            class="button-link"
            href={`../options/index.html#add-source=${encodeURIComponent(incident.privateCheck.sourceUrl)}`}
            target="_blank"
            rel="noopener"
          >
            {t('incident_private_check')}
          </a>
        </li>
      )}
      {lookup !== undefined && (
        <li>
          <ExternalLink href={lookup.url}>{t('incident_lookup', hostOf(lookup.url))}</ExternalLink>{' '}
          <span class="hint">
            {t(lookup.loginRequired ? 'incident_lookup_login' : 'incident_lookup_no_login')}
          </span>
        </li>
      )}
      {incident.helplines.map((line) => (
        <li key={line.name}>
          {t('incident_helpline', line.name)}{' '}
          {line.phone !== undefined && <a href={`tel:${line.phone.replaceAll(' ', '')}`}>{line.phone}</a>}
          {line.url !== undefined && (
            <>
              {' '}
              <ExternalLink href={line.url}>{hostOf(line.url)}</ExternalLink>
            </>
          )}
          {line.verification !== 'verified' && (
            <span class="hint"> {t(VERIFICATION_KEYS[line.verification])}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
