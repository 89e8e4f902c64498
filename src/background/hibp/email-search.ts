import type { HibpBreach, HibpSearchMode, ResultOutcome } from '../../contracts/index.ts';
import { CheckFailure, type BreachRef } from '../../core/index.ts';
import { failureOutcome } from '../../core/range/errors.ts';
import { breachCatalogue, type CatalogueDeps } from './breach-catalogue.ts';
import { KeyTierFailure, searchBreachedAccountRange } from './breached-account-range.ts';
import { searchBreachedAccount } from './breached-account.ts';
import { HIBP_NAME } from './hibp-request.ts';

/** An email search with the person's own key; resolves with a typed outcome, never rejects. */
export type HibpEmailSearch = (email: string, apiKey: string, mode: HibpSearchMode) => Promise<ResultOutcome>;

const breachId = (name: string): string =>
  `hibp-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 64);

/** A breach named by the catalogue (title, date, data classes, count), or by HIBP's name alone. */
export function breachRefOf(name: string, catalogue: ReadonlyMap<string, HibpBreach>): BreachRef {
  const notice = `https://haveibeenpwned.com/PwnedWebsites#${encodeURIComponent(name)}`;
  const known = catalogue.get(name);
  if (known === undefined)
    return { id: breachId(name), title: name, operator: name, date: '', dataClasses: [], notice };
  const ref: BreachRef = {
    id: breachId(name),
    title: known.title,
    operator: known.domain !== '' ? known.domain : known.title,
    date: known.date,
    dataClasses: known.dataClasses,
    notice,
  };
  if (known.count !== undefined) ref.records = known.count;
  return ref;
}

function failed(error: unknown): ResultOutcome {
  if (error instanceof KeyTierFailure) {
    return {
      status: 'error',
      code: 'key-tier',
      message:
        'Your Have I Been Pwned key does not include the private email search, so nothing was checked. ' +
        'The settings page can switch to the plain search, which sends the address itself.',
    };
  }
  const failure =
    error instanceof CheckFailure ? error : new CheckFailure('network', 'the search failed unexpectedly');
  return failureOutcome(failure, HIBP_NAME);
}

export function createHibpEmailSearch(deps: CatalogueDeps): HibpEmailSearch {
  return async (email, apiKey, mode) => {
    if (mode === 'plaintext') return searchBreachedAccount(email, apiKey, deps.fetch);
    // Both requests go out whatever the other answers: the catalogue's refresh follows its age only.
    const [names, catalogue] = await Promise.all([
      searchBreachedAccountRange(email, apiKey, { fetch: deps.fetch, now: () => deps.now().getTime() }).then(
        (found) => ({ found }),
        (error: unknown) => ({ error }),
      ),
      breachCatalogue(deps),
    ]);
    if ('error' in names) return failed(names.error);
    if (names.found.length === 0) return { status: 'not-found' };
    return {
      status: 'found',
      count: names.found.length,
      breaches: names.found.map((name) => breachRefOf(name, catalogue)),
    };
  };
}
