import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectKinds, parseIdentifier } from '../../../src/core/index.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { PWNED_PASSWORDS_HOST, pwnedPasswordsSite, pwnedSha1 } from '../support/pwned-passwords-stand-in.ts';
import { publishDemoSource, type DemoResult } from '../support/range-server.ts';
import {
  DEMO_CLINIC_BREACH,
  DEMO_LAB_BREACH,
  DEMO_SOURCE_NAME,
  addSourceThroughSettings,
  maskedOf,
} from '../support/scenario-demo-source.ts';
import {
  answerCountryQuestion,
  checkIdentifier,
  checkSummary,
  detectedKind,
  escapeRegExp,
  identifierField,
  passwordMode,
  resultCard,
  results,
  typeAndCheck,
} from '../support/scenario-popup.ts';
import {
  leaksIn,
  sha1Identifier,
  sweepNeedles,
  xcV1Identifier,
  type TypedIdentifier,
} from '../support/scenario-privacy.ts';
import { startSwitchableRangeServer, type SwitchableRangeServer } from '../support/scenario-range-server.ts';

// A person checks identifiers in the real extension: PESEL numbers against a breach source published by
// the publisher's own code and served by its own server on 127.0.0.1, and passwords against a local
// stand-in for the Pwned Passwords range API. One browser (one profile) for the whole file; at the end
// the range server's log and the profile on disk are searched for anything that should not be there.
// Runs in Chromium and in Firefox (vitest projects e2e and e2e-firefox).

const TEST = 'check';
const PWNED_SOURCE = 'Pwned Passwords';
const BREACHED_PASSWORD = 'hunter2!';
const BREACHED_PASSWORD_COUNT = 42;
const CLEAN_PASSWORD = 'correct horse battery staple';

let workDir: string;
let demo: DemoResult;
let ranges: SwitchableRangeServer;
let web: LocalWeb;
let browser: E2EBrowser;
let closed = false;
/** Everything typed into the extension in this file, for the privacy assertions at the end. */
const typed: TypedIdentifier[] = [];

/** A PESEL one digit away from `pesel` that fails its check digit and is still read as a PESEL. */
function mistypedPesel(pesel: string): string {
  for (let i = 0; i < pesel.length; i++) {
    for (const digit of '0123456789') {
      const candidate = pesel.slice(0, i) + digit + pesel.slice(i + 1);
      const parsed = parseIdentifier('pesel', candidate);
      if (!parsed.ok && parsed.error.code === 'checksum' && detectKinds(candidate)[0] === 'pesel') {
        return candidate;
      }
    }
  }
  throw new Error('test data: no one-digit typo of the sample is detected as a PESEL');
}

const sample = (breaches: string[]): string => {
  const found = demo.present.find((s) => s.breaches.join() === breaches.join());
  if (found === undefined) throw new Error(`test data: no demo sample in exactly ${breaches.join(', ')}`);
  return found.value;
};

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'exposure-check-scenario-'));
  demo = await publishDemoSource(join(workDir, 'demo'), { kinds: ['pesel'] });
  ranges = await startSwitchableRangeServer(demo.sourceDir);
  web = await startLocalWeb({
    [PWNED_PASSWORDS_HOST]: pwnedPasswordsSite({ [BREACHED_PASSWORD]: BREACHED_PASSWORD_COUNT }),
  });
  browser = await launchAnyExtensionBrowser({
    browser: scenarioBrowser(),
    hostMap: web.hostMap(),
    grantOptionalHosts: ['http://127.0.0.1/*'],
  });
  const settings = await addSourceThroughSettings(browser, ranges.sourceUrl, (page) =>
    browser.screenshot(page, 'add-source', 'preview').then(() => undefined),
  );
  await browser.screenshot(settings, 'add-source', 'added');
  await settings.close();
  // A person in Poland: an 11-digit number that is also valid elsewhere is their PESEL.
  const first = await browser.openPopup();
  await answerCountryQuestion(first, 'PL');
  await first.close();
});

afterAll(async () => {
  if (!closed) await browser?.close();
  await ranges?.close();
  await web?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('checking a PESEL against a published breach source', () => {
  // First in the file on purpose: the background reuses a fetched range file for a minute, so the
  // outage must hit a range this browser has not fetched yet.
  it('says "couldn’t check", never "not found", while the range server is down, and Retry works once it is back', async () => {
    const pesel = sample(['demo-clinic-2025']);
    typed.push(await xcV1Identifier(demo, pesel));
    const popup = await browser.openPopup();
    await ranges.stop();
    let down = '';
    try {
      down = await checkIdentifier(popup, pesel);
      expect(down).toMatch(new RegExp(`^Couldn’t check ${escapeRegExp(maskedOf('pesel', pesel))}\\. `));
      const card = await resultCard(popup, DEMO_SOURCE_NAME).innerText();
      expect(card).toContain('Couldn’t check');
      expect(card).toContain('The source could not be reached.');
      expect(await results(popup).innerText()).not.toMatch(/not found/i);
      await browser.screenshot(popup, TEST, 'couldnt-check');
    } finally {
      await ranges.start(); // the rest of the file needs the server, whatever happened here
    }

    await resultCard(popup, DEMO_SOURCE_NAME)
      .getByRole('button', { name: /^Retry\b/ })
      .click();
    const back = await checkSummary(popup, down);
    expect(back).toMatch(/^Found: /);
    expect(await resultCard(popup, DEMO_SOURCE_NAME).innerText()).toContain(DEMO_CLINIC_BREACH);
    await browser.screenshot(popup, TEST, 'after-retry');
    await popup.close();
  });

  it('finds a breached PESEL, names the breach it is in, and puts "reserve your PESEL" first', async () => {
    const pesel = sample(['demo-lab-2026']);
    typed.push(await xcV1Identifier(demo, pesel));
    const popup = await browser.openPopup();
    await identifierField(popup).fill(pesel);
    await expect.poll(() => detectedKind(popup)).toBe('Detected: PESEL (Poland)');
    const summary = await checkIdentifier(popup, pesel);
    const hint = maskedOf('pesel', pesel);
    expect(summary).toBe(`Found: ${hint} is in leaked data. Breaches it appears in: 1`);
    expect(await results(popup).getByRole('heading', { level: 2 }).innerText()).toBe(
      `Found: ${hint} is in leaked data`,
    );
    expect(await results(popup).getByText('Checked as PESEL (Poland).').count()).toBe(1);

    const card = await resultCard(popup, DEMO_SOURCE_NAME).innerText();
    expect(card).toContain('Found in a breach');
    expect(card).toContain(DEMO_LAB_BREACH);
    expect(card).not.toContain(DEMO_CLINIC_BREACH); // the right breach, not every breach of the source
    expect(card).toContain('Breaches it appears in: 1');

    const guidance = results(popup).getByRole('region', { name: 'What to do now' });
    expect(await guidance.getByText(/^Leaked: PESEL \(Poland\), /).count()).toBe(1);
    const steps = guidance.getByRole('heading', { level: 4 });
    expect(await steps.first().innerText()).toBe('Reserve your PESEL number (mObywatel or gov.pl)');
    expect(await steps.count()).toBeGreaterThan(1);
    // Nothing on screen repeats the identifier: only the masked hint.
    expect(await popup.locator('body').innerText()).not.toContain(pesel);
    await browser.screenshot(popup, TEST, 'pesel-found');
    await popup.close();
  });

  it('gives the same answer in the settings page’s full-size Check view', async () => {
    const pesel = sample(['demo-lab-2026', 'demo-clinic-2025']);
    typed.push(await xcV1Identifier(demo, pesel));
    const page = await browser.openOptions('check');
    expect(await page.getByRole('link', { name: 'Check' }).getAttribute('aria-current')).toBe('page');
    expect(await checkIdentifier(page, pesel)).toMatch(/^Found: /);
    const card = await resultCard(page, DEMO_SOURCE_NAME).innerText();
    expect(card).toContain(DEMO_LAB_BREACH);
    expect(card).toContain(DEMO_CLINIC_BREACH);
    expect(card).toContain('Breaches it appears in: 2');
    await browser.screenshot(page, TEST, 'options-check-view-found');
    await page.close();
  });

  it('says a clean PESEL is not found, as typed with a space', async () => {
    const withSpace = demo.absent.find((s) => /\s/.test(s.value))?.value ?? demo.absent[0]?.value ?? '';
    typed.push(await xcV1Identifier(demo, withSpace));
    const popup = await browser.openPopup();
    const summary = await checkIdentifier(popup, withSpace);
    expect(summary).toMatch(
      new RegExp(
        `^Not found: ${escapeRegExp(maskedOf('pesel', withSpace))} is in none of the sources checked\\. `,
      ),
    );
    const card = await resultCard(popup, DEMO_SOURCE_NAME).innerText();
    expect(card).toContain('Not found');
    expect(card).toContain('It may still have leaked somewhere else.');
    expect(await results(popup).getByRole('region', { name: 'What to do now' }).count()).toBe(0);
    await browser.screenshot(popup, TEST, 'pesel-not-found');
    await popup.close();
  });

  it('explains a mistyped PESEL on the device and sends nothing', async () => {
    const mistyped = mistypedPesel(sample(['demo-lab-2026']));
    typed.push({ kind: 'pesel', typed: mistyped, canonical: mistyped, fullHash: '', prefix: '' });
    const popup = await browser.openPopup();
    const logBefore = ranges.accessLog.length;
    const webBefore = web.requests.length;
    await typeAndCheck(popup, mistyped);
    const message = popup.getByText('The check digit does not match: one digit is probably mistyped.');
    await message.waitFor();
    expect(await identifierField(popup).getAttribute('aria-invalid')).toBe('true');
    expect(await results(popup).getByRole('status').first().innerText()).toBe('');
    expect(await results(popup).getByRole('article').count()).toBe(0);
    await browser.screenshot(popup, TEST, 'pesel-invalid');
    // The popup validates locally and never sends an invalid identifier; give a stray request time to land.
    await popup.waitForTimeout(500);
    expect(ranges.accessLog.length).toBe(logBefore);
    expect(web.requests.length).toBe(webBefore);
    await popup.close();
  });
});

describe('checking a password against the Pwned Passwords range API (local stand-in)', () => {
  it('finds a breached password and says how often it was seen', async () => {
    typed.push(sha1Identifier(BREACHED_PASSWORD, pwnedSha1(BREACHED_PASSWORD)));
    const popup = await browser.openPopup();
    await passwordMode(popup);
    const field = popup.getByLabel('Password to check');
    await field.fill(BREACHED_PASSWORD);
    expect(await field.getAttribute('type')).toBe('password'); // masked while typed
    await popup.getByRole('button', { name: 'Check privately' }).click();
    const summary = await checkSummary(popup);
    expect(summary).toMatch(
      `This password appears ${BREACHED_PASSWORD_COUNT} times in data breaches collected by Have I Been Pwned`,
    );
    const card = await resultCard(popup, PWNED_SOURCE).innerText();
    expect(card).toContain('Found in a breach');
    expect(card).not.toMatch(/Organisation:|When:/);
    expect(await popup.locator('body').innerText()).not.toContain(BREACHED_PASSWORD);
    await browser.screenshot(popup, TEST, 'password-found');
    await popup.close();
  });

  it('says a password that is not in the list is not found', async () => {
    typed.push(sha1Identifier(CLEAN_PASSWORD, pwnedSha1(CLEAN_PASSWORD)));
    const popup = await browser.openPopup();
    await passwordMode(popup);
    await popup.getByLabel('Password to check').fill(CLEAN_PASSWORD);
    await popup.getByRole('button', { name: 'Check privately' }).click();
    const summary = await checkSummary(popup);
    expect(summary).toMatch(/^Not found: .* is in none of the sources checked\. /);
    expect(await resultCard(popup, PWNED_SOURCE).innerText()).toContain('Not found');
    await browser.screenshot(popup, TEST, 'password-not-found');
    await popup.close();
  });
});

describe('privacy on the real thing', () => {
  it('sends each source only hash prefixes', () => {
    const sent = typed.filter((id) => id.fullHash !== '');
    // The publisher's log: source.json and range files named by a short prefix, nothing else.
    expect(ranges.accessLog.length).toBeGreaterThan(0);
    for (const line of ranges.accessLog)
      expect(line).toMatch(/^GET \/(source\.json|ranges\/pesel\/[0-9A-F]{1,5}\.txt) \d{3}$/);
    const prefixes = ranges.accessLog.flatMap((line) => /ranges\/pesel\/(\w+)\.txt/.exec(line)?.[1] ?? []);
    expect(new Set(prefixes)).toEqual(
      new Set(sent.filter((id) => id.kind === 'pesel').map((id) => id.prefix)),
    );
    expect(leaksIn(ranges.accessLog, typed)).toEqual([]);

    // The Pwned Passwords stand-in saw five hex characters per password, with padding asked for.
    const pwned = web.requests.filter((r) => r.host === PWNED_PASSWORDS_HOST);
    expect(pwned.map((r) => r.path).toSorted()).toEqual(
      sent
        .filter((id) => id.kind === 'password')
        .map((id) => `/range/${id.prefix}`)
        .toSorted(),
    );
    expect(pwned.every((r) => r.headers['add-padding'] === 'true')).toBe(true);
    const everything = web.requests.map((r) => `${r.path} ${JSON.stringify(r.headers)}`);
    expect(leaksIn(everything, typed)).toEqual([]);
  });

  it('leaves none of the typed identifiers anywhere in the browser profile', async () => {
    closed = true;
    const report = await browser.closeAndSweep(sweepNeedles(typed.filter((id) => id.typed.length >= 6)));
    expect(report.filesScanned).toBeGreaterThan(20);
    expect(report.findings).toEqual([]);
  });
});
