import type { IdentifierKind } from '../identifiers/types.ts';
import { exposureTags } from './exposure-tags.ts';

/** Kinds a person can check themselves that a breach may have exposed besides the one they checked. */
const CHECKABLE_ALONGSIDE = ['email', 'phone'] as const;
export type AlongsideKind = (typeof CHECKABLE_ALONGSIDE)[number];

/**
 * Other data of the person the breach exposed that they can check here too: a lab breach found by PESEL
 * that also lists email addresses and phone numbers is worth checking the email and the phone against.
 */
export function otherCheckableKinds(kind: IdentifierKind, dataClasses: readonly string[]): AlongsideKind[] {
  const tags = exposureTags(kind, dataClasses);
  return CHECKABLE_ALONGSIDE.filter((other) => other !== kind && tags.has(other));
}
