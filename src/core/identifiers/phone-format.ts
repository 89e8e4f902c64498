import {
  Metadata,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberWithError,
  type CountryCode,
} from 'libphonenumber-js/min';

/** Digits with a leading + kept; separators, brackets and dots dropped. */
export function compactDigits(input: string): string {
  const trimmed = input.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/[^0-9]/g, '');
}

/** The methods of libphonenumber's numbering plan that its type declarations leave out. */
interface PlanWithPrefix {
  nationalPrefix?: () => string | undefined;
}

/** The trunk prefix ("0" in GB, none in PL, "8" in LT); read from the library's own metadata. */
function nationalPrefixOf(region: CountryCode): string {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  const plan = metadata.numberingPlan as PlanWithPrefix | undefined;
  return typeof plan?.nationalPrefix === 'function' ? (plan.nationalPrefix() ?? '') : '';
}

/**
 * True when `compact` (digits only) is the number `e164` written the way people in `region` write it at
 * home, trunk prefix included: "07700 900123" in GB, "601 234 567" in PL. Bare digits that the library
 * could also read as a British number without its leading 0 (every NHS number) are not.
 */
export function isNationalPhoneFormat(compact: string, e164: string, region: string | undefined): boolean {
  const upper = region?.toUpperCase();
  if (upper === undefined || !isSupportedCountry(upper) || compact.startsWith('+')) return false;
  try {
    const number = parsePhoneNumberWithError(e164);
    if (number.countryCallingCode !== getCountryCallingCode(upper)) return false;
    return compact === nationalPrefixOf(upper) + number.nationalNumber;
  } catch {
    return false;
  }
}
