import raw from './data/health-portals.json';
import { portalCatalogueSchema, type PortalCatalogue } from './portal-catalogue.ts';

/**
 * The bundled catalogue, validated when first imported. A malformed data file fails here, loudly,
 * in the unit tests, long before it could reach a user.
 */
export const PORTAL_CATALOGUE: PortalCatalogue = portalCatalogueSchema.parse(raw);
