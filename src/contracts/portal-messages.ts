import type { IdentifierKind } from '../core/identifiers/types.ts';
import type { z } from '../core/zod.ts';
import { launchMessages } from './messages/launch-messages.ts';

/**
 * What the portal banner sends when the user asks to check an identifier. The schema itself lives in
 * the background's message map (messages/launch-messages.ts) so there is one definition; this module
 * names it for the content script. The request carries no page data, only the kind to preselect and
 * the incident the banner named.
 */
export const PORTAL_OPEN_CHECK = 'content/portal.openCheck';

export const portalOpenCheckRequestSchema = launchMessages[PORTAL_OPEN_CHECK].request;
export const portalOpenCheckResponseSchema = launchMessages[PORTAL_OPEN_CHECK].response;
export type PortalOpenCheckRequest = z.infer<typeof portalOpenCheckRequestSchema>;
export type PortalOpenCheckResponse = z.infer<typeof portalOpenCheckResponseSchema>;

/** The envelope runtime.sendMessage carries, in the shape the background router parses. */
export interface PortalOpenCheckEnvelope {
  name: typeof PORTAL_OPEN_CHECK;
  request: PortalOpenCheckRequest;
}

export function portalOpenCheckEnvelope(
  kind: IdentifierKind | undefined,
  incidentId?: string,
  privateCheck = false,
): PortalOpenCheckEnvelope {
  const request: PortalOpenCheckRequest = {};
  if (kind !== undefined) request.kind = kind;
  if (incidentId !== undefined) request.incidentId = incidentId;
  if (privateCheck) request.privateCheck = true;
  return { name: PORTAL_OPEN_CHECK, request };
}
