import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import type { CheckReport } from '../../contracts/check-outcome-schemas.ts';
import { GuidanceSteps } from './guidance-steps.tsx';
import { useT } from './i18n-context.tsx';
import { chosenDataClasses, incidentsForKind, knownIncidentsLine } from './incident-text.ts';
import { KnownIncidents } from './known-incidents.tsx';
import { kindName } from './kind-labels.ts';
import { useIncidentChoices } from './use-incident-choices.ts';

/** An information mark: neither the tick of "not found" nor the warning of "couldn't check". */
const INFO_ICON = 'i';

export interface NotCheckableAnswerProps {
  report: Pick<CheckReport, 'checkId' | 'kind' | 'country'>;
  /** The person's first country, for email and phone. */
  homeCountry: string | undefined;
  /**
   * The popup's verdict banner above already says "not checkable privately yet" and why: the heading and
   * the explanation would repeat it and push the first step below the fold of a 600-pixel popup.
   */
  underVerdict?: boolean;
}

/**
 * The fourth answer: no source covers this kind, so the identifier was compared with nothing. Says so
 * plainly (never a tick, never an error), names the known leaks of the kind, and gives the steps that
 * protect anyone holding one now; the known leaks follow, each with its own routes and a
 * "were you there?" choice that adds that leak's data to the steps.
 */
export function NotCheckableAnswer({ report, homeCountry, underVerdict = false }: NotCheckableAnswerProps) {
  const t = useT();
  const headingId = useId();
  const country = report.country ?? homeCountry;
  const incidents = useMemo(() => incidentsForKind(report.kind, country), [report.kind, country]);
  const choices = useIncidentChoices();
  const dataClasses = useMemo(
    () => chosenDataClasses(incidents, choices.choices),
    [incidents, choices.choices],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // In a 600-pixel popup the form above can push the answer below the fold: bring it up once. On the
    // next task, after the check view (a parent, whose effects run after this one) focused the verdict:
    // Firefox scrolls a focused element into view and so undid a scroll made here at once (e2e
    // seed-breaches found the first step below the fold in Firefox only).
    const timer = setTimeout(() => {
      const heading = headingRef.current;
      if (!underVerdict && heading !== null && heading.getBoundingClientRect().top > window.innerHeight / 3)
        heading.scrollIntoView?.({ block: 'start' });
    }, 0);
    return () => clearTimeout(timer);
  }, [report.checkId, underVerdict]);
  return (
    <section
      class="not-checkable"
      {...(underVerdict ? { 'aria-label': t('incident_answer_heading') } : { 'aria-labelledby': headingId })}
    >
      {!underVerdict && (
        <h3 id={headingId} class="not-checkable-heading" ref={headingRef}>
          <span class="not-checkable-icon" aria-hidden="true">
            {INFO_ICON}
          </span>{' '}
          {t('incident_answer_heading')}
        </h3>
      )}
      <p class="known-line">{knownIncidentsLine(t, report.kind, incidents)}</p>
      {!underVerdict && <p class="hint">{t('incident_answer_why', kindName(t, report.kind))}</p>}
      <GuidanceSteps
        findingId={report.checkId}
        kind={report.kind}
        country={country}
        dataClasses={dataClasses}
        intro={!underVerdict}
      />
      <KnownIncidents kind={report.kind} country={country} incidents={incidents} choices={choices} />
    </section>
  );
}

/** Below a checked answer: the known leaks of the kind, for context the sources may not cover. */
export function KnownIncidentsBelowResults({ report, homeCountry }: NotCheckableAnswerProps) {
  const country = report.country ?? homeCountry;
  const incidents = useMemo(() => incidentsForKind(report.kind, country), [report.kind, country]);
  const choices = useIncidentChoices();
  return <KnownIncidents kind={report.kind} country={country} incidents={incidents} choices={choices} />;
}
