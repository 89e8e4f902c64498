import { describe, expect, it } from 'vitest';
import { PWNED_PASSWORDS_SOURCE_ID } from '../../../../src/core/index.ts';
import { backgroundWithDemoSource } from '../../../support/background-fixture.ts';
import { DEMO_SOURCE_URL, demoSourceJson } from '../../../support/demo-source.ts';
import { createInMemoryBackground } from '../../../support/in-memory-background.ts';

const files = { [DEMO_SOURCE_URL]: demoSourceJson() };

describe('ui/sources.*', () => {
  it('lists the built-in Pwned Passwords source, enabled, needing no extra permission', async () => {
    const bg = createInMemoryBackground();
    const { sources } = await bg.client.sourcesList();
    expect(sources).toEqual([
      expect.objectContaining({
        id: PWNED_PASSWORDS_SOURCE_ID,
        builtIn: true,
        enabled: true,
        kinds: ['password'],
        origins: [],
        permissionGranted: true,
      }),
    ]);
  });

  it('previews a source.json with its publisher and breaches and saves nothing', async () => {
    const bg = createInMemoryBackground({ sourceFiles: files });
    const { preview, alreadyAdded } = await bg.client.sourcesPreview({ url: DEMO_SOURCE_URL });
    expect(alreadyAdded).toBe(false);
    expect(preview).toMatchObject({
      id: 'demo-lab-2026',
      publisher: 'Exposure Check demo',
      url: DEMO_SOURCE_URL,
      origins: ['http://localhost/*'],
      permissionGranted: false,
    });
    expect(preview.breaches.map((b) => b.id)).toEqual(['demo-lab-2026', 'demo-shop-2025']);
    expect((await bg.client.sourcesList()).sources).toHaveLength(1);
  });

  it('explains exactly what is wrong with an invalid source.json', async () => {
    const bg = createInMemoryBackground({
      sourceFiles: { [DEMO_SOURCE_URL]: demoSourceJson({ rangeUrl: 'ranges/{kind}.txt' }) },
    });
    await expect(bg.client.sourcesPreview({ url: DEMO_SOURCE_URL })).rejects.toMatchObject({
      code: 'source-invalid',
      message: expect.stringContaining('{prefix}'),
    });
  });

  it('asks for permission when the source cannot be reached and its host is not allowed', async () => {
    const bg = createInMemoryBackground();
    await expect(
      bg.client.sourcesPreview({ url: 'https://ranges.example.org/source.json' }),
    ).rejects.toMatchObject({ code: 'permission-missing' });
    const allowed = createInMemoryBackground({ grantedOrigins: ['https://ranges.example.org/*'] });
    await expect(
      allowed.client.sourcesPreview({ url: 'https://ranges.example.org/source.json' }),
    ).rejects.toMatchObject({ code: 'source-invalid' });
  });

  it('refuses plain http except on localhost', async () => {
    const bg = createInMemoryBackground();
    await expect(
      bg.client.sourcesPreview({ url: 'http://ranges.example.org/source.json' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('adds a source only once its hosts are allowed', async () => {
    const bg = createInMemoryBackground({ sourceFiles: files });
    await expect(bg.client.sourcesAdd({ url: DEMO_SOURCE_URL })).rejects.toMatchObject({
      code: 'permission-missing',
    });
    expect((await bg.deps.settings.get()).customSources).toEqual([]);
    await bg.browser.api.permissions.request({ origins: ['http://localhost/*'] });
    expect(await bg.browser.api.permissions.contains({ origins: ['http://localhost/*'] })).toBe(false); // user said no
    bg.browser.granted.add('http://localhost/*');
    const { source } = await bg.client.sourcesAdd({ url: DEMO_SOURCE_URL });
    expect(source).toMatchObject({
      id: 'demo-lab-2026',
      enabled: true,
      permissionGranted: true,
      addedAt: '2026-01-15T09:00:00.000Z',
    });
  });

  it('refuses a second source with the same id', async () => {
    const bg = await backgroundWithDemoSource();
    expect((await bg.client.sourcesPreview({ url: DEMO_SOURCE_URL })).alreadyAdded).toBe(true);
    await expect(bg.client.sourcesAdd({ url: DEMO_SOURCE_URL })).rejects.toMatchObject({
      code: 'source-exists',
    });
  });

  it('switches built-in and custom sources on and off', async () => {
    const bg = await backgroundWithDemoSource();
    expect(
      (await bg.client.sourcesSetEnabled({ id: PWNED_PASSWORDS_SOURCE_ID, enabled: false })).source.enabled,
    ).toBe(false);
    expect((await bg.client.sourcesSetEnabled({ id: 'demo-lab-2026', enabled: false })).source.enabled).toBe(
      false,
    );
    const settings = await bg.deps.settings.get();
    expect(settings.builtInSources[PWNED_PASSWORDS_SOURCE_ID]).toEqual({ enabled: false });
    expect(settings.customSources[0]?.enabled).toBe(false);
    await expect(bg.client.sourcesSetEnabled({ id: 'not-there', enabled: true })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('removes custom sources but not built-in ones', async () => {
    const bg = await backgroundWithDemoSource();
    await expect(bg.client.sourcesRemove({ id: PWNED_PASSWORDS_SOURCE_ID })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await bg.client.sourcesRemove({ id: 'demo-lab-2026' })).toEqual({ removed: true });
    expect(await bg.client.sourcesRemove({ id: 'demo-lab-2026' })).toEqual({ removed: false });
    expect((await bg.client.sourcesList()).sources.map((s) => s.id)).toEqual([PWNED_PASSWORDS_SOURCE_ID]);
  });
});
