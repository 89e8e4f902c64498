import { describe, expect, it } from 'vitest';
import { createTranslator, type I18nApi } from '../../../src/platform/i18n.ts';
import { localeTranslator } from '../ui/support/locale-i18n.ts';

function fakeApi(messages: Record<string, string>, uiLanguage: string): I18nApi {
  return {
    getMessage: (name, subs) => {
      const list = subs === undefined ? [] : [subs].flat();
      return (messages[name] ?? '').replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
    },
    getUILanguage: () => uiLanguage,
  };
}

describe('createTranslator', () => {
  it('passes substitutions through positionally', () => {
    const t = createTranslator(fakeApi({ common_locale_code: 'en', x: 'a $1 b $2' }, 'en-GB'));
    expect(t.dynamic('x', 'one', 'two')).toBe('a one b two');
  });

  it('shows the key rather than a blank for a missing message', () => {
    const t = createTranslator(fakeApi({ common_locale_code: 'en' }, 'en'));
    expect(t('popup_check')).toBe('popup_check');
    expect(t.has('popup_check')).toBe(false);
  });

  it('formats in the language the messages are in, keeping the browser region when it matches', () => {
    expect(createTranslator(fakeApi({ common_locale_code: 'en' }, 'en-GB')).language).toBe('en-GB');
    // A German browser gets our English messages, so dates must be English too.
    expect(createTranslator(fakeApi({ common_locale_code: 'en' }, 'de-DE')).language).toBe('en');
    expect(createTranslator(fakeApi({ common_locale_code: 'pl' }, 'pl')).language).toBe('pl');
  });

  it('reads the real locale files through the test double', () => {
    expect(localeTranslator('pl')('popup_check')).toBe('Sprawdź prywatnie');
    expect(localeTranslator('fr')('common_kind_with_country', 'PESEL', 'Pologne')).toBe('PESEL (Pologne)');
    expect(localeTranslator('da').language).toBe('da');
  });
});
