import type { z } from '../core/zod.ts';
import { launchMessages } from './messages/launch-messages.ts';
import { PORTAL_OPEN_CHECK } from './portal-open-check-wire.ts';

/**
 * What the portal banner sends when the user asks to check an identifier. The schema itself lives in
 * the background's message map (messages/launch-messages.ts) so there is one definition; this module
 * names it for tests and the background. The content script uses portal-open-check-wire.ts instead,
 * which sends and reads the same message without zod. The request carries no page data, only the kind to preselect and
 * the incident the banner named.
 */
export const portalOpenCheckRequestSchema = launchMessages[PORTAL_OPEN_CHECK].request;
export const portalOpenCheckResponseSchema = launchMessages[PORTAL_OPEN_CHECK].response;
export type PortalOpenCheckRequest = z.infer<typeof portalOpenCheckRequestSchema>;
export type PortalOpenCheckResponse = z.infer<typeof portalOpenCheckResponseSchema>;

export {
  PORTAL_OPEN_CHECK,
  openedWhere,
  portalOpenCheckEnvelope,
  type PortalOpenCheckEnvelope,
} from './portal-open-check-wire.ts';
