/** A source.json is small; anything bigger is not one. */
export const MAX_SOURCE_JSON_BYTES = 512 * 1024;

/**
 * GETs a source.json the way range requests are made: no cookies, no referrer, no redirects. Rejects
 * with a message a person can act on.
 */
export async function fetchSourceJson(
  url: string,
  fetchImpl: typeof fetch,
  timeoutMs = 15_000,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new Error('The source could not be reached. Check the address and your connection.');
  }
  if (!response.ok) throw new Error(`The source answered with HTTP ${response.status}.`);
  const text = await response.text();
  if (text.length > MAX_SOURCE_JSON_BYTES) throw new Error('The source description is too large.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('The source description is not valid JSON.');
  }
}
