import type { ResultOutcome, Settings, SourceSummary } from '../../contracts/index.ts';
import type { ParsedIdentifier } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { HIBP_ORIGINS } from '../hibp/hibp-request.ts';

export const HIBP_SEARCH_ID = 'hibp-breached-account';

export function hibpSummary(at: string): SourceSummary {
  return {
    id: HIBP_SEARCH_ID,
    name: 'Have I Been Pwned (email search)',
    // Breach names, dates and data classes come from HIBP's catalogue, licensed CC BY 4.0: credited here.
    publisher: 'Have I Been Pwned (breach data CC BY 4.0)',
    // A live service: its data is as fresh as the answer.
    updated: at,
    homepage: 'https://haveibeenpwned.com/',
    builtIn: true,
  };
}

/** True when this check will also ask HIBP: an email, and the user has entered an API key. */
export function usesHibp(parsed: ParsedIdentifier, settings: Settings): boolean {
  return parsed.kind === 'email' && settings.hibpApiKey !== null;
}

type HibpDeps = Pick<BackgroundDeps, 'hibpSearch' | 'hostPermissions' | 'dataCollection' | 'settings'>;

/**
 * The HIBP search for an email, in the mode the person chose (the private range search unless they
 * explicitly picked the plain one). Nothing is sent while haveibeenpwned.com is not allowed, or, on
 * Firefox 140+, while the person has not consented to sending data derived from their address.
 */
export async function hibpEmailOutcome(
  parsed: ParsedIdentifier,
  apiKey: string,
  deps: HibpDeps,
): Promise<ResultOutcome> {
  if (!(await deps.hostPermissions.has(HIBP_ORIGINS))) {
    return {
      status: 'error',
      code: 'permission-missing',
      message:
        'Exposure Check may not contact haveibeenpwned.com yet. Allow it next to the API key in the settings.',
    };
  }
  if (!(await deps.dataCollection.has())) {
    return {
      status: 'error',
      code: 'consent-missing',
      message:
        'Firefox has not been given consent to send data derived from your email address to Have I Been ' +
        'Pwned, so nothing was sent and nothing was concluded. Give it next to the API key in the settings.',
    };
  }
  const { hibpSearchMode } = await deps.settings.get();
  return deps.hibpSearch(parsed.canonical, apiKey, hibpSearchMode);
}
