import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { INCIDENT_CHOICES_STORAGE_KEY } from '../../../../src/contracts/incident-choice.ts';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { popup } from '../support/popup-driver.ts';
import { renderPage, testBackground } from '../support/render-page.tsx';

// "I was a patient there" is remembered for the watchlist: a watched PESEL shows the known leak the
// person said they were at, and its steps, even while the sources find nothing. The answer is kept by
// incident id only, never with the identifier.

const VALID_PESEL = '44051401359';

async function watchedPesel(choice: 'patient' | 'not-patient') {
  const background = testBackground();
  const report = await background.client.check({ kind: 'pesel', input: VALID_PESEL, kindFrom: 'person' });
  await background.client.watchlistAdd({ kind: 'pesel', input: VALID_PESEL, checkId: report.checkId });
  await background.client.incidentsChoose({ incidentId: 'alab-2023', choice });
  renderPage(<PopupApp />, { background });
  popup.openTab('Watchlist');
  const item = await screen.findByRole('listitem', { name: /PESEL/ });
  return { background, item };
}

describe('watchlist: the incidents a person said they were at', () => {
  it('names the leak and opens its steps on a watched PESEL that no source finds', async () => {
    const { background, item } = await watchedPesel('patient');
    expect(within(item).getByText('Not found', { selector: '.verdict' })).toBeTruthy();
    expect(
      await within(item).findByText(/^You said you were a patient or customer of: ALAB laboratoria/),
    ).toBeTruthy();
    const steps = within(item).getByRole('region', { name: 'What to do now' });
    expect(within(steps).getAllByRole('listitem').length).toBeGreaterThan(0);

    // Kept by incident id alone, in the extension-only database; nothing typed is stored anywhere.
    expect(await background.deps.incidentChoices.all()).toEqual({ 'alab-2023': 'patient' });
    const local = await background.browser.local.get(null);
    expect(local).not.toHaveProperty(INCIDENT_CHOICES_STORAGE_KEY);
    expect(JSON.stringify(local)).not.toContain(VALID_PESEL);
  });

  it('says nothing about a leak the person was not at', async () => {
    const { item } = await watchedPesel('not-patient');
    await within(item).findByText('Not found', { selector: '.verdict' });
    // Give the stored answers time to arrive: they must still not add the line or the steps.
    await new Promise((r) => setTimeout(r, 50));
    expect(within(item).queryByText(/You said you were a patient/)).toBeNull();
    expect(within(item).queryByRole('region', { name: 'What to do now' })).toBeNull();
  });
});
