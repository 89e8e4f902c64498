import { z } from '../core/zod.ts';
import { portalDomainSchema } from './portal-catalogue.ts';

export { PORTAL_DISMISSALS_STORAGE_KEY } from './portal-dismissals-key.ts';

/**
 * Per catalogued domain: the newest incident the user had seen when dismissing. A later incident
 * at the same site shows the warning again; nothing about the page or the user is stored.
 */
export const portalDismissalsSchema = z.record(
  portalDomainSchema,
  z.object({ incidentId: z.string().max(100), dismissedAt: z.iso.datetime({ offset: true }) }),
);
export type PortalDismissals = z.infer<typeof portalDismissalsSchema>;
