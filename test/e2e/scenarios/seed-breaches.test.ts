import { afterEach, describe, expect, it } from 'vitest';
import type { IdentifierKind } from '../../../src/core/identifiers/types.ts';
import { parseIdentifier } from '../../../src/core/index.ts';
import { SYNTHETIC, seededRandom } from '../../../src/core/synthetic/index.ts';
import { PORTAL_CATALOGUE } from '../../../src/contracts/portal-catalogue-data.ts';
import { clickAccessible } from '../support/accessibility.ts';
import { attachActionPopup, onPopupFirstScreen } from '../support/action-popup.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser.ts';
import {
  FIRST_SCREEN,
  firstStepTitle,
  onFirstScreen,
  settlesOnFirstScreen,
} from '../support/first-screen.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { checkSummary, typeAndCheck } from '../support/scenario-popup.ts';
import { htmlSite } from '../support/sites.ts';
import type { UiPage } from '../support/ui-page.ts';

// A victim of each seed breach, on a fresh install with no settings and no sources, types a valid
// identifier of the kind that leaked. No source covers it, so the answer is "not checkable privately
// yet": the first screen (380 × 600) must name the breach and show the first protective step. The
// scenarios take their browser from E2E_BROWSER (see support/any-browser.ts); the banner test drives
// Chromium's action popup through the DevTools protocol and runs in Chromium only.

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

let browser: E2EBrowser | undefined;
let chromium: ExtensionBrowser | undefined;
let web: LocalWeb | undefined;

afterEach(async () => {
  await browser?.close();
  await chromium?.close();
  await web?.close();
  browser = undefined;
  chromium = undefined;
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
async function notCheckableAnswer(page: UiPage) {
  await checkSummary(page);
  const answer = page.getByRole('region', { name: /Not checkable privately yet/ });
  await answer.waitFor({ timeout: 15_000 });
  return answer;
}

describe('every seed breach gets an answer on a fresh install', () => {
  for (const { incident, kind, seed } of SEEDS) {
    it(`${incident}: a ${kind} names the breach and the first step on the first screen`, async () => {
      browser = await launchAnyExtensionBrowser({ browser: scenarioBrowser() });
      const popup = await browser.openPopup();
      await popup.setViewportSize(FIRST_SCREEN);
      const typed = validIdentifier(kind, seed);
      // These numbers also pass other kinds' checks, so the person says which kind it is, as the
      // popup's kind picker lets them.
      await popup.getByLabel('Kind').selectOption(kind);
      await typeAndCheck(popup, typed);
      const answer = await notCheckableAnswer(popup);

      const named = answer.locator('.known-line');
      const step = firstStepTitle(answer);
      await step.waitFor();
      const stepShown = await settlesOnFirstScreen(step);
      // Both at once: the page did not scroll the one away to show the other.
      const namedShown = await onFirstScreen(named);
      await browser.screenshot(popup, TEST, incident);
      expect(await named.innerText()).toContain(operatorOf(incident));
      expect(namedShown, 'the breach is named on the first screen').toBe(true);
      expect(stepShown, 'the first step is on the first screen').toBe(true);
      // Never a tick, never an error: nothing was compared.
      expect(await popup.locator('.result-not-found, .result-error').count()).toBe(0);

      const sweep = await browser.closeAndSweep(
        [typed, typed.replace(/\D/g, '')].filter((n) => n.length >= 6),
      );
      browser = undefined;
      expect(sweep.findings).toEqual([]);
    });
  }

  it.skipIf(scenarioBrowser() !== 'chromium')(
    'the ALAB banner button opens the popup on the same answer',
    async () => {
      web = await startLocalWeb({
        'alablaboratoria.pl': htmlSite('ALAB laboratoria', '<h1>Wyniki badań</h1>'),
      });
      chromium = await launchExtensionBrowser({ hostMap: web.hostMap() });
      const portal = await chromium.context.newPage();
      await portal.goto('https://alablaboratoria.pl/');
      await portal.locator('exposure-check-banner').waitFor({ timeout: 10_000 });
      await clickAccessible(portal, 'button', 'Check my PESEL number');

      // The popup the click opened took the launch intent: nothing is left for another page.
      const popup = await attachActionPopup(chromium, portal);
      let shown = '';
      for (const deadline = Date.now() + 15_000; Date.now() < deadline; await portal.waitForTimeout(100)) {
        shown = await popup.text();
        if (shown.includes('The leak at ALAB laboratoria')) break;
      }
      expect(shown).toContain('The leak at ALAB laboratoria');
      expect(await chromium.readStorage('local', 'launchIntent')).toEqual({});
      // The browser gives a popup at most 600 pixels of height: the first screen is no taller than that.
      const { height } = await popup.viewport();
      expect(height).toBeLessThanOrEqual(FIRST_SCREEN.height);
      const heading = await popup.box('.incident-answer h2', 'ALAB laboratoria');
      const step = await popup.box('.incident-answer .guidance .step h4');
      expect(onPopupFirstScreen(height, heading), 'the breach is named on the first screen').toBe(true);
      expect(onPopupFirstScreen(height, step), 'the first step is on the first screen').toBe(true);
      expect(shown).toContain('What to do now');
      // The field below the answer still checks a PESEL, which no source covers yet.
      expect(shown).toContain('Check privately');
      await popup.screenshot(TEST, 'alab-banner-popup');
    },
  );
});
