import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { launchFirefoxExtensionBrowser } from '../support/firefox-browser.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { PWNED_PASSWORDS_HOST, pwnedPasswordsSite } from '../support/pwned-passwords-stand-in.ts';
import { describeFindings } from '../support/profile-sweep.ts';

// The Firefox harness's own safety nets must be able to fail, as harness-self-check.test.ts shows for
// Chromium: the profile sweep has to find what Firefox really wrote (storage.local and IndexedDB go to
// Snappy-compressed SQLite), and the host-map proxy has to keep every unmapped name off the network.

let browser: E2EBrowser;
let web: LocalWeb;

// Synthetic markers, planted on purpose: the sweep must report each of them.
const STORAGE_MARKER = 'e2e-marker-storage-7f3a9c';
const IDB_MARKER = 'e2e-marker-idb-41c2d8';

describe('the Firefox harness', () => {
  beforeAll(async () => {
    web = await startLocalWeb({ [PWNED_PASSWORDS_HOST]: pwnedPasswordsSite({ 'correct horse': 3 }) });
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

  it('keeps storage across a restart', async () => {
    await browser.writeStorage('local', { 'e2e-restart-probe': 'still here' });
    await browser.restart();
    expect(await browser.readStorage('local', 'e2e-restart-probe')).toEqual({
      'e2e-restart-probe': 'still here',
    });
  });

  it('finds planted storage.local and IndexedDB values in the profile (the sweep can fail)', async () => {
    await browser.writeStorage('local', { 'e2e-sweep-probe': `${STORAGE_MARKER} `.repeat(40) });
    const popup = await browser.openPopup();
    await popup.evaluate(
      (marker) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('e2e-sweep-probe', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onsuccess = () => {
            const tx = open.result.transaction('s', 'readwrite');
            tx.objectStore('s').put({ note: `${marker} `.repeat(40) }, 'k');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      IDB_MARKER,
    );
    await popup.close();
    const report = await browser.closeAndSweep([STORAGE_MARKER, IDB_MARKER]);
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
