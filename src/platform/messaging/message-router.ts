import {
  MESSAGES,
  RequestError,
  failure,
  isMessageName,
  requestEnvelopeSchema,
  roleOfMessage,
  type Envelope,
  type MessageName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../contracts/index.ts';
import type { MessageSenderLike } from '../extension-api-types.ts';
import { classifySender, type SenderPolicy } from './sender-preflight.ts';

export type Handler<N extends MessageName, Deps> = (
  request: ParsedRequestOf<N>,
  deps: Deps,
) => Promise<ResponseOf<N>>;

/** Exactly one handler per message name: a missing one is a compile error where the table is built. */
export type HandlerTable<Deps> = { [N in MessageName]: Handler<N, Deps> };

export interface RouterLog {
  warn(message: string, details: Record<string, string>): void;
  error(message: string, details: Record<string, string>): void;
}

export interface RouterOptions<Deps> {
  handlers: HandlerTable<Deps>;
  deps: () => Deps | Promise<Deps>;
  policy: SenderPolicy;
  log: RouterLog;
}

// Logs name the message and the reason, never the payload: a request may hold an identifier.
function refuse(log: RouterLog, reason: string, name: string): Envelope<never> {
  log.warn('Exposure Check refused a message', { name, reason });
  return failure(reason === 'foreign sender' ? 'forbidden-sender' : 'invalid-request', refusalText(reason));
}

function refusalText(reason: string): string {
  return reason === 'foreign sender'
    ? 'This sender may not talk to Exposure Check.'
    : `The request was not understood (${reason}).`;
}

async function dispatch<N extends MessageName, Deps>(
  name: N,
  request: unknown,
  options: RouterOptions<Deps>,
): Promise<Envelope<ResponseOf<N>>> {
  const parsed = MESSAGES[name].request.safeParse(request);
  if (!parsed.success) return refuse(options.log, 'request does not match its schema', name);
  try {
    const handler = options.handlers[name] as Handler<N, Deps>;
    const result = await handler(parsed.data as ParsedRequestOf<N>, await options.deps());
    const checked = MESSAGES[name].response.safeParse(result);
    if (!checked.success) {
      options.log.error('Exposure Check produced an invalid response', { name });
      return failure('internal', 'Something went wrong inside Exposure Check.');
    }
    return { ok: true, data: checked.data as ResponseOf<N> };
  } catch (error) {
    if (error instanceof RequestError) return failure(error.code, error.message, error.candidates);
    options.log.error('Exposure Check handler failed', { name, error: describe(error) });
    return failure('internal', 'Something went wrong inside Exposure Check.');
  }
}

/** Error class and message only; our own errors never carry identifiers, and stack traces are noise. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
}

/**
 * The single entry for runtime.onMessage: sender preflight, envelope and request validation, the
 * handler, then response validation. Always resolves with an Envelope; never throws.
 */
export function createMessageRouter<Deps>(options: RouterOptions<Deps>) {
  return async (message: unknown, sender: MessageSenderLike): Promise<Envelope<unknown>> => {
    const who = classifySender(sender, options.policy);
    const envelope = requestEnvelopeSchema.safeParse(message);
    const name = envelope.success && isMessageName(envelope.data.name) ? envelope.data.name : undefined;
    if (!who.allowed) return refuse(options.log, 'foreign sender', name ?? 'unknown');
    if (!envelope.success) return refuse(options.log, 'not an envelope', 'unknown');
    if (name === undefined || roleOfMessage(name) !== who.role) {
      options.log.warn('Exposure Check refused a message', { name: 'unknown', reason: 'unknown message' });
      return failure('unknown-message', 'Exposure Check does not know this message.');
    }
    return dispatch(name, envelope.data.request, options);
  };
}
