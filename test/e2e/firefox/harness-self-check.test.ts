import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { launchFirefoxExtensionBrowser } from '../support/firefox-browser.ts';
import { decodeMozLz4 } from '../support/lz4-block.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { PWNED_PASSWORDS_HOST, pwnedPasswordsSite, pwnedSha1 } from '../support/pwned-passwords-stand-in.ts';
import { htmlSite } from '../support/sites.ts';
import { describeFindings } from '../support/profile-sweep.ts';

// The Firefox harness's own safety nets must be able to fail, as harness-self-check.test.ts shows for
// Chromium: the profile sweep has to find what Firefox really wrote (storage.local and IndexedDB go to
// Snappy-compressed SQLite), and the host-map proxy has to keep every unmapped name off the network.

let browser: E2EBrowser;
let web: LocalWeb;

// Synthetic markers, planted on purpose: the sweep must report each of them.
const STORAGE_MARKER = 'e2e-marker-storage-7f3a9c';
const IDB_MARKER = 'e2e-marker-idb-41c2d8';
const FORM_MARKER = 'e2e-marker-form-9b17e0';
const FORM_HOST = 'ordinary-page.exposure-check.test';

/**
 * Waits until Firefox's own periodic save (every second here, see firefox-prefs.ts) has written `text`
 * to the crash-recovery file. A fixed pause was not enough on a loaded machine: form data reaches the
 * parent process and then the disk on idle callbacks.
 */
async function untilSessionStoreHolds(profileDir: string, text: string): Promise<void> {
  const file = join(profileDir, 'sessionstore-backups', 'recovery.jsonlz4');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes !== undefined && new TextDecoder().decode(decodeMozLz4(bytes)).includes(text)) return;
    if (Date.now() > deadline) throw new Error(`${file} did not get the typed text within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the Firefox harness', () => {
  beforeAll(async () => {
    web = await startLocalWeb({
      [PWNED_PASSWORDS_HOST]: pwnedPasswordsSite({ 'correct horse': 3 }),
      [FORM_HOST]: htmlSite('Form', '<label>Note <input id="note" type="text"></label>'),
    });
    browser = await launchFirefoxExtensionBrowser({ hostMap: web.hostMap() });
  });
  afterAll(async () => {
    await web?.close();
  });

  it('opens the popup and reads it by role and label', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Check privately' }).waitFor();
    expect(await popup.getByLabel('What do you want to check?').count()).toBe(1);
    await browser.screenshot(popup, 'firefox-harness', 'popup');
    await popup.close();
  });

  it('reaches mapped hosts over https with the test certificate, and no other host', async () => {
    const popup = await browser.openPopup();
    const hash = pwnedSha1('correct horse');
    const fetchText = (url: string): Promise<string> =>
      popup.evaluate(async (target) => {
        try {
          const res = await fetch(target);
          return `${res.status} ${await res.text()}`;
        } catch (error) {
          return `failed: ${String(error)}`;
        }
      }, url);
    expect(await fetchText(`https://${PWNED_PASSWORDS_HOST}/range/${hash.slice(0, 5)}`)).toBe(
      `200 ${hash.slice(5)}:3`,
    );
    expect(await fetchText('https://example.com/')).toMatch(/^failed: /);
    expect(await fetchText(`https://${PWNED_PASSWORDS_HOST}.evil.test/`)).toMatch(/^failed: /);
    await popup.close();
    await expect(browser.openWebPage('https://example.com/')).rejects.toThrow();
    expect(web.requests.some((r) => r.host.includes('example.com'))).toBe(false);
  });

  it('keeps storage across a restart', async () => {
    await browser.writeStorage('local', { 'e2e-restart-probe': 'still here' });
    await browser.restart();
    expect(await browser.readStorage('local', 'e2e-restart-probe')).toEqual({
      'e2e-restart-probe': 'still here',
    });
  });

  it('finds planted storage.local, IndexedDB and session-store values in the profile (the sweep can fail)', async () => {
    await browser.writeStorage('local', { 'e2e-sweep-probe': `${STORAGE_MARKER} `.repeat(40) });
    const popup = await browser.openPopup();
    await popup.evaluate(
      (marker) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('e2e-sweep-probe', 1);
          open.addEventListener('upgradeneeded', () => open.result.createObjectStore('s'));
          open.addEventListener('success', () => {
            const tx = open.result.transaction('s', 'readwrite');
            tx.objectStore('s').put({ note: `${marker} `.repeat(40) }, 'k');
            tx.addEventListener('complete', () => {
              open.result.close();
              resolve();
            });
            tx.addEventListener('error', () => reject(tx.error));
          });
          open.addEventListener('error', () => reject(open.error));
        }),
      IDB_MARKER,
    );
    await popup.close();
    // Firefox's session store keeps what was typed into open tabs' fields (mozLz4 on disk).
    const form = await browser.openWebPage(`http://${FORM_HOST}/`);
    await form.getByLabel('Note').fill(FORM_MARKER);
    await untilSessionStoreHolds(browser.profileDir, FORM_MARKER);
    const report = await browser.closeAndSweep([STORAGE_MARKER, IDB_MARKER, FORM_MARKER]);
    const typed = report.findings.filter((f) => f.needle === 2);
    expect(
      typed.some((f) => f.decoded === 'mozlz4 file'),
      describeFindings(typed),
    ).toBe(true);
    // Each marker was stored 40 times in one value. Snappy keeps the first copy and back-references the
    // rest, so only the decompressed cells show all 40: the raw search alone would under-report.
    for (const needle of [0, 1]) {
      const mine = report.findings.filter((f) => f.needle === needle);
      const decoded = mine.filter((f) => f.decoded === 'snappy-decompressed sqlite cell');
      const raw = mine.filter((f) => f.decoded === undefined);
      expect(decoded.length, describeFindings(mine)).toBeGreaterThanOrEqual(40);
      expect(raw.length).toBeLessThan(40);
      expect(mine.every((f) => f.file.startsWith('storage/default/moz-extension+++'))).toBe(true);
    }
  });
});
