/** Host permission the HIBP email search needs; asked for when the person saves their key. */
export const HIBP_ORIGINS: readonly string[] = ['https://haveibeenpwned.com/*'];
