/**
 * A list's own "and" where an item already holds one: Polish "imiona i nazwiska i wyniki badań" reads as
 * one run-on list, so the list joins its last item with "oraz" ("imiona i nazwiska oraz wyniki badań").
 */
const SECOND_AND: Readonly<Record<string, { and: RegExp; instead: string }>> = {
  pl: { and: / i /, instead: 'oraz' },
};

/** "a, b and c" in the given language (undefined: the runtime's default). */
export function formatList(language: string | undefined, items: readonly string[]): string {
  const second = SECOND_AND[language?.split('-')[0] ?? ''];
  if (second !== undefined && items.length > 1 && items.some((item) => second.and.test(item)))
    return `${items.slice(0, -1).join(', ')} ${second.instead} ${items.at(-1)}`;
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
