import type { BrowserContext, Page } from 'playwright-core';
import { POPUP_VIEWPORT } from '../../e2e/support/extension-browser.ts';

/** Anything a person can type into: the popup is interactive once one of these is in the DOM and visible. */
export const INTERACTIVE_INPUT =
  'input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly])';

export interface PopupTiming {
  /** From page.goto to the input being visible, as Playwright sees it (includes its round trips). */
  wallMs: number;
  /** In-page performance.now() (from navigation start) at the first animation frame with an enabled input in the DOM. */
  domMs: number | null;
  /** From page.goto to the load event, for when there is no input to wait for. */
  loadMs: number;
  hasInput: boolean;
}

/** Opens the popup page in a fresh tab once and times it. */
export async function timePopup(
  context: BrowserContext,
  url: string,
  timeoutMs: number,
): Promise<PopupTiming> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    const started = performance.now();
    let loadMs = NaN;
    const loaded = page.waitForEvent('load').then(() => (loadMs = performance.now() - started));
    await page.goto(url, { waitUntil: 'commit' });
    const inDom = page
      .waitForFunction(
        (selector: string) => (document.querySelector(selector) === null ? 0 : performance.now()),
        INTERACTIVE_INPUT,
        { polling: 'raf', timeout: timeoutMs },
      )
      .then(async (handle) => (await handle.jsonValue()) as number)
      .catch(() => null);
    const hasInput = await page
      .locator(INTERACTIVE_INPUT)
      .first()
      .waitFor({ state: 'visible', timeout: timeoutMs })
      .then(() => true)
      .catch(() => false);
    const wallMs = performance.now() - started;
    await loaded;
    const domMs = await inDom;
    return { wallMs, domMs, loadMs, hasInput };
  } finally {
    await page.close();
  }
}

/**
 * Loads `url` and reports whether the extension's content script ran there: an isolated world whose
 * origin is the extension appears (Chrome DevTools Protocol), and whether its banner element is in the DOM.
 */
export async function probeContentScript(
  context: BrowserContext,
  url: string,
  extensionId: string,
  settleMs: number,
): Promise<{ injected: boolean; banner: boolean }> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const seen = { injected: false };
    cdp.on('Runtime.executionContextCreated', (event) => {
      if (event.context.origin.startsWith(`chrome-extension://${extensionId}`)) seen.injected = true;
    });
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load' });
    // Content scripts run at document_idle, after load: give them a bounded moment.
    const deadline = performance.now() + settleMs;
    while (!seen.injected && performance.now() < deadline) await page.waitForTimeout(50);
    const banner = (await page.locator('exposure-check-banner').count()) > 0;
    return { injected: seen.injected, banner };
  } finally {
    await page.close();
  }
}
