import { describe, expect, it } from 'vitest';
import { withoutDoubledPeriod } from '../../../src/core/index.ts';
import { formatList, languageName } from '../../../src/ui/shared/format.ts';

describe('text that reads right in each language', () => {
  it('joins a Polish list with "oraz" where an item already holds "i"', () => {
    expect(formatList('pl', ['imiona i nazwiska', 'wyniki badań laboratoryjnych'])).toBe(
      'imiona i nazwiska oraz wyniki badań laboratoryjnych',
    );
    expect(formatList('pl', ['PESEL (Polska)', 'imiona i nazwiska', 'adresy zamieszkania'])).toBe(
      'PESEL (Polska), imiona i nazwiska oraz adresy zamieszkania',
    );
    // Without an "i" inside, the ordinary list.
    expect(formatList('pl', ['hasła', 'adresy e-mail'])).toBe('hasła i adresy e-mail');
    expect(formatList('en', ['names', 'lab results'])).toBe('names and lab results');
  });

  it('ends a sentence once after an abbreviation, and leaves an ellipsis alone', () => {
    expect(withoutDoubledPeriod('zgłoszone przez: ALAB laboratoria Sp. z o.o.. Wyciekły: …')).toBe(
      'zgłoszone przez: ALAB laboratoria Sp. z o.o. Wyciekły: …',
    );
    expect(withoutDoubledPeriod('Wait...')).toBe('Wait...');
  });

  it('names a page’s language in the reader’s language', () => {
    expect(languageName('pl', 'en')).toBe('angielski');
    expect(languageName('fr', 'en')).toBe('anglais');
    expect(languageName('en', 'da')).toBe('Danish');
  });
});
