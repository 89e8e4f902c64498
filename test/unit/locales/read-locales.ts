import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mergeLocaleFiles, type LocaleMessages } from '../../../src/locales/merge.ts';

/** The languages the extension ships; each must translate every message. */
export const SHIPPED_LOCALES = ['en', 'pl', 'da', 'nl', 'fr'] as const;

export const LOCALES_DIR = join(import.meta.dirname, '../../../src/locales');

/** Area files of one language, e.g. ['guidance.json', 'portals.json', …], sorted like the build does. */
export function areaFiles(lang: string): string[] {
  return readdirSync(join(LOCALES_DIR, lang))
    .filter((name) => name.endsWith('.json'))
    .toSorted();
}

/** What the build emits as `_locales/<lang>/messages.json`, merged the same way. */
export function mergedMessages(lang: string): LocaleMessages {
  return mergeLocaleFiles(
    areaFiles(lang).map((name) => ({
      name: `${lang}/${name}`,
      messages: JSON.parse(readFileSync(join(LOCALES_DIR, lang, name), 'utf8')) as LocaleMessages,
    })),
  );
}

/** chrome.i18n.getMessage semantics for tests: named placeholders map to $1..$9; unknown keys give "". */
export function translatorFor(messages: LocaleMessages, uiLocale = 'en') {
  return (key: string, substitutions: string[] = []): string => {
    if (key === '@@ui_locale') return uiLocale;
    const entry = messages[key];
    if (entry === undefined) return '';
    const named = entry.message.replace(
      /\$([A-Za-z0-9_]+)\$/g,
      (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
    );
    return named.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  };
}
