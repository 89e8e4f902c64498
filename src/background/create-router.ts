import type { ExtensionApi } from '../platform/extension-api-types.ts';
import { createMessageRouter } from '../platform/messaging/message-router.ts';
import { contentScriptMatchesOf, type SenderPolicy } from '../platform/messaging/sender-preflight.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { HANDLERS } from './handlers/index.ts';

export function senderPolicyOf(api: ExtensionApi): SenderPolicy {
  return {
    extensionId: api.runtime.id,
    extensionOrigin: api.runtime.getURL(''),
    contentScriptMatches: contentScriptMatchesOf(api.runtime.getManifest()),
  };
}

/** The runtime.onMessage handler: preflight, validation, then the handler for the message name. */
export function createBackgroundRouter(api: ExtensionApi, deps: () => BackgroundDeps) {
  return createMessageRouter({ handlers: HANDLERS, deps, policy: senderPolicyOf(api), log: deps().log });
}
