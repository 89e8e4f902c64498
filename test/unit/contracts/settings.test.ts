import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  MINUTES_PER_DAY,
  SETTINGS_SCHEMA_VERSION,
  settingsSchema,
} from '../../../src/contracts/index.ts';
import { PWNED_PASSWORDS_SOURCE_ID } from '../../../src/core/index.ts';
import { demoDescriptor, DEMO_SOURCE_URL } from '../../support/demo-source.ts';

describe('settings defaults', () => {
  it('are what the issue asks for', () => {
    expect(defaultSettings()).toEqual({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      countries: [],
      nationalIdKinds: [],
      phoneRegion: null,
      builtInSources: { [PWNED_PASSWORDS_SOURCE_ID]: { enabled: true } },
      customSources: [],
      hibpApiKey: null,
      hibpSearchMode: 'range',
      monitoringEnabled: true,
      monitoringIntervalMinutes: MINUTES_PER_DAY,
      notifications: true,
      portalWarnings: true,
      countryAsked: false,
    });
  });

  it('do not share arrays between parses', () => {
    const a = defaultSettings();
    a.countries.push('PL');
    expect(defaultSettings().countries).toEqual([]);
  });
});

describe('per-field fallback', () => {
  it('replaces each corrupt field with its default and keeps the good ones', () => {
    const parsed = settingsSchema.parse({
      schemaVersion: 'one',
      countries: ['PL', 7],
      nationalIdKinds: ['pesel'],
      phoneRegion: 'poland',
      builtInSources: 'yes',
      customSources: 'none',
      hibpApiKey: 'short',
      monitoringEnabled: 'sometimes',
      monitoringIntervalMinutes: 1,
      notifications: false,
      portalWarnings: null,
    });
    expect(parsed).toEqual({ ...defaultSettings(), nationalIdKinds: ['pesel'], notifications: false });
  });

  it('accepts a partial object (only portalWarnings, as the content script may have written)', () => {
    expect(settingsSchema.parse({ portalWarnings: false })).toEqual({
      ...defaultSettings(),
      portalWarnings: false,
    });
  });

  it('drops only the custom source that no longer validates', () => {
    const good = {
      url: DEMO_SOURCE_URL,
      descriptor: demoDescriptor(),
      enabled: true,
      addedAt: '2026-01-01T00:00:00.000Z',
    };
    const badDescriptor = { ...good, descriptor: { ...demoDescriptor(), scheme: 'rot13' } };
    const badUrl = { ...good, url: 'ftp://example.org/source.json' };
    const parsed = settingsSchema.parse({ customSources: [good, badDescriptor, badUrl, 42] });
    expect(parsed.customSources.map((c) => c.descriptor.id)).toEqual(['demo-lab-2026']);
  });
});

describe('custom source refresh fields', () => {
  const saved = {
    url: DEMO_SOURCE_URL,
    descriptor: demoDescriptor(),
    enabled: true,
    addedAt: '2026-01-01T00:00:00.000Z',
  };

  it('keeps when the descriptor was fetched and why the last re-read failed', () => {
    const custom = {
      ...saved,
      fetchedAt: '2026-01-02T00:00:00.000Z',
      lastRefreshError: { message: 'The source answered with HTTP 404.', at: '2026-01-03T00:00:00.000Z' },
    };
    const [parsed] = settingsSchema.parse({ customSources: [custom] }).customSources;
    expect(parsed?.fetchedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(parsed?.lastRefreshError?.message).toContain('404');
  });

  it('still reads a source saved before refreshes existed, and drops one with a broken timestamp', () => {
    const old = settingsSchema.parse({ customSources: [saved] }).customSources;
    expect(old[0]?.fetchedAt).toBeUndefined();
    const broken = settingsSchema.parse({ customSources: [{ ...saved, fetchedAt: 'yesterday' }] });
    expect(broken.customSources).toEqual([]);
  });
});
