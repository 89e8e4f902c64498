import { toHex } from './hex.ts';

export const HIBP_PREFIX_LENGTH = 5;
export const HIBP_SUFFIX_LENGTH = 35;

/** SHA-1 of the UTF-8 text, split the way the Pwned Passwords range API expects. */
export async function hibpSha1Key(canonical: string): Promise<{ prefix: string; suffix: string }> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(canonical));
  const hex = toHex(digest);
  return { prefix: hex.slice(0, HIBP_PREFIX_LENGTH), suffix: hex.slice(HIBP_PREFIX_LENGTH) };
}
