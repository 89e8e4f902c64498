import { IDENTIFIER_KINDS } from '../../core/identifiers/types.ts';
import { z } from '../../core/zod.ts';
import {
  catalogueCountrySchema,
  httpsUrlSchema,
  incidentIdSchema,
  partialDateSchema,
  portalDomainSchema,
  PORTAL_DATA_CLASSES,
  verificationSchema,
} from './incident-vocabulary.ts';

const identifierKinds = z.array(z.enum(IDENTIFIER_KINDS));

/** A phone line or support site for people hit by one incident, with where the number was published. */
export const helplineSchema = z
  .object({
    /** Organisation running the line: a proper noun, shown as written. */
    name: z.string().min(1).max(120),
    /** As dialled in its own country; digits, spaces, `+` and `-` only. */
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 -]{3,20}$/)
      .optional(),
    url: httpsUrlSchema.optional(),
    sourceUrl: httpsUrlSchema,
    verification: verificationSchema,
  })
  .strict()
  .refine((line) => line.phone !== undefined || line.url !== undefined, 'a helpline needs a phone or a url');
export type Helpline = z.infer<typeof helplineSchema>;

/**
 * An official service that tells a person whether their data was in this leak (e.g. bezpiecznedane.gov.pl
 * for ALAB). The person goes there themselves: the extension never sends an identifier to it.
 */
export const officialLookupSchema = z
  .object({
    url: httpsUrlSchema,
    /** True when the service asks for a login (national e-ID, bank login) before it answers. */
    loginRequired: z.boolean(),
    kinds: identifierKinds.min(1),
    sourceUrl: httpsUrlSchema,
  })
  .strict();
export type OfficialLookup = z.infer<typeof officialLookupSchema>;

export const incidentSchema = z
  .object({
    id: incidentIdSchema,
    /** The breached organisation first, then those whose patients or customers it held. Proper nouns. */
    operators: z.array(z.string().min(1).max(200)).min(1),
    /** Portals run by (`operator`) or for a client of (`client`) the breached organisation. */
    portals: z.array(z.object({ domain: portalDomainSchema, role: z.enum(['operator', 'client']) }).strict()),
    country: catalogueCountrySchema,
    /** First day of the attack or exposure, when known. */
    occurred: partialDateSchema.nullable(),
    /** When the breach became public; answers and the banner show this date. */
    disclosed: partialDateSchema,
    /** The period the leaked records cover, when published. */
    recordsPeriod: z.object({ from: partialDateSchema, to: partialDateSchema }).strict().optional(),
    /** Best published count of affected people; null when none was published. */
    affectedPeople: z.number().int().positive().nullable(),
    affectedNote: z.string().max(500),
    actor: z.string().max(200),
    /** Identifier kinds a person can type into the extension because they leaked here. */
    identifierKinds,
    dataClasses: z.array(z.enum(PORTAL_DATA_CLASSES)).min(1),
    dataClassesAsReported: z.array(z.string().max(100)).min(1),
    /** `official`: the operator's or an authority's own notice; otherwise a press report. */
    notice: z.object({ url: httpsUrlSchema, official: z.boolean() }).strict(),
    officialLookup: officialLookupSchema.optional(),
    helplines: z.array(helplineSchema),
    /** Where the facts above were published; the notice is usually the first. */
    sources: z.array(httpsUrlSchema).min(1),
    verification: verificationSchema,
    verificationNote: z.string().max(500).optional(),
    /**
     * A published private check for this leak: a range source (source.json) built from its list. None
     * exists yet; when one does, the banner and the answer offer to add it (with its own consent).
     */
    privateCheck: z.object({ sourceUrl: httpsUrlSchema }).strict().optional(),
  })
  .strict();
export type Incident = z.infer<typeof incidentSchema>;

export const incidentCatalogueSchema = z
  .object({
    generated: z.string().regex(/^\d{4}-\d{2}$/),
    note: z.string(),
    incidents: z.array(incidentSchema),
  })
  .strict();
