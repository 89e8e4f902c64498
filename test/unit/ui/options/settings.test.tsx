import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderOptions } from '../support/render-options.tsx';
import { testBackground } from '../support/render-page.tsx';

const KEY = '0123456789abcdef0123456789abcdef';

const statusIn = (section: HTMLElement) => within(section).getByRole('status').textContent;

describe('options: API key, monitoring, pages', () => {
  it('saves an HIBP key after saying that only a 6-character hash prefix goes to HIBP, and removes it', async () => {
    const background = testBackground();
    renderOptions('', { background });
    const section = await screen.findByRole('region', { name: 'Have I Been Pwned API key (optional)' });
    expect(within(section).getByText(/first 6 characters/)).toBeTruthy();

    const field = within(section).getByLabelText('API key') as HTMLInputElement;
    expect(field.type).toBe('password');
    fireEvent.input(field, { target: { value: 'too short' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save key' }));
    expect(within(section).getByRole('alert').textContent).toMatch(/32 letters and digits/);
    expect((await background.client.settingsGet()).settings.hibpApiKey).toBeNull();

    fireEvent.input(field, { target: { value: KEY } });
    fireEvent.click(within(section).getByRole('button', { name: 'Save key' }));
    await waitFor(async () => expect((await background.client.settingsGet()).settings.hibpApiKey).toBe(KEY));
    expect(section.textContent).not.toContain(KEY);

    fireEvent.click(await within(section).findByRole('button', { name: 'Remove key' }));
    await waitFor(async () => expect((await background.client.settingsGet()).settings.hibpApiKey).toBeNull());
  });

  it('saves monitoring, notification and portal-warning choices', async () => {
    const background = testBackground();
    renderOptions('', { background });
    const section = await screen.findByRole('region', { name: 'Monitoring and notifications' });
    fireEvent.change(within(section).getByLabelText('How often'), { target: { value: String(7 * 24 * 60) } });
    await waitFor(async () =>
      expect((await background.client.settingsGet()).settings.monitoringIntervalMinutes).toBe(7 * 24 * 60),
    );
    fireEvent.click(within(section).getByRole('checkbox', { name: /new breach/ }));
    fireEvent.click(await within(section).findByRole('checkbox', { name: /health websites/ }));
    await waitFor(async () => {
      const { settings } = await background.client.settingsGet();
      expect(settings.notifications).toBe(false);
      expect(settings.portalWarnings).toBe(false);
    });
    fireEvent.click(
      within(section).getByRole('checkbox', { name: /Check my watchlist again automatically/ }),
    );
    await waitFor(() =>
      expect((within(section).getByLabelText('How often') as HTMLSelectElement).disabled).toBe(true),
    );
    expect((await background.client.settingsGet()).settings.monitoringEnabled).toBe(false);
  });

  it('confirms a saved change next to the section that changed, not only at the top', async () => {
    renderOptions('');
    const monitoring = await screen.findByRole('region', { name: 'Monitoring and notifications' });
    const countries = screen.getByRole('region', { name: /countr/i });

    fireEvent.click(within(monitoring).getByRole('checkbox', { name: /new breach/ }));
    await waitFor(() => expect(statusIn(monitoring)).toBe('Saved.'));
    expect(statusIn(countries)).toBe('');

    fireEvent.click(within(countries).getByRole('checkbox', { name: 'Estonia' }));
    await waitFor(() => expect(statusIn(countries)).toBe('Saved.'));
    expect(statusIn(monitoring)).toBe('');
    expect(screen.getAllByText('Saved.')).toHaveLength(1);
  });

  it('explains what is sent where on #privacy, with a prefix table from the engine', async () => {
    renderOptions('#privacy');
    expect(await screen.findByRole('heading', { name: 'What is sent where' })).toBeTruthy();
    expect(screen.getByText(/The first 5 characters of the SHA-1 hash of the password/)).toBeTruthy();
    expect(screen.getByText(/stands for at least 10,000 possible identifiers/)).toBeTruthy();
    expect(screen.getByText(/at most 100 and none older than 90 days/)).toBeTruthy();
    expect(screen.getByText(/receives the email address itself \(not a hash\)/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Prefix length per kind of identifier' });
    const pesel = within(table).getByRole('row', { name: /^PESEL \(Poland\)/ });
    expect(Number(within(pesel).getAllByRole('cell')[0]?.textContent)).toBeGreaterThanOrEqual(4);
    expect(screen.getByRole('link', { name: 'Privacy' }).getAttribute('aria-current')).toBe('page');
  });

  it('offers the check in a tab on #check', async () => {
    renderOptions('#check');
    expect(await screen.findByLabelText('What do you want to check?')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Check' }).getAttribute('aria-current')).toBe('page');
  });
});
