import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectKinds, parseIdentifier } from '../../../src/core/index.ts';
import type { BreachRef } from '../../../src/core/range/types.ts';
import { seededRandom, SYNTHETIC } from '../../../src/core/synthetic/index.ts';
import {
  buildOprfListSource,
  generateOprfKey,
  writeOprfKeyFile,
  type OprfRecord,
} from '../../../src/publisher/oprf/index.ts';
import { startServer, type RunningServer } from '../../../src/publisher/serve/start-server.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { maskedOf } from '../support/scenario-demo-source.ts';
import {
  answerCountryQuestion,
  checkIdentifier,
  escapeRegExp,
  identifierField,
  resultCard,
  results,
} from '../support/scenario-popup.ts';
import { openWatchlistTab, watchLastCheck, watchedEntry } from '../support/scenario-watchlist.ts';

// A person checks PESELs against a keyed source in the whole-list layout, built by the publisher's own
// code and served by its own server on 127.0.0.1. Whatever is checked, the server sees the same GET of
// the same list and a POST of a blinded element: nothing in any request depends on the identifier.
// The browser is a parameter (E2E_BROWSER, see support/any-browser.ts); Chromium by default.

const TEST = 'oprf-list';
const SOURCE_NAME = 'Keyed list source (synthetic)';
const MONITOR_ALARM = 'exposure-check/monitor';
const BREACHES: BreachRef[] = [
  {
    id: 'list-lab-2026',
    title: 'List lab breach (synthetic)',
    operator: 'Demo Lab',
    date: '2026-03-01',
    dataClasses: ['national-id'],
  },
  {
    id: 'list-clinic-2025',
    title: 'List clinic leak (synthetic)',
    operator: 'Demo Clinic',
    date: '2025-05-01',
    dataClasses: ['national-id', 'name'],
  },
];

interface Sample {
  typed: string;
  canonical: string;
}

function samples(count: number, seed: number): Sample[] {
  const random = seededRandom(seed);
  const seen = new Map<string, Sample>();
  for (let tries = 0; seen.size < count && tries < 10_000; tries++) {
    const typed = SYNTHETIC.pesel(random);
    const parsed = parseIdentifier('pesel', typed);
    if (parsed.ok && detectKinds(typed)[0] === 'pesel')
      seen.set(parsed.canonical, { typed, canonical: parsed.canonical });
  }
  return [...seen.values()];
}

/** A one-digit typo of a PESEL that fails its check digit and still reads as a PESEL. */
function mistyped(pesel: string): string {
  for (let i = 0; i < pesel.length; i++) {
    for (const digit of '0123456789') {
      const candidate = pesel.slice(0, i) + digit + pesel.slice(i + 1);
      const parsed = parseIdentifier('pesel', candidate);
      if (!parsed.ok && parsed.error.code === 'checksum' && detectKinds(candidate)[0] === 'pesel')
        return candidate;
    }
  }
  throw new Error('test data: no typo found');
}

const people = samples(8, 707);
const [inBoth, inLab, clean] = [people[0]!, people[1]!, people[7]!];
let workDir: string;
let server: RunningServer;
const accessLog: string[] = [];
let browser: E2EBrowser;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'exposure-check-oprf-list-'));
  const sourceDir = join(workDir, 'served');
  const keyPath = join(workDir, 'secret', 'source.key.json');
  const key = generateOprfKey(new Date('2026-06-01T00:00:00Z'));
  await writeOprfKeyFile(keyPath, key, [sourceDir]);
  const records: OprfRecord[] = people
    .slice(0, 7)
    .map((p) => ({ kind: 'pesel', canonical: p.canonical, breach: 0 }));
  records.push({ kind: 'pesel', canonical: inBoth.canonical, breach: 1 });
  await buildOprfListSource({
    outDir: sourceDir,
    key,
    keyPath,
    kinds: ['pesel'],
    records,
    meta: {
      id: 'keyed-list-demo',
      name: SOURCE_NAME,
      publisher: 'Exposure Check e2e',
      breaches: BREACHES,
      updated: '2026-06-01T00:00:00.000Z',
    },
  });
  server = await startServer(sourceDir, {
    oprfKeyFile: keyPath,
    log: (line) => void accessLog.push(line.trimEnd()),
  });
  browser = await launchAnyExtensionBrowser({
    browser: scenarioBrowser(),
    grantOptionalHosts: ['http://127.0.0.1/*'],
  });
  const page = await browser.openOptions(`add-source=${encodeURIComponent(server.sourceUrl)}`);
  const preview = page.getByRole('region', { name: `Preview: ${SOURCE_NAME}` });
  await preview.waitFor({ timeout: 15_000 });
  expect(await preview.innerText()).toContain('Reveals nothing about what you check');
  await preview.getByRole('button', { name: 'Allow access and add' }).click();
  await page.getByText(`${SOURCE_NAME} was added.`).waitFor({ timeout: 15_000 });
  await browser.screenshot(page, TEST, 'added');
  await page.close();
  // A person in Poland: an 11-digit number that is also valid elsewhere is their PESEL.
  const first = await browser.openPopup();
  await answerCountryQuestion(first, 'PL');
  await first.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

const checked: Sample[] = [];
/** Log lines written while `run` ran. */
async function logOf(run: () => Promise<void>): Promise<string[]> {
  const before = accessLog.length;
  await run();
  return accessLog.slice(before);
}

async function check(sample: Sample): Promise<{ summary: string; card: string; log: string[] }> {
  checked.push(sample);
  let summary = '';
  let card = '';
  const log = await logOf(async () => {
    const popup = await browser.openPopup();
    summary = await checkIdentifier(popup, sample.typed);
    card = await resultCard(popup, SOURCE_NAME).innerText();
    expect(await popup.locator('body').innerText()).not.toContain(sample.canonical);
    await browser.screenshot(popup, TEST, summary.startsWith('Found') ? 'found' : 'not-found');
    await popup.close();
  });
  return { summary, card, log };
}

describe('checking PESELs against a keyed whole-list source', () => {
  it('finds a PESEL in both breaches and names them', async () => {
    const { summary, card } = await check(inBoth);
    // The verdict's wording belongs to the popup; what matters here is found, and for which PESEL.
    expect(summary).toMatch(new RegExp(`^Found: ${escapeRegExp(maskedOf('pesel', inBoth.typed))} `));
    expect(card).toContain(BREACHES[0]!.title);
    expect(card).toContain(BREACHES[1]!.title);
  });

  it('names only the breach a PESEL is in', async () => {
    const { card } = await check(inLab);
    expect(card).toContain(BREACHES[0]!.title);
    expect(card).not.toContain(BREACHES[1]!.title);
  });

  it('says a clean PESEL is not found', async () => {
    const { summary } = await check(clean);
    expect(summary).toMatch(
      new RegExp(
        `^Not found: ${escapeRegExp(maskedOf('pesel', clean.typed))} is in none of the sources checked`,
      ),
    );
  });

  it('explains a mistyped PESEL on the device and sends nothing', async () => {
    const typo = mistyped(inLab.canonical);
    const log = await logOf(async () => {
      const popup = await browser.openPopup();
      // Named as a PESEL: a mistyped number need not be recognised by detection.
      await identifierField(popup).fill(typo);
      await popup.getByLabel('Kind').selectOption('pesel');
      await popup.getByRole('button', { name: 'Check privately' }).click();
      await popup.getByText(/^The check digit does not match\b.*mistyped\.$/).waitFor();
      expect(await identifierField(popup).getAttribute('aria-invalid')).toBe('true');
      expect(await results(popup).getByRole('article').count()).toBe(0);
      await popup.waitForTimeout(500);
      await popup.close();
    });
    expect(log).toEqual([]);
  });

  it('shows the server the same GET path for every identifier, and evaluation POSTs only', () => {
    expect(checked).toHaveLength(3);
    const listGet = /^GET \/lists\/pesel\.bin (200|304)$/;
    const evaluation = /^POST evaluate 200 pesel \d+ms$/;
    const descriptor = /^GET \/source\.json (200|304)$/;
    for (const line of accessLog)
      expect(line).toMatch(new RegExp(`${listGet.source}|${evaluation.source}|${descriptor.source}`));
    expect(accessLog.filter((l) => evaluation.test(l))).toHaveLength(checked.length);
    const paths = new Set(accessLog.filter((l) => l.startsWith('GET /lists/')).map((l) => l.split(' ')[1]));
    expect([...paths]).toEqual(['/lists/pesel.bin']);
    const forms = checked.flatMap((s) => [s.typed, s.canonical, s.canonical.slice(0, 6)]);
    expect(accessLog.filter((line) => forms.some((form) => line.includes(form)))).toEqual([]);
  });

  it('re-checks a watched PESEL with the list GET alone: no evaluation', async () => {
    const popup = await browser.openPopup();
    expect(await checkIdentifier(popup, inLab.typed)).toMatch(/^Found: /);
    await watchLastCheck(popup, maskedOf('pesel', inLab.typed));
    await popup.close();
    const before = accessLog.length;
    await browser.background.fireAlarmNow(MONITOR_ALARM);
    await expect
      .poll(() => accessLog.slice(before).some((l) => l.startsWith('GET /lists/')), { timeout: 20_000 })
      .toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const log = accessLog.slice(before);
    expect(log.some((l) => /^GET \/lists\/pesel\.bin (200|304)$/.test(l))).toBe(true);
    expect(log.filter((l) => l.startsWith('POST'))).toEqual([]);
    const watch = await browser.openPopup();
    const list = await openWatchlistTab(watch);
    expect(await watchedEntry(list, maskedOf('pesel', inLab.typed)).innerText()).toContain(
      'Found in a breach',
    );
    await watch.close();
  });
});
