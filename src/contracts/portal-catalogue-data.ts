import { PORTAL_CATALOGUE_INPUT } from './portal-catalogue-input.ts';
import { portalCatalogueSchema, type PortalCatalogue } from './portal-catalogue.ts';

/**
 * The bundled catalogue (portals and the incidents that hit them), validated when first imported. A
 * malformed data file fails here, loudly, in the unit tests, long before it could reach a user.
 */
export const PORTAL_CATALOGUE: PortalCatalogue = portalCatalogueSchema.parse(PORTAL_CATALOGUE_INPUT);
