import type { ElementHandle, JSHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { queryDom, toSerialMatch } from './dom-query.ts';
import type { QueryStep } from './dom-query.ts';
import type { BoundingBox, RoleOptions, TextMatch, UiLocator, UiPage, WaitForOptions } from './ui-page.ts';

// UiPage and UiLocator over puppeteer-core's WebDriver BiDi page, for Firefox. Elements are found by
// dom-query.ts in the page; clicks and keystrokes are real input events (BiDi input.performActions), as
// Playwright's are in Chromium.

const DEFAULT_TIMEOUT = 30_000;
const POLL_MS = 100;
const QUERY_SOURCE = queryDom.toString();

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function describeSteps(steps: readonly QueryStep[]): string {
  return steps
    .map((s) => {
      switch (s.kind) {
        case 'css':
          return `locator(${s.selector})`;
        case 'role':
          return `getByRole(${s.role}${s.name ? `, ${JSON.stringify(s.name)}` : ''})`;
        case 'text':
          return `getByText(${JSON.stringify(s.match)})`;
        case 'label':
          return `getByLabel(${JSON.stringify(s.match)})`;
        case 'hasText':
          return `filter(hasText ${JSON.stringify(s.match)})`;
        case 'has':
          return `filter(has ${describeSteps(s.steps)})`;
        case 'nth':
          return `nth(${s.index})`;
      }
      return '';
    })
    .join('.');
}

class FirefoxLocator implements UiLocator {
  constructor(
    private readonly owner: FirefoxPage,
    readonly steps: readonly QueryStep[],
  ) {}

  private with(step: QueryStep): FirefoxLocator {
    return new FirefoxLocator(this.owner, [...this.steps, step]);
  }

  getByRole(role: string, options: RoleOptions = {}): UiLocator {
    return this.with({
      kind: 'role',
      role,
      ...(options.name === undefined ? {} : { name: toSerialMatch(options.name, options.exact) }),
      ...(options.level === undefined ? {} : { level: options.level }),
    });
  }
  getByText(text: TextMatch, options: { exact?: boolean } = {}): UiLocator {
    return this.with({ kind: 'text', match: toSerialMatch(text, options.exact) });
  }
  getByLabel(text: TextMatch, options: { exact?: boolean } = {}): UiLocator {
    return this.with({ kind: 'label', match: toSerialMatch(text, options.exact) });
  }
  locator(selector: string): UiLocator {
    return this.with({ kind: 'css', selector });
  }
  filter(options: { has?: UiLocator; hasText?: TextMatch } = {}): UiLocator {
    const steps: QueryStep[] = [...this.steps];
    if (options.hasText !== undefined) steps.push({ kind: 'hasText', match: toSerialMatch(options.hasText) });
    if (options.has !== undefined) {
      if (!(options.has instanceof FirefoxLocator))
        throw new Error('filter({ has }) needs a Firefox locator');
      steps.push({ kind: 'has', steps: [...options.has.steps] });
    }
    return new FirefoxLocator(this.owner, steps);
  }
  first(): UiLocator {
    return this.with({ kind: 'nth', index: 0 });
  }
  nth(index: number): UiLocator {
    return this.with({ kind: 'nth', index });
  }
  page(): UiPage {
    return this.owner;
  }

  private query(): Promise<JSHandle<Element[]>> {
    return this.owner.puppeteer.evaluateHandle(`(${QUERY_SOURCE})(${JSON.stringify(this.steps)})`) as Promise<
      JSHandle<Element[]>
    >;
  }

  /** Runs `fn` on every match, in one round trip. */
  private async onAll<R>(fn: (elements: Element[]) => R): Promise<Awaited<R>> {
    const handle = await this.query();
    try {
      return (await handle.evaluate(fn)) as Awaited<R>;
    } finally {
      await handle.dispose().catch(() => undefined);
    }
  }

  /** Waits for exactly one match (Playwright's strict mode) and returns it. */
  private async single(timeout = DEFAULT_TIMEOUT): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const handle = await this.query().catch(() => undefined); // the page may be navigating
      if (handle) {
        const count = await handle.evaluate((els) => els.length).catch(() => 0);
        if (count > 1) {
          await handle.dispose();
          throw new Error(
            `strict mode violation: ${describeSteps(this.steps)} resolved to ${count} elements`,
          );
        }
        if (count === 1) {
          const element = (await handle.evaluateHandle((els) => els[0])) as ElementHandle<Element>;
          await handle.dispose();
          return element;
        }
        await handle.dispose();
      }
      if (Date.now() > deadline)
        throw new Error(`timed out after ${timeout} ms waiting for ${describeSteps(this.steps)}`);
      await sleep(POLL_MS);
    }
  }

  private async onSingle<R>(fn: (element: Element) => R): Promise<Awaited<R>> {
    const element = await this.single();
    try {
      return (await element.evaluate(fn)) as Awaited<R>;
    } finally {
      await element.dispose().catch(() => undefined);
    }
  }

  count(): Promise<number> {
    return this.onAll((els) => els.length);
  }

  async waitFor(options: WaitForOptions = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const timeout = options.timeout ?? DEFAULT_TIMEOUT;
    const deadline = Date.now() + timeout;
    for (;;) {
      const seen = await this.onAll((els) => ({
        count: els.length,
        visible: els.some(
          (el) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true }),
        ),
      })).catch(() => undefined);
      if (seen) {
        if (seen.count > 1 && state !== 'detached') {
          throw new Error(
            `strict mode violation: ${describeSteps(this.steps)} resolved to ${seen.count} elements`,
          );
        }
        const done =
          (state === 'attached' && seen.count === 1) ||
          (state === 'detached' && seen.count === 0) ||
          (state === 'visible' && seen.visible) ||
          (state === 'hidden' && !seen.visible);
        if (done) return;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `timed out after ${timeout} ms waiting for ${describeSteps(this.steps)} to be ${state}`,
        );
      }
      await sleep(POLL_MS);
    }
  }

  async click(): Promise<void> {
    const element = await this.single();
    try {
      await element.click();
    } finally {
      await element.dispose().catch(() => undefined);
    }
  }

  async fill(value: string): Promise<void> {
    const element = await this.single();
    try {
      // Focus and select what is there, then type: real key events, as a person replaces a field's text.
      await element.evaluate((el) => {
        (el as HTMLElement).focus();
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      });
      if (value === '') await this.owner.puppeteer.keyboard.press('Backspace');
      else await this.owner.puppeteer.keyboard.type(value);
    } finally {
      await element.dispose().catch(() => undefined);
    }
  }

  innerText(): Promise<string> {
    return this.onSingle((el) => (el instanceof HTMLElement ? el.innerText : (el.textContent ?? '')));
  }
  allInnerTexts(): Promise<string[]> {
    return this.onAll((els) =>
      els.map((el) => (el instanceof HTMLElement ? el.innerText : (el.textContent ?? ''))),
    );
  }
  async getAttribute(name: string): Promise<string | null> {
    const element = await this.single();
    try {
      return await element.evaluate((el, attr) => el.getAttribute(attr), name);
    } finally {
      await element.dispose().catch(() => undefined);
    }
  }
  isChecked(): Promise<boolean> {
    return this.onSingle((el) =>
      el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true',
    );
  }
  async setChecked(checked: boolean): Promise<void> {
    if ((await this.isChecked()) !== checked) await this.click();
    if ((await this.isChecked()) !== checked) {
      throw new Error(
        `clicking ${describeSteps(this.steps)} did not make it ${checked ? 'checked' : 'unchecked'}`,
      );
    }
  }
  async selectOption(value: string): Promise<string[]> {
    const element = await this.single();
    try {
      return await element.evaluate((el, wanted) => {
        if (!(el instanceof HTMLSelectElement)) throw new Error('selectOption: not a <select>');
        const option = [...el.options].find((o) => o.value === wanted || o.label === wanted);
        if (!option) throw new Error(`selectOption: no option ${wanted}`);
        el.value = option.value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return [option.value];
      }, value);
    } finally {
      await element.dispose().catch(() => undefined);
    }
  }
  boundingBox(): Promise<BoundingBox | null> {
    return this.onSingle((el) => {
      if (el.getClientRects().length === 0) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }
}

/** A Firefox tab as a UiPage. `puppeteer` is the underlying page, for harness code only. */
export class FirefoxPage implements UiPage {
  constructor(readonly puppeteer: PuppeteerPage) {}

  private root(): FirefoxLocator {
    return new FirefoxLocator(this, []);
  }
  getByRole(role: string, options?: RoleOptions): UiLocator {
    return this.root().getByRole(role, options);
  }
  getByText(text: TextMatch, options?: { exact?: boolean }): UiLocator {
    return this.root().getByText(text, options);
  }
  getByLabel(text: TextMatch, options?: { exact?: boolean }): UiLocator {
    return this.root().getByLabel(text, options);
  }
  locator(selector: string): UiLocator {
    return this.root().locator(selector);
  }
  waitForTimeout(ms: number): Promise<void> {
    return sleep(ms);
  }
  title(): Promise<string> {
    return this.puppeteer.evaluate(() => document.title);
  }
  url(): Promise<string> {
    return this.puppeteer.evaluate(() => location.href);
  }
  close(): Promise<void> {
    return this.puppeteer.close();
  }
  setViewportSize(size: { width: number; height: number }): Promise<void> {
    return this.puppeteer.setViewport(size);
  }
  async screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown> {
    return this.puppeteer.screenshot({
      path: options.path as `${string}.png`,
      fullPage: options.fullPage ?? false,
    });
  }
  evaluate<R, Arg>(fn: (arg: Arg) => R | Promise<R>, arg: Arg): Promise<R> {
    return this.puppeteer.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }
}
