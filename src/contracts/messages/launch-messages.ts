import { z } from '../../core/zod.ts';
import { identifierKindSchema } from '../identifier-schemas.ts';
import { defineMessage } from './define-message.ts';

/** A catalogued incident's id (see incidents/incident-vocabulary.ts). */
const incidentRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(80);

/**
 * Why a page opened: set by `content/portal.openCheck`, taken (once) by the popup or options page.
 * `incidentId` opens the answer about that incident (from the portal banner).
 */
export const launchIntentSchema = z.object({
  view: z.literal('check'),
  kind: identifierKindSchema.optional(),
  incidentId: incidentRefSchema.optional(),
});
export type LaunchIntent = z.infer<typeof launchIntentSchema>;

export const launchMessages = {
  /** Returns and clears the pending launch intent; null when the page was opened normally. */
  'ui/launch.take': defineMessage(z.object({}).strict(), z.object({ intent: launchIntentSchema.nullable() })),
  /**
   * From the portal content script: the user clicked "check my ID" in the banner. Carries no page data,
   * only the kind to preselect and the catalogued incident the banner named. Opens the popup, or the
   * options page's check view where the browser does not allow opening the popup.
   */
  'content/portal.openCheck': defineMessage(
    z
      .object({
        kind: identifierKindSchema.optional(),
        incidentId: incidentRefSchema.optional(),
        /** Open the catalogued private check of `incidentId` (its add-source preview) instead. */
        privateCheck: z.literal(true).optional(),
      })
      .strict(),
    z.object({ opened: z.enum(['popup', 'options', 'add-source']) }),
  ),
};
