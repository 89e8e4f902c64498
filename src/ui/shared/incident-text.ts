import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { choiceFor, type IncidentChoices } from '../../contracts/incident-choice.ts';
import type { Incident } from '../../contracts/incidents/incident-schema.ts';
import { disclosedYear, knownIncidentsForKind } from '../../contracts/incidents/known-incidents.ts';
import { PORTAL_CATALOGUE } from '../../contracts/portal-catalogue-data.ts';
import type { Translator } from '../../platform/i18n.ts';
import { formatList } from './format.ts';
import { kindName } from './kind-labels.ts';

/** The bundled incidents that exposed this kind, the identifier's own country first. */
export function incidentsForKind(kind: IdentifierKind, personCountry: string | undefined): Incident[] {
  return knownIncidentsForKind(kind, personCountry, PORTAL_CATALOGUE);
}

/** The breached organisation's name as the card and summaries show it (a proper noun, untranslated). */
export function incidentName(incident: Incident): string {
  return incident.operators[0] ?? incident.id;
}

/** A catalogue data class ("lab-results") in the person's language. */
export function incidentDataClassLabel(t: Translator, dataClass: string): string {
  return t.dynamic(`portal_dataClass_${dataClass.replaceAll('-', '_')}`);
}

/** How many incidents a one-line summary names before "and N more". */
const SUMMARY_NAMES = 6;

/**
 * One line naming the known leaks of a kind, e.g. "Known leaks of PESEL: ALAB laboratoria Sp. z o.o.,
 * 2023". The verdict banner shows it for a "not checkable privately yet" answer.
 */
export function knownIncidentsLine(
  t: Translator,
  kind: IdentifierKind,
  incidents: readonly Incident[],
): string {
  if (incidents.length === 0) return t('incident_summary_none', kindName(t, kind));
  const named = incidents
    .slice(0, SUMMARY_NAMES)
    .map((incident) => t('incident_summary_item', incidentName(incident), disclosedYear(incident)));
  const rest = incidents.length - named.length;
  if (rest > 0) named.push(t('incident_summary_more', String(rest)));
  return t('incident_summary', kindName(t, kind), named.join('; '));
}

/**
 * Data classes of the incidents the person says they were a patient or customer at: what turns the
 * incident-specific steps on in the guidance (health data, addresses…).
 */
export function chosenDataClasses(incidents: readonly Incident[], choices: IncidentChoices): string[] {
  const classes = incidents.flatMap((incident) =>
    choiceFor(choices, incident.id) === 'patient' ? incident.dataClasses : [],
  );
  return [...new Set(classes)];
}

export { formatList };
