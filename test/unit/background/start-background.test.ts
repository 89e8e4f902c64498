import { describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../../src/background/start-background.ts';
import { MONITOR_ALARM_NAME } from '../../../src/platform/monitor-alarm.ts';
import { createFakeBrowser } from '../../support/fake-browser.ts';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake.api }));

describe('service worker entry', () => {
  it('startBackground registers every listener before it returns (no await in between)', () => {
    const other = createFakeBrowser();
    startBackground(other.api, { log: { warn: () => undefined, error: () => undefined } });
    expect(other.events.onMessage.hasListeners()).toBe(true);
    expect(other.events.onAlarm.hasListeners()).toBe(true);
    expect(other.events.storageChanged.hasListeners()).toBe(true);
  });

  it('the entry module wires the real browser API', async () => {
    await import('../../../src/background/index.ts');
    expect(fake.events.onMessage.hasListeners()).toBe(true);
    expect(fake.events.onAlarm.hasListeners()).toBe(true);
    expect(fake.events.storageChanged.hasListeners()).toBe(true);
    expect((fake.api.runtime.onStartup as unknown as { hasListeners(): boolean }).hasListeners()).toBe(true);
    expect((fake.api.runtime.onInstalled as unknown as { hasListeners(): boolean }).hasListeners()).toBe(
      true,
    );
  });

  it('arms the monitoring alarm from storage on start', async () => {
    await import('../../../src/background/index.ts');
    await vi.waitFor(() => expect(fake.alarms.get(MONITOR_ALARM_NAME)).toBeDefined());
    const { monitor } = (await fake.local.get('monitor')) as { monitor: { nextRunAt: string } };
    expect(fake.alarms.get(MONITOR_ALARM_NAME)?.scheduledTime).toBe(Date.parse(monitor.nextRunAt));
  });

  it('answers the popup through the real router', async () => {
    await import('../../../src/background/index.ts');
    const answer = await fake.api.runtime.sendMessage({ name: 'ui/settings.get', request: {} });
    expect(answer).toMatchObject({ ok: true, data: { settings: { portalWarnings: true } } });
  });
});
