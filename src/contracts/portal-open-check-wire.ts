import type { IdentifierKind } from '../core/identifiers/types.ts';
import type { PortalOpenCheckRequest, PortalOpenCheckResponse } from './portal-messages.ts';

// What the content script needs to send `content/portal.openCheck` and read its answer, without the
// zod schemas (they pull zod and the identifier rules into every portal page). The background still
// validates the request with the schema in messages/launch-messages.ts; the unit tests check that
// `openedWhere` agrees with the response schema.

export const PORTAL_OPEN_CHECK = 'content/portal.openCheck';

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

const OPENED: readonly PortalOpenCheckResponse['opened'][] = ['popup', 'options', 'add-source'];

/** Where the background opened the check, from its `{ ok: true, data: { opened } }` reply; else undefined. */
export function openedWhere(answer: unknown): PortalOpenCheckResponse['opened'] | undefined {
  if (typeof answer !== 'object' || answer === null || (answer as { ok?: unknown }).ok !== true)
    return undefined;
  const data = (answer as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return undefined;
  const opened = (data as { opened?: unknown }).opened;
  return OPENED.find((where) => where === opened);
}
