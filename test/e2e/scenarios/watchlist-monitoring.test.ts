import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  maskedOf,
  republishDemoWithPesels,
} from '../support/scenario-demo-source.ts';
import { checkIdentifier } from '../support/scenario-popup.ts';
import { sweepNeedles, xcV1Identifier, type TypedIdentifier } from '../support/scenario-privacy.ts';
import { openWatchlistTab, watchLastCheck, watchedEntry } from '../support/scenario-watchlist.ts';

// A person watches two PESEL numbers (one already breached, one clean), restarts the browser and finds
// the watchlist intact. Then the publisher updates the source with the clean number in the lab breach,
// the monitoring alarm fires, and the extension notifies about that one number only. Runs in Chromium
// (the background is a service worker) and in Firefox (an event page), vitest projects e2e / e2e-firefox.

const TEST = 'watchlist';
const MONITOR_ALARM = 'exposure-check/monitor'; // src/platform/monitor-alarm.ts
const NOTIFICATION_ID = 'exposure-check/new-findings'; // src/platform/notifier.ts

let workDir: string;
let demo: DemoResult;
let ranges: RangeServer;
let browser: E2EBrowser;
let closed = false;
let breached: TypedIdentifier;
let clean: TypedIdentifier;
const hint = (id: TypedIdentifier): string => maskedOf('pesel', id.typed);

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'exposure-check-scenario-'));
  demo = await publishDemoSource(join(workDir, 'demo'), { kinds: ['pesel'] });
  const labOnly = demo.present.find((s) => s.breaches.join() === 'demo-lab-2026');
  const absent = demo.absent.find(
    (s) => maskedOf('pesel', s.value) !== maskedOf('pesel', labOnly?.value ?? ''),
  );
  if (labOnly === undefined || absent === undefined) throw new Error('test data: demo samples changed');
  breached = await xcV1Identifier(demo, labOnly.value);
  clean = await xcV1Identifier(demo, absent.value);
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

describe('the watchlist', () => {
  it('keeps what a person watches, shown by masked hints only, across a browser restart', async () => {
    for (const [id, verdict] of [
      [breached, 'Found: '],
      [clean, 'Not found: '],
    ] as const) {
      const popup = await browser.openPopup();
      expect(await checkIdentifier(popup, id.typed)).toMatch(new RegExp(`^${verdict}`));
      await watchLastCheck(popup, hint(id));
      await popup.close();
    }

    await browser.restart();
    const popup = await browser.openPopup();
    const list = await openWatchlistTab(popup);
    expect(
      await list
        .getByRole('listitem')
        .filter({ has: popup.getByRole('heading') })
        .count(),
    ).toBe(2);
    const found = await watchedEntry(list, hint(breached)).innerText();
    expect(found).toContain('Found in a breach');
    expect(found).toContain(DEMO_LAB_BREACH);
    expect(await watchedEntry(list, hint(clean)).innerText()).toContain('Not found');
    expect(await list.innerText()).toContain('Checked again automatically every day.');
    const text = await popup.locator('body').innerText();
    for (const id of [breached, clean]) expect(text).not.toContain(id.canonical);
    await browser.screenshot(popup, TEST, 'after-restart');
    await popup.close();
    expect(await browser.background.badgeText()).toBe('');
  });
});

describe('monitoring', () => {
  it('finds a newly published record, notifies about that identifier only, and badges it until seen', async () => {
    const before = demo.report.descriptor;
    const update = await republishDemoWithPesels(demo, [clean.canonical]);
    // An update that keeps the hashing and breach order keeps stored watchlist keys valid
    // (docs/publishing.md, "Updating"); appending breaches is covered by source-update.test.ts.
    expect(update.descriptor.hash).toEqual(before.hash);
    expect(update.descriptor.buckets).toEqual(before.buckets);
    expect(update.descriptor.breaches.map((b) => b.id)).toEqual(before.breaches.map((b) => b.id));

    const background = browser.background;
    await background.spyOnNotifications();
    await background.fireAlarmNow(MONITOR_ALARM);
    await expect.poll(() => background.recordedNotifications(), { timeout: 20_000 }).toHaveLength(1);
    const [note] = await background.recordedNotifications();
    expect(note?.id).toBe(NOTIFICATION_ID);
    expect(note?.options.title).toBe('New breach finding');
    expect(note?.options.message).toBe(
      `${hint(clean)} appeared in 1 new breach record(s). Open Exposure Check to see what to do.`,
    );
    expect(await background.activeNotificationIds()).toContain(NOTIFICATION_ID);
    await expect.poll(() => background.badgeText()).toBe('1');

    const popup = await browser.openPopup();
    const list = await openWatchlistTab(popup);
    const entry = watchedEntry(list, hint(clean));
    const shown = await entry.innerText();
    expect(shown).toContain('Found in a breach');
    expect(shown).toContain('New');
    expect(shown).toContain(DEMO_LAB_BREACH);
    expect(await watchedEntry(list, hint(breached)).innerText()).not.toContain('New');
    await browser.screenshot(popup, TEST, 'new-finding');
    // Looking at the watchlist acknowledges the finding: the badge goes away.
    await expect.poll(() => background.badgeText()).toBe('');
    await popup.close();
  });

  it('leaves neither identifier nor its full hash in the browser profile', async () => {
    closed = true;
    const report = await browser.closeAndSweep(sweepNeedles([breached, clean]));
    expect(report.findings).toEqual([]);
  });
});
