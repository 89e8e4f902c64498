import { describe, expect, it, vi } from 'vitest';
import { MONITOR_ALARM_NAME } from '../../../../src/platform/monitor-alarm.ts';
import { backgroundWithDemoSource } from '../../../support/background-fixture.ts';
import { SAMPLE } from '../../../support/sample-identifiers.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function watching() {
  const bg = await backgroundWithDemoSource();
  const { entry } = await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel });
  return { ...bg, entry };
}

const alarmAt = (bg: Awaited<ReturnType<typeof watching>>) =>
  bg.browser.alarms.get(MONITOR_ALARM_NAME)?.scheduledTime;

describe('monitoring run', () => {
  it('a new finding raises one notification and the badge, naming the masked hint only', async () => {
    const bg = await watching();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    const summary = await bg.runMonitor();
    expect(summary).toMatchObject({ ran: true, newFindings: 1, failedChecks: 0 });
    expect(bg.browser.notifications).toHaveLength(1);
    expect(bg.browser.notifications[0]?.message).toContain(bg.entry.hint);
    expect(bg.browser.notifications[0]?.message).not.toContain(SAMPLE.pesel);
    expect(bg.browser.badge.text).toBe('1');
    const { records } = await bg.client.historyList({});
    expect(records[0]).toMatchObject({ trigger: 'monitor', watchlistEntryId: bg.entry.id });
  });

  it('the same finding again raises nothing', async () => {
    const bg = await watching();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    await bg.runMonitor();
    bg.clock.advance(DAY);
    expect((await bg.runMonitor()).newFindings).toBe(0);
    expect(bg.browser.notifications).toHaveLength(1);
  });

  it('a second breach for the same entry is new again', async () => {
    const bg = await watching();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    await bg.runMonitor();
    bg.range.found(bg.demo, ['demo-lab-2026', 'demo-shop-2025']);
    expect((await bg.runMonitor()).newFindings).toBe(1);
    expect(bg.browser.notifications).toHaveLength(2);
    expect(bg.browser.badge.text).toBe('2');
  });

  it('several entries with new findings in one run share one notification', async () => {
    const bg = await watching();
    await bg.client.watchlistAdd({ kind: 'email', input: SAMPLE.email });
    bg.range.found(bg.demo, ['demo-shop-2025']);
    expect((await bg.runMonitor()).newFindings).toBe(2);
    expect(bg.browser.notifications).toHaveLength(1);
  });

  it('findings already seen in the check before watching are not announced', async () => {
    const bg = await backgroundWithDemoSource();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    const report = await bg.client.check({ kind: 'pesel', input: SAMPLE.pesel });
    await bg.client.watchlistAdd({ kind: 'pesel', input: SAMPLE.pesel, checkId: report.checkId });
    expect((await bg.runMonitor()).newFindings).toBe(0);
    expect(bg.browser.notifications).toEqual([]);
  });

  it('an error never turns a finding into "clear": the last good result stays and the error is recorded', async () => {
    const bg = await watching();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    await bg.runMonitor();
    bg.range.script({ outcome: { status: 'error', code: 'network', message: 'Offline.' } });
    const summary = await bg.runMonitor();
    expect(summary.failedChecks).toBe(1);
    const [entry] = (await bg.client.watchlistList()).entries;
    expect(entry?.results[0]).toMatchObject({
      last: { status: 'found', breachIds: ['demo-lab-2026'] },
      lastError: { code: 'network', message: 'Offline.' },
    });
    expect(bg.browser.notifications).toHaveLength(1);
  });

  it('backs off exponentially after errors, never beyond the interval, and resets after success', async () => {
    const bg = await watching();
    bg.range.script({ outcome: { status: 'error', code: 'http', message: 'HTTP 503' } });
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = bg.clock.now().getTime();
      const { nextRunAt } = await bg.runMonitor();
      delays.push((Date.parse(nextRunAt ?? '') - start) / MINUTE);
      expect(alarmAt(bg)).toBe(Date.parse(nextRunAt ?? ''));
      bg.clock.set(nextRunAt ?? '');
    }
    expect(delays).toEqual([15, 30, 60, 120, 240, 480, 960, 1440, 1440]);
    expect((await bg.client.monitoringStatus()).state.consecutiveFailures).toBe(9);
    bg.range.reset();
    const start = bg.clock.now().getTime();
    const { nextRunAt } = await bg.runMonitor();
    expect(Date.parse(nextRunAt ?? '') - start).toBe(DAY);
    const { state } = await bg.client.monitoringStatus();
    expect(state.consecutiveFailures).toBe(0);
    expect(state.lastError).toBeUndefined();
  });

  it('honours Retry-After when it asks for longer than the backoff', async () => {
    const bg = await watching();
    bg.range.script({
      outcome: { status: 'error', code: 'rate-limited', message: 'Slow down.', retryAfterSeconds: 3 * 3600 },
    });
    const start = bg.clock.now().getTime();
    const { nextRunAt } = await bg.runMonitor();
    expect(Date.parse(nextRunAt ?? '') - start).toBe(3 * 3600 * 1000);
    expect((await bg.client.monitoringStatus()).state.lastError).toMatchObject({ code: 'rate-limited' });
  });

  it('a missing permission is recorded on the entry but is no reason to back off', async () => {
    const bg = await watching();
    bg.browser.granted.clear();
    const start = bg.clock.now().getTime();
    const { nextRunAt, failedChecks } = await bg.runMonitor();
    expect(failedChecks).toBe(0);
    expect(Date.parse(nextRunAt ?? '') - start).toBe(DAY);
    const [entry] = (await bg.client.watchlistList()).entries;
    expect(entry?.results[0]?.lastError?.code).toBe('permission-missing');
  });

  it('with notifications off, shows the badge but no notification', async () => {
    const bg = await watching();
    await bg.client.settingsUpdate({ patch: { notifications: false } });
    bg.range.found(bg.demo, ['demo-lab-2026']);
    await bg.runMonitor();
    expect(bg.browser.notifications).toEqual([]);
    expect(bg.browser.badge.text).toBe('1');
    expect(await bg.client.findingsAcknowledge()).toEqual({ acknowledged: 1 });
    expect(bg.browser.badge.text).toBe('');
  });

  it('does nothing and removes the alarm when monitoring is off', async () => {
    const bg = await watching();
    await bg.client.settingsUpdate({ patch: { monitoringEnabled: false } });
    expect((await bg.runMonitor()).ran).toBe(false);
    expect(bg.range.calls.length).toBe(1); // only the check made when the entry was added
    expect(alarmAt(bg)).toBeUndefined();
  });

  it('arms the next run before checking, so a worker killed mid-run wakes up again', async () => {
    const bg = await watching();
    let release: ((value: { status: 'not-found' }[]) => void) | undefined;
    bg.range.client.checkMany = () => new Promise((resolve) => (release = resolve));
    const start = bg.clock.now().getTime();
    const run = bg.runMonitor();
    await vi.waitFor(() => expect(alarmAt(bg)).toBe(start + 15 * MINUTE));
    release?.([{ status: 'not-found' }]);
    await run;
    expect(alarmAt(bg)).toBe(start + DAY);
  });

  it('runs when the alarm fires', async () => {
    const bg = await watching();
    bg.range.found(bg.demo, ['demo-lab-2026']);
    await vi.waitFor(() => expect(alarmAt(bg)).toBeDefined());
    bg.browser.fireAlarm(MONITOR_ALARM_NAME);
    await vi.waitFor(() => expect(bg.browser.notifications).toHaveLength(1));
  });
});
