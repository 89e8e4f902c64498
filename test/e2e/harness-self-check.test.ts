import { afterAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser.ts';
import {
  activeNotificationIds,
  fireAlarmNow,
  recordedNotifications,
  spyOnNotifications,
} from './support/worker-probes.ts';

// The harness's own safety nets must be able to fail: the console error log has to catch what the
// extension logs or throws, and the privacy sweep has to find what Chromium really wrote to disk.

const open: ExtensionBrowser[] = [];
afterAll(async () => {
  // Browsers a failed test left open; their console verdicts do not matter any more.
  await Promise.all(open.map((b) => b.close().catch(() => undefined)));
});

async function launch(allow: RegExp[] = []): Promise<ExtensionBrowser> {
  const browser = await launchExtensionBrowser({ allowConsoleErrors: allow });
  open.push(browser);
  return browser;
}

describe('the console error log', () => {
  it('catches errors logged or thrown by extension pages and the service worker', async () => {
    const browser = await launch([/planted/]);
    const popup = await browser.openPopup();
    await popup.evaluate(() => {
      console.error('planted page error');
      setTimeout(() => {
        throw new Error('planted page throw');
      });
    });
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => {
      console.error('planted worker error');
      setTimeout(() => {
        throw new Error('planted worker throw');
      });
      void Promise.reject(new Error('planted worker rejection'));
    });
    await expect.poll(() => browser.consoleProblems().length).toBe(5);
    expect(browser.consoleProblems().map((p) => `${p.where} ${p.kind}: ${p.text}`)).toEqual(
      expect.arrayContaining([
        'page console.error: planted page error',
        'page uncaught: Error: planted page throw',
        'worker console.error: planted worker error',
        expect.stringMatching(/^worker uncaught: .*planted worker throw/),
        expect.stringMatching(/^worker uncaught: .*planted worker rejection/),
      ]),
    );
    expect(browser.consoleErrors()).toEqual([]); // all allowed

    await popup.evaluate(() => console.error('an error nobody expected'));
    await expect.poll(() => browser.consoleErrors().length).toBe(1);
    await expect(browser.close()).rejects.toThrow(/1 unexpected error\(s\):[\s\S]*an error nobody expected/);
  });
});

describe('the privacy sweep on a real Chromium profile', () => {
  it("finds what the extension's storage wrote to disk, in the encodings Chromium used", async () => {
    const browser = await launch();
    const popup = await browser.openPopup();
    await popup.evaluate(async () => {
      localStorage.setItem('planted', 'Żaneta-local-storage');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('planted', 1);
        request.addEventListener('upgradeneeded', () => request.result.createObjectStore('s'));
        request.addEventListener('success', () => resolve(request.result));
        request.addEventListener('error', () => reject(request.error));
      });
      await new Promise<void>((resolve) => {
        const tx = db.transaction('s', 'readwrite');
        tx.objectStore('s').put({ ascii: 'planted-idb-ascii-2207', accented: 'Żaneta-idb-two-byte' }, 'k');
        tx.addEventListener('complete', () => resolve());
      });
    });
    await browser.writeStorage('local', { planted: 'planted-storage-local-4405' });
    const report = await browser.closeAndSweep([
      'planted-storage-local-4405',
      'planted-idb-ascii-2207',
      'Żaneta-idb-two-byte',
      'Żaneta-local-storage',
      'never-written-anywhere-9931',
    ]);
    const found = new Set(report.findings.map((f) => f.needle));
    expect([...found].toSorted()).toEqual([0, 1, 2, 3]);
    // Non-ASCII strings reach disk as UTF-16, which a plain UTF-8 grep would miss.
    expect(report.findings.filter((f) => f.needle === 2).map((f) => f.encoding)).toContain('utf-16le');
    expect(report.filesScanned).toBeGreaterThan(20);
  });
});

describe('optional host permissions in headless Chromium', () => {
  // chrome.permissions.request() opens a prompt nobody can click here; the promise would stay pending.
  it('treats the hosts a test grants as allowed, as after a click on "Allow"', async () => {
    const browser = await launchExtensionBrowser({ grantOptionalHosts: ['http://127.0.0.1/*'] });
    open.push(browser);
    const options = await browser.openOptions();
    const asked = await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { permissions: PermissionsApi } }).chrome.permissions;
      const origins = ['http://127.0.0.1/*'];
      const stillPending = new Promise<string>((resolve) =>
        setTimeout(() => resolve('prompt pending'), 3000),
      );
      const request = await Promise.race([api.request({ origins }), stillPending]);
      return { contains: await api.contains({ origins }), request };
    });
    expect(asked).toEqual({ contains: true, request: true });
    await browser.close();
  });

  it('refuses to grant a host the manifest does not list as optional', async () => {
    await expect(launchExtensionBrowser({ grantOptionalHosts: ['<all_urls>'] })).rejects.toThrow(
      /not optional host permissions in the manifest: <all_urls>/,
    );
  });
});

interface PermissionsApi {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
}

describe('service worker probes for monitoring scenarios', () => {
  it('fires an alarm at once and records the notifications the extension shows', async () => {
    const browser = await launch();
    const worker = await browser.serviceWorker();
    await spyOnNotifications(worker);
    await worker.evaluate(() => {
      const c = (globalThis as unknown as { chrome: ProbeChrome }).chrome;
      c.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name !== 'e2e-probe') return;
        void c.notifications.create('e2e-note', {
          type: 'basic',
          iconUrl: '/icons/icon-48.png',
          title: 'Probe title',
          message: 'Probe message',
        });
      });
    });
    await fireAlarmNow(worker, 'e2e-probe');
    await expect
      .poll(() => recordedNotifications(worker), { timeout: 10_000 })
      .toEqual([
        {
          id: 'e2e-note',
          options: expect.objectContaining({ title: 'Probe title', message: 'Probe message' }),
        },
      ]);
    await expect.poll(() => activeNotificationIds(worker)).toContain('e2e-note');
    await browser.close();
  });
});

interface ProbeChrome {
  alarms: { onAlarm: { addListener(f: (alarm: { name: string }) => void): void } };
  notifications: { create(id: string, options: Record<string, string>): Promise<string> };
}
