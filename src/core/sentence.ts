/**
 * An abbreviation's period ends the sentence too: "… Sp. z o.o." followed by the template's own period
 * would read "Sp. z o.o..". An ellipsis ("...") is left alone.
 */
export function withoutDoubledPeriod(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}
