import { IDENTIFIER_KINDS, KIND_SPECS, type IdentifierKind } from '../../core/identifiers/index.ts';

/** Countries we have national ID kinds for, each with its kinds, in registry order. */
export const NATIONAL_ID_COUNTRIES: readonly { country: string; kinds: IdentifierKind[] }[] = (() => {
  const byCountry = new Map<string, IdentifierKind[]>();
  for (const kind of IDENTIFIER_KINDS) {
    const { category, country } = KIND_SPECS[kind];
    if (category !== 'national-id' || country === undefined) continue;
    byCountry.set(country, [...(byCountry.get(country) ?? []), kind]);
  }
  return [...byCountry].map(([country, kinds]) => ({ country, kinds }));
})();

export function kindsOfCountry(country: string): IdentifierKind[] {
  return NATIONAL_ID_COUNTRIES.find((c) => c.country === country)?.kinds ?? [];
}
