import type {
  ClientMethodName,
  ErrorCode,
  RequestOf,
  ResponseOf,
  UiMessageName,
} from '../../contracts/index.ts';
// Names only, not the contracts index: the schemas (zod and every contract) load with the first call.
import { clientMethodName } from '../../contracts/messages/client-method-name.ts';
import { UI_MESSAGE_NAMES } from '../../contracts/messages/ui-message-names.ts';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { loadExtensionApi } from '../extension-api.ts';

/** Sends one envelope and resolves with whatever came back (validated by the client, not here). */
export type Transport = (envelope: { name: string; request: unknown }) => Promise<unknown>;

type ArgsOf<N extends UiMessageName> =
  Record<string, never> extends RequestOf<N> ? [request?: RequestOf<N>] : [request: RequestOf<N>];

/** One method per `ui/` message, named by clientMethodName: `ui/watchlist.add` → `watchlistAdd`. */
export type BackgroundClient = {
  [N in UiMessageName as ClientMethodName<N>]: (...args: ArgsOf<N>) => Promise<ResponseOf<N>>;
};

/** A refused request: `code` is one of ERROR_CODES, `message` is safe to show. */
export class BackgroundError extends Error {
  override readonly name = 'BackgroundError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With 'ambiguous-kind': the kinds to ask the person about. */
    readonly candidates: readonly IdentifierKind[] = [],
  ) {
    super(message);
  }
}

export const runtimeTransport: Transport = async (envelope) =>
  (await loadExtensionApi()).runtime.sendMessage(envelope);

let contracts: Promise<typeof import('../../contracts/index.ts')> | undefined;

/**
 * The schemas every request and answer is checked against, loaded once on the first call: a page draws
 * its first screen before zod and the contracts arrive (docs/performance.md, "Popup and content script").
 */
function loadContracts() {
  contracts ??= import('../../contracts/index.ts');
  return contracts;
}

async function call<N extends UiMessageName>(
  transport: Transport,
  name: N,
  request: unknown,
): Promise<ResponseOf<N>> {
  const { MESSAGES, failureSchema } = await loadContracts();
  const definition = MESSAGES[name];
  const parsedRequest = definition.request.safeParse(request ?? {});
  if (!parsedRequest.success) {
    throw new BackgroundError('invalid-request', `The request for ${name} is not valid.`);
  }
  let raw: unknown;
  try {
    raw = await transport({ name, request: parsedRequest.data });
  } catch {
    throw new BackgroundError('unavailable', 'The extension background did not answer. Try again.');
  }
  const refused = failureSchema.safeParse(raw);
  if (refused.success) {
    const { code, message, candidates } = refused.data.error;
    throw new BackgroundError(code, message, candidates);
  }
  const isSuccess = typeof raw === 'object' && raw !== null && (raw as { ok?: unknown }).ok === true;
  const data = definition.response.safeParse(isSuccess ? (raw as { data?: unknown }).data : undefined);
  if (!isSuccess || !data.success) {
    throw new BackgroundError('unavailable', `The background sent an unexpected answer to ${name}.`);
  }
  return data.data as ResponseOf<N>;
}

/**
 * The typed way for pages to talk to the background. Requests are validated before sending and answers
 * after receiving; a refusal throws BackgroundError. Pass a transport to talk to a double in tests.
 */
export function createBackgroundClient(transport: Transport = runtimeTransport): BackgroundClient {
  const client: Record<string, (request?: unknown) => Promise<unknown>> = {};
  for (const name of UI_MESSAGE_NAMES)
    client[clientMethodName(name)] = (request) => call(transport, name, request);
  return client as BackgroundClient;
}
