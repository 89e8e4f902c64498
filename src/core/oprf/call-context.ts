import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import type { CheckOptions } from '../range/types.ts';
import type { OprfCallContext } from './evaluate-identifier.ts';

export const DEFAULT_OPRF_TIMEOUT_MS = 8_000;

// Called as a plain function: a bare reference to a browser's fetch fails with "Illegal invocation".
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** The fetch, timeout, signal and clock every xc-oprf-v1 request of one call shares. */
export function oprfCallContext(
  options: CheckOptions,
  signal: AbortSignal | undefined = options.signal,
): OprfCallContext {
  return {
    fetch: options.fetch ?? globalFetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_OPRF_TIMEOUT_MS,
    signal,
    now: () => Date.now(),
  };
}

/** Refuses, before anything is sent, an identifier that did not parse (callers outside TypeScript). */
export function assertValidIdentifier(id: ParsedIdentifier, what = 'the identifier is not valid'): void {
  if (id?.ok !== true || typeof id.canonical !== 'string') throw new CheckFailure('unsupported', what);
}
