import { pwnedPassword } from 'hibp';
import {
  checkIdentifier,
  createRangeClient,
  pwnedPasswordsSource,
  RANGE_CLIENT_DEFAULTS,
  type CheckOutcome,
} from '../../../src/core/index.ts';
import { parsePassword, type Lookup } from './password-lookups.ts';

export type LookupFn = (lookup: Lookup) => Promise<number>;
/** Builds a fresh lookup function per round (a new client: nothing cached from the round before). */
export type Contender = (concurrency: number) => LookupFn;

const countOf = (outcome: CheckOutcome): number =>
  outcome.status === 'found' ? outcome.count : outcome.status === 'not-found' ? 0 : -1;

export function contenders(baseUrl: string): Record<'ours' | 'oneshot' | 'hibp', Contender> {
  const source = pwnedPasswordsSource(baseUrl);
  return {
    // What the extension's background does: one long-lived client (cache, shared requests in flight).
    ours: (concurrency) => {
      const client = createRangeClient({
        concurrency: Math.max(concurrency, RANGE_CLIENT_DEFAULTS.concurrency),
      });
      return async (l) => countOf(await client.checkIdentifier(parsePassword(l.password), source));
    },
    // The one-call API: no cache between calls.
    oneshot: () => async (l) => countOf(await checkIdentifier(parsePassword(l.password), source)),
    hibp: () => async (l) => {
      try {
        return await pwnedPassword(l.password, { baseUrl, addPadding: true });
      } catch {
        return -1;
      }
    },
  };
}
