import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../src/core/index.ts';
import { oprfPublicPrefix } from '../../../src/core/oprf/index.ts';
import type { BreachRef } from '../../../src/core/range/types.ts';
import { seededRandom, SYNTHETIC } from '../../../src/core/synthetic/index.ts';
import {
  buildOprfSource,
  generateOprfKey,
  writeOprfKeyFile,
  type OprfRecord,
} from '../../../src/publisher/oprf/index.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import { startServer, type RunningServer } from '../../../src/publisher/serve/start-server.ts';
import { maskedOf } from '../support/scenario-demo-source.ts';
import { checkIdentifier, escapeRegExp, resultCard } from '../support/scenario-popup.ts';

// A person checks a PESEL, a CPR and a BSN against a keyed (xc-oprf-v1) source that the publisher's own
// code built and its own server serves on 127.0.0.1, evaluation endpoint included. The popup must read
// exactly as for the other schemes; the server's log must hold bucket prefixes and evaluations only.
// Runs in Chromium and in Firefox (vitest projects e2e and e2e-firefox).

const TEST = 'oprf';
const SOURCE_NAME = 'Keyed demo source (synthetic)';
const KINDS = ['pesel', 'cpr', 'bsn'] as const;
type Kind = (typeof KINDS)[number];
/** Small buckets keep the build to a few hundred files; the client reads prefixBits from source.json. */
const PREFIX_BITS = { pesel: 6, cpr: 6, bsn: 5 } as const;
const BREACHES: BreachRef[] = [
  {
    id: 'keyed-lab-2026',
    title: 'Keyed lab breach (synthetic)',
    operator: 'Demo Lab',
    date: '2026-03-01',
    dataClasses: ['national-id'],
  },
  {
    id: 'keyed-clinic-2025',
    title: 'Keyed clinic leak (synthetic)',
    operator: 'Demo Clinic',
    date: '2025-05-01',
    dataClasses: ['national-id', 'name'],
  },
];

interface Sample {
  kind: Kind;
  /** As the generator formats it (CPR with a hyphen, BSN sometimes with dots): what a person types. */
  typed: string;
  canonical: string;
}

/** `count` distinct valid identifiers of `kind`, the same for every run. */
function samples(kind: Kind, count: number, seed: number): Sample[] {
  const random = seededRandom(seed);
  const seen = new Map<string, Sample>();
  for (let tries = 0; seen.size < count && tries < 10_000; tries++) {
    const typed = SYNTHETIC[kind](random);
    const parsed = parseIdentifier(kind, typed);
    if (parsed.ok) seen.set(parsed.canonical, { kind, typed, canonical: parsed.canonical });
  }
  if (seen.size < count) throw new Error(`test data: the ${kind} generator gave too few valid values`);
  return [...seen.values()];
}

let workDir: string;
let ranges: RunningServer;
/** The publisher's access log, one line per request, evaluations included. */
const accessLog: string[] = [];
let browser: E2EBrowser;
/** Per kind: [0] in the lab breach only, [1] in both, [2..] in the lab breach as filler, last one clean. */
const byKind = new Map<Kind, Sample[]>();
const checked: Sample[] = [];

async function publishKeyedSource(): Promise<string> {
  const sourceDir = join(workDir, 'served');
  const keyPath = join(workDir, 'secret', 'source.key.json'); // outside the served directory
  const key = generateOprfKey(new Date('2026-06-01T00:00:00Z'));
  await writeOprfKeyFile(keyPath, key, [sourceDir]);
  const records: OprfRecord[] = [];
  KINDS.forEach((kind, i) => {
    const list = samples(kind, 6, 101 + i);
    byKind.set(kind, list);
    for (const s of list.slice(0, -1)) records.push({ kind, canonical: s.canonical, breach: 0 });
    records.push({ kind, canonical: list[1]!.canonical, breach: 1 });
  });
  await buildOprfSource({
    outDir: sourceDir,
    key,
    keyPath,
    kinds: KINDS,
    records,
    prefixBits: PREFIX_BITS,
    meta: {
      id: 'keyed-demo',
      name: SOURCE_NAME,
      publisher: 'Exposure Check e2e',
      breaches: BREACHES,
      updated: '2026-06-01T00:00:00.000Z',
    },
  });
  ranges = await startServer(sourceDir, {
    oprfKeyFile: keyPath,
    log: (line) => void accessLog.push(line.trimEnd()),
  });
  return ranges.sourceUrl;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'exposure-check-oprf-'));
  const sourceUrl = await publishKeyedSource();
  browser = await launchAnyExtensionBrowser({
    browser: scenarioBrowser(),
    grantOptionalHosts: ['http://127.0.0.1/*'],
  });
  const page = await browser.openOptions(`add-source=${encodeURIComponent(sourceUrl)}`);
  const preview = page.getByRole('region', { name: `Preview: ${SOURCE_NAME}` });
  await preview.waitFor({ timeout: 15_000 });
  await preview.getByRole('button', { name: 'Allow access and add' }).click();
  await page.getByText(`${SOURCE_NAME} was added.`).waitFor({ timeout: 15_000 });
  await browser.screenshot(page, TEST, 'added');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await ranges?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

/** Opens the popup, picks the kind (a CPR also reads as other 10-digit numbers) and checks. */
async function check(sample: Sample): Promise<{ summary: string; card: string }> {
  checked.push(sample);
  const popup = await browser.openPopup();
  await popup.getByLabel('Kind').selectOption(sample.kind);
  const summary = await checkIdentifier(popup, sample.typed);
  const card = await resultCard(popup, SOURCE_NAME).innerText();
  expect(await popup.locator('body').innerText()).not.toContain(sample.canonical);
  const found = summary.startsWith('Found') ? 'found' : 'not-found';
  await browser.screenshot(popup, TEST, `${sample.kind}-${found}`);
  await popup.close();
  return { summary, card };
}

const sampleOf = (kind: Kind, index: number): Sample => {
  const list = byKind.get(kind) ?? [];
  const sample = index < 0 ? list.at(index) : list[index];
  if (sample === undefined) throw new Error(`test data: no ${kind} sample ${index}`);
  return sample;
};

describe('checking national IDs against a keyed (xc-oprf-v1) source', () => {
  it.each(KINDS)('finds a breached %s and names its breaches', async (kind) => {
    const sample = sampleOf(kind, 1);
    const { summary, card } = await check(sample);
    const hint = maskedOf(kind, sample.typed);
    expect(summary).toBe(`Found: ${hint} is in leaked data. Breaches it appears in: 2`);
    expect(card).toContain('Found in a breach');
    expect(card).toContain(BREACHES[0]!.title);
    expect(card).toContain(BREACHES[1]!.title);
    expect(card).toContain('Breaches it appears in: 2');
  });

  it('names only the breach a PESEL is in', async () => {
    const { card } = await check(sampleOf('pesel', 0));
    expect(card).toContain(BREACHES[0]!.title);
    expect(card).not.toContain(BREACHES[1]!.title);
  });

  it.each(KINDS)('says a clean %s is not found', async (kind) => {
    const sample = sampleOf(kind, -1);
    const { summary, card } = await check(sample);
    expect(summary).toMatch(
      new RegExp(
        `^Not found: ${escapeRegExp(maskedOf(kind, sample.typed))} is in none of the sources checked\\. `,
      ),
    );
    expect(card).toContain('Not found');
  });

  it('sends the server only bucket prefixes and blinded evaluations', async () => {
    expect(checked.length).toBe(7);
    const log = accessLog;
    const rangeLine = /^GET \/(source\.json|ranges\/(pesel|cpr|bsn)\/[0-9A-F]{1,2}\.txt) \d{3}$/;
    const evaluateLine = /^POST evaluate 200 (pesel|cpr|bsn) \d+ms$/;
    for (const line of log) expect(line).toMatch(new RegExp(`${rangeLine.source}|${evaluateLine.source}`));
    // One evaluation per check, and the buckets asked for are exactly the checked identifiers' prefixes.
    expect(log.filter((line) => evaluateLine.test(line))).toHaveLength(checked.length);
    const expected = await Promise.all(
      checked.map(
        async (s) => `${s.kind}/${await oprfPublicPrefix(s.kind, s.canonical, PREFIX_BITS[s.kind])}`,
      ),
    );
    const asked = log.flatMap((line) => /ranges\/(\w+\/\w+)\.txt/.exec(line)?.[1] ?? []);
    expect(new Set(asked)).toEqual(new Set(expected));
    const forms = checked.flatMap((s) => [s.typed, s.canonical]);
    expect(log.filter((line) => forms.some((form) => line.includes(form)))).toEqual([]);
  });
});
