import { CheckFailure } from '../../core/range/errors.ts';
import { exchange } from '../../core/range/fail-closed-exchange.ts';
import { describeBytes } from '../../core/range/read-capped-body.ts';

/** A source.json is small; anything bigger is not one. */
export const MAX_SOURCE_JSON_BYTES = 512 * 1024;

const tooLarge = (): CheckFailure =>
  new CheckFailure(
    'too-large',
    `The source description is too large (${describeBytes(MAX_SOURCE_JSON_BYTES)}), so it was not read.`,
  );

/** Status first, then the declared length: a body announced as too big is never read at all. */
function assertReadable(response: Response): void {
  if (!response.ok) throw new CheckFailure('http', `The source answered with HTTP ${response.status}.`);
  const length = response.headers.get('Content-Length');
  if (length !== null && /^\d+$/.test(length.trim()) && Number(length) > MAX_SOURCE_JSON_BYTES) {
    throw tooLarge();
  }
}

/**
 * GETs a source.json the way range requests are made: no cookies, no referrer, no redirects, one
 * deadline for headers and body, and the body streamed under a byte cap (a server that lies about or
 * leaves out Content-Length is cut off as soon as the cap is passed). Rejects with a message a person
 * can act on.
 */
export async function fetchSourceJson(
  url: string,
  fetchImpl: typeof fetch,
  timeoutMs = 15_000,
): Promise<unknown> {
  let text: string;
  try {
    text = await exchange(
      url,
      { credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error', cache: 'no-store' },
      {
        fetch: fetchImpl,
        timeoutMs,
        maxBytes: MAX_SOURCE_JSON_BYTES,
        assertResponse: assertReadable,
        messages: {
          timeout: 'The source did not answer in time. Try again later.',
          cancelled: 'Reading the source was cancelled.',
          unreachable: 'The source could not be reached. Check the address and your connection.',
          brokeOff: 'The connection broke off while the source description was read.',
        },
      },
    );
  } catch (error) {
    if (!(error instanceof CheckFailure)) throw error;
    const message =
      error.code === 'too-large'
        ? tooLarge().detail
        : error.code === 'malformed'
          ? 'The source description is not UTF-8 text.'
          : error.detail;
    throw new Error(message, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('The source description is not valid JSON.');
  }
}
