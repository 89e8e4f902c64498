import { z } from '../core/zod.ts';
import { recordIdSchema, timestampSchema } from './identifier-schemas.ts';

export const guidanceStepIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,127}$/, 'expected a step id');

/**
 * IndexedDB `guidance` store: which guidance steps the user ticked for one finding. A finding id is a
 * check id or a watchlist entry id, so nothing here identifies the person.
 * Retention: until delete-all; removed with its watchlist entry.
 */
export const guidanceProgressSchema = z.object({
  findingId: recordIdSchema,
  doneStepIds: z.array(guidanceStepIdSchema).max(100),
  updatedAt: timestampSchema,
});
export type GuidanceProgress = z.infer<typeof guidanceProgressSchema>;
