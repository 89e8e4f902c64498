import { z } from '../../core/zod.ts';
import { identifierInputSchema, identifierKindSchema, recordIdSchema } from '../identifier-schemas.ts';
import { watchlistEntryViewSchema } from '../watchlist-entry.ts';
import { defineMessage } from './define-message.ts';

const entriesResponse = z.object({ entries: z.array(watchlistEntryViewSchema) });

export const watchlistMessages = {
  /**
   * Watch an identifier: stores per-source range keys and the masked hint. Passwords need
   * `monitorPassword: true`, sent only after the user explicitly chose to monitor that password.
   * `checkId` (from a `ui/check` answer) seeds the entry's outcomes, so what the user already saw is not
   * announced again as new; without it the entry is checked once right away.
   */
  'ui/watchlist.add': defineMessage(
    z
      .object({
        kind: identifierKindSchema,
        input: identifierInputSchema,
        monitorPassword: z.boolean().optional(),
        checkId: recordIdSchema.optional(),
      })
      .strict(),
    z.object({ entry: watchlistEntryViewSchema }),
  ),
  'ui/watchlist.list': defineMessage(z.object({}).strict(), entriesResponse),
  'ui/watchlist.remove': defineMessage(
    z.object({ id: recordIdSchema }).strict(),
    z.object({ removed: z.boolean() }),
  ),
  /** Re-check one entry, or all when `id` is left out. */
  'ui/watchlist.recheck': defineMessage(
    z.object({ id: recordIdSchema.optional() }).strict(),
    entriesResponse.extend({ newFindings: z.number().int().nonnegative() }),
  ),
  /** The user has seen the new findings: zero every entry's unseen count and clear the badge. */
  'ui/findings.acknowledge': defineMessage(
    z.object({}).strict(),
    z.object({ acknowledged: z.number().int() }),
  ),
};
