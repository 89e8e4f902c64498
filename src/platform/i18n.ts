import type commonMessages from '../locales/en/common.json';
import type incidentMessages from '../locales/en/incidents.json';
import type optionsMessages from '../locales/en/options.json';
import type popupMessages from '../locales/en/popup.json';

/** The two calls of `browser.i18n` the pages need; tests pass a double that reads src/locales. */
export interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** Every key the popup and options page use, checked at compile time against the English files. */
export type UiMessageKey =
  | keyof typeof popupMessages
  | keyof typeof optionsMessages
  | keyof typeof commonMessages
  | keyof typeof incidentMessages;

/** The key whose value names the language the messages are in ("en", "pl"…), in every locale. */
const LOCALE_CODE_KEY: UiMessageKey = 'common_locale_code';

export interface Translator {
  /** A UI message with positional substitutions ($1…$9), exactly as browser.i18n.getMessage. */
  (key: UiMessageKey, ...substitutions: string[]): string;
  /** Keys computed at run time (guidance steps, identifier kinds, data classes). */
  dynamic(key: string, ...substitutions: string[]): string;
  /** Whether a run-time key exists in the current locale. */
  has(key: string): boolean;
  /**
   * BCP 47 tag for Intl formatting, matched to the language the messages are actually in: a German
   * browser gets English text (our default locale), so it also gets English dates, not German ones.
   */
  readonly language: string;
}

function resolveLanguage(api: I18nApi): string {
  const messagesIn = api.getMessage(LOCALE_CODE_KEY) || 'en';
  let browserTag = '';
  try {
    browserTag = api.getUILanguage().replace('_', '-');
  } catch {
    // Some test doubles and very old browsers lack getUILanguage; the locale code is enough.
  }
  const primary = browserTag.split('-')[0]?.toLowerCase();
  return primary === messagesIn ? browserTag : messagesIn;
}

/**
 * Wraps the i18n API. A missing message yields its key rather than an empty string, so a gap shows up in a
 * screenshot instead of as a silent blank (the locale-completeness test should make that impossible).
 */
export function createTranslator(api: I18nApi): Translator {
  const lookup = (key: string, substitutions: string[]): string =>
    api.getMessage(key, substitutions.length === 0 ? undefined : substitutions) || key;
  const translate = ((key: UiMessageKey, ...substitutions: string[]) =>
    lookup(key, substitutions)) as Translator;
  const language = resolveLanguage(api);
  return Object.assign(translate, {
    dynamic: (key: string, ...substitutions: string[]) => lookup(key, substitutions),
    has: (key: string) => api.getMessage(key) !== '',
    language,
  });
}

/** The translator for extension pages, over webextension-polyfill (imported lazily: it throws outside an extension). */
export async function loadTranslator(): Promise<Translator> {
  const { default: browser } = await import('webextension-polyfill');
  return createTranslator(browser.i18n);
}
