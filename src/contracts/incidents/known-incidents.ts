import { nationalIdCountry } from '../../core/guidance/national-id-countries.ts';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { PortalCatalogue } from '../portal-catalogue.ts';
import type { Incident } from './incident-schema.ts';

/**
 * The incidents known to have exposed this kind of identifier: the identifier's own country first (the
 * issuing country of a national ID, else the person's country), then the newest disclosure first.
 */
export function knownIncidentsForKind(
  kind: IdentifierKind,
  personCountry: string | undefined,
  catalogue: Pick<PortalCatalogue, 'incidents'>,
): Incident[] {
  const home = nationalIdCountry(kind) ?? personCountry?.toUpperCase();
  const homeFirst = (incident: Incident) => (incident.country === home ? 0 : 1);
  return catalogue.incidents
    .filter((incident) => incident.identifierKinds.includes(kind))
    .toSorted((a, b) => homeFirst(a) - homeFirst(b) || b.disclosed.localeCompare(a.disclosed));
}

export function incidentById(
  id: string,
  catalogue: Pick<PortalCatalogue, 'incidents'>,
): Incident | undefined {
  return catalogue.incidents.find((incident) => incident.id === id);
}

/** The year an incident became public, for one-line summaries ("ALAB laboratoria, 2023"). */
export function disclosedYear(incident: Pick<Incident, 'disclosed'>): string {
  return incident.disclosed.slice(0, 4);
}
