import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hibpSite, HIBP_HOST, type HibpSite } from '../../support/hibp-stand-in.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { launchFirefoxExtensionBrowser } from '../support/firefox-browser.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { checkIdentifier, resultCard } from '../support/scenario-popup.ts';

// Firefox 140+ only: the HIBP email search sends data derived from an address to a third party, so it
// waits for the optional `personallyIdentifyingInfo` data-collection consent. Here haveibeenpwned.com
// is allowed but that consent was never given (the prompt saving the key opens is left unanswered): the
// check must say "couldn't check" and why, and send HIBP nothing at all.

const KEY = '0123456789abcdef0123456789abcdef';
const EMAIL = 'Jo.Breached@Example.org';
let web: LocalWeb;
let site: HibpSite;
let browser: E2EBrowser;

beforeAll(async () => {
  site = hibpSite({ [EMAIL.toLowerCase()]: ['Adobe'] });
  web = await startLocalWeb({ [HIBP_HOST]: site });
  browser = await launchFirefoxExtensionBrowser({
    hostMap: web.hostMap(),
    grantOptionalHosts: ['https://*/*'],
  });
  const settings = await browser.openOptions('hibp');
  await settings.getByRole('textbox', { name: 'API key' }).fill(KEY);
  await settings.getByRole('button', { name: 'Save key' }).click();
  await settings
    .getByText('A key is saved. Email checks also ask Have I Been Pwned.')
    .waitFor({ timeout: 15_000 });
  await settings.close();
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('Firefox without the data-collection consent', () => {
  it('the email search is "couldn’t check" with the reason, and HIBP gets no request', async () => {
    const popup = await browser.openPopup();
    const summary = await checkIdentifier(popup, EMAIL);
    expect(summary).toMatch(/^Couldn’t check /);
    const card = await resultCard(popup, 'Have I Been Pwned (email search)').innerText();
    expect(card).toContain('Couldn’t check');
    expect(card).toContain('Firefox has not been given consent to send data derived from your email address');
    expect(card).not.toContain('Not found');
    await browser.screenshot(popup, 'hibp-email', 'consent-refused');
    expect(site.log.filter((line) => line.includes('/breachedaccount/'))).toEqual([]);
    await popup.close();
  });
});
