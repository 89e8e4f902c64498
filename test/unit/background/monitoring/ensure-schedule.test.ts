import { describe, expect, it, vi } from 'vitest';
import { ensureMonitorSchedule } from '../../../../src/background/monitoring/ensure-schedule.ts';
import { nextRunAt } from '../../../../src/background/monitoring/backoff.ts';
import { MONITOR_ALARM_NAME } from '../../../../src/platform/monitor-alarm.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';

const HOUR = 3_600_000;
const NOW = new Date('2026-03-01T10:00:00.000Z');

async function setup(state?: object) {
  const bg = createInMemoryBackground({ now: NOW });
  // Let the start-up resync finish first, so it cannot overwrite the state set up here.
  await vi.waitFor(() => expect(bg.browser.alarms.get(MONITOR_ALARM_NAME)).toBeDefined());
  if (state !== undefined) await bg.deps.monitorState.set(state as never);
  await bg.browser.api.alarms.clear(MONITOR_ALARM_NAME);
  return bg;
}

describe('ensureMonitorSchedule', () => {
  it('on a fresh install, schedules the first run one interval from now', async () => {
    const bg = await setup({ consecutiveFailures: 0 });
    expect(await ensureMonitorSchedule(bg.deps)).toEqual(new Date(NOW.getTime() + 24 * HOUR));
    expect(bg.browser.alarms.get(MONITOR_ALARM_NAME)?.scheduledTime).toBe(NOW.getTime() + 24 * HOUR);
  });

  it('re-creates an alarm the browser dropped, from the last run', async () => {
    const bg = await setup({
      consecutiveFailures: 0,
      lastRunAt: new Date(NOW.getTime() - 5 * HOUR).toISOString(),
    });
    expect(await ensureMonitorSchedule(bg.deps)).toEqual(new Date(NOW.getTime() + 19 * HOUR));
  });

  it('runs soon when a run was missed while the browser was closed', async () => {
    const bg = await setup({
      consecutiveFailures: 0,
      lastRunAt: new Date(NOW.getTime() - 3 * 24 * HOUR).toISOString(),
    });
    expect(await ensureMonitorSchedule(bg.deps)).toEqual(new Date(NOW.getTime() + 60_000));
  });

  it('keeps a backoff time while failures last', async () => {
    const backoff = new Date(NOW.getTime() + 2 * HOUR).toISOString();
    const bg = await setup({ consecutiveFailures: 3, lastRunAt: NOW.toISOString(), nextRunAt: backoff });
    expect((await ensureMonitorSchedule(bg.deps))?.toISOString()).toBe(backoff);
  });

  it('follows a changed interval', async () => {
    const bg = await setup({ consecutiveFailures: 0, lastRunAt: NOW.toISOString() });
    await bg.client.settingsUpdate({ patch: { monitoringIntervalMinutes: 6 * 60 } });
    expect(await ensureMonitorSchedule(bg.deps)).toEqual(new Date(NOW.getTime() + 6 * HOUR));
  });

  it('removes the alarm when monitoring is switched off', async () => {
    const bg = await setup();
    await ensureMonitorSchedule(bg.deps);
    await bg.client.settingsUpdate({ patch: { monitoringEnabled: false } });
    expect(await ensureMonitorSchedule(bg.deps)).toBeUndefined();
    expect(bg.browser.alarms.get(MONITOR_ALARM_NAME)).toBeUndefined();
  });
});

describe('nextRunAt', () => {
  it('never schedules sooner than a minute, even for Retry-After: 0', () => {
    expect(
      nextRunAt({ now: NOW, intervalMinutes: 60, failures: 1, retryAfterSeconds: 0 }).getTime() -
        NOW.getTime(),
    ).toBe(15 * 60_000);
    expect(nextRunAt({ now: NOW, intervalMinutes: 60, failures: 50 }).getTime() - NOW.getTime()).toBe(HOUR);
  });
});
