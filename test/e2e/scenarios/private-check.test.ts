import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentSchema } from '../../../src/contracts/incidents/incident-schema.ts';
import { clickAccessible } from '../support/accessibility.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser.ts';
import { startLocalWeb, type LocalWeb } from '../support/local-web.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { publishDemoSource, type DemoResult } from '../support/range-server.ts';
import { DEMO_LAB_BREACH, DEMO_SOURCE_NAME, maskedOf } from '../support/scenario-demo-source.ts';
import { checkSummary, resultCard, typeAndCheck } from '../support/scenario-popup.ts';
import { leaksIn, sweepNeedles, xcV1Identifier, type TypedIdentifier } from '../support/scenario-privacy.ts';
import { saveScreenshot } from '../support/screenshots.ts';
import { htmlSite, staticSite } from '../support/sites.ts';

// An incident whose operator publishes a private check (`privateCheck: { sourceUrl }` in the catalogue;
// no real one exists yet). The catalogue entry comes from a test fixture, built into its own copy of
// the extension (EXPOSURE_CHECK_TEST_CATALOGUE, see vite.config.ts), so no test data reaches
// dist/chrome. The source is the publisher's demo build, served over https under the fixture's host.
// The person follows "Check privately against this breach's list" from the not-checkable answer's card
// and from the portal banner, sees the add-source preview, allows the host, and checks.

const TEST = 'private-check';
const FIXTURE = join(REPO_ROOT, 'test/e2e/fixtures/test-catalogue.json');
const BUILT = join(REPO_ROOT, 'dist/chrome-test-catalogue');
const PORTAL = 'private-check-lab.exposure-check.test';
const PRIVATE_CHECK = "Check privately against this breach's list";

let workDir: string;
let demo: DemoResult;
let web: LocalWeb;
let browser: ExtensionBrowser;
let sourceUrl: string;
let operator: string;
const typed: TypedIdentifier[] = [];

/** Builds the extension with the test catalogue: a few seconds, and never stale against the fixture. */
async function buildWithTestCatalogue(): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--mode', 'chrome'],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, EXPOSURE_CHECK_TEST_CATALOGUE: FIXTURE },
    },
  );
}

async function nextExtensionTab(fragment: string, action: () => Promise<void>): Promise<Page> {
  const opened = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().startsWith(browser.extensionUrl('')) && p.url().includes(fragment),
    timeout: 15_000,
  });
  await action();
  const page = await opened;
  await page.waitForLoadState('load');
  return page;
}

/** The add-source preview names the catalogue's source and asks before anything is added. */
async function preview(page: Page) {
  const region = page.getByRole('region', { name: `Preview: ${DEMO_SOURCE_NAME}` });
  await region.waitFor({ timeout: 15_000 });
  return region;
}

beforeAll(async () => {
  const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as { incidents: unknown[] };
  const incident = incidentSchema.parse(fixture.incidents[0]);
  if (incident.privateCheck === undefined) throw new Error('test data: the fixture has no privateCheck');
  sourceUrl = incident.privateCheck.sourceUrl;
  operator = incident.operators[0] ?? incident.id;
  workDir = await mkdtemp(join(tmpdir(), 'exposure-check-private-check-'));
  [demo] = await Promise.all([
    publishDemoSource(join(workDir, 'demo'), { kinds: ['pesel'] }),
    buildWithTestCatalogue(),
  ]);
  web = await startLocalWeb({
    [PORTAL]: htmlSite('Test lab', '<h1>Wyniki badań</h1>'),
    [new URL(sourceUrl).host]: staticSite(demo.sourceDir),
  });
  browser = await launchExtensionBrowser({
    extensionDir: BUILT,
    hostMap: web.hostMap(),
    // The person's "Allow" in the permission prompt, which headless Chromium cannot show.
    grantOptionalHosts: [`${new URL(sourceUrl).origin}/*`],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await web?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('a breach with a published private check', () => {
  it('the not-checkable answer’s card offers the private check and opens its preview', async () => {
    const popup = await browser.openPopup();
    const pesel = demo.present[0]!.value;
    typed.push(await xcV1Identifier(demo, pesel));
    await popup.getByLabel('Kind').selectOption('pesel');
    await typeAndCheck(popup, pesel);
    await checkSummary(popup);
    const card = popup.getByRole('article', { name: operator });
    await card.waitFor({ timeout: 15_000 });
    const settings = await nextExtensionTab('add-source=', () =>
      card.getByRole('link', { name: PRIVATE_CHECK }).click(),
    );
    await preview(settings);
    await saveScreenshot(settings, TEST, 'card-preview');
    await settings.close();
    await popup.close();

    // Nothing is added until the person agrees: the same PESEL is still not checkable.
    const again = await browser.openPopup();
    await again.getByLabel('Kind').selectOption('pesel');
    await typeAndCheck(again, pesel);
    await checkSummary(again);
    await again.getByRole('region', { name: /Not checkable privately yet/ }).waitFor();
    await again.close();
  });

  it('the portal banner offers it too; after consent and access the check finds the PESEL', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(`https://${PORTAL}/`);
    await portal.locator('exposure-check-banner').waitFor({ timeout: 10_000 });
    const settings = await nextExtensionTab('add-source=', () =>
      clickAccessible(portal, 'button', PRIVATE_CHECK),
    );
    expect(decodeURIComponent(settings.url())).toContain(sourceUrl);
    const region = await preview(settings);
    await saveScreenshot(settings, TEST, 'banner-preview');
    await region.getByRole('button', { name: 'Allow access and add' }).click();
    await settings.getByText(`${DEMO_SOURCE_NAME} was added.`).waitFor({ timeout: 15_000 });
    await saveScreenshot(settings, TEST, 'added');

    const pesel = demo.present.find((s) => s.breaches.includes('demo-lab-2026'))!.value;
    typed.push(await xcV1Identifier(demo, pesel));
    const popup = await browser.openPopup();
    await popup.getByLabel('Kind').selectOption('pesel');
    await typeAndCheck(popup, pesel);
    expect(await checkSummary(popup)).toContain(maskedOf('pesel', pesel));
    const found = resultCard(popup, DEMO_SOURCE_NAME);
    await found.waitFor({ timeout: 15_000 });
    expect(await found.innerText()).toContain(DEMO_LAB_BREACH);
    await saveScreenshot(popup, TEST, 'found');

    // Only prefixes went to the list's host; the profile holds nothing typed.
    const host = new URL(sourceUrl).host;
    const paths = web.requests.filter((r) => r.host === host).map((r) => r.path);
    expect(paths.some((p) => p !== '/source.json')).toBe(true);
    expect(leaksIn(paths, typed)).toEqual([]);
    const sweep = await browser.closeAndSweep(sweepNeedles(typed));
    expect(sweep.findings).toEqual([]);
  });
});
