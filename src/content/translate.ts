/** Looks up a message by key with positional substitutions ($1, $2…), like browser.i18n.getMessage. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** The UI locale as a BCP 47 tag ("pl", "en-US"); `@@ui_locale` is predefined in Chrome and Firefox. */
export function uiLocale(t: Translate): string | undefined {
  const locale = t('@@ui_locale').replace('_', '-');
  return locale === '' ? undefined : locale;
}
