import { z } from '../core/zod.ts';
import { OUTCOME_ERROR_CODES } from './check-outcome-schemas.ts';
import {
  countryCodeSchema,
  identifierKindSchema,
  recordIdSchema,
  timestampSchema,
} from './identifier-schemas.ts';

/** Keep at most this many checks, none older than HISTORY_MAX_AGE_DAYS. */
export const HISTORY_MAX_RECORDS = 100;
export const HISTORY_MAX_AGE_DAYS = 90;

export const historyResultSchema = z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  status: z.enum(['found', 'not-found', 'error']),
  breachIds: z.array(z.string()).max(256).optional(),
  count: z.number().int().nonnegative().optional(),
  errorCode: z.enum(OUTCOME_ERROR_CODES).optional(),
});
export type HistoryResult = z.infer<typeof historyResultSchema>;

/**
 * IndexedDB `history` store: one record per check (manual or by monitoring), masked hint only.
 * Retention: capped at HISTORY_MAX_RECORDS and HISTORY_MAX_AGE_DAYS; cleared on delete-all.
 */
export const historyRecordSchema = z.object({
  id: recordIdSchema,
  kind: identifierKindSchema,
  country: countryCodeSchema.optional(),
  hint: z.string().max(128),
  checkedAt: timestampSchema,
  trigger: z.enum(['manual', 'monitor']),
  watchlistEntryId: recordIdSchema.optional(),
  results: z.array(historyResultSchema).max(64),
  /**
   * 'not-checkable': no source covered the kind, so nothing was compared (results is empty). Absent on
   * records written before this field existed, which were all 'checked'.
   */
  coverage: z.enum(['checked', 'not-checkable']).optional(),
});
export type HistoryRecord = z.infer<typeof historyRecordSchema>;
