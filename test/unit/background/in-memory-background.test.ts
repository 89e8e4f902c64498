import { describe, expect, it } from 'vitest';
import { BackgroundError } from '../../../src/platform/messaging/background-client.ts';
import { createInMemoryBackground } from '../../support/in-memory-background.ts';

describe('in-memory background', () => {
  it('answers settings through the typed client with defaults', async () => {
    const bg = createInMemoryBackground();
    const { settings } = await bg.client.settingsGet();
    expect(settings.portalWarnings).toBe(true);
    expect(settings.monitoringIntervalMinutes).toBe(24 * 60);
  });

  it('persists an update under storage.local "settings"', async () => {
    const bg = createInMemoryBackground();
    await bg.client.settingsUpdate({ patch: { countries: ['PL'], portalWarnings: false } });
    const stored = (await bg.browser.api.storage.local.get('settings'))['settings'] as Record<
      string,
      unknown
    >;
    expect(stored['countries']).toEqual(['PL']);
    expect(stored['portalWarnings']).toBe(false);
  });

  it('refuses an invalid patch before it reaches the background', async () => {
    const bg = createInMemoryBackground();
    const attempt = bg.client.settingsUpdate({ patch: { countries: ['Poland'] } });
    await expect(attempt).rejects.toBeInstanceOf(BackgroundError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
