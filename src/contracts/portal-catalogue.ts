import { z } from '../core/zod.ts';
import { incidentSchema, type Incident } from './incidents/incident-schema.ts';
import {
  catalogueCountrySchema,
  httpsUrlSchema,
  portalDomainSchema,
} from './incidents/incident-vocabulary.ts';

export {
  PORTAL_DATA_CLASSES,
  portalDomainSchema,
  type PortalDataClass,
} from './incidents/incident-vocabulary.ts';

/** An incident as the banner sees it; the incident catalogue (incidents/) is the one definition. */
export type PortalIncident = Incident;

export const portalSchema = z
  .object({
    domain: portalDomainSchema,
    country: catalogueCountrySchema,
    operator: z.string().min(1).max(200),
    kind: z.string().regex(/^[a-z-]+$/),
    /** Only verified and well-known domains may show a warning: a wrong domain would accuse a stranger. */
    domainStatus: z.enum(['verified', 'well-known', 'unverified']),
    /** Where the domain was seen, for verified ones. */
    domainSource: httpsUrlSchema.optional(),
  })
  .strict();
export type Portal = z.infer<typeof portalSchema>;

function catalogueProblems(portals: readonly Portal[], incidents: readonly Incident[]): string[] {
  const problems: string[] = [];
  const domains = new Set<string>();
  for (const portal of portals) {
    if (domains.has(portal.domain)) problems.push(`portal ${portal.domain} is listed twice`);
    domains.add(portal.domain);
  }
  const ids = new Set<string>();
  for (const incident of incidents) {
    if (ids.has(incident.id)) problems.push(`incident ${incident.id} is listed twice`);
    ids.add(incident.id);
    for (const link of incident.portals) {
      if (!domains.has(link.domain))
        problems.push(`incident ${incident.id} names uncatalogued portal ${link.domain}`);
    }
  }
  return problems;
}

/** Portals (health-portals.json) and incidents (incidents/incidents.json), checked against each other. */
export const portalCatalogueSchema = z
  .object({
    generated: z.string().regex(/^\d{4}-\d{2}$/),
    note: z.string(),
    portals: z.array(portalSchema),
    incidents: z.array(incidentSchema),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    for (const message of catalogueProblems(catalogue.portals, catalogue.incidents)) {
      ctx.addIssue({ code: 'custom', message });
    }
  });
export type PortalCatalogue = z.infer<typeof portalCatalogueSchema>;
