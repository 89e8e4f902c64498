import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../src/ui/popup/popup-app.tsx';
import { demoDescriptor } from '../../support/demo-source.ts';
import { SHIPPED_LOCALES } from '../locales/read-locales.ts';
import { renderOptions } from './support/render-options.tsx';
import { renderPage, testBackground } from './support/render-page.tsx';

/** A message key on screen means a lookup fell through to the key itself. */
const RAW_KEY = /\b(popup|options|common|guidance)_[a-z0-9_]+\b/;

describe.each(SHIPPED_LOCALES)('the pages in %s', (lang) => {
  it('show a found result and its guidance without a single untranslated key', async () => {
    const background = testBackground();
    await background.client.settingsUpdate({ patch: { countries: ['PL'] } });
    background.range.found(demoDescriptor(), ['demo-lab-2026', 'demo-shop-2025'], { kind: 'pesel' });
    const { t } = renderPage(<PopupApp />, { background, lang });
    const input = screen.getByLabelText(t('popup_input_label')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '44051401359' } });
    fireEvent.submit(input.form!);
    await screen.findByRole('heading', { name: t('common_guidance_heading') });
    expect(document.body.textContent).not.toMatch(RAW_KEY);
    fireEvent.click(screen.getByRole('tab', { name: t('popup_tab_watchlist') }));
    await screen.findByText(t('popup_watchlist_empty'));
    expect(document.body.textContent).not.toMatch(RAW_KEY);
  });

  it('show the settings and privacy pages without a single untranslated key', async () => {
    const { t } = renderOptions('', { lang });
    await screen.findByRole('heading', { name: t('options_sources_heading') });
    await screen.findAllByRole('listitem');
    expect(document.body.textContent).not.toMatch(RAW_KEY);
    window.location.hash = '#privacy';
    await screen.findByRole('heading', { name: t('options_privacy_heading') });
    expect(document.body.textContent).not.toMatch(RAW_KEY);
  });
});
