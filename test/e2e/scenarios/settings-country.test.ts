import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectKinds, parseIdentifier } from '../../../src/core/index.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { detectedKind, identifierField, validationMessage } from '../support/scenario-popup.ts';
import type { UiPage as Page } from '../support/ui-page.ts';

// The settings decide which kind an ambiguous number is read as. An 11-digit number that is a valid
// PESEL (Poland) and a valid isikukood (Estonia) is never read as either under a guess: with no country
// the popup asks which it is, and once the person ticks Estonia in the settings it is an isikukood. The settings and privacy pages are photographed on the way.
// Runs in Chromium and in Firefox (vitest projects e2e / e2e-firefox).

const TEST = 'settings';
/** Valid as both kinds (checked below, so the scenario cannot quietly lose its point). */
const AMBIGUOUS = '40103161583';
const PESEL = 'PESEL (Poland)';
const ISIKUKOOD = 'Personal identification code (isikukood) (Estonia)';

let browser: E2EBrowser;
let closed = false;

beforeAll(async () => {
  browser = await launchAnyExtensionBrowser({ browser: scenarioBrowser() });
});

afterAll(async () => {
  if (!closed) await browser?.close();
});

/** What the line under the kind picker and the validation line say about `typed` in a fresh popup. */
async function detectedInPopup(typed: string): Promise<{ page: Page; picker: string; line: string }> {
  const page = await browser.openPopup();
  await identifierField(page).fill(typed);
  await expect.poll(() => detectedKind(page)).not.toBe('');
  const picker = await detectedKind(page);
  // A decided kind is confirmed on the validation line once typing pauses; an open question is not.
  if (picker.startsWith('Detected:')) await expect.poll(() => validationMessage(page)).not.toBe('');
  return { page, picker, line: await validationMessage(page) };
}

/** Ticks or unticks a country; the page shows that country's ID kinds once the choice is saved. */
async function setCountry(settings: Page, country: string, on: boolean): Promise<void> {
  const box = settings.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: country });
  await box.setChecked(on);
  const kinds = settings.getByRole('group', { name: `ID numbers from ${country} to offer first` });
  await kinds.waitFor({ state: on ? 'visible' : 'detached' });
  await settings.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

describe('countries in the settings', () => {
  it('uses a number that is valid as a PESEL and as an Estonian isikukood', () => {
    expect(parseIdentifier('pesel', AMBIGUOUS).ok).toBe(true);
    expect(parseIdentifier('ee-isikukood', AMBIGUOUS).ok).toBe(true);
    expect(detectKinds(AMBIGUOUS)[0]).toBe('pesel');
    expect(detectKinds(AMBIGUOUS, { countries: ['EE'] })[0]).toBe('ee-isikukood');
  });

  it('decide which kind the popup detects', async () => {
    const before = await detectedInPopup(AMBIGUOUS);
    expect(before.picker).toBe(`Could be: ${PESEL} or ${ISIKUKOOD}`);
    const question = before.page.getByRole('group', { name: /Which is it\?/ });
    await question.waitFor();
    expect(await question.getByRole('button').allInnerTexts()).toEqual([PESEL, ISIKUKOOD]);
    await before.page.close();

    const settings = await browser.openOptions();
    await setCountry(settings, 'Estonia', true);
    const offered = settings.getByRole('group', { name: 'ID numbers from Estonia to offer first' });
    expect(
      await offered.getByRole('checkbox', { name: 'Personal identification code (isikukood)' }).isChecked(),
    ).toBe(true);
    await browser.screenshot(settings, TEST, 'estonia-chosen');

    const after = await detectedInPopup(AMBIGUOUS);
    expect(after.picker).toBe(`Detected: ${ISIKUKOOD}`);
    expect(after.line).toContain(`Valid: ${ISIKUKOOD}`);
    const yours = after.page.getByLabel('Kind').locator('optgroup[label="Your ID numbers"] option');
    expect(await yours.allInnerTexts()).toEqual([ISIKUKOOD]);
    await browser.screenshot(after.page, TEST, 'popup-detects-isikukood');
    await after.page.close();

    await setCountry(settings, 'Estonia', false);
    const again = await detectedInPopup(AMBIGUOUS);
    expect(again.picker).toBe(`Could be: ${PESEL} or ${ISIKUKOOD}`);
    await again.page.close();
    await settings.close();
  });
});

describe('the privacy page', () => {
  it('says what leaves the device, with the prefix length per kind', async () => {
    const page = await browser.openOptions('privacy');
    await page.getByRole('heading', { name: 'What is sent where', level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: 'Privacy' }).getAttribute('aria-current')).toBe('page');
    const table = page.getByRole('table', { name: 'Prefix length per kind of identifier' });
    const peselRow = table.getByRole('row', { name: new RegExp(`^${PESEL.replace(/[()]/g, '\\$&')}`) });
    expect(await peselRow.getByRole('cell').count()).toBe(2);
    await browser.screenshot(page, TEST, 'privacy-page');
    await page.close();
  });

  it('and the number typed here is nowhere in the profile afterwards', async () => {
    closed = true;
    const report = await browser.closeAndSweep([AMBIGUOUS]);
    expect(report.findings).toEqual([]);
  });
});
