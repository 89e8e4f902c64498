import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderOptions } from '../support/render-options.tsx';
import { testBackground } from '../support/render-page.tsx';

const KEY = '0123456789abcdef0123456789abcdef';
const HIBP = 'https://haveibeenpwned.com/*';

async function saveKey() {
  const section = await screen.findByRole('region', { name: 'Have I Been Pwned API key (optional)' });
  fireEvent.input(within(section).getByLabelText('API key'), { target: { value: KEY } });
  fireEvent.click(within(section).getByRole('button', { name: 'Save key' }));
  return section;
}

describe('options: HIBP key and access', () => {
  it('saving the key asks, in the same click, for haveibeenpwned.com; the search then works', async () => {
    const background = testBackground({ grantOnRequest: true });
    const { requested } = renderOptions('', { background });
    const section = await saveKey();
    await waitFor(async () => expect((await background.client.settingsGet()).settings.hibpApiKey).toBe(KEY));
    expect(requested).toContainEqual([HIBP]);
    expect(background.browser.granted.has(HIBP)).toBe(true);
    // The private search is the default, and the note says what leaves the device.
    expect(within(section).getByText(/first 6 characters/)).toBeTruthy();
    expect((await background.client.settingsGet()).settings.hibpSearchMode).toBe('range');
  });

  it('when the person refuses, the key is kept and an "Allow" button asks again', async () => {
    const background = testBackground({ grantOnRequest: false });
    renderOptions('', { background });
    const section = await saveKey();
    const allow = await within(section).findByRole('button', { name: /Allow haveibeenpwned.com/ });
    expect((await background.client.settingsGet()).settings.hibpApiKey).toBe(KEY);
    fireEvent.click(allow);
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: /Allow haveibeenpwned.com/ })).toBeTruthy(),
    );
  });

  it('the plain search is only used when the person explicitly chooses it, after its own warning', async () => {
    const background = testBackground({ grantOnRequest: true });
    renderOptions('', { background });
    const section = await saveKey();
    const plain = (await within(section).findByRole('checkbox', {
      name: /plain search/,
    })) as HTMLInputElement;
    expect(plain.checked).toBe(false);
    expect(within(section).getByText(/sends the email address itself/)).toBeTruthy();
    fireEvent.click(plain);
    await waitFor(async () =>
      expect((await background.client.settingsGet()).settings.hibpSearchMode).toBe('plaintext'),
    );
    // Removing the key returns to the private search for the next key.
    fireEvent.click(within(section).getByRole('button', { name: 'Remove key' }));
    await waitFor(async () => {
      const { settings } = await background.client.settingsGet();
      expect(settings).toMatchObject({ hibpApiKey: null, hibpSearchMode: 'range' });
    });
  });
});
