import type { ComponentChildren } from 'preact';
import { useT } from './i18n-context.tsx';

/** A link out of the extension: always a new tab, never telling the site where the user came from. */
export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  const t = useT();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="sr-only"> {t('common_opens_new_tab')}</span>
    </a>
  );
}

/** "gov.pl" from "https://www.gov.pl/…": shows where a link goes without its whole path. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
