import type { IdentifierKind } from '../core/identifiers/types.ts';
import {
  portalOpenCheckEnvelope,
  portalOpenCheckResponseSchema,
  type PortalOpenCheckResponse,
} from '../contracts/portal-messages.ts';
import { loadExtensionApi } from './extension-api.ts';

type Send = (message: unknown) => Promise<unknown>;

/**
 * Asks the background to open the check view with `kind` preselected, on the answer about `incidentId`. Resolves to where it opened,
 * or undefined when the background refused or did not answer (the banner then stays as it is).
 */
export async function requestPortalCheck(
  kind: IdentifierKind | undefined,
  send?: Send,
  incidentId?: string,
  privateCheck = false,
): Promise<PortalOpenCheckResponse['opened'] | undefined> {
  let sender = send;
  if (sender === undefined) {
    const api = await loadExtensionApi();
    sender = (message) => api.runtime.sendMessage(message);
  }
  let answer: unknown;
  try {
    answer = await sender(portalOpenCheckEnvelope(kind, incidentId, privateCheck));
  } catch {
    return undefined;
  }
  const ok = typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true;
  const data = portalOpenCheckResponseSchema.safeParse(ok ? (answer as { data?: unknown }).data : undefined);
  return data.success ? data.data.opened : undefined;
}
