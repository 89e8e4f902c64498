import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hibpSite, emailSha1, HIBP_HOST, type HibpSite } from '../../support/hibp-stand-in.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { maskedOf } from '../support/scenario-demo-source.ts';
import { checkIdentifier, escapeRegExp, resultCard } from '../support/scenario-popup.ts';

// A person saves their own Have I Been Pwned key on the settings page and checks email addresses in the
// popup. haveibeenpwned.com is a local stand-in (test/support/hibp-stand-in.ts) that logs every request:
// the k-anonymity range search must send it nothing but a 6-hex prefix of the address's SHA-1, name the
// breaches from the keyless catalogue (titles and data classes shown, its HTML never rendered), and turn
// a refusal into "couldn't check", never "not found". Runs in Chromium and in Firefox (E2E_BROWSER).

const TEST = 'hibp-email';
const HIBP_CARD = 'Have I Been Pwned (email search)';
const KEY = '0123456789abcdef0123456789abcdef';
const BREACHED = 'Jo.Breached@Example.org';
const CLEAN = 'nobody.here@example.org';
const RATE_LIMITED = 'someone.else@example.org';
/** All the stand-in may ever see: the keyless catalogue, or a 6-hex range prefix. */
const ALLOWED_REQUEST = /^GET \/api\/v3\/(breaches|breachedaccount\/range\/[0-9A-F]{6})$/;

let web: LocalWeb;
let site: HibpSite;
let browser: E2EBrowser;
let closed = false;

beforeAll(async () => {
  site = hibpSite({ [BREACHED.toLowerCase()]: ['Adobe', 'LinkedIn'] });
  web = await startLocalWeb({ [HIBP_HOST]: site });
  browser = await launchAnyExtensionBrowser({
    browser: scenarioBrowser(),
    hostMap: web.hostMap(),
    // The state after the person clicked "Allow" on the prompt that saving the key opens: the host, and
    // in Firefox the optional data-collection consent (headless browsers cannot show either prompt).
    grantOptionalHosts: ['https://*/*'],
    grantDataCollection: ['personallyIdentifyingInfo'],
  });
  const settings = await browser.openOptions('hibp');
  await settings.getByRole('textbox', { name: 'API key' }).fill(KEY);
  await settings.getByRole('button', { name: 'Save key' }).click();
  await settings
    .getByText('A key is saved. Email checks also ask Have I Been Pwned.')
    .waitFor({ timeout: 15_000 });
  // Saving asked for access in the same click, and it was granted: no "Allow" line is left.
  expect(await settings.getByRole('button', { name: /^Allow/ }).count()).toBe(0);
  await browser.screenshot(settings, TEST, 'key-saved');
  await settings.close();
});

afterAll(async () => {
  if (!closed) await browser?.close();
  await web?.close();
});

describe('the HIBP email search with the person’s own key', () => {
  it('names the breaches an address is in, with their data classes, from a 6-hex prefix', async () => {
    const popup = await browser.openPopup();
    const summary = await checkIdentifier(popup, BREACHED);
    expect(summary).toMatch(new RegExp(`^Found: ${escapeRegExp(maskedOf('email', BREACHED))} `));
    const card = await resultCard(popup, HIBP_CARD).innerText();
    expect(card).toContain('Adobe');
    expect(card).toContain('LinkedIn');
    expect(card).toMatch(/Data exposed: .*password hints/i);
    // The catalogue's Description is HTML: it is never rendered, not even as text.
    expect(card).not.toMatch(/breached\.|alert|<img|<script/);
    expect(await popup.locator('.breaches img, .breaches script').count()).toBe(0);
    await browser.screenshot(popup, TEST, 'found');
    await popup.close();
  });

  it('says "not found" for an address in no breach', async () => {
    const popup = await browser.openPopup();
    const summary = await checkIdentifier(popup, CLEAN);
    expect(summary).toMatch(/^Not found: /);
    expect(await resultCard(popup, HIBP_CARD).innerText()).toContain('Not found');
    await popup.close();
  });

  it('a rate limit is "couldn’t check", never "not found"', async () => {
    site.behaviour = { kind: 'status', status: 429, retryAfter: '120' };
    try {
      const popup = await browser.openPopup();
      const summary = await checkIdentifier(popup, RATE_LIMITED);
      expect(summary).toMatch(/^Couldn’t check .*Nothing was concluded\./);
      const card = await resultCard(popup, HIBP_CARD).innerText();
      expect(card).toContain('Couldn’t check');
      expect(card).not.toContain('Not found');
      expect(card).toContain('asked us to wait');
      await browser.screenshot(popup, TEST, 'rate-limited');
      await popup.close();
    } finally {
      site.behaviour = { kind: 'answer' };
    }
  });

  it('the stand-in’s log holds only 6-hex prefixes; the profile holds no address', async () => {
    const ranges = site.log.filter((line) => line.includes('/breachedaccount/'));
    expect(ranges.length).toBeGreaterThanOrEqual(3);
    expect(site.log.every((line) => ALLOWED_REQUEST.test(line))).toBe(true);
    const sent = ranges.map((line) => line.slice(-6)).toSorted();
    expect(sent).toEqual([BREACHED, CLEAN, RATE_LIMITED].map((e) => emailSha1(e).slice(0, 6)).toSorted());
    const everything = JSON.stringify(web.requests);
    for (const email of [BREACHED, CLEAN, RATE_LIMITED]) {
      expect(everything.toLowerCase()).not.toContain(email.toLowerCase());
      expect(everything).not.toContain(emailSha1(email).slice(6, 16));
    }
    // Each range request carried the key and a user agent, as HIBP requires.
    const rangeRequests = web.requests.filter((r) => r.path.includes('/breachedaccount/'));
    expect(rangeRequests.every((r) => r.headers['hibp-api-key'] === KEY && r.headers['user-agent'])).toBe(
      true,
    );

    closed = true;
    const sweep = await browser.closeAndSweep([BREACHED, BREACHED.toLowerCase(), CLEAN, RATE_LIMITED]);
    expect(sweep.findings).toEqual([]);
  });
});
