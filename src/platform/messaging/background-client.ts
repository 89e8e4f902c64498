import {
  MESSAGES,
  clientMethodName,
  failureSchema,
  type ClientMethodName,
  type ErrorCode,
  type RequestOf,
  type ResponseOf,
  type UiMessageName,
} from '../../contracts/index.ts';
import type { IdentifierKind } from '../../core/identifiers/index.ts';
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

async function call<N extends UiMessageName>(
  transport: Transport,
  name: N,
  request: unknown,
): Promise<ResponseOf<N>> {
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
  for (const name of Object.keys(MESSAGES)) {
    if (!name.startsWith('ui/')) continue;
    const uiName = name as UiMessageName;
    client[clientMethodName(uiName)] = (request) => call(transport, uiName, request);
  }
  return client as BackgroundClient;
}
