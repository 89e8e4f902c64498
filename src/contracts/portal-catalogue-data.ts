import portals from './data/health-portals.json';
import { EXTRA_CATALOGUE } from './incidents/extra-catalogue.ts';
import incidents from './incidents/incidents.json';
import { portalCatalogueSchema, type PortalCatalogue } from './portal-catalogue.ts';

/**
 * The bundled catalogue (portals and the incidents that hit them), validated when first imported. A
 * malformed data file fails here, loudly, in the unit tests, long before it could reach a user.
 */
export const PORTAL_CATALOGUE: PortalCatalogue = portalCatalogueSchema.parse({
  generated: incidents.generated,
  note: `${portals.note} ${incidents.note}`,
  portals: [...portals.portals, ...EXTRA_CATALOGUE.portals],
  incidents: [...incidents.incidents, ...EXTRA_CATALOGUE.incidents],
});
