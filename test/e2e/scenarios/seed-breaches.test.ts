import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { IdentifierKind } from '../../../src/core/identifiers/types.ts';
import { parseIdentifier } from '../../../src/core/index.ts';
import { SYNTHETIC, seededRandom } from '../../../src/core/synthetic/index.ts';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';
import { clickAccessible } from '../support/accessibility.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser.ts';
import { FIRST_SCREEN, firstStepTitle, onFirstScreen } from '../support/first-screen.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { checkSummary, typeAndCheck } from '../support/scenario-popup.ts';
import { saveScreenshot } from '../support/screenshots.ts';
import { htmlSite } from '../support/sites.ts';

// A victim of each seed breach, on a fresh install with no settings and no sources, types a valid
// identifier of the kind that leaked. No source covers it, so the answer is "not checkable privately
// yet": the first screen (380 × 600) must name the breach and show the first protective step.

const TEST = 'seed-breaches';
const SEEDS: readonly { incident: string; kind: IdentifierKind; seed: number }[] = [
  { incident: 'alab-2023', kind: 'pesel', seed: 1 },
  { incident: 'alles-laegehus-2024', kind: 'cpr', seed: 2 },
  { incident: 'clinical-diagnostics-nmdl-2025', kind: 'bsn', seed: 3 },
  { incident: 'synnovis-2024', kind: 'nhs', seed: 4 },
  { incident: 'ch-cannes-2024', kind: 'nir', seed: 5 },
  { incident: 'dedalus-labs-2021', kind: 'nir', seed: 6 },
  { incident: 'change-healthcare-2024', kind: 'ssn', seed: 7 },
];

let browser: ExtensionBrowser | undefined;
let web: LocalWeb | undefined;

afterEach(async () => {
  await browser?.close();
  await web?.close();
  browser = undefined;
  web = undefined;
});

function operatorOf(id: string): string {
  const incident = PORTAL_CATALOGUE.incidents.find((i) => i.id === id);
  if (incident === undefined) throw new Error(`test data: no incident ${id}`);
  return incident.operators[0] ?? id;
}

function validIdentifier(kind: IdentifierKind, seed: number): string {
  const value = SYNTHETIC[kind](seededRandom(seed));
  if (!parseIdentifier(kind, value).ok) throw new Error(`test data: no valid synthetic ${kind}`);
  return value;
}

/** The answer region, once the check has answered. */
async function notCheckableAnswer(page: Page) {
  await checkSummary(page);
  const answer = page.getByRole('region', { name: /Not checkable privately yet/ });
  await answer.waitFor({ timeout: 15_000 });
  return answer;
}

/**
 * Clicks the banner's button. The background opens the popup where the browser allows it (headless
 * Chromium opens it where no test can drive it, so the test opens the popup page as the person's click on
 * the toolbar would, and it takes the stored launch intent), or else the options page's check view.
 */
async function openedFromBanner(opener: ExtensionBrowser, portal: Page): Promise<Page> {
  const origin = `chrome-extension://${opener.extensionId}/`;
  const tab = opener.context
    .waitForEvent('page', { predicate: (p) => p.url().startsWith(origin), timeout: 15_000 })
    .catch(() => undefined);
  await clickAccessible(portal, 'button', 'Check my PESEL number');
  const deadline = Date.now() + 15_000;
  let intent = false;
  while (!intent && Date.now() < deadline) {
    intent = 'launchIntent' in (await opener.readStorage('local', 'launchIntent'));
    if (!intent) await portal.waitForTimeout(100);
  }
  const page = intent
    ? await opener.openExtensionPage('src/ui/popup/index.html', { viewport: FIRST_SCREEN })
    : await tab;
  if (page === undefined) throw new Error('the banner opened neither the popup nor the options page');
  await page.setViewportSize(FIRST_SCREEN);
  return page;
}

describe('every seed breach gets an answer on a fresh install', () => {
  for (const { incident, kind, seed } of SEEDS) {
    it(`${incident}: a ${kind} names the breach and the first step on the first screen`, async () => {
      browser = await launchExtensionBrowser();
      const popup = await browser.openExtensionPage('src/ui/popup/index.html', { viewport: FIRST_SCREEN });
      const typed = validIdentifier(kind, seed);
      // The kind is chosen explicitly: this is about the answer, not about detecting the kind.
      await popup.getByLabel('Kind').selectOption(kind);
      await typeAndCheck(popup, typed);
      const answer = await notCheckableAnswer(popup);

      const named = answer.locator('.known-line');
      expect(await named.innerText()).toContain(operatorOf(incident));
      const step = firstStepTitle(answer);
      await step.waitFor();
      await saveScreenshot(popup, TEST, incident);
      expect(await onFirstScreen(popup, named), 'the breach is named on the first screen').toBe(true);
      expect(await onFirstScreen(popup, step), 'the first step is on the first screen').toBe(true);
      // Never a tick, never an error: nothing was compared.
      expect(await popup.locator('.result-not-found, .result-error').count()).toBe(0);

      const sweep = await browser.closeAndSweep(
        [typed, typed.replace(/\D/g, '')].filter((n) => n.length >= 6),
      );
      browser = undefined;
      expect(sweep.findings).toEqual([]);
    });
  }

  it('the ALAB banner button leads to the same answer', async () => {
    web = await startLocalWeb({
      'alablaboratoria.pl': htmlSite('ALAB laboratoria', '<h1>Wyniki badań</h1>'),
    });
    browser = await launchExtensionBrowser({ hostMap: web.hostMap() });
    const portal = await browser.context.newPage();
    await portal.goto('https://alablaboratoria.pl/');
    await portal.locator('exposure-check-banner').waitFor({ timeout: 10_000 });
    const page = await openedFromBanner(browser, portal);
    const heading = page.getByRole('heading', { name: /^The leak at ALAB laboratoria/ });
    await heading.waitFor({ timeout: 15_000 });
    const section = page.locator('.incident-answer');
    const step = firstStepTitle(section);
    await step.waitFor();
    await saveScreenshot(page, TEST, 'alab-banner-answer');
    expect(await onFirstScreen(page, heading)).toBe(true);
    expect(await onFirstScreen(page, step)).toBe(true);

    // The field below checks a PESEL: no source covers it, so the same answer follows.
    await typeAndCheck(page, validIdentifier('pesel', 8));
    const answer = await notCheckableAnswer(page);
    expect(await answer.locator('.known-line').innerText()).toContain('ALAB laboratoria');
  });
});
