import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../src/core/index.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { FIRST_SCREEN } from '../support/first-screen.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { CHROME_DIST, SCREENSHOTS_DIR } from '../support/paths.ts';
import { PWNED_PASSWORDS_HOST, pwnedPasswordsSite, pwnedSha1 } from '../support/pwned-passwords-stand-in.ts';
import { publishDemoSource, type DemoResult } from '../support/range-server.ts';
import { addSourceThroughSettings, maskedOf } from '../support/scenario-demo-source.ts';
import {
  CHECK_BUTTON,
  checkSummary,
  identifierField,
  passwordMode,
  results,
  validationMessage,
} from '../support/scenario-popup.ts';
import { startSwitchableRangeServer, type SwitchableRangeServer } from '../support/scenario-range-server.ts';
import type { UiLocator, UiPage } from '../support/ui-page.ts';

// The first screen of the popup (380 × 600) after a check, as a new user meets it: the verdict banner and
// the first thing to do are visible without scrolling, for each of the four answers; numbers that are
// valid as several kinds are never checked under a guess; a password is a mode of its own. Positions are
// asserted from the elements' boxes, and each answer is saved as a 380 × 600 screenshot. The scenario
// takes its browser from E2E_BROWSER (Chromium by default), like the other two-browser scenarios.

const TEST = 'first-screen';
const BREACHED_PASSWORD = 'jan.kowalski@poczta';
const BREACHED_COUNT = 1234;
const DIGITS_PASSWORD = '12345678';

let workDir: string;
let demo: DemoResult;
let ranges: SwitchableRangeServer;
let web: LocalWeb;
let browser: E2EBrowser;
let closed = false;
/** Everything typed, for the profile sweep at the end. */
const typed: string[] = [];

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'exposure-check-first-screen-'));
  demo = await publishDemoSource(join(workDir, 'demo'), { kinds: ['pesel'] });
  ranges = await startSwitchableRangeServer(demo.sourceDir);
  web = await startLocalWeb({
    [PWNED_PASSWORDS_HOST]: pwnedPasswordsSite({
      [BREACHED_PASSWORD]: BREACHED_COUNT,
      [DIGITS_PASSWORD]: 4_000_000,
    }),
  });
  browser = await launchAnyExtensionBrowser({
    browser: scenarioBrowser(),
    hostMap: web.hostMap(),
    grantOptionalHosts: ['http://127.0.0.1/*'],
  });
  const settings = await addSourceThroughSettings(browser, ranges.sourceUrl);
  await settings.close();
});

afterAll(async () => {
  if (!closed) await browser?.close();
  await ranges?.close();
  await web?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

/** The popup as the toolbar opens it, at the size the product promises to fit: 380 × 600. */
async function popup(): Promise<UiPage> {
  const page = await browser.openPopup();
  await page.setViewportSize(FIRST_SCREEN);
  return page;
}

/** Painted inside the first screen: starts at or below the top edge, ends above the bottom edge. */
async function onFirstScreen(element: UiLocator): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.width > 0 && box.y >= 0 && box.y + box.height <= FIRST_SCREEN.height;
}

/** Saves only what the person sees first (380 × 600, no scrolling). */
async function firstScreenShot(page: UiPage, state: string): Promise<void> {
  const dir = browser.name === 'firefox' ? join(SCREENSHOTS_DIR, 'firefox') : SCREENSHOTS_DIR;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${TEST}-${state}.png`) });
}

const banner = (page: UiPage) => page.locator('.verdict-banner');

/** Waits for the answer; returns the banner's title. */
async function verdictOf(page: UiPage, previous = ''): Promise<string> {
  await checkSummary(page, previous);
  return (await banner(page).getByRole('heading', { level: 2 }).innerText()).trim();
}

async function typeAndSubmit(page: UiPage, value: string): Promise<void> {
  await identifierField(page).fill(value);
  await page.getByRole('button', { name: CHECK_BUTTON }).click();
}

/** The verdict and `first` (the first thing to do) are both on the first screen. */
async function expectFirstScreen(page: UiPage, first: UiLocator, state: string): Promise<void> {
  await first.waitFor();
  await firstScreenShot(page, state);
  expect(await onFirstScreen(banner(page)), `${state}: the verdict is on the first screen`).toBe(true);
  expect(await onFirstScreen(first), `${state}: the first step is on the first screen`).toBe(true);
}

/** Ticks or unticks countries on the settings page and waits until each change is saved. */
async function setCountries(on: readonly string[], off: readonly string[]): Promise<void> {
  const settings = await browser.openOptions();
  const group = settings.getByRole('group', { name: 'Countries' });
  await group.waitFor();
  for (const [country, checked] of [
    ...off.map((c) => [c, false] as const),
    ...on.map((c) => [c, true] as const),
  ]) {
    const box = group.getByRole('checkbox', { name: country, exact: true });
    if ((await box.isChecked()) === checked) continue;
    await box.setChecked(checked);
    await settings
      .getByRole('group', { name: `ID numbers from ${country} to offer first` })
      .waitFor({ state: checked ? 'visible' : 'detached' });
    await settings.getByRole('status').filter({ hasText: 'Saved.' }).first().waitFor();
  }
  await settings.close();
}

/** A demo PESEL found in exactly these breaches. */
function sample(breaches: string[]): string {
  const found = demo.present.find((s) => s.breaches.join() === breaches.join());
  if (found === undefined) throw new Error(`test data: no demo sample in exactly ${breaches.join(', ')}`);
  return found.value;
}

describe('a number valid as several kinds is asked about, never guessed', () => {
  it('asks for the country on first use, and "Not now" leaves the countries empty', async () => {
    const page = await popup();
    const skip = page.getByRole('button', { name: 'Not now' });
    await skip.waitFor();
    await firstScreenShot(page, 'first-use-country');
    await skip.click();
    await skip.waitFor({ state: 'detached' });
    await page.close();
    const again = await popup();
    await identifierField(again).waitFor();
    await again.waitForTimeout(300);
    expect(await again.getByRole('button', { name: 'Not now' }).count()).toBe(0);
    await again.close();
  });

  it('CPR 0707614285 (also a Swedish personnummer): asks, sends nothing, then checks the chosen kind', async () => {
    const cpr = '0707614285';
    typed.push(cpr);
    const page = await popup();
    const logBefore = ranges.accessLog.length;
    await typeAndSubmit(page, cpr);
    const question = page.getByRole('group', { name: /Which is it\?/ });
    await question.waitFor();
    await firstScreenShot(page, 'kind-question');
    expect(await question.getByRole('button').allInnerTexts()).toEqual([
      'CPR number (Denmark)',
      'Personal identity number (personnummer) (Sweden)',
    ]);
    expect(await results(page).getByRole('status').first().innerText()).toBe('');
    expect(ranges.accessLog.length).toBe(logBefore);

    await question.getByRole('button', { name: 'CPR number (Denmark)' }).click();
    // No source covers CPR numbers: the fourth answer, with its first step on the first screen.
    expect(await verdictOf(page)).toBe('CPR number: not checkable privately yet');
    expect(await page.getByText('Checked as CPR number (Denmark).').count()).toBe(1);
    expect(
      await page
        .getByRole('button', { name: 'Check as Personal identity number (personnummer) (Sweden) instead' })
        .count(),
    ).toBe(1);
    const answer = page.getByRole('region', { name: 'Not checkable privately yet' });
    await expectFirstScreen(page, answer.locator('.step h4').first(), 'not-checkable');
    expect(await page.locator('.result-not-found, .result-error').count()).toBe(0);
    await page.close();
  });

  it('SSN 536-22-1234 (also a Czech birth number): asks which, as Denmark does not decide it', async () => {
    const ssn = '536-22-1234';
    typed.push(ssn);
    const page = await popup();
    await typeAndSubmit(page, ssn);
    const question = page.getByRole('group', { name: /Which is it\?/ });
    await question.waitFor();
    expect(await question.getByRole('button').allInnerTexts()).toEqual(
      expect.arrayContaining([
        'Social Security number (SSN) (United States)',
        'Birth number (rodné číslo) (Czechia)',
      ]),
    );
    await question.getByRole('button', { name: 'Social Security number (SSN) (United States)' }).click();
    await verdictOf(page);
    expect(await page.getByText('Checked as Social Security number (SSN) (United States).').count()).toBe(1);
    await page.close();
  });

  it('SSN 078-05-1120 with the United States among the countries: the SSN’s own message, never the elfproef', async () => {
    const specimen = '078-05-1120';
    typed.push(specimen);
    const page = await popup();
    await identifierField(page).fill(specimen);
    // The wallet specimen is nobody's SSN; the person is told so, in the SSN's words, and nothing is sent.
    await expect.poll(() => validationMessage(page), { timeout: 10_000 }).toContain('specimen number');
    expect(await validationMessage(page)).not.toMatch(/elfproef|11-proef|BSN/i);
    await page.close();
  });

  it('Polish mobile "601 234 567" with Poland set is a phone number, not a US SSN', async () => {
    await setCountries(['Poland'], ['Denmark', 'United States']);
    const phone = '601 234 567';
    typed.push(phone);
    const page = await popup();
    await identifierField(page).fill(phone);
    await expect.poll(() => page.getByText('Detected: Phone number').count()).toBe(1);
    await page.getByRole('button', { name: CHECK_BUTTON }).click();
    await verdictOf(page);
    expect(await page.getByText('Checked as Phone number.').count()).toBe(1);
    expect(await page.locator('body').innerText()).not.toContain('SSN');
    await page.close();
  });
});

describe('the verdict and the first step on the first screen', () => {
  it('found: the number of breaches in the banner, the first step under it', async () => {
    const pesel = sample(['demo-lab-2026', 'demo-clinic-2025']);
    typed.push(pesel);
    const page = await popup();
    await typeAndSubmit(page, pesel);
    expect(await verdictOf(page)).toBe(`Found: ${maskedOf('pesel', pesel)} is in leaked data`);
    expect(await banner(page).innerText()).toContain('Breaches it appears in: 2');
    const first = results(page).getByRole('region', { name: 'What to do now' }).locator('.step h4').first();
    expect(await first.innerText()).toBe('Reserve your PESEL number (mObywatel or gov.pl)');
    await expectFirstScreen(page, first, 'found');
    await page.close();
  });

  it('not found: "Watch this" is the first step', async () => {
    const pesel = demo.absent[0]?.value ?? '';
    typed.push(pesel);
    const page = await popup();
    await typeAndSubmit(page, pesel);
    expect(await verdictOf(page)).toBe(
      `Not found: ${maskedOf('pesel', pesel)} is in none of the sources checked`,
    );
    await expectFirstScreen(page, page.getByRole('button', { name: 'Watch this' }), 'not-found');
    await page.close();
  });

  it('couldn’t check: never "not found", and Retry is the first step', async () => {
    const pesel = demo.absent[1]?.value ?? '';
    typed.push(pesel);
    const page = await popup();
    await ranges.stop();
    try {
      await typeAndSubmit(page, pesel);
      expect(await verdictOf(page)).toBe(`Couldn’t check ${maskedOf('pesel', pesel)}`);
      expect(await banner(page).innerText()).not.toMatch(/not found/i);
      const retry = page.locator('.first-step').getByRole('button', { name: 'Retry' });
      await expectFirstScreen(page, retry, 'couldnt-check');
    } finally {
      await ranges.start();
    }
    await page.close();
  });

  it('UK mobile "07700 900123" with the United Kingdom set is read as a phone number, never a PESEL', async () => {
    await setCountries(['United Kingdom'], ['Poland']);
    const drama = '07700 900123';
    const mobile = '07911 123456';
    typed.push(drama, mobile);
    const page = await popup();
    // Ofcom keeps 07700 900xxx for drama: a phone number's own message, not a PESEL check digit.
    await identifierField(page).fill(drama);
    await expect.poll(() => validationMessage(page), { timeout: 10_000 }).toContain('numbering plan');
    expect(await validationMessage(page)).not.toMatch(/PESEL|check digit/);
    await typeAndSubmit(page, mobile);
    await verdictOf(page);
    expect(await page.getByText('Checked as Phone number.').count()).toBe(1);
    await page.close();
  });
});

describe('password mode', () => {
  for (const [password, count] of [
    [BREACHED_PASSWORD, BREACHED_COUNT],
    [DIGITS_PASSWORD, 4_000_000],
  ] as const) {
    it(`checks "${password.replace(/./g, '•')}" (${password.includes('@') ? 'with an @' : 'digits only'}) as a password, masked, never shown`, async () => {
      typed.push(password);
      const page = await popup();
      await passwordMode(page);
      const field = page.getByLabel('Password to check');
      await field.fill(password);
      expect(await field.getAttribute('type')).toBe('password');
      expect(await page.getByRole('button', { name: 'Show' }).count()).toBe(0);
      await page.getByRole('button', { name: CHECK_BUTTON }).click();
      await verdictOf(page);
      const seen = new Intl.NumberFormat('en').format(count);
      expect(await banner(page).innerText()).toContain(
        `This password appears ${seen} times in data breaches collected by Have I Been Pwned`,
      );
      expect(await page.getByText('Checked as Password.').count()).toBe(1);
      const first = results(page).getByRole('region', { name: 'What to do now' }).locator('.step h4').first();
      expect(await first.innerText()).toBe('Change this password everywhere you used it');
      await expectFirstScreen(
        page,
        first,
        password === DIGITS_PASSWORD ? 'password-digits' : 'password-found',
      );
      expect(await page.locator('body').innerText()).not.toContain(password);
      const html = await page.evaluate(() => document.documentElement.outerHTML, null);
      expect(html).not.toContain(password);
      await page.close();
    });
  }

  it('sent the Pwned Passwords stand-in five hex characters per password, nothing else', () => {
    const pwned = web.requests.filter((r) => r.host === PWNED_PASSWORDS_HOST).map((r) => r.path);
    expect(pwned.toSorted()).toEqual(
      [BREACHED_PASSWORD, DIGITS_PASSWORD].map((p) => `/range/${pwnedSha1(p).slice(0, 5)}`).toSorted(),
    );
  });
});

describe('privacy', () => {
  it('leaves nothing typed in the profile', async () => {
    closed = true;
    // The extension's own code and messages name the SSN specimen, a sample phone number and common
    // passwords: their copies in the profile are not a leak, so a needle the build holds is left out.
    const code = (await readdir(CHROME_DIST, { recursive: true }))
      .filter((file) => /\.(js|json|html)$/.test(file))
      .map((file) => readFileSync(join(CHROME_DIST, file), 'utf8'))
      .join('\n');
    const needles = typed
      .flatMap((value) => {
        const digits = value.replace(/\D/g, '');
        return [value, ...(digits.length >= 8 && digits !== value ? [digits] : [])];
      })
      .filter((needle) => !code.includes(needle));
    expect(needles.length).toBeGreaterThan(8);
    const report = await browser.closeAndSweep(needles);
    expect(report.findings).toEqual([]);
    // The PESEL samples were valid: the sweep looked for real identifiers.
    expect(typed.some((value) => parseIdentifier('pesel', value).ok)).toBe(true);
  });
});
