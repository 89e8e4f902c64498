import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseIdentifier, type IdentifierKind } from '../../../src/core/index.ts';
import { buildSource, resolvePlan } from '../../../src/publisher/index.ts';
import type { BuildReport } from '../../../src/publisher/index.ts';
import type { E2EBrowser } from './e2e-browser.ts';
import type { ExtensionBrowser } from './extension-browser.ts';
import type { UiPage } from './ui-page.ts';
import type { DemoResult } from './range-server.ts';

/** What the demo calls its source (see src/publisher/demo/run-demo.ts). */
export const DEMO_SOURCE_NAME = 'Demo lab and clinic breaches (synthetic)';
export const DEMO_LAB_BREACH = 'Demo Diagnostics lab breach (synthetic)';
export const DEMO_CLINIC_BREACH = 'Demo Clinic appointment leak (synthetic)';

/**
 * Adds a source the way a person does after following an `#add-source=<url>` link: the settings page
 * previews it, the person reads the preview and presses "Allow access and add". The browser must have
 * been launched with the source's host granted (grantOptionalHosts), as headless Chromium cannot show
 * the permission prompt. Returns the settings page, still showing the confirmation, for screenshots.
 */
export async function addSourceThroughSettings(
  browser: ExtensionBrowser,
  sourceUrl: string,
  onPreview?: (page: Page) => Promise<void>,
): Promise<Page>;
export async function addSourceThroughSettings(
  browser: E2EBrowser,
  sourceUrl: string,
  onPreview?: (page: UiPage) => Promise<void>,
): Promise<UiPage>;
export async function addSourceThroughSettings(
  browser: { openOptions(hash?: string): Promise<UiPage> },
  sourceUrl: string,
  // The page is the browser's own kind (a Playwright Page from an ExtensionBrowser), as the overloads say.
  onPreview?: ((page: Page) => Promise<void>) | ((page: UiPage) => Promise<void>),
): Promise<UiPage> {
  const page = await browser.openOptions(`add-source=${encodeURIComponent(sourceUrl)}`);
  const preview = page.getByRole('region', { name: `Preview: ${DEMO_SOURCE_NAME}` });
  await preview.waitFor({ timeout: 15_000 });
  await (onPreview as ((page: UiPage) => Promise<void>) | undefined)?.(page);
  await preview.getByRole('button', { name: 'Allow access and add' }).click();
  await page.getByText(`${DEMO_SOURCE_NAME} was added.`).waitFor({ timeout: 15_000 });
  return page;
}

/** The canonical form the engine hashes (digits only for a PESEL typed with spaces). */
export function canonicalOf(kind: IdentifierKind, typed: string): string {
  const parsed = parseIdentifier(kind, typed);
  if (!parsed.ok) throw new Error(`test data: not a valid ${kind} (${parsed.error.code})`);
  return parsed.canonical;
}

/** The masked hint the UI shows instead of the identifier, e.g. `•••••••••30`. */
export function maskedOf(kind: IdentifierKind, typed: string): string {
  const parsed = parseIdentifier(kind, typed);
  if (!parsed.ok) throw new Error(`test data: not a valid ${kind} (${parsed.error.code})`);
  return parsed.masked;
}

/**
 * Publishes an update of the demo source in place: the same plan as runDemo (same source id, salt,
 * work factor and prefix length, so stored watchlist keys stay valid, as docs/publishing.md asks of
 * publishers), with `extraPesels` added to the lab breach's records. The build swaps the new files in
 * at the end, so a server already serving the directory serves the update from its next request.
 */
export async function republishDemoWithPesels(
  demo: DemoResult,
  extraPesels: readonly string[],
): Promise<BuildReport> {
  const lab = join(demo.inputDir, 'lab-records.csv');
  const header = (await readFile(lab, 'utf8')).split('\n', 1)[0];
  if (header !== 'first_name,last_name,sample_date,pesel') {
    throw new Error(`the demo's lab records changed shape (header "${header}"); update this helper`);
  }
  await appendFile(lab, extraPesels.map((pesel) => `Ewa,Nowak,2026-02-01,${pesel}\n`).join(''));
  const previous = demo.report.descriptor;
  const iterations = 'iterations' in previous.hash ? previous.hash.iterations : undefined;
  const plan = resolvePlan(
    {
      sourceId: previous.id,
      name: previous.name,
      publisher: previous.publisher,
      iterations,
      prefixBits: previous.buckets['pesel']?.prefixBits,
      out: demo.sourceDir,
      inputs: [
        { file: 'lab-records.csv', kinds: ['pesel'], breach: 'lab-breach.json' },
        { file: 'clinic-records.csv', kinds: ['pesel'], breach: 'clinic-breach.json' },
      ],
    },
    demo.inputDir,
  );
  return buildSource(plan);
}
