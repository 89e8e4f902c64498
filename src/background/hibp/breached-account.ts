import type { ResultOutcome } from '../../contracts/index.ts';
import type { BreachRef } from '../../core/index.ts';
import { z } from '../../core/zod.ts';

import { HIBP_API_BASE, HIBP_USER_AGENT } from './hibp-request.ts';

export { HIBP_ORIGINS } from './hibp-request.ts';
const MAX_BODY_CHARS = 2_000_000;

// The fields we use from HIBP's breach model; everything else in the answer is ignored.
const breachModel = z.object({
  Name: z.string().min(1).max(120),
  Title: z.string().max(200),
  Domain: z.string().max(200).optional(),
  BreachDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  PwnCount: z.number().int().nonnegative().optional(),
  DataClasses: z.array(z.string()).optional(),
});

function toBreachRef(model: z.infer<typeof breachModel>): BreachRef {
  return {
    id: `hibp-${model.Name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 64),
    title: model.Title,
    operator: model.Domain !== undefined && model.Domain !== '' ? model.Domain : model.Title,
    date: model.BreachDate,
    dataClasses: (model.DataClasses ?? []).slice(0, 40).map((c) => c.slice(0, 60)),
    ...(model.PwnCount === undefined ? {} : { records: model.PwnCount }),
    notice: `https://haveibeenpwned.com/PwnedWebsites#${encodeURIComponent(model.Name)}`,
  };
}

const error = (code: 'network' | 'http' | 'rate-limited' | 'malformed', message: string): ResultOutcome => ({
  status: 'error',
  code,
  message,
});

/**
 * HIBP's plaintext breached-account search. Unlike every range check this sends the email address itself
 * to HIBP. It runs only when the person explicitly chose it for a key without range access (the settings
 * page warns), and only for manual checks: the watchlist never stores the address. The default is the
 * private range search in breached-account-range.ts.
 */
export async function searchBreachedAccount(
  email: string,
  apiKey: string,
  fetchImpl: typeof fetch,
): Promise<ResultOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(
      `${HIBP_API_BASE}/breachedaccount/${encodeURIComponent(email)}?truncateResponse=false`,
      {
        headers: { 'hibp-api-key': apiKey, 'user-agent': HIBP_USER_AGENT },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      },
    );
  } catch {
    return error('network', 'Could not reach Have I Been Pwned. Nothing was concluded.');
  }
  if (response.status === 404) return { status: 'not-found' };
  if (response.status === 401)
    return error('http', 'Have I Been Pwned did not accept the API key. Check it in the settings.');
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    const outcome = error(
      'rate-limited',
      'Have I Been Pwned asked us to wait before the next search. Nothing was concluded.',
    );
    return Number.isFinite(seconds) && seconds >= 0 && outcome.status === 'error'
      ? { ...outcome, retryAfterSeconds: seconds }
      : outcome;
  }
  if (response.status !== 200)
    return error('http', `Have I Been Pwned answered with HTTP ${response.status}. Nothing was concluded.`);
  const text = await response.text();
  const parsed = z
    .array(breachModel)
    .max(1000)
    .safeParse(text.length > MAX_BODY_CHARS ? null : safeJson(text));
  if (!parsed.success)
    return error('malformed', 'Have I Been Pwned sent an answer we could not read. Nothing was concluded.');
  return { status: 'found', count: parsed.data.length, breaches: parsed.data.map(toBreachRef) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
