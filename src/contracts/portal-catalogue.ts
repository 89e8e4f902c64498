import { IDENTIFIER_KINDS } from '../core/identifiers/types.ts';
import { z } from '../core/zod.ts';

/**
 * The fixed vocabulary the banner can name in every language. Publishers' own wording is kept
 * alongside in `dataClassesAsReported` for reviewers; only these values reach the user.
 */
export const PORTAL_DATA_CLASSES = [
  'name',
  'date-of-birth',
  'address',
  'phone',
  'email',
  'password',
  'national-id',
  'id-document',
  'health-insurance',
  'lab-results',
  'medical-records',
  'genetic-data',
  'payment',
  'purchase-history',
  'employment',
] as const;
export type PortalDataClass = (typeof PORTAL_DATA_CLASSES)[number];

/** A registrable domain or a host under one, lower case, no trailing dot, no port. */
export const portalDomainSchema = z
  .string()
  .max(253)
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'expected a lower-case domain',
  );

const httpsUrl = z.url({ protocol: /^https$/ });
/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only the month. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY[-MM[-DD]]');
const countryCode = z.string().regex(/^[A-Z]{2}$/);
const incidentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const portalIncidentSchema = z
  .object({
    id: incidentId,
    operator: z.string().min(1).max(200),
    country: countryCode,
    /** First day of the attack or exposure, when known. */
    occurred: partialDate.nullable(),
    /** When the breach became public; the banner shows this date. */
    disclosed: partialDate,
    /** Best published count of affected people; null when none was published. */
    affectedPeople: z.number().int().positive().nullable(),
    recordsNote: z.string().max(500),
    actor: z.string().max(200),
    dataClasses: z.array(z.enum(PORTAL_DATA_CLASSES)).min(1),
    dataClassesAsReported: z.array(z.string().max(100)).min(1),
    /** Identifier kinds the user can check with the extension because they leaked here. */
    leakedKinds: z.array(z.enum(IDENTIFIER_KINDS)),
    noticeUrl: httpsUrl,
    /** True when noticeUrl is the operator's or an authority's own notice, false for press reports. */
    noticeIsOfficial: z.boolean(),
    extraSources: z.array(httpsUrl),
    status: z.enum(['verified', 'partly-verified', 'unverified']),
    statusNote: z.string().max(500).optional(),
  })
  .strict();
export type PortalIncident = z.infer<typeof portalIncidentSchema>;

export const portalSchema = z
  .object({
    domain: portalDomainSchema,
    country: countryCode,
    operator: z.string().min(1).max(200),
    kind: z.string().regex(/^[a-z-]+$/),
    /** Only verified and well-known domains may show a warning: a wrong domain would accuse a stranger. */
    domainStatus: z.enum(['verified', 'well-known', 'unverified']),
    /** Where the domain was seen, for verified ones. */
    domainSource: httpsUrl.optional(),
    incidents: z.array(
      z
        .object({
          id: incidentId,
          /** `operator`: this site's owner was breached; `client`: a processor working for it was. */
          role: z.enum(['operator', 'client']),
        })
        .strict(),
    ),
  })
  .strict();
export type Portal = z.infer<typeof portalSchema>;

function catalogueProblems(portals: readonly Portal[], incidents: readonly PortalIncident[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const incident of incidents) {
    if (ids.has(incident.id)) problems.push(`incident ${incident.id} is listed twice`);
    ids.add(incident.id);
  }
  const domains = new Set<string>();
  for (const portal of portals) {
    if (domains.has(portal.domain)) problems.push(`portal ${portal.domain} is listed twice`);
    domains.add(portal.domain);
    for (const ref of portal.incidents) {
      if (!ids.has(ref.id)) problems.push(`portal ${portal.domain} names unknown incident ${ref.id}`);
    }
  }
  return problems;
}

export const portalCatalogueSchema = z
  .object({
    generated: z.string().regex(/^\d{4}-\d{2}$/),
    note: z.string(),
    portals: z.array(portalSchema),
    incidents: z.array(portalIncidentSchema),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    for (const message of catalogueProblems(catalogue.portals, catalogue.incidents)) {
      ctx.addIssue({ code: 'custom', message });
    }
  });
export type PortalCatalogue = z.infer<typeof portalCatalogueSchema>;
