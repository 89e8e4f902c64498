import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../src/ui/popup/popup-app.tsx';
import { demoDescriptor } from '../../../support/demo-source.ts';
import { popup } from '../support/popup-driver.ts';
import { renderPage, testBackground } from '../support/render-page.tsx';

const VALID_PESEL = '44051401359';

describe('popup watchlist', () => {
  it('is reached with the arrow keys from the Check tab', async () => {
    renderPage(<PopupApp />);
    const checkTab = screen.getByRole('tab', { name: 'Check' });
    expect(checkTab.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(checkTab, { key: 'ArrowRight' });
    const watchlistTab = screen.getByRole('tab', { name: 'Watchlist' });
    expect(watchlistTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(watchlistTab);
    expect(screen.getByRole('tabpanel', { name: 'Watchlist' }).hidden).toBe(false);
    expect(await screen.findByText('You are not watching anything yet.')).toBeTruthy();
  });

  it('has a helpful empty state', async () => {
    renderPage(<PopupApp />);
    popup.openTab('Watchlist');
    expect(await screen.findByText('You are not watching anything yet.')).toBeTruthy();
    expect(screen.getByText(/choose “Watch this”/)).toBeTruthy();
  });

  it('adds a checked identifier, lists its masked hint and last result, and removes it after confirmation', async () => {
    const background = testBackground();
    background.range.found(demoDescriptor(), ['demo-lab-2026'], { kind: 'pesel' });
    renderPage(<PopupApp />, { background });
    await popup.check(VALID_PESEL);

    fireEvent.click(screen.getByRole('button', { name: 'Watch this' }));
    expect(await screen.findByText(/^•+59 is now on your watchlist\.$/)).toBeTruthy();
    const stored = (await background.client.watchlistList()).entries;
    expect(stored).toHaveLength(1);
    expect(stored[0]?.hint).toMatch(/^•+59$/);

    fireEvent.click(screen.getByRole('button', { name: 'Open the watchlist' }));
    const item = await screen.findByRole('listitem', { name: /•+59 PESEL \(Poland\)/ });
    expect(within(item).getAllByText('Found in a breach').length).toBeGreaterThan(0);
    expect(within(item).getByText('Demo lab')).toBeTruthy();
    expect(item.textContent).not.toContain(VALID_PESEL);

    fireEvent.click(within(item).getByRole('button', { name: /^Stop watching: •+59$/ }));
    // Nothing is removed until the user confirms.
    expect((await background.client.watchlistList()).entries).toHaveLength(1);
    expect(within(item).getByText(/Its stored hashes and results will be deleted/)).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Yes, stop watching' }));

    expect(await screen.findByText(/^•+59 is no longer watched\.$/)).toBeTruthy();
    expect((await background.client.watchlistList()).entries).toHaveLength(0);
    expect(screen.getByText('You are not watching anything yet.')).toBeTruthy();
  });

  it('keeps the entry when removal is cancelled', async () => {
    const background = testBackground();
    renderPage(<PopupApp />, { background });
    await popup.check(VALID_PESEL);
    fireEvent.click(screen.getByRole('button', { name: 'Watch this' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open the watchlist' }));
    const item = await screen.findByRole('listitem', { name: /PESEL/ });
    expect(within(item).getByText('Not found', { selector: '.verdict' })).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: /^Stop watching: •+59$/ }));
    fireEvent.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(within(item).getByRole('button', { name: /Stop watching/ })).toBeTruthy();
    expect((await background.client.watchlistList()).entries).toHaveLength(1);
  });

  it('asks before storing a hash of a password, and stores nothing when cancelled', async () => {
    const background = testBackground();
    renderPage(<PopupApp />, { background });
    popup.passwordMode();
    const input = popup.type('correct horse battery staple');
    expect(input.type).toBe('password');
    popup.pressEnter();
    await popup.answered();

    fireEvent.click(screen.getByRole('button', { name: 'Watch this' }));
    const question = screen.getByRole('group', { name: 'Store a hash of this password?' });
    expect(within(question).getByText(/password itself is never stored/)).toBeTruthy();
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect((await background.client.watchlistList()).entries).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Watch this' }));
    fireEvent.click(screen.getByRole('button', { name: 'Store the hash and watch' }));
    expect(await screen.findByText(/is now on your watchlist/)).toBeTruthy();
    const entries = (await background.client.watchlistList()).entries;
    expect(entries.map((e) => e.kind)).toEqual(['password']);
  });
});
