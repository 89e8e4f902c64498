// The page a scenario drives, in whichever browser it runs. It is a subset of playwright-core's Page and
// Locator, method for method, so a Playwright Page from the Chromium harness IS a UiPage (no wrapper: the
// Chromium path stays exactly as it was), and firefox-page.ts implements the same subset over
// puppeteer-core and WebDriver BiDi. Scenario helpers written against these types run in both browsers.

export type TextMatch = string | RegExp;

export interface BoundingBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WaitForOptions {
  state?: 'attached' | 'detached' | 'visible' | 'hidden';
  timeout?: number;
}

export interface RoleOptions {
  name?: TextMatch;
  /** Whole, case-sensitive name instead of Playwright's default case-insensitive substring. */
  exact?: boolean;
  level?: number;
}

/** What a Locator finds inside its scope; shared by UiPage and UiLocator. */
export interface UiQueries {
  getByRole(role: string, options?: RoleOptions): UiLocator;
  getByText(text: TextMatch, options?: { exact?: boolean }): UiLocator;
  getByLabel(text: TextMatch, options?: { exact?: boolean }): UiLocator;
  /** A CSS selector. */
  locator(selector: string): UiLocator;
}

/**
 * A lazy description of elements, resolved on each call (as Playwright's). Single-element actions wait
 * for the element and fail on more than one match (Playwright's strict mode).
 */
export interface UiLocator extends UiQueries {
  filter(options?: { has?: UiLocator; hasText?: TextMatch }): UiLocator;
  first(): UiLocator;
  nth(index: number): UiLocator;
  page(): UiPage;
  count(): Promise<number>;
  waitFor(options?: WaitForOptions): Promise<void>;
  click(): Promise<void>;
  /** Replaces the field's value with `value`. */
  fill(value: string): Promise<void>;
  innerText(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  isChecked(): Promise<boolean>;
  setChecked(checked: boolean): Promise<void>;
  selectOption(value: string): Promise<string[]>;
  /** CSS pixels relative to the main frame's viewport, or null when not rendered. */
  boundingBox(): Promise<BoundingBox | null>;
}

export interface UiPage extends UiQueries {
  waitForTimeout(ms: number): Promise<void>;
  title(): Promise<string>;
  close(): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Saves a PNG of the page (the whole scrollable page with fullPage). */
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  /** Runs `fn(arg)` in the page (serialised: it may use only its argument and the page's globals). */
  evaluate<R, Arg>(fn: (arg: Arg) => R | Promise<R>, arg: Arg): Promise<R>;
}
