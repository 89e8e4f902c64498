import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC, seededRandom } from '../../../src/core/synthetic/index.ts';
import { buildSource, resolvePlan, type BuildReport } from '../../../src/publisher/index.ts';
import { launchAnyExtensionBrowser, scenarioBrowser } from '../support/any-browser.ts';
import type { E2EBrowser } from '../support/e2e-browser.ts';
import {
  publishDemoSource,
  startRangeServer,
  type DemoResult,
  type RangeServer,
} from '../support/range-server.ts';
import {
  DEMO_LAB_BREACH,
  addSourceThroughSettings,
  canonicalOf,
  maskedOf,
  republishDemoWithPesels,
} from '../support/scenario-demo-source.ts';
import { checkIdentifier } from '../support/scenario-popup.ts';
import { sweepNeedles, xcV1Identifier, type TypedIdentifier } from '../support/scenario-privacy.ts';
import { openWatchlistTab, watchLastCheck, watchedEntry } from '../support/scenario-watchlist.ts';

// A publisher updates a source the person has saved. First the update only adds a record to an existing
// breach, and "Check all again now" a moment after a check must see it (no bucket reused from that
// check). Then the publisher appends a NEW breach, as docs/publishing.md asks, with a clean watched
// PESEL in it: the monitoring run must read the new source.json, notify once and name the new breach.
// Runs in Chromium and in Firefox (vitest projects e2e and e2e-firefox).

const TEST = 'source-update';
const MONITOR_ALARM = 'exposure-check/monitor'; // src/platform/monitor-alarm.ts
const NEW_BREACH_ID = 'demo-pharmacy-2026';
const NEW_BREACH_TITLE = 'Demo Pharmacy prescription leak (synthetic)';

let workDir: string;
let demo: DemoResult;
let ranges: RangeServer;
let browser: E2EBrowser;
let closed = false;
let rechecked: TypedIdentifier;
let watched: TypedIdentifier;
let bystander: TypedIdentifier;
const hint = (id: TypedIdentifier): string => maskedOf('pesel', id.typed);

/**
 * Rebuilds the demo source with the same id, salt, work factor and prefix length, and a third breach
 * appended after the lab and clinic breaches, holding `pesels`.
 */
async function republishWithNewBreach(pesels: readonly string[]): Promise<BuildReport> {
  const lab = JSON.parse(await readFile(join(demo.inputDir, 'lab-breach.json'), 'utf8')) as object;
  const breach = {
    ...lab,
    id: NEW_BREACH_ID,
    title: NEW_BREACH_TITLE,
    operator: 'Demo Pharmacy (fictional)',
  };
  await writeFile(join(demo.inputDir, 'pharmacy-breach.json'), `${JSON.stringify(breach, null, 2)}\n`);
  const rows = pesels.map((pesel) => `Jan,Kowalski,2026-05-01,${pesel}\n`).join('');
  await writeFile(
    join(demo.inputDir, 'pharmacy-records.csv'),
    `first_name,last_name,sample_date,pesel\n${rows}`,
  );
  const previous = demo.report.descriptor;
  const plan = resolvePlan(
    {
      sourceId: previous.id,
      name: previous.name,
      publisher: previous.publisher,
      iterations: 'iterations' in previous.hash ? previous.hash.iterations : undefined,
      prefixBits: previous.buckets['pesel']?.prefixBits,
      out: demo.sourceDir,
      inputs: [
        { file: 'lab-records.csv', kinds: ['pesel'], breach: 'lab-breach.json' },
        { file: 'clinic-records.csv', kinds: ['pesel'], breach: 'clinic-breach.json' },
        { file: 'pharmacy-records.csv', kinds: ['pesel'], breach: 'pharmacy-breach.json' },
      ],
    },
    demo.inputDir,
  );
  return buildSource(plan);
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'exposure-check-scenario-'));
  demo = await publishDemoSource(join(workDir, 'demo'), { kinds: ['pesel'] });
  // Three PESELs in no breach (synthetic, checked against the demo's records), with distinct masked
  // hints, so each watched entry can be found by its heading.
  const records = (
    await Promise.all(
      ['lab-records.csv', 'clinic-records.csv'].map((f) => readFile(join(demo.inputDir, f), 'utf8')),
    )
  ).join('\n');
  const picked: string[] = [];
  for (let seed = 7001; picked.length < 3; seed++) {
    const pesel = SYNTHETIC.pesel(seededRandom(seed));
    const canonical = canonicalOf('pesel', pesel);
    if (records.includes(canonical)) continue;
    if (picked.some((p) => maskedOf('pesel', p) === maskedOf('pesel', pesel))) continue;
    picked.push(pesel);
  }
  const [a, b, c] = picked as [string, string, string];
  rechecked = await xcV1Identifier(demo, a);
  watched = await xcV1Identifier(demo, b);
  bystander = await xcV1Identifier(demo, c);
  ranges = await startRangeServer(demo.sourceDir);
  browser = await launchAnyExtensionBrowser({
    browser: scenarioBrowser(),
    grantOptionalHosts: ['http://127.0.0.1/*'],
  });
  await (await addSourceThroughSettings(browser, ranges.sourceUrl)).close();
});

afterAll(async () => {
  if (!closed) await browser?.close();
  await ranges?.close();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

describe('a saved source that its publisher updates', () => {
  it('"Check all again now" right after a check sees an update published in between', async () => {
    const popup = await browser.openPopup();
    expect(await checkIdentifier(popup, rechecked.typed)).toMatch(/^Not found: /);
    await watchLastCheck(popup, hint(rechecked));
    await republishDemoWithPesels(demo, [rechecked.canonical]);

    const list = await openWatchlistTab(popup);
    await list.getByRole('button', { name: 'Check all again now' }).click();
    const entry = watchedEntry(list, hint(rechecked));
    await expect.poll(() => entry.innerText(), { timeout: 20_000 }).toContain('Found in a breach');
    expect(await entry.innerText()).toContain(DEMO_LAB_BREACH);
    await browser.screenshot(popup, TEST, 'recheck-sees-update');
    await popup.close();
  });

  it('a monitoring run reads the new source.json and announces a finding in an appended breach', async () => {
    const popup = await browser.openPopup();
    expect(await checkIdentifier(popup, watched.typed)).toMatch(/^Not found: /);
    await watchLastCheck(popup, hint(watched));
    await popup.close();

    const update = await republishWithNewBreach([watched.canonical, bystander.canonical]);
    expect(update.descriptor.breaches.map((b) => b.id)).toEqual([
      ...demo.report.descriptor.breaches.map((b) => b.id),
      NEW_BREACH_ID,
    ]);
    expect(update.descriptor.hash).toEqual(demo.report.descriptor.hash);

    await browser.background.spyOnNotifications();
    await browser.background.fireAlarmNow(MONITOR_ALARM);
    await expect.poll(() => browser.background.recordedNotifications(), { timeout: 20_000 }).toHaveLength(1);
    const [note] = await browser.background.recordedNotifications();
    expect(note?.options.message).toBe(
      `${hint(watched)} appeared in 1 new breach record(s). Open Exposure Check to see what to do.`,
    );

    const after = await browser.openPopup();
    const list = await openWatchlistTab(after);
    const shown = await watchedEntry(list, hint(watched)).innerText();
    expect(shown).toContain('Found in a breach');
    expect(shown).toContain(NEW_BREACH_TITLE);
    expect(await watchedEntry(list, hint(rechecked)).innerText()).not.toContain(NEW_BREACH_TITLE);
    await browser.screenshot(after, TEST, 'new-breach-finding');
    await after.close();
    expect(ranges.accessLog.filter((line) => line.startsWith('GET /source.json')).length).toBeGreaterThan(1);
  });

  it('leaves no identifier nor its full hash in the browser profile', async () => {
    closed = true;
    const report = await browser.closeAndSweep(sweepNeedles([rechecked, watched, bystander]));
    expect(report.findings).toEqual([]);
  });
});
