import { access, constants } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { accessibleText, clickAccessible } from './accessibility.ts';
import type { BrowserName, E2EBrowser, E2ELaunchOptions } from './e2e-browser.ts';
import { launchExtensionBrowser } from './extension-browser.ts';
import type { ExtensionBrowser } from './extension-browser.ts';
import { launchFirefoxExtensionBrowser } from './firefox-browser.ts';
import { chromiumPath } from './paths.ts';
import { saveScreenshot } from './screenshots.ts';
import type { UiPage } from './ui-page.ts';
import {
  activeNotificationIds,
  fireAlarmNow,
  recordedNotifications,
  spyOnNotifications,
} from './worker-probes.ts';

// One entry point for scenarios that run in every browser. vitest runs each such file once per browser
// project (`e2e` for Chromium, `e2e-firefox` for Firefox; see vitest.config.ts), and the project names
// its browser in E2E_BROWSER: the scenario code is the same, only this parameter differs. Chromium is the
// unchanged launchExtensionBrowser() behind the common interface; Firefox is firefox-browser.ts.

const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The browser this test file runs in: E2E_BROWSER (set per vitest project), Chromium by default. */
export function scenarioBrowser(): BrowserName {
  const name = process.env['E2E_BROWSER'] ?? 'chromium';
  if (!BROWSERS.includes(name as BrowserName)) {
    throw new Error(`E2E_BROWSER must be ${BROWSERS.join(' or ')}; got "${name}"`);
  }
  return name as BrowserName;
}

export async function launchAnyExtensionBrowser(
  options: E2ELaunchOptions & { browser: BrowserName },
): Promise<E2EBrowser> {
  const { browser, ...rest } = options;
  if (browser === 'firefox') return launchFirefoxExtensionBrowser(rest);
  await access(chromiumPath(), constants.X_OK).catch(() => {
    throw new Error(
      `Chromium is not installed at ${chromiumPath()}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  });
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
