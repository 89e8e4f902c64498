import { describe, expect, it } from 'vitest';
import { backgroundWithDemoSource } from '../../support/background-fixture.ts';
import { DEMO_SOURCE_URL } from '../../support/demo-source.ts';

const KEY = '0123456789abcdef0123456789abcdef';

/**
 * Content scripts can read storage.local (it is shared with every extension context). The HIBP key and
 * the person's sources must live where only the extension's own pages and background reach.
 */
describe('secrets stay out of storage.local', () => {
  it('neither the HIBP key nor the sources are readable from storage.local', async () => {
    const bg = await backgroundWithDemoSource();
    await bg.client.settingsUpdate({ patch: { hibpApiKey: KEY, countries: ['PL'] } });
    const local = JSON.stringify(await bg.browser.local.get(null));
    expect(local).not.toContain(KEY);
    expect(local).not.toContain(DEMO_SOURCE_URL);
    expect(local).not.toContain('demo-lab-2026');
    // The background still has everything, and the content script still finds its one switch.
    const { settings } = await bg.client.settingsGet();
    expect(settings.hibpApiKey).toBe(KEY);
    expect(settings.customSources.map((c) => c.url)).toEqual([DEMO_SOURCE_URL]);
    expect(JSON.parse(local)).toMatchObject({ settings: { portalWarnings: true, countries: ['PL'] } });
  });
});
