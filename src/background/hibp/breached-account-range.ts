import { CheckFailure, HIBP_EMAIL_SUFFIX_LENGTH, hibpEmailKey } from '../../core/index.ts';
import { z } from '../../core/zod.ts';
import { hibpGet, parseJson } from './hibp-request.ts';

/** A prefix holds about a thousand addresses; 4 MiB leaves room for long breach lists and refuses floods. */
const MAX_RANGE_BYTES = 4 * 1024 * 1024;

const rangeAnswerSchema = z
  .array(
    z.object({
      hashSuffix: z.string().regex(new RegExp(`^[0-9A-Fa-f]{${HIBP_EMAIL_SUFFIX_LENGTH}}$`)),
      websites: z.array(z.string().min(1).max(120)).max(2000),
    }),
  )
  .max(100_000);

/** HIBP's 404 at the range endpoint: the key's subscription does not include the private search. */
export class KeyTierFailure extends CheckFailure {
  constructor() {
    super('unsupported', 'the API key has no access to the private email search (HTTP 404)');
  }
}

export interface RangeSearch {
  fetch: typeof fetch;
  now(): number;
}

/**
 * HIBP's k-anonymity email search: only the first 6 hex of SHA-1(lower-cased address) leave the device;
 * the answer lists every breached address under that prefix (about a thousand) and the comparison with
 * the other 34 hex happens here. Resolves with the breach names of the address (empty when not among
 * them); rejects with a CheckFailure when nothing can be concluded.
 */
export async function searchBreachedAccountRange(
  email: string,
  apiKey: string,
  options: RangeSearch,
): Promise<string[]> {
  const { prefix, suffix } = await hibpEmailKey(email);
  const text = await hibpGet(`/breachedaccount/range/${prefix}`, {
    fetch: options.fetch,
    apiKey,
    maxBytes: MAX_RANGE_BYTES,
    now: options.now,
    // For this endpoint HIBP answers 404 to a key whose subscription does not include range searches.
    special: (status) => (status === 404 ? new KeyTierFailure() : undefined),
  });
  const parsed = rangeAnswerSchema.safeParse(parseJson(text));
  if (!parsed.success) throw new CheckFailure('malformed', 'the answer is not a list of hash suffixes');
  const match = parsed.data.find((entry) => entry.hashSuffix.toUpperCase() === suffix);
  return match === undefined ? [] : [...new Set(match.websites)];
}
