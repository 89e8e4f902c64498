import type { Locator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { results } from './scenario-popup.ts';
import type { UiLocator, UiPage } from './ui-page.ts';

/** Presses "Watch this" under a finished check and waits for the confirmation a person reads. */
export async function watchLastCheck(popup: UiPage, hint: string): Promise<void> {
  await results(popup).getByRole('button', { name: 'Watch this' }).click();
  await results(popup).getByText(`${hint} is now on your watchlist.`).waitFor();
}

/** Switches the popup to its Watchlist tab and waits until the list (or its empty state) is shown. */
export async function openWatchlistTab(popup: Page): Promise<Locator>;
export async function openWatchlistTab(popup: UiPage): Promise<UiLocator>;
export async function openWatchlistTab(popup: UiPage): Promise<UiLocator> {
  await popup.getByRole('tab', { name: 'Watchlist' }).click();
  const panel = popup.getByRole('tabpanel', { name: 'Watchlist' });
  await panel.getByRole('heading', { name: 'Your watchlist' }).waitFor();
  await expect.poll(() => panel.locator('[aria-busy="true"]').count()).toBe(0);
  return panel;
}

/** One watched identifier in the list, found by the masked hint its heading shows. */
export function watchedEntry(panel: Locator, hint: string): Locator;
export function watchedEntry(panel: UiLocator, hint: string): UiLocator;
export function watchedEntry(panel: UiLocator, hint: string): UiLocator {
  return panel.getByRole('listitem').filter({ has: panel.page().getByRole('heading', { name: hint }) });
}

/** The toolbar badge text the extension set (empty when nothing is new). */
export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
    ).chrome.action.getBadgeText({}),
  );
}
