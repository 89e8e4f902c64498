import type { IdentifierKind } from '../identifiers/types.ts';
import { exposureTags, tagsOfDataClass } from './exposure-tags.ts';

/**
 * The breach's data classes that say more than the checked kind itself: a lab breach found by PESEL also
 * leaked names and lab results, and the guidance intro names them; its "national-id" class only repeats
 * the PESEL and is left out. Classes we cannot read are kept, as the publisher wrote them.
 */
export function alsoLeaked(kind: IdentifierKind, dataClasses: readonly string[]): string[] {
  const own = exposureTags(kind, []);
  return dataClasses.filter((dataClass) => {
    const tags = [...tagsOfDataClass(dataClass)];
    return tags.length === 0 || tags.some((tag) => !own.has(tag));
  });
}
