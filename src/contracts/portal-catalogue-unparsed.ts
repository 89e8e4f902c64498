import { PORTAL_CATALOGUE_INPUT } from './portal-catalogue-input.ts';
import type { PortalCatalogue } from './portal-catalogue.ts';

/**
 * The bundled catalogue for the content script, which runs on every catalogued portal page and must
 * stay small: zod alone would triple it. Parsing is a no-op on this data (the schemas only check, they
 * transform nothing), and test/unit/contracts/portal-catalogue-unparsed.test.ts proves it, so the
 * parse runs in the tests and in the popup and background instead of on every page load.
 */
export const UNPARSED_PORTAL_CATALOGUE = PORTAL_CATALOGUE_INPUT as unknown as PortalCatalogue;
