import type { Locator, Page } from 'playwright-core';

/** The popup's size in Chromium: what a person sees before scrolling. */
export const FIRST_SCREEN = { width: 380, height: 600 } as const;

/**
 * True when the element is painted inside the first screen as it stands (after any scrolling the page
 * did itself): its box starts at or below the top edge and ends above the bottom edge.
 */
export async function onFirstScreen(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize() ?? FIRST_SCREEN;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.width > 0;
}

/** The first protective step's title inside `scope` (the answer's "What to do now" list). */
export function firstStepTitle(scope: Locator): Locator {
  return scope.getByRole('region', { name: 'What to do now' }).locator('.step h4').first();
}
