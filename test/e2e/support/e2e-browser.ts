import type { HostMap } from './chromium-args.ts';
import type { StorageArea } from './extension-storage.ts';
import type { SweepReport } from './profile-sweep.ts';
import type { UiPage } from './ui-page.ts';
import type { RecordedNotification } from './worker-probes.ts';

// What a browser-parametrised scenario drives: the built extension in Chromium or in Firefox, behind
// one interface (support/any-browser.ts launches either). Chromium-only scenarios keep using
// launchExtensionBrowser() from extension-browser.ts, which is unchanged.

export type BrowserName = 'chromium' | 'firefox';

export interface E2ELaunchOptions {
  /** Host names answered by local ports (see startLocalWeb().hostMap()); every other name fails. */
  hostMap?: HostMap;
  /** Patterns of extension console errors the test causes on purpose. */
  allowConsoleErrors?: readonly RegExp[];
  /**
   * Optional host permissions to hold as already granted, the state after a person clicked "Allow"
   * (headless browsers cannot show the prompt). Only origins the manifest lists as optional.
   */
  grantOptionalHosts?: readonly string[];
  /**
   * Firefox 140+: optional data-collection permissions (e.g. `personallyIdentifyingInfo`) to hold as
   * already granted, the state after the person accepted Firefox's consent prompt. Chromium has no such
   * consent and ignores this. Only categories the manifest lists as optional.
   */
  grantDataCollection?: readonly string[];
}

/** The extension's background (Chromium's service worker, Firefox's event page) as tests probe it. */
export interface BackgroundProbe {
  /** Records the title and message of every notification the extension creates from now on. */
  spyOnNotifications(): Promise<void>;
  recordedNotifications(): Promise<RecordedNotification[]>;
  /** Ids of the extension's notifications the browser shows now. */
  activeNotificationIds(): Promise<string[]>;
  /** Fires the named alarm now instead of at its scheduled time (replaces that alarm's schedule). */
  fireAlarmNow(name: string): Promise<void>;
  /** The toolbar badge text the extension set (empty when nothing is new). */
  badgeText(): Promise<string>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  readonly profileDir: string;
  /** The action popup's page as a 400 × 600 tab. */
  openPopup(): Promise<UiPage>;
  /** The options page; `hash` (without "#") is appended, e.g. `add-source=<url>`. */
  openOptions(hash?: string): Promise<UiPage>;
  /** An ordinary web page in a new tab (mapped hosts reach the local web). */
  openWebPage(url: string): Promise<UiPage>;
  readStorage(area: StorageArea, keys?: string | string[]): Promise<Record<string, unknown>>;
  writeStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  readonly background: BackgroundProbe;
  /**
   * Every named node of the page's accessibility view as `role: name` lines, closed shadow roots
   * included (where the portal banner lives).
   */
  accessibleText(page: UiPage): Promise<string>;
  /** Clicks the first node with this role and name, also inside closed shadow roots. */
  clickAccessible(page: UiPage, role: string, name: string | RegExp): Promise<void>;
  /** artifacts/screenshots/<test>-<state>.png in Chromium, <test>-<state>.firefox.png beside it in Firefox. */
  screenshot(page: UiPage, test: string, state: string): Promise<string>;
  /** Closes the browser and starts it again on the same profile, as a person restarting it. */
  restart(): Promise<void>;
  /** Closes the browser; throws if the extension logged unexpected errors. */
  close(): Promise<void>;
  /** Closes the browser, then searches its whole profile for `needles` (see profile-sweep.ts). */
  closeAndSweep(needles: readonly string[]): Promise<SweepReport>;
}
