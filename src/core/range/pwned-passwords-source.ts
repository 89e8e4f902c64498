import type { SourceDescriptor } from './types.ts';

export const PWNED_PASSWORDS_BASE_URL = 'https://api.pwnedpasswords.com';
export const PWNED_PASSWORDS_SOURCE_ID = 'hibp-pwned-passwords';

/**
 * The built-in password source: Have I Been Pwned's Pwned Passwords range API (data CC BY 4.0, credit
 * HIBP in the UI). `baseUrl` points tests and the demo at a local stand-in.
 */
export function pwnedPasswordsSource(baseUrl: string = PWNED_PASSWORDS_BASE_URL): SourceDescriptor {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    format: 'exposure-check-source/1',
    id: PWNED_PASSWORDS_SOURCE_ID,
    name: 'Pwned Passwords',
    publisher: 'Have I Been Pwned',
    homepage: 'https://haveibeenpwned.com/Passwords',
    scheme: 'hibp-sha1',
    kinds: ['password'],
    rangeUrl: `${root}/range/{prefix}`,
    hash: { algorithm: 'sha1' },
    buckets: { password: { prefixBits: 20 } },
    padded: true,
    breaches: [
      {
        id: 'pwned-passwords',
        title: 'Pwned Passwords',
        operator: 'Have I Been Pwned',
        date: '2025-11',
        dataClasses: ['password'],
        notice: 'https://haveibeenpwned.com/Passwords',
      },
    ],
    updated: '2025-11-06T00:00:00.000Z',
  };
}
