import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { manifestPages } from './built-manifest.ts';
import { chromiumArgs } from './chromium-args.ts';
import { copyWithGrantedHosts } from './granted-extension-copy.ts';
import type { HostMap } from './chromium-args.ts';
import { ConsoleErrorLog, describeProblems } from './console-errors.ts';
import type { ConsoleProblem } from './console-errors.ts';
import { readStorage, writeStorage } from './extension-storage.ts';
import type { StorageArea } from './extension-storage.ts';
import { CHROME_DIST, chromiumPath } from './paths.ts';
import { sweepForStrings } from './profile-sweep.ts';
import { warnIfBuildIsStale } from './stale-build-warning.ts';
import type { SweepReport } from './profile-sweep.ts';
import { loadTlsFixture } from './tls-fixture.ts';

export interface LaunchOptions {
  /** Unpacked extension to load; default dist/chrome (run `npm run build` first). */
  extensionDir?: string;
  /** Reuse a profile directory (e.g. one kept by a previous close({ keepProfile: true })). */
  profileDir?: string;
  /** Host names answered by local ports (see startLocalWeb().hostMap()); all other names fail to resolve. */
  hostMap?: HostMap;
  /** Patterns of console errors the test expects; any other extension error fails close(). */
  allowConsoleErrors?: readonly RegExp[];
  /**
   * Optional host permissions to treat as already granted (e.g. `http://127.0.0.1/*` for a local range
   * server), because headless Chromium cannot show the prompt. See granted-extension-copy.ts.
   */
  grantOptionalHosts?: readonly string[];
  /** Default true, or false when E2E_HEADED=1 is set. */
  headless?: boolean;
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly profileDir: string;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(path: string): string;
  /** The extension's service worker (waits for it if Chromium has not started it yet). */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page in a new tab and waits for it to load. */
  openExtensionPage(path: string, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** The action popup's page, as a tab sized like a popup (the real popup cannot be driven headless). */
  openPopup(): Promise<Page>;
  /** The options page; `hash` (without "#") is appended, e.g. `add-source=<url>`. */
  openOptions(hash?: string): Promise<Page>;
  /** chrome.storage.<area>.get(keys) run in the service worker (all keys when omitted). */
  readStorage(area: StorageArea, keys?: string | string[]): Promise<Record<string, unknown>>;
  /** chrome.storage.<area>.set(items) run in the service worker, e.g. to seed settings before a scenario. */
  writeStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  /** Closes Chromium and starts it again on the same profile, as a person restarting the browser. */
  restart(): Promise<void>;
  /** Extension console errors so far that no allowed pattern matches. */
  consoleErrors(): ConsoleProblem[];
  /** Every extension console error so far, allowed or not. */
  consoleProblems(): ConsoleProblem[];
  /**
   * Closes Chromium, deletes the profile unless kept (or E2E_KEEP_PROFILE=1), and throws if the extension
   * logged unexpected console errors during the run.
   */
  close(options?: { keepProfile?: boolean }): Promise<void>;
  /**
   * close(), but first byte-searches the whole profile for `needles` (see profile-sweep.ts), after
   * Chromium has flushed everything to disk. Returns the report; assert `findings` is empty.
   */
  closeAndSweep(needles: readonly string[]): Promise<SweepReport>;
}

export const POPUP_VIEWPORT = { width: 400, height: 600 } as const;
const PAGE_VIEWPORT = { width: 1024, height: 768 } as const;

async function launchContext(profileDir: string, options: LaunchOptions, extensionDir: string) {
  const tls = loadTlsFixture();
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? process.env['E2E_HEADED'] !== '1',
    args: chromiumArgs({ extensionDir, hostMap: options.hostMap ?? {}, trustedSpki: [tls.spkiSha256] }),
    // ignoreHTTPSErrors would not cover the service worker's own fetches; the SPKI flag covers every
    // request of the browser, and only for the test certificate (see test/e2e/README.md).
    ignoreHTTPSErrors: false,
    viewport: PAGE_VIEWPORT,
    timeout: 30_000,
  });
}

const isExtension = (w: Worker): boolean => w.url().startsWith('chrome-extension://');

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find(isExtension);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 15_000 });
  } catch (error) {
    throw new Error(
      "the extension's service worker did not start within 15 s: is the build current (npm run build), " +
        'and does the background script run without throwing on load?',
      { cause: error },
    );
  }
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const builtDir = options.extensionDir ?? CHROME_DIST;
  const pages = await manifestPages(builtDir);
  warnIfBuildIsStale(builtDir);
  const granted = options.grantOptionalHosts?.length
    ? await copyWithGrantedHosts(builtDir, options.grantOptionalHosts)
    : undefined;
  const extensionDir = granted?.dir ?? builtDir;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'exposure-check-e2e-')));
  let extensionId: string | undefined;
  const log = new ConsoleErrorLog(() => (extensionId ? `chrome-extension://${extensionId}/` : undefined));

  let context = await launchContext(profileDir, options, extensionDir);
  const close = async ({ keepProfile = process.env['E2E_KEEP_PROFILE'] === '1' } = {}): Promise<void> => {
    log.closingBrowser(true);
    await context.close(); // a no-op when already closed
    if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    await granted?.remove();
    const problems = log.unexpected(options.allowConsoleErrors);
    if (problems.length > 0) {
      throw new Error(
        `the extension logged ${problems.length} unexpected error(s):\n${describeProblems(problems)}`,
      );
    }
  };
  log.attach(context);
  extensionId = new URL((await extensionWorker(context)).url()).host;
  const id = extensionId;
  const url = (path: string): string => `chrome-extension://${id}/${path.replace(/^\//, '')}`;

  const openExtensionPage: ExtensionBrowser['openExtensionPage'] = async (path, pageOptions = {}) => {
    const page = await context.newPage();
    if (pageOptions.viewport) await page.setViewportSize(pageOptions.viewport);
    await page.goto(url(path), { waitUntil: 'load' });
    return page;
  };

  return {
    get context() {
      return context;
    },
    extensionId: id,
    profileDir,
    extensionUrl: url,
    serviceWorker: () => extensionWorker(context),
    openExtensionPage,
    openPopup: () => openExtensionPage(pages.popup, { viewport: POPUP_VIEWPORT }),
    openOptions: (hash) => openExtensionPage(hash === undefined ? pages.options : `${pages.options}#${hash}`),
    readStorage: async (area, keys) => readStorage(await extensionWorker(context), area, keys),
    writeStorage: async (area, items) => writeStorage(await extensionWorker(context), area, items),
    restart: async () => {
      log.closingBrowser(true);
      await context.close();
      context = await launchContext(profileDir, options, extensionDir);
      log.closingBrowser(false);
      log.attach(context);
      const again = new URL((await extensionWorker(context)).url()).host;
      if (again !== id) throw new Error(`extension id changed across restart: ${id} → ${again}`);
    },
    consoleErrors: () => log.unexpected(options.allowConsoleErrors),
    consoleProblems: () => [...log.problems],
    close,
    closeAndSweep: async (needles) => {
      log.closingBrowser(true);
      await context.close();
      const report = await sweepForStrings(profileDir, needles);
      await close();
      return report;
    },
  };
}
