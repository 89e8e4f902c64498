import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleMessages } from '../../../src/locales/merge.ts';
import { LOCALES_DIR, SHIPPED_LOCALES, areaFiles, mergedMessages } from './read-locales.ts';

// Generic over every area file: a key added to any language must exist in all shipped languages,
// with the same placeholders, and never as an empty string.
const merged = Object.fromEntries(SHIPPED_LOCALES.map((lang) => [lang, mergedMessages(lang)])) as Record<
  (typeof SHIPPED_LOCALES)[number],
  LocaleMessages
>;

/** `$NAME$` references in a message, upper-cased as Chrome matches them case-insensitively. */
function referencedPlaceholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).toSorted();
}

function placeholderShape(lang: keyof typeof merged, key: string): string {
  const entry = merged[lang][key];
  const placeholders = entry?.placeholders ?? {};
  return JSON.stringify(
    Object.keys(placeholders)
      .toSorted()
      .map((name) => [name.toLowerCase(), placeholders[name]?.content]),
  );
}

describe('shipped locales', () => {
  it('has a folder for every shipped language and no stray language folders', () => {
    const folders = readdirSync(LOCALES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .toSorted();
    expect(folders).toEqual([...SHIPPED_LOCALES].toSorted());
    for (const lang of SHIPPED_LOCALES) expect(existsSync(join(LOCALES_DIR, lang))).toBe(true);
  });

  it('every language has the same area files', () => {
    for (const lang of SHIPPED_LOCALES) expect(areaFiles(lang), lang).toEqual(areaFiles('en'));
  });

  it.each(SHIPPED_LOCALES)('%s has every key any other language has', (lang) => {
    const all = new Set(SHIPPED_LOCALES.flatMap((other) => Object.keys(merged[other])));
    const missing = [...all].filter((key) => merged[lang][key] === undefined);
    expect(missing).toEqual([]);
  });

  it.each(SHIPPED_LOCALES)('%s has no empty messages', (lang) => {
    const empty = Object.entries(merged[lang])
      .filter(([, entry]) => entry.message.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(SHIPPED_LOCALES)('%s declares exactly the placeholders each message uses', (lang) => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(merged[lang])) {
      const used = [...new Set(referencedPlaceholders(entry.message))];
      const declared = Object.keys(entry.placeholders ?? {})
        .map((name) => name.toLowerCase())
        .toSorted();
      if (JSON.stringify(used) !== JSON.stringify(declared))
        problems.push(`${key}: uses ${used} declares ${declared}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(SHIPPED_LOCALES.filter((lang) => lang !== 'en'))('%s has the same placeholders as en', (lang) => {
    const different = Object.keys(merged.en).filter(
      (key) => merged[lang][key] !== undefined && placeholderShape(lang, key) !== placeholderShape('en', key),
    );
    expect(different).toEqual([]);
  });
});
