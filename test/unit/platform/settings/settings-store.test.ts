import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  type Settings,
  SETTINGS_SCHEMA_VERSION,
  SETTINGS_STORAGE_KEY,
} from '../../../../src/contracts/index.ts';
import {
  createPrivateSettingsArea,
  HIBP_CATALOGUE_RECORD,
} from '../../../../src/platform/settings/private-settings-area.ts';
import { createSettingsStore } from '../../../../src/platform/settings/settings-store.ts';
import { createFakeBrowser } from '../../../support/fake-browser.ts';

const KEY = '0123456789abcdef0123456789abcdef';
let databases = 0;

const withoutPrivate = ({ hibpApiKey: _key, customSources: _sources, ...shared }: Settings) => shared;

function setup(stored?: unknown) {
  const browser = createFakeBrowser();
  if (stored !== undefined) browser.local.data.set(SETTINGS_STORAGE_KEY, JSON.stringify(stored));
  return {
    browser,
    store: createSettingsStore(browser.local, createPrivateSettingsArea(`settings-test-${++databases}`)),
  };
}

const stored = async (b: ReturnType<typeof createFakeBrowser>) =>
  (await b.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];

describe('settings store', () => {
  it('returns defaults when nothing is stored, and writes them', async () => {
    const { browser, store } = setup();
    expect(await store.get()).toEqual(defaultSettings());
    expect(await stored(browser)).toEqual(withoutPrivate(defaultSettings()));
  });

  it('migrates portal-only settings and keeps portalWarnings', async () => {
    const { browser, store } = setup({ portalWarnings: false });
    const settings = await store.get();
    expect(settings.portalWarnings).toBe(false);
    expect(settings.schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
    expect(await stored(browser)).toMatchObject({
      portalWarnings: false,
      schemaVersion: SETTINGS_SCHEMA_VERSION,
    });
  });

  it('repairs corrupt fields one by one and writes the repaired object back', async () => {
    const { browser, store } = setup({
      schemaVersion: 1,
      countries: 'PL',
      notifications: false,
      monitoringIntervalMinutes: -1,
    });
    const settings = await store.get();
    expect(settings.countries).toEqual([]);
    expect(settings.notifications).toBe(false);
    expect(settings.monitoringIntervalMinutes).toBe(24 * 60);
    expect(await stored(browser)).toEqual(withoutPrivate(settings));
  });

  it.each([null, 42, 'settings', [1, 2]])('survives a stored value of %j', async (value) => {
    const { store } = setup(value);
    expect(await store.get()).toEqual(defaultSettings());
  });

  it('does not overwrite settings written by a newer version', async () => {
    const newer = { schemaVersion: SETTINGS_SCHEMA_VERSION + 1, countries: ['FR'], futureField: 1 };
    const { browser, store } = setup(newer);
    expect((await store.get()).countries).toEqual(['FR']);
    expect(await stored(browser)).toEqual(newer);
  });

  it('serialises updates so quick successive changes are all kept', async () => {
    const { store } = setup();
    await Promise.all([
      store.update((s) => ({ ...s, countries: [...s.countries, 'PL'] })),
      store.update((s) => ({ ...s, countries: [...s.countries, 'DK'] })),
      store.update((s) => ({ ...s, notifications: false })),
    ]);
    const settings = await store.get();
    expect(settings.countries).toEqual(['PL', 'DK']);
    expect(settings.notifications).toBe(false);
  });

  it('a failing update changes nothing and does not block the next one', async () => {
    const { store } = setup();
    await expect(
      store.update(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await store.update((s) => ({ ...s, countries: ['SE'] }));
    expect((await store.get()).countries).toEqual(['SE']);
  });

  it('clear brings back the defaults', async () => {
    const { store } = setup({ schemaVersion: 1, countries: ['PL'] });
    await store.clear();
    expect(await store.get()).toEqual(defaultSettings());
  });

  it('keeps the HIBP key and the sources out of storage.local, and across a restart', async () => {
    const browser = createFakeBrowser();
    const name = `settings-test-${++databases}`;
    const store = createSettingsStore(browser.local, createPrivateSettingsArea(name));
    await store.update((s) => ({ ...s, hibpApiKey: KEY, countries: ['DK'] }));
    expect(JSON.stringify(await browser.local.get(null))).not.toContain(KEY);
    const restarted = createSettingsStore(browser.local, createPrivateSettingsArea(name));
    expect(await restarted.get()).toMatchObject({ hibpApiKey: KEY, countries: ['DK'] });
    await restarted.clear();
    expect(
      (await createSettingsStore(browser.local, createPrivateSettingsArea(name)).get()).hibpApiKey,
    ).toBeNull();
  });

  it('clear also removes the HIBP breach catalogue cached next to the private settings', async () => {
    const browser = createFakeBrowser();
    const name = `settings-test-${++databases}`;
    const catalogue = createPrivateSettingsArea(name, HIBP_CATALOGUE_RECORD);
    await catalogue.set({ fetchedAt: '2026-01-01T00:00:00.000Z', breaches: [] });
    await createSettingsStore(browser.local, createPrivateSettingsArea(name)).clear();
    expect(await catalogue.get()).toEqual({});
  });

  it('moves a key and sources that an earlier version left in storage.local', async () => {
    const { browser, store } = setup({ schemaVersion: 1, hibpApiKey: KEY, countries: ['PL'] });
    expect(await store.get()).toMatchObject({ hibpApiKey: KEY, countries: ['PL'] });
    expect(await stored(browser)).toEqual(withoutPrivate({ ...defaultSettings(), countries: ['PL'] }));
    expect(JSON.stringify(await browser.local.get(null))).not.toContain(KEY);
    expect((await store.get()).hibpApiKey).toBe(KEY);
  });
});
