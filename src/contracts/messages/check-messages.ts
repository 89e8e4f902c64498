import { z } from '../../core/zod.ts';
import { checkReportSchema } from '../check-outcome-schemas.ts';
import { identifierInputSchema, identifierKindSchema } from '../identifier-schemas.ts';
import { defineMessage } from './define-message.ts';

export const checkMessages = {
  /**
   * Check one identifier against every enabled source that covers its kind. `input` is held in memory
   * only for hashing; the answer and the history record carry its masked hint.
   */
  'ui/check': defineMessage(
    z.object({ kind: identifierKindSchema, input: identifierInputSchema }).strict(),
    checkReportSchema,
  ),
};
