import { describe, expect, it } from 'vitest';
import {
  GUIDANCE_RULES,
  LAST_CHECKED_KEY,
  LINK_LOCAL_LANGUAGE_KEY,
  URGENCIES,
  stepMessages,
  urgencyKey,
} from '../../../../src/core/guidance/index.ts';
import { SHIPPED_LOCALES, mergedMessages } from '../../locales/read-locales.ts';

// Every key a step can render must have text in every shipped language.
const REQUIRED_KEYS = [
  ...new Set([
    ...GUIDANCE_RULES.flatMap((rule) => Object.values(stepMessages(rule))),
    ...URGENCIES.map(urgencyKey),
    LINK_LOCAL_LANGUAGE_KEY,
    LAST_CHECKED_KEY,
  ]),
];

describe('guidance text', () => {
  it.each(SHIPPED_LOCALES)('%s has every guidance message', (lang) => {
    const messages = mergedMessages(lang);
    const missing = REQUIRED_KEYS.filter((key) => messages[key]?.message === undefined);
    expect(missing).toEqual([]);
  });

  it('ships no guidance message that no rule uses', () => {
    const used = new Set(REQUIRED_KEYS);
    const orphans = Object.keys(mergedMessages('en')).filter(
      (key) => key.startsWith('guidance_') && !used.has(key),
    );
    expect(orphans).toEqual([]);
  });

  it('keeps official names readable in every language (titles are not left in English by accident)', () => {
    // A translated title equal to the English one is allowed only for proper-noun steps.
    const en = mergedMessages('en');
    for (const lang of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
      const messages = mergedMessages(lang);
      const untranslated = GUIDANCE_RULES.map((rule) => stepMessages(rule).title).filter(
        (key) => messages[key]?.message === en[key]?.message,
      );
      expect(untranslated, lang).toEqual([]);
    }
  });
});
