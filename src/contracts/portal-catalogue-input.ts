import portals from './data/health-portals.json';
import { EXTRA_CATALOGUE } from './incidents/extra-catalogue.ts';
import incidents from './incidents/incidents.json';

/**
 * The bundled catalogue as it is written in the data files, before validation. Kept apart from
 * portal-catalogue-data.ts (which parses it) so the content script can read it without loading zod.
 */
export const PORTAL_CATALOGUE_INPUT = {
  generated: incidents.generated,
  note: `${portals.note} ${incidents.note}`,
  portals: [...portals.portals, ...EXTRA_CATALOGUE.portals],
  incidents: [...incidents.incidents, ...EXTRA_CATALOGUE.incidents],
};
