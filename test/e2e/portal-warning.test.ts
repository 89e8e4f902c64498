import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchAnyExtensionBrowser, scenarioBrowser } from './support/any-browser.ts';
import type { E2EBrowser } from './support/e2e-browser.ts';
import { startLocalWeb, type LocalWeb } from './support/local-web.ts';
import { htmlSite } from './support/sites.ts';

// A catalogued health portal shows the breach warning; an ordinary site does not. The pages are local
// look-alikes served over https under the real host names (see README: how the network stays local).
// Runs in Chromium and in Firefox (vitest projects e2e / e2e-firefox).

const TEST = 'portal-warning';
const PORTAL = 'alablaboratoria.pl';
const ORDINARY = 'ordinary-page.exposure-check.test';
const BANNER = 'exposure-check-banner';
let browser: E2EBrowser;
let web: LocalWeb;

beforeAll(async () => {
  web = await startLocalWeb({
    [PORTAL]: htmlSite('ALAB laboratoria', '<h1>Wyniki badań</h1><p>Portal pacjenta</p>'),
    [`www.${PORTAL}`]: htmlSite('ALAB laboratoria', '<h1>Wyniki badań</h1>'),
    [ORDINARY]: htmlSite('Recipes', '<h1>Pierogi</h1><p>An ordinary page.</p>'),
  });
  browser = await launchAnyExtensionBrowser({ browser: scenarioBrowser(), hostMap: web.hostMap() });
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('portal warning', () => {
  it('warns on a catalogued portal and stays away from an ordinary page', async () => {
    // The ordinary page loads first, so by the time the portal shows its banner the content script
    // would long have run on the ordinary page too, if its match patterns were too broad.
    const ordinary = await browser.openWebPage(`https://${ORDINARY}/`);
    const portal = await browser.openWebPage(`https://${PORTAL}/`);
    await portal.locator(BANNER).waitFor({ timeout: 10_000 });

    const seen = await browser.accessibleText(portal);
    expect(seen).toContain('region: Data from this service has leaked before');
    expect(seen).toMatch(/ALAB laboratoria/);
    expect(seen).toContain('button: Check my PESEL number');
    expect(seen).toContain('link: Official notice');
    await browser.screenshot(portal, TEST, 'catalogued-portal');

    expect(await ordinary.locator(BANNER).count()).toBe(0);
    expect(await browser.accessibleText(ordinary)).not.toMatch(/leaked/i);
    await browser.screenshot(ordinary, TEST, 'ordinary-page');
    await ordinary.close();
    await portal.close();
  });

  it('covers the portal’s subdomains too', async () => {
    const page = await browser.openWebPage(`https://www.${PORTAL}/`);
    await page.locator(BANNER).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('goes away when dismissed', async () => {
    const page = await browser.openWebPage(`https://${PORTAL}/`);
    await page.locator(BANNER).waitFor({ timeout: 10_000 });
    await browser.clickAccessible(page, 'button', /^Dismiss/);
    await page.locator(BANNER).waitFor({ state: 'detached', timeout: 10_000 });
    await browser.screenshot(page, TEST, 'dismissed');
    await page.close();
  });
});
