import { z } from '../core/zod.ts';
import { timestampSchema } from './identifier-schemas.ts';

/**
 * One breach of Have I Been Pwned's public catalogue (`GET /api/v3/breaches`, CC BY 4.0), reduced to what
 * a result shows. HIBP's `Description` is HTML and is deliberately not kept, so nothing can render it.
 */
export const hibpBreachSchema = z.object({
  name: z.string().min(1).max(120),
  title: z.string().max(200),
  domain: z.string().max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  count: z.number().int().nonnegative().optional(),
  dataClasses: z.array(z.string().max(60)).max(40),
});
export type HibpBreach = z.infer<typeof hibpBreachSchema>;

/** The cached catalogue. Public data; refreshed when older than HIBP_CATALOGUE_MAX_AGE_MS. */
export const hibpBreachCatalogueSchema = z.object({
  fetchedAt: timestampSchema,
  breaches: z.array(hibpBreachSchema).max(5000),
});
export type HibpBreachCatalogue = z.infer<typeof hibpBreachCatalogueSchema>;

/** HIBP adds a few breaches a week; a week-old list names nearly every breach a search returns. */
export const HIBP_CATALOGUE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
