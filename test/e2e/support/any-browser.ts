import type { Page } from 'playwright-core';
import { accessibleText, clickAccessible } from './accessibility.ts';
import type { BrowserName, E2EBrowser, E2ELaunchOptions } from './e2e-browser.ts';
import { launchExtensionBrowser } from './extension-browser.ts';
import type { ExtensionBrowser } from './extension-browser.ts';
import { launchFirefoxExtensionBrowser } from './firefox-browser.ts';
import { saveScreenshot } from './screenshots.ts';
import type { UiPage } from './ui-page.ts';
import {
  activeNotificationIds,
  fireAlarmNow,
  recordedNotifications,
  spyOnNotifications,
} from './worker-probes.ts';

// One entry point for scenarios that run in every browser: `describe.each(e2eBrowsers())` and
// launchAnyExtensionBrowser({ browser, … }). Chromium is the unchanged launchExtensionBrowser() behind the
// common interface; Firefox is firefox-browser.ts.

const ALL: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * The browsers to run parametrised scenarios in: E2E_BROWSERS (comma-separated, e.g. `firefox`), or
 * both. An unknown name fails the run rather than quietly running fewer browsers.
 */
export function e2eBrowsers(): BrowserName[] {
  const wanted = (process.env['E2E_BROWSERS'] ?? ALL.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = wanted.filter((name) => !ALL.includes(name as BrowserName));
  if (unknown.length > 0 || wanted.length === 0) {
    throw new Error(`E2E_BROWSERS must list ${ALL.join(' and/or ')}; got "${process.env['E2E_BROWSERS']}"`);
  }
  return ALL.filter((name) => wanted.includes(name));
}

/** Whether Chromium-only tests (those outside the parametrised scenarios) should run. */
export function chromiumSelected(): boolean {
  return e2eBrowsers().includes('chromium');
}

export async function launchAnyExtensionBrowser(
  options: E2ELaunchOptions & { browser: BrowserName },
): Promise<E2EBrowser> {
  const { browser, ...rest } = options;
  if (browser === 'firefox') return launchFirefoxExtensionBrowser(rest);
  return asE2EBrowser(await launchExtensionBrowser(rest));
}

/** A Playwright page is a UiPage; the Chromium-only helpers need it back as what it is. */
const playwrightPage = (page: UiPage): Page => page as Page;

export function asE2EBrowser(chromium: ExtensionBrowser): E2EBrowser {
  const worker = () => chromium.serviceWorker();
  return {
    name: 'chromium',
    profileDir: chromium.profileDir,
    openPopup: () => chromium.openPopup(),
    openOptions: (hash) => chromium.openOptions(hash),
    openWebPage: async (url) => {
      const page = await chromium.context.newPage();
      await page.goto(url);
      return page;
    },
    readStorage: (area, keys) => chromium.readStorage(area, keys),
    writeStorage: (area, items) => chromium.writeStorage(area, items),
    background: {
      spyOnNotifications: async () => spyOnNotifications(await worker()),
      recordedNotifications: async () => recordedNotifications(await worker()),
      activeNotificationIds: async () => activeNotificationIds(await worker()),
      fireAlarmNow: async (name) => fireAlarmNow(await worker(), name),
      badgeText: async () =>
        (await worker()).evaluate(() =>
          (
            globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
          ).chrome.action.getBadgeText({}),
        ),
    },
    accessibleText: (page) => accessibleText(playwrightPage(page)),
    clickAccessible: (page, role, name) => clickAccessible(playwrightPage(page), role, name),
    screenshot: (page, test, state) => saveScreenshot(playwrightPage(page), test, state),
    restart: () => chromium.restart(),
    close: () => chromium.close(),
    closeAndSweep: (needles) => chromium.closeAndSweep(needles),
  };
}
