import type { ResultOutcome, Settings, SourceSummary } from '../../contracts/index.ts';
import type { ParsedIdentifier } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { HIBP_ORIGINS } from '../hibp/breached-account.ts';

export const HIBP_SEARCH_ID = 'hibp-breached-account';

export function hibpSummary(at: string): SourceSummary {
  return {
    id: HIBP_SEARCH_ID,
    name: 'Have I Been Pwned (email search)',
    publisher: 'Have I Been Pwned',
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

/** The HIBP search for an email, or a permission-missing outcome when haveibeenpwned.com is not allowed. */
export async function hibpEmailOutcome(
  parsed: ParsedIdentifier,
  apiKey: string,
  deps: Pick<BackgroundDeps, 'hibpSearch' | 'hostPermissions'>,
): Promise<ResultOutcome> {
  if (!(await deps.hostPermissions.has(HIBP_ORIGINS))) {
    return {
      status: 'error',
      code: 'permission-missing',
      message:
        'Exposure Check may not contact haveibeenpwned.com yet. Allow it next to the API key in the settings.',
    };
  }
  return deps.hibpSearch(parsed.canonical, apiKey);
}
