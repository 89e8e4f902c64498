import { createTranslator, type I18nApi, type Translator } from '../../../../src/platform/i18n.ts';
import { mergedMessages, translatorFor } from '../../locales/read-locales.ts';

/** browser.i18n over src/locales/<lang>/*.json, merged as the build merges them. */
export function localeI18nApi(lang = 'en', uiLanguage = lang): I18nApi {
  const translate = translatorFor(mergedMessages(lang), uiLanguage);
  return {
    getMessage: (name, substitutions) =>
      translate(name, substitutions === undefined ? [] : [substitutions].flat()),
    getUILanguage: () => uiLanguage,
  };
}

/** The page translator for `lang`, reading the real locale files. */
export function localeTranslator(lang = 'en', uiLanguage = lang): Translator {
  return createTranslator(localeI18nApi(lang, uiLanguage));
}
