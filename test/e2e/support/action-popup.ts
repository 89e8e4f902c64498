import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser.ts';
import { SCREENSHOTS_DIR } from './paths.ts';
import { slug } from './screenshots.ts';

// The popup that `action.openPopup()` opens, as the person sees it. Headless Chromium does open it (a
// real page target running the real popup, which takes the launch intent), but Playwright does not list
// it among the context's pages. So a test reaches it through the DevTools protocol: it finds the popup's
// target, attaches to it, reads what it shows and takes its picture. The browser sizes a popup to its
// content, at most 800 × 600 (the protocol cannot resize a popup target): `viewport` is the size it got,
// and "on the first screen" is judged against it.
// Opening a second popup page from the test instead would race the real one for the launch intent.

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface ProtocolReply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** A box in CSS pixels relative to the popup's viewport. */
export interface PopupBox {
  top: number;
  bottom: number;
  width: number;
}

export interface ActionPopup {
  /** The popup's visible text. */
  text(): Promise<string>;
  /** The box of the first element matching `selector` whose text contains `contains`, or null. */
  box(selector: string, contains?: string): Promise<PopupBox | null>;
  /** The size the browser gives the popup now (it grows with the content once the page has rendered). */
  viewport(): Promise<{ width: number; height: number }>;
  /** Saves artifacts/screenshots/<test>-<state>.png of what the popup shows and returns its path. */
  screenshot(test: string, state: string): Promise<string>;
}

/** Waits until the extension's action popup is open (e.g. after a banner click) and attaches to it. */
export async function attachActionPopup(
  browser: ExtensionBrowser,
  from: Page,
  timeout = 15_000,
): Promise<ActionPopup> {
  const cdp = await browser.context.newCDPSession(from);
  const popupUrl = browser.extensionUrl('src/ui/popup/index.html');
  const deadline = Date.now() + timeout;
  let target: TargetInfo | undefined;
  while (target === undefined) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(popupUrl));
    if (target === undefined) {
      if (Date.now() > deadline) throw new Error(`no action popup opened within ${timeout} ms`);
      await from.waitForTimeout(100);
    }
  }
  const session = await attach(cdp, target.targetId);
  const evaluate = async <R>(expression: string): Promise<R> => {
    const reply = await session('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    return (reply['result'] as { value: R }).value;
  };
  return {
    viewport: () => evaluate('({ width: innerWidth, height: innerHeight })'),
    text: async () => (await evaluate<string | undefined>('document.body?.innerText')) ?? '',
    box: (selector, contains = '') =>
      evaluate<PopupBox | null>(`(() => {
        const match = [...document.querySelectorAll(${JSON.stringify(selector)})]
          .find((e) => e.textContent.includes(${JSON.stringify(contains)}));
        if (match === undefined) return null;
        const r = match.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, width: r.width };
      })()`),
    screenshot: async (test, state) => {
      const shot = await session('Page.captureScreenshot', { format: 'png' });
      await mkdir(SCREENSHOTS_DIR, { recursive: true });
      const path = join(SCREENSHOTS_DIR, `${slug(test)}-${slug(state)}.png`);
      await writeFile(path, Buffer.from(shot['data'] as string, 'base64'));
      return path;
    },
  };
}

/** True when the box lies wholly inside the first screen of a popup `height` pixels tall. */
export function onPopupFirstScreen(height: number, box: PopupBox | null): boolean {
  return box !== null && box.width > 0 && box.top >= 0 && box.bottom <= height;
}

type Send = (method: string, params: object) => Promise<Record<string, unknown>>;

/**
 * Attaches without flattening: Playwright's CDPSession cannot address a child session, so commands go
 * through Target.sendMessageToTarget and answers come back as Target.receivedMessageFromTarget events.
 */
async function attach(cdp: CDPSession, targetId: string): Promise<Send> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  const pending = new Map<number, { resolve(r: Record<string, unknown>): void; reject(e: Error): void }>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as ProtocolReply;
    const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
    if (waiting === undefined || reply.id === undefined) return;
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result ?? {});
  });
  let next = 0;
  return (method, params) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
}
