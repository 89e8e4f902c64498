import { z } from '../core/zod.ts';
import { OUTCOME_ERROR_CODES } from './check-outcome-schemas.ts';
import { timestampSchema } from './identifier-schemas.ts';

/** storage.local key for the monitoring schedule; the worker may die between any two alarms. */
export const MONITOR_STATE_STORAGE_KEY = 'monitor';

/**
 * Everything monitoring must remember across worker restarts. Retention: overwritten each run,
 * removed on delete-all. Corrupt fields fall back individually, like settings.
 */
export const monitorStateSchema = z.object({
  lastRunAt: timestampSchema.optional().catch(undefined),
  lastSuccessAt: timestampSchema.optional().catch(undefined),
  /** When the next run is due (interval or backoff); the alarm is re-armed from this after a restart. */
  nextRunAt: timestampSchema.optional().catch(undefined),
  consecutiveFailures: z.number().int().nonnegative().catch(0),
  lastError: z
    .object({ code: z.enum(OUTCOME_ERROR_CODES), message: z.string(), at: timestampSchema })
    .optional()
    .catch(undefined),
});
export type MonitorState = z.output<typeof monitorStateSchema>;
