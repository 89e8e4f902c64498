import { z } from '../core/zod.ts';
import { OUTCOME_ERROR_CODES, breachRefSchema, sourceSummarySchema } from './check-outcome-schemas.ts';
import {
  countryCodeSchema,
  identifierKindSchema,
  recordIdSchema,
  timestampSchema,
} from './identifier-schemas.ts';
import { rangeKeySchema } from './range-key-schema.ts';

/** The last *successful* answer of one source; an error never overwrites it (no false "all clear"). */
export const lastGoodOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    breachIds: z.array(z.string()).max(256),
    count: z.number().int().nonnegative(),
    checkedAt: timestampSchema,
  }),
  z.object({ status: z.literal('not-found'), checkedAt: timestampSchema }),
]);
export type LastGoodOutcome = z.infer<typeof lastGoodOutcomeSchema>;

export const recordedErrorSchema = z.object({
  code: z.enum(OUTCOME_ERROR_CODES),
  message: z.string().max(2000),
  at: timestampSchema,
});
export type RecordedError = z.infer<typeof recordedErrorSchema>;

export const sourceStatusSchema = z.object({
  last: lastGoodOutcomeSchema.optional(),
  /** Set when the latest attempt failed; cleared by the next success. */
  lastError: recordedErrorSchema.optional(),
});
export type SourceStatus = z.infer<typeof sourceStatusSchema>;

/**
 * IndexedDB `watchlist` store. Holds what is needed to re-check (per-source RangeKeys) and to show
 * results (masked hint, outcomes) — never the identifier. A password entry exists only with consent.
 * Retention: until the user removes it or deletes everything.
 */
export const watchlistEntrySchema = z.object({
  id: recordIdSchema,
  kind: identifierKindSchema,
  country: countryCodeSchema.optional(),
  hint: z.string().max(128),
  createdAt: timestampSchema,
  keys: z.array(rangeKeySchema).max(64),
  status: z.record(z.string(), sourceStatusSchema),
  /** Breach ids per source the user has already been told about; a new one triggers a notification. */
  seenBreachIds: z.record(z.string(), z.array(z.string()).max(256)),
  /** Findings not yet acknowledged in the UI; their sum is the toolbar badge. */
  unseenFindings: z.number().int().nonnegative(),
  lastCheckedAt: timestampSchema.optional(),
  /** True only for passwords the user explicitly asked to monitor. */
  passwordConsent: z.boolean().optional(),
});
export type WatchlistEntry = z.infer<typeof watchlistEntrySchema>;

/** One source's state for an entry, resolved for display. */
export const watchResultSchema = z.object({
  source: sourceSummarySchema,
  last: lastGoodOutcomeSchema.optional(),
  /** Details of the breaches in `last` that the source still describes. */
  breaches: z.array(breachRefSchema),
  lastError: recordedErrorSchema.optional(),
  /**
   * The source changed how it hashes identifiers (salt, work factor, prefix length, scheme or key), so
   * the saved check no longer fits: the person must enter the identifier again to keep watching it
   * against this source. `lastError` then says so in words.
   */
  needsReentry: z.literal(true).optional(),
});
export type WatchResult = z.infer<typeof watchResultSchema>;

/** What the UI gets: no range keys, sources resolved to names. */
export const watchlistEntryViewSchema = z.object({
  id: recordIdSchema,
  kind: identifierKindSchema,
  country: countryCodeSchema.optional(),
  hint: z.string(),
  createdAt: timestampSchema,
  lastCheckedAt: timestampSchema.optional(),
  unseenFindings: z.number().int().nonnegative(),
  results: z.array(watchResultSchema),
});
export type WatchlistEntryView = z.infer<typeof watchlistEntryViewSchema>;
