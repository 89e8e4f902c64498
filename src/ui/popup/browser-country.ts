/**
 * Where the browser says the person is, to prefill the first-use country question: the region of the
 * first language tag that has one we know ("da-DK" → DK), else the country of its language ("pl" → PL).
 * Only a suggestion: the person confirms or changes it, or skips the question.
 */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  pl: 'PL',
  da: 'DK',
  nl: 'NL',
  fr: 'FR',
  sv: 'SE',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  fi: 'FI',
  et: 'EE',
  cs: 'CZ',
  de: 'DE',
  it: 'IT',
  es: 'ES',
  ga: 'IE',
};

export function browserCountry(languages: readonly string[], known: readonly string[]): string | undefined {
  for (const tag of languages) {
    const region = tag.split(/[-_]/)[1]?.toUpperCase();
    if (region !== undefined && known.includes(region)) return region;
  }
  for (const tag of languages) {
    const country = LANGUAGE_COUNTRY[tag.split(/[-_]/)[0]?.toLowerCase() ?? ''];
    if (country !== undefined && known.includes(country)) return country;
  }
  return undefined;
}
