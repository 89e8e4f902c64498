import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { INCIDENT_CHOICES_STORAGE_KEY } from '../../../../src/contracts/incident-choice.ts';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { SAMPLE } from '../../../support/sample-identifiers.ts';
import { popup } from '../support/popup-driver.ts';
import { renderPage, testBackground } from '../support/render-page.tsx';

const status = () => within(screen.getByRole('region', { name: 'Results' })).getAllByRole('status')[0]!;
const answer = () => screen.getByRole('region', { name: /Not checkable privately yet/ });

describe('popup: not checkable privately yet', () => {
  it('names the known leaks and the protective steps, without a tick or an error', async () => {
    // The test background covers PESEL and email only: a CPR number has no source.
    const { background } = renderPage(<PopupApp />);
    await popup.check(SAMPLE.cpr);
    expect(status().textContent).toMatch(/not checkable privately yet/);
    expect(status().textContent).not.toMatch(/Not found|Could not check/);
    const region = answer();
    expect(within(region).getByText(/^CPR number — known leaks: Alles Lægehus, 2024/)).toBeTruthy();
    // The banner above says why nothing was compared; the answer does not repeat it.
    expect(within(popup.verdict()).getByText(/no source you use covers this kind yet/)).toBeTruthy();
    // The steps that protect any CPR holder now (credit warning first among Danish steps).
    const steps = within(region).getByRole('region', { name: 'What to do now' });
    expect(within(steps).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(region).getByRole('article', { name: 'Alles Lægehus' })).toBeTruthy();
    expect(screen.queryByText('Not found')).toBeNull();
    expect(screen.queryByText('Couldn’t check')).toBeNull();
    expect(document.querySelector('.result-not-found, .result-error')).toBeNull();
    expect(background.range.calls).toEqual([]);
    expect(document.body.textContent).not.toContain(SAMPLE.cpr);
  });

  it('remembers "I was a patient there" by incident only, and it opens that leak’s own steps', async () => {
    const background = testBackground();
    renderPage(<PopupApp />, { background });
    await popup.check(SAMPLE.cpr);
    const card = within(answer()).getByRole('article', { name: 'Alles Lægehus' });
    expect(within(card).getByText(/33 98 00 98/)).toBeTruthy();
    const stepCount = () =>
      Number(/of (\d+)/.exec(within(answer()).getByText(/^Steps done/).textContent ?? '')?.[1]);
    const stepsBefore = stepCount();

    fireEvent.click(within(card).getByRole('radio', { name: "I wasn't" }));
    await waitFor(() => expect(within(card).queryByText(/33 98 00 98/)).toBeNull());
    fireEvent.click(within(card).getByRole('radio', { name: 'I was a patient or customer there' }));
    await waitFor(() => expect(within(card).getByText(/33 98 00 98/)).toBeTruthy());
    // The leak's health data now counts for the steps too.
    await waitFor(() =>
      expect(within(answer()).getAllByRole('heading', { level: 4 }).length).toBeGreaterThanOrEqual(
        stepsBefore,
      ),
    );

    // The choice is stored by the background after the page shows it: wait for the write.
    await waitFor(async () =>
      expect(await background.deps.incidentChoices.all()).toEqual({ 'alles-laegehus-2024': 'patient' }),
    );
    // Kept in the extension-only database, out of reach of content scripts, which share storage.local.
    expect(await background.browser.local.get(INCIDENT_CHOICES_STORAGE_KEY)).toEqual({});
    const everything = JSON.stringify(await background.browser.local.get(null));
    for (const form of [SAMPLE.cpr, SAMPLE.cpr.replace('-', '')]) expect(everything).not.toContain(form);
  });

  it('lists the known leaks below the source results when a source covers the kind', async () => {
    renderPage(<PopupApp />);
    await popup.check(SAMPLE.pesel);
    expect(status().textContent).toMatch(/^Not found/);
    expect(screen.getByRole('region', { name: 'Known leaks: PESEL' })).toBeTruthy();
    expect(screen.getByRole('article', { name: /ALAB laboratoria/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Not checkable privately yet/ })).toBeNull();
  });

  it('opens on the incident a portal banner named, with its official lookup', async () => {
    const background = testBackground();
    await background.deps.launchIntents.put(
      { view: 'check', kind: 'pesel', incidentId: 'alab-2023' },
      background.clock.now(),
    );
    renderPage(<PopupApp />, { background });
    const heading = await screen.findByRole('heading', { name: /^The leak at ALAB laboratoria/ });
    const section = heading.closest('section')!;
    expect(within(section).getAllByRole('link', { name: /bezpiecznedane\.gov\.pl/ }).length).toBeGreaterThan(
      0,
    );
    expect(within(section).getByText(/log in there first/)).toBeTruthy();
    expect(within(section).getByRole('region', { name: 'What to do now' })).toBeTruthy();
    await waitFor(() => expect(popup.kindSelect().value).toBe('pesel'));
  });
});
