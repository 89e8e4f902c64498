import { z } from '../../core/zod.ts';

/**
 * The fixed vocabulary the banner and the popup can name in every language. Publishers' own wording is
 * kept alongside in `dataClassesAsReported` for reviewers; only these values reach the user.
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

/** Every link in the catalogue is https: it is shown to people who just learnt their data leaked. */
export const httpsUrlSchema = z.url({ protocol: /^https$/ });

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often give only the month. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY[-MM[-DD]]');

export const catalogueCountrySchema = z.string().regex(/^[A-Z]{2}$/);
export const incidentIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** How well a fact was checked against a published source; the same three levels the guidance rules use. */
export const verificationSchema = z.enum(['verified', 'partly-verified', 'unverified']);
export type CatalogueVerification = z.infer<typeof verificationSchema>;
