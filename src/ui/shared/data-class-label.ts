import type { Translator } from '../../platform/i18n.ts';

/**
 * Data classes are free text chosen by each publisher ("national-id", "Email addresses"). The common ones
 * have a translation; anything else is shown as the publisher wrote it rather than hidden.
 */
export function dataClassLabel(t: Translator, dataClass: string): string {
  const key = `common_dataclass_${dataClass
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
  return t.has(key) ? t.dynamic(key) : dataClass;
}
