import type { UiLocator } from './ui-page.ts';

/** The popup's size: what a person sees before scrolling. */
export const FIRST_SCREEN = { width: 380, height: 600 } as const;

/**
 * True when the element is painted inside the first screen as it stands (after any scrolling the page
 * did itself): its box starts at or below the top edge and ends above the bottom edge. The page must be
 * sized to FIRST_SCREEN.
 */
export async function onFirstScreen(element: UiLocator): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= FIRST_SCREEN.height && box.width > 0;
}

/** The first protective step's title inside `scope` (the answer's "What to do now" list). */
export function firstStepTitle(scope: UiLocator): UiLocator {
  return scope.getByRole('region', { name: 'What to do now' }).locator('.step h4').first();
}

/**
 * Waits up to `timeout` for the element to sit on the first screen: the answer's steps render after the
 * guidance progress loads, and the page may move focus to the verdict. False if it never gets there.
 */
export async function settlesOnFirstScreen(element: UiLocator, timeout = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await onFirstScreen(element)) return true;
    if (Date.now() > deadline) return false;
    await element.page().waitForTimeout(100);
  }
}
