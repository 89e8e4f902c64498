import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { manifestPages } from '../e2e/support/built-manifest.ts';
import { chromiumArgs } from '../e2e/support/chromium-args.ts';
import { CHROME_DIST, chromiumPath } from '../e2e/support/paths.ts';
import { DEMO_DIR } from './demo-source.ts';

export const DEMO_PROFILE_DIR = join(DEMO_DIR, 'profile');

export function hasDisplay(): boolean {
  return Boolean(process.env['DISPLAY'] ?? process.env['WAYLAND_DISPLAY']);
}

/**
 * Opens a visible Chromium with the built extension, on a profile kept in .demo/profile so a watchlist
 * survives between runs, and shows the options page offering to add the demo source. The URL hash is a
 * proposal the options page can act on (it must ask before adding); until it does, the page still opens
 * and the terminal prints the URL to paste.
 */
export async function openDemoBrowser(sourceUrl: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(DEMO_PROFILE_DIR, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    // No "controlled by automated test software" bar: this window is for a person.
    ignoreDefaultArgs: ['--enable-automation'],
    args: chromiumArgs({ extensionDir: CHROME_DIST, allowInternet: true }),
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  const { options } = await manifestPages(CHROME_DIST);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${id}/${options}#add-source=${encodeURIComponent(sourceUrl)}`);
  return context;
}
