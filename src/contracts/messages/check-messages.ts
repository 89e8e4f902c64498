import { z } from '../../core/zod.ts';
import { checkReportSchema } from '../check-outcome-schemas.ts';
import { identifierInputSchema, identifierKindSchema } from '../identifier-schemas.ts';
import { defineMessage } from './define-message.ts';

export const checkMessages = {
  /**
   * Check one identifier against every enabled source that covers its kind. `input` is held in memory
   * only for hashing; the answer and the history record carry its masked hint.
   * `kindFrom`: 'person' when the person picked the kind (kind picker, the ambiguity question, password
   * mode); 'detection' (the default) when the page guessed it, and then the background decides again
   * with the person's settings and refuses with 'ambiguous-kind' rather than check under a guess.
   */
  'ui/check': defineMessage(
    z
      .object({
        kind: identifierKindSchema,
        input: identifierInputSchema,
        kindFrom: z.enum(['person', 'detection']).default('detection'),
      })
      .strict(),
    checkReportSchema,
  ),
};
