import type { IdentifierKind } from '../identifiers/types.ts';
import type { ExposureTag } from './types.ts';
import { nationalIdCountry } from './national-id-countries.ts';

// Breach data classes arrive as free text from several publishers ("Email addresses" from HIBP,
// "pesel" or "lab-results" from our own catalogue). We only need a coarse reading of them, so a
// handful of patterns on a normalised string is enough; anything unrecognised adds no tag.
const PATTERNS: readonly (readonly [RegExp, ExposureTag])[] = [
  [
    /national ?id|government issued id|social security number|\b(pesel|cpr|bsn|nir|ssn|nino|ppsn|svnr|personnummer|fodselsnummer|henkilotunnus|hetu|isikukood|rodne cislo|codice fiscale|dni|rijksregisternummer|steuer ?id|tax id)\b|^identifiers?$|national insurance/,
    'national-id',
  ],
  [/id documents?|passport|driver'?s? licen[cs]e|drivers licen[cs]e|identity card|id card/, 'id-document'],
  [
    /health|medical|nhs number|\blab\b|diagnos|medication|treatment|referral|prescri|blood|genetic|vaccination|psycho|clinical|patient|test (results|descriptions)|doctor/,
    'health',
  ],
  [/e ?mail|contact/, 'email'],
  [/phone|mobile|contact/, 'phone'],
  [/password|credential|\bpins?\b/, 'password'],
  // "Email addresses" and "IP addresses" are not where someone lives.
  [/(?<!mail |ip )\baddress|residence/, 'address'],
  [/bank|payment|credit card|card number|iban|billing|financial/, 'bank'],
];

function normalise(dataClass: string): string {
  return dataClass
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** The tag a finding's own kind implies: a leaked PESEL is a leaked national ID, whatever the breach lists. */
function tagOfKind(kind: IdentifierKind): ExposureTag | undefined {
  if (kind === 'email' || kind === 'phone' || kind === 'password') return kind;
  // An NHS number identifies a patient, not a credit applicant: it is health data, not a credit key.
  if (kind === 'nhs') return 'health';
  return nationalIdCountry(kind) === undefined ? undefined : 'national-id';
}

/** Coarse exposure tags for a finding: its own kind plus whatever the breach's data classes reveal. */
export function exposureTags(kind: IdentifierKind, dataClasses: readonly string[]): ReadonlySet<ExposureTag> {
  const tags = new Set<ExposureTag>();
  const own = tagOfKind(kind);
  if (own !== undefined) tags.add(own);
  for (const dataClass of dataClasses) {
    const text = normalise(dataClass);
    for (const [pattern, tag] of PATTERNS) if (pattern.test(text)) tags.add(tag);
  }
  return tags;
}

/** The tags one data class reveals on its own (none for a class we cannot read). */
export function tagsOfDataClass(dataClass: string): ReadonlySet<ExposureTag> {
  const text = normalise(dataClass);
  return new Set(PATTERNS.filter(([pattern]) => pattern.test(text)).map(([, tag]) => tag));
}
