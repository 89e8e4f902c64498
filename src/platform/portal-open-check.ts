import type { IdentifierKind } from '../core/identifiers/types.ts';
import type { PortalOpenCheckResponse } from '../contracts/portal-messages.ts';
import { openedWhere, portalOpenCheckEnvelope } from '../contracts/portal-open-check-wire.ts';
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
  try {
    // Read by hand (contracts/portal-open-check-wire.ts): this runs in the content script, without zod.
    return openedWhere(await sender(portalOpenCheckEnvelope(kind, incidentId, privateCheck)));
  } catch {
    return undefined;
  }
}
