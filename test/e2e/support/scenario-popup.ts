import type { Locator, Page } from 'playwright-core';
import type { UiLocator, UiPage } from './ui-page.ts';

// The popup's controls as a person finds them: by their visible labels and roles (English UI strings
// from src/locales/en). A renamed label fails here first, which is the point: people read these words.
// Each helper takes a UiPage, so it works on a Playwright page (Chromium) and on a Firefox page alike;
// the overloads keep Playwright's own Locator type for Chromium-only scenarios.

export const INPUT_LABEL = 'What do you want to check?';
export const CHECK_BUTTON = 'Check privately';
const CHECKING = 'Checking privately…';

export function identifierField(page: Page): Locator;
export function identifierField(page: UiPage): UiLocator;
export function identifierField(page: UiPage): UiLocator {
  return page.getByLabel(INPUT_LABEL);
}

/**
 * Answers the first-use question "Which country do you live in?" in a fresh profile, as a person living
 * in `country` (ISO code) does; the popup then reads numbers the way that country writes them.
 */
export async function answerCountryQuestion(page: UiPage, country: string): Promise<void> {
  await page.getByLabel('Your country').selectOption(country);
  const save = page.getByRole('button', { name: 'Save' });
  await save.click();
  await save.waitFor({ state: 'detached' });
}

/** Switches the popup to its password mode: a choice the person makes, never a detection. */
export async function passwordMode(page: UiPage): Promise<void> {
  await page.getByRole('group', { name: 'What to check' }).getByRole('button', { name: 'Password' }).click();
  await page.getByLabel('Password to check').waitFor();
}

/** The results region: its status line, the per-source cards, guidance and "Watch this". */
export function results(page: Page): Locator;
export function results(page: UiPage): UiLocator;
export function results(page: UiPage): UiLocator {
  return page.getByRole('region', { name: 'Results' });
}

/**
 * The live validation line under the field ("Valid: PESEL (Poland)", or what is wrong), read through
 * the field's accessible description as a screen reader would; empty until typing pauses.
 */
export async function validationMessage(page: UiPage): Promise<string> {
  const ids = ((await identifierField(page).getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.slice(1).join(' ').trim();
}

/** The line under the kind picker ("Detected: PESEL (Poland)"), read as the picker's description. */
export async function detectedKind(page: UiPage): Promise<string> {
  const id = (await page.getByLabel('Kind').getAttribute('aria-describedby')) ?? '';
  return (await page.locator(`[id="${id}"]`).innerText()).trim();
}

/**
 * Types into the one field and presses "Check privately" at once, as a quick person does: the
 * validation line keeps its room, so its text appearing when the field blurs does not move the button.
 */
export async function typeAndCheck(page: UiPage, typed: string): Promise<void> {
  await identifierField(page).fill(typed);
  await page.getByRole('button', { name: CHECK_BUTTON }).click();
}

/**
 * Waits until the check has an answer and returns the status line a screen reader announces
 * ("Found: …", "Not found: …", "Could not check …"). Pass the line shown before a Retry, so the old
 * answer is not mistaken for the new one; use a fresh popup per check otherwise, as a person would.
 */
export async function checkSummary(page: UiPage, previous = '', timeout = 20_000): Promise<string> {
  const status = results(page).getByRole('status').first();
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await status.innerText()).trim();
    if (text !== '' && text !== previous && !text.includes(CHECKING)) return text;
    if (Date.now() > deadline) throw new Error(`no check result after ${timeout} ms (status: "${text}")`);
    await page.waitForTimeout(100);
  }
}

/** Types, checks and waits for the verdict line. */
export async function checkIdentifier(page: UiPage, typed: string): Promise<string> {
  await typeAndCheck(page, typed);
  return checkSummary(page);
}

/** The answer card of one source, named by its heading (source name and publisher). */
export function resultCard(page: Page, sourceName: string): Locator;
export function resultCard(page: UiPage, sourceName: string): UiLocator;
export function resultCard(page: UiPage, sourceName: string): UiLocator {
  return results(page).getByRole('article', { name: new RegExp(`^${escapeRegExp(sourceName)}(\\s|$)`) });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
