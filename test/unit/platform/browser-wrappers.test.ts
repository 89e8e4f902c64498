import { describe, expect, it } from 'vitest';
import { createBadge } from '../../../src/platform/badge.ts';
import { createHostPermissions, originPatternsFor } from '../../../src/platform/host-permissions.ts';
import { createLaunchIntentStore } from '../../../src/platform/launch-intent-store.ts';
import { createMonitorAlarm, MONITOR_ALARM_NAME } from '../../../src/platform/monitor-alarm.ts';
import { createMonitorStateStore } from '../../../src/platform/monitor-state-store.ts';
import { createNotifier, FINDINGS_NOTIFICATION_ID } from '../../../src/platform/notifier.ts';
import { createFakeBrowser } from '../../support/fake-browser.ts';

describe('badge', () => {
  it('shows a count, caps it at 99 and clears at zero', async () => {
    const b = createFakeBrowser();
    const badge = createBadge(b.api.action);
    await badge.showCount(3);
    expect(b.badge.text).toBe('3');
    await badge.showCount(250);
    expect(b.badge.text).toBe('99');
    await badge.showCount(0);
    expect(b.badge.text).toBe('');
  });
});

describe('notifier', () => {
  it('reuses one notification id so runs replace rather than stack', async () => {
    const b = createFakeBrowser();
    const notifier = createNotifier(b.api);
    await notifier.show({ title: 'T', message: 'M' });
    expect(b.notifications).toEqual([{ id: FINDINGS_NOTIFICATION_ID, title: 'T', message: 'M' }]);
  });
});

describe('monitor alarm', () => {
  it('schedules, reports and cancels one one-shot alarm', async () => {
    const b = createFakeBrowser();
    const alarm = createMonitorAlarm(b.api.alarms);
    expect(await alarm.scheduledAt()).toBeUndefined();
    await alarm.scheduleAt(new Date('2026-02-01T00:00:00Z'));
    expect(b.alarms.get(MONITOR_ALARM_NAME)).toMatchObject({
      scheduledTime: Date.parse('2026-02-01T00:00:00Z'),
      periodInMinutes: undefined,
    });
    expect(await alarm.scheduledAt()).toEqual(new Date('2026-02-01T00:00:00Z'));
    await alarm.cancel();
    expect(await alarm.scheduledAt()).toBeUndefined();
  });
});

describe('host permissions', () => {
  it('turns URLs into one match pattern per host', () => {
    expect(
      originPatternsFor([
        'https://ranges.example.org/a/source.json',
        'https://ranges.example.org/r/{prefix}',
        'http://localhost:8787/x',
        'nonsense',
      ]),
    ).toEqual(['https://ranges.example.org/*', 'http://localhost/*']);
  });

  it('asks the browser, and needs nothing for an empty list', async () => {
    const b = createFakeBrowser({ grantedOrigins: ['https://a.example/*'] });
    const permissions = createHostPermissions(b.api.permissions);
    expect(await permissions.has([])).toBe(true);
    expect(await permissions.has(['https://a.example/*'])).toBe(true);
    expect(await permissions.has(['https://a.example/*', 'https://b.example/*'])).toBe(false);
  });
});

describe('launch intent store', () => {
  it('hands an intent out once, within its lifetime', async () => {
    const b = createFakeBrowser();
    const store = createLaunchIntentStore(b.local);
    const now = new Date('2026-01-01T00:00:00Z');
    await store.put({ view: 'check', kind: 'nhs' }, now);
    expect(await store.take(now)).toEqual({ view: 'check', kind: 'nhs' });
    expect(await store.take(now)).toBeNull();
  });
});

describe('monitor state store', () => {
  it('falls back per field when stored state is corrupt', async () => {
    const b = createFakeBrowser();
    b.local.data.set(
      'monitor',
      JSON.stringify({ consecutiveFailures: 'many', lastRunAt: '2026-01-01T00:00:00.000Z', nextRunAt: 5 }),
    );
    expect(await createMonitorStateStore(b.local).get()).toEqual({
      consecutiveFailures: 0,
      lastRunAt: '2026-01-01T00:00:00.000Z',
    });
  });
});
