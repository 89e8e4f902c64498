import { raceAbort, startDeadline } from './deadline.ts';
import { CheckFailure } from './errors.ts';
import { readCappedText } from './read-capped-body.ts';

/** What to tell the person for each way the exchange can fail without a more specific CheckFailure. */
export interface ExchangeMessages {
  timeout: string;
  cancelled: string;
  /** The fetch itself threw: no response at all. */
  unreachable: string;
  /** Reading the body threw after a response arrived. */
  brokeOff: string;
}

export interface ExchangeOptions {
  fetch: typeof fetch;
  /** For the whole exchange: connecting, headers and every byte of the body. */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  maxBytes: number;
  /** Throws a CheckFailure when the response must not be read. */
  assertResponse: (response: Response) => void;
  /** A more specific failure for an error thrown while reading the body, or undefined for `brokeOff`. */
  describeBodyError?: (error: unknown) => CheckFailure | undefined;
  messages: ExchangeMessages;
}

/**
 * One request under one deadline (headers and body alike), failing closed: nothing is sent once the
 * caller has left, a fetch or body that ignores its signal cannot hang, the body is read under a byte
 * cap and released on failure, and every error leaves as a CheckFailure.
 */
export async function exchange(url: string, init: RequestInit, options: ExchangeOptions): Promise<string> {
  const { messages } = options;
  const deadline = startDeadline(options.timeoutMs, options.signal);
  const interrupted = (): CheckFailure =>
    deadline.reason() === 'timeout'
      ? new CheckFailure('timeout', messages.timeout)
      : new CheckFailure('network', messages.cancelled);
  // A request whose callers all left while it waited for a slot must not go out at all.
  if (deadline.signal.aborted) {
    deadline.dispose();
    throw interrupted();
  }
  const doFetch = options.fetch;
  const signalled: RequestInit = { ...init, signal: deadline.signal };
  let response: Response;
  try {
    response = await raceAbort(
      Promise.resolve().then(() => doFetch(url, signalled)),
      deadline.signal,
      interrupted,
    );
  } catch (error) {
    deadline.dispose();
    if (error instanceof CheckFailure) throw error;
    throw deadline.reason() === undefined ? new CheckFailure('network', messages.unreachable) : interrupted();
  }
  try {
    options.assertResponse(response);
    return await readCappedText(response, options.maxBytes, deadline.signal, interrupted);
  } catch (error) {
    response.body?.cancel().catch(() => undefined);
    if (error instanceof CheckFailure) throw error;
    if (deadline.reason() !== undefined) throw interrupted();
    throw options.describeBodyError?.(error) ?? new CheckFailure('network', messages.brokeOff);
  } finally {
    deadline.dispose();
  }
}
