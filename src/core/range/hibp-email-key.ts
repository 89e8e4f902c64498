import { toHex } from './hex.ts';

/** HIBP's email range search takes the first 6 hex of the hash; the other 34 are compared on the device. */
export const HIBP_EMAIL_PREFIX_LENGTH = 6;
export const HIBP_EMAIL_SUFFIX_LENGTH = 34;

/** Upper-case SHA-1 of the lower-cased address, split as `breachedaccount/range/{prefix}` expects. */
export async function hibpEmailKey(email: string): Promise<{ prefix: string; suffix: string }> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(email.trim().toLowerCase()));
  const hex = toHex(digest).toUpperCase();
  return { prefix: hex.slice(0, HIBP_EMAIL_PREFIX_LENGTH), suffix: hex.slice(HIBP_EMAIL_PREFIX_LENGTH) };
}
