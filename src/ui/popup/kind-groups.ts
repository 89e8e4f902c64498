import { KIND_FACTS, kindCountry } from '../../core/identifiers/kind-facts.ts';
import { IDENTIFIER_KINDS, type IdentifierKind } from '../../core/identifiers/types.ts';

export const GENERAL_KINDS: readonly IdentifierKind[] = ['email', 'phone', 'password'];

export interface KindGroups {
  /** The user's national ID kinds (settings), then the other kinds of the user's countries. */
  preferred: IdentifierKind[];
  /** Every other national ID kind, by issuing country (ISO alpha-2), in registry order. */
  byCountry: { country: string; kinds: IdentifierKind[] }[];
}

const NATIONAL_KINDS = IDENTIFIER_KINDS.filter((kind) => KIND_FACTS[kind].category === 'national-id');

/** How the kind picker groups national IDs: what the user cares about first, the rest per country. */
export function kindGroups(
  countries: readonly string[],
  nationalIdKinds: readonly IdentifierKind[],
): KindGroups {
  const ofCountries = countries.flatMap((country) =>
    NATIONAL_KINDS.filter((kind) => kindCountry(kind) === country),
  );
  const preferred = [...new Set([...nationalIdKinds, ...ofCountries])].filter((kind) =>
    NATIONAL_KINDS.includes(kind),
  );
  const byCountry = new Map<string, IdentifierKind[]>();
  for (const kind of NATIONAL_KINDS) {
    if (preferred.includes(kind)) continue;
    const country = kindCountry(kind) ?? '';
    byCountry.set(country, [...(byCountry.get(country) ?? []), kind]);
  }
  return { preferred, byCountry: [...byCountry].map(([country, kinds]) => ({ country, kinds })) };
}
