import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { popup } from '../support/popup-driver.ts';
import { renderOptions } from '../support/render-options.tsx';
import { renderPage, testBackground } from '../support/render-page.tsx';

// Valid both as a PESEL and as an Estonian isikukood: the user's countries decide which it is, and with
// none that decides, the popup asks instead of guessing.
const PESEL_AND_ISIKUKOOD = '40111043493';

const selected = () => popup.detectedKind();

/** Opens the popup on `background`, types the ambiguous number and waits for `expected` to be detected. */
async function expectDetected(background: ReturnType<typeof testBackground>, expected: string) {
  renderPage(<PopupApp />, { background });
  popup.type(PESEL_AND_ISIKUKOOD);
  // Settings arrive asynchronously; detection re-runs when they do.
  await waitFor(() => expect(selected()).toBe(expected));
  cleanup();
}

describe('options: countries and ID kinds', () => {
  it('ticking a country saves it with its ID kinds, and the popup detection follows', async () => {
    const background = testBackground();
    await expectDetected(
      background,
      'Could be: PESEL (Poland) or Personal identification code (isikukood) (Estonia)',
    );

    renderOptions('', { background });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Estonia' }));
    await screen.findByText('Saved.');
    const { settings } = await background.client.settingsGet();
    expect(settings.countries).toEqual(['EE']);
    expect(settings.nationalIdKinds).toEqual(['ee-isikukood']);
    expect(await screen.findByRole('group', { name: 'ID numbers from Estonia to offer first' })).toBeTruthy();
    cleanup();

    await expectDetected(background, 'Detected: Personal identification code (isikukood) (Estonia)');
  });

  it('unticking a country removes it and its ID kinds', async () => {
    const background = testBackground();
    await background.client.settingsUpdate({
      patch: { countries: ['GB', 'PL'], nationalIdKinds: ['nhs', 'nino', 'pesel'] },
    });
    renderOptions('', { background });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'United Kingdom' }));
    await waitFor(async () => {
      const { settings } = await background.client.settingsGet();
      expect(settings.countries).toEqual(['PL']);
      expect(settings.nationalIdKinds).toEqual(['pesel']);
    });
  });

  it('sets the phone region', async () => {
    const background = testBackground();
    renderOptions('', { background });
    const select = (await screen.findByLabelText(
      'Country for phone numbers without a +prefix',
    )) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'DK' } });
    await waitFor(async () =>
      expect((await background.client.settingsGet()).settings.phoneRegion).toBe('DK'),
    );
  });
});
