const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Finds the column (or JSON field) meant for a kind: an explicit name if given, else the one whose
 * name is the kind ("PESEL", "e-mail" → email, "se_personnummer"), else one that starts with it
 * ("pesel_number"). Returns an index into `names`, or an error sentence naming the candidates.
 */
export function matchColumn(names: readonly string[], kind: string, explicit?: string): number | string {
  if (explicit !== undefined) {
    const exact = names.indexOf(explicit);
    if (exact !== -1) return exact;
    const loose = names.findIndex((n) => squash(n) === squash(explicit));
    return loose !== -1 ? loose : `no column named "${explicit}" (columns: ${names.join(', ')})`;
  }
  const target = squash(kind);
  const exact = names.flatMap((n, i) => (squash(n) === target ? [i] : []));
  if (exact.length === 1) return exact[0] as number;
  const prefixed = names.flatMap((n, i) => (squash(n).startsWith(target) ? [i] : []));
  if (exact.length === 0 && prefixed.length === 1) return prefixed[0] as number;
  const found = exact.length > 0 ? exact : prefixed;
  if (found.length > 1) {
    const which = found.map((i) => `"${names[i]}"`).join(', ');
    return `several columns could hold ${kind} (${which}); choose one with --column`;
  }
  if (names.length === 1) return 0;
  return `no column named like "${kind}" (columns: ${names.join(', ')}); choose one with --column`;
}
