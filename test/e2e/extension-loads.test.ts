import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser.ts';
import { startLocalWeb, type LocalWeb } from './support/local-web.ts';
import { CHROME_DIST } from './support/paths.ts';
import { PWNED_PASSWORDS_HOST, pwnedPasswordsSite, pwnedSha1 } from './support/pwned-passwords-stand-in.ts';
import { saveScreenshot } from './support/screenshots.ts';

// The built extension in real Chromium: it loads, its pages render without errors, it survives a
// restart, and the harness keeps the browser's network local. Scenario tests build on these guarantees.

const TEST = 'extension-loads';
let browser: ExtensionBrowser;
let web: LocalWeb;

beforeAll(async () => {
  web = await startLocalWeb({ [PWNED_PASSWORDS_HOST]: pwnedPasswordsSite({ 'correct horse': 3 }) });
  browser = await launchExtensionBrowser({ hostMap: web.hostMap() });
});

afterAll(async () => {
  await browser?.close(); // throws if the extension logged unexpected errors during this file
  await web?.close();
});

describe('the built extension in Chromium', () => {
  it('registers the service worker the manifest names', async () => {
    const manifest = JSON.parse(await readFile(join(CHROME_DIST, 'manifest.json'), 'utf8')) as {
      background: { service_worker: string };
    };
    const worker = await browser.serviceWorker();
    expect(worker.url()).toBe(browser.extensionUrl(manifest.background.service_worker));
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it.each([
    ['popup', () => browser.openPopup()],
    ['options', () => browser.openOptions()],
  ])('renders the %s page without console errors', async (name, open) => {
    const page = await open();
    await expect.poll(() => page.locator('#app').innerText(), { timeout: 5_000 }).not.toBe('');
    expect(await page.title()).not.toBe('');
    await saveScreenshot(page, TEST, `${name}-initial`);
    expect(browser.consoleErrors()).toEqual([]);
    await page.close();
  });

  it('keeps its storage and id across a browser restart', async () => {
    await browser.writeStorage('local', { 'e2e-restart-probe': 'still here' });
    const id = browser.extensionId;
    await browser.restart();
    expect(await browser.readStorage('local', 'e2e-restart-probe')).toEqual({
      'e2e-restart-probe': 'still here',
    });
    const popup = await browser.openPopup();
    expect(new URL(popup.url()).host).toBe(id);
    await popup.close();
  });
});

const fetchFromWorker = async (url: string): Promise<string> =>
  (await browser.serviceWorker()).evaluate(async (target) => {
    try {
      const res = await fetch(target);
      return `${res.status} ${await res.text()}`;
    } catch (error) {
      return `failed: ${String(error)}`;
    }
  }, url);

describe('the harness keeps the network local', () => {
  it('lets the service worker reach the https stand-in through the test certificate', async () => {
    const hash = pwnedSha1('correct horse');
    const before = web.requests.length;
    const answer = await fetchFromWorker(`https://${PWNED_PASSWORDS_HOST}/range/${hash.slice(0, 5)}`);
    expect(answer).toBe(`200 ${hash.slice(5)}:3`);
    expect(web.requests.slice(before)).toMatchObject([
      { scheme: 'https', host: PWNED_PASSWORDS_HOST, path: `/range/${hash.slice(0, 5)}` },
    ]);
  });

  it('makes every host name that is not mapped unresolvable', async () => {
    expect(await fetchFromWorker('https://example.com/')).toMatch(/^failed: /);
    expect(await fetchFromWorker('http://api.pwnedpasswords.com.evil.test/')).toMatch(/^failed: /);
  });
});
