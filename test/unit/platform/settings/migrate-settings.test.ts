import { describe, expect, it } from 'vitest';
import { SETTINGS_SCHEMA_VERSION } from '../../../../src/contracts/index.ts';
import { migrateSettings, storedVersionOf } from '../../../../src/platform/settings/migrate-settings.ts';
import {
  SETTINGS_MIGRATIONS,
  type SettingsMigration,
} from '../../../../src/platform/settings/migrations/index.ts';

describe('migrateSettings', () => {
  it('has one step per version, chaining 0 → SETTINGS_SCHEMA_VERSION without gaps', () => {
    expect(SETTINGS_MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: SETTINGS_SCHEMA_VERSION }, (_, i) => [i, i + 1]),
    );
  });

  it('treats a missing or nonsensical version as 0', () => {
    expect(storedVersionOf({})).toBe(0);
    expect(storedVersionOf({ schemaVersion: -3 })).toBe(0);
    expect(storedVersionOf({ schemaVersion: '2' })).toBe(0);
    expect(storedVersionOf({ schemaVersion: 4 })).toBe(4);
  });

  it('runs the steps after the stored version, in order', () => {
    const steps: SettingsMigration[] = [
      { from: 0, to: 1, description: 'a', migrate: (r) => ({ ...r, trail: 'a', schemaVersion: 1 }) },
      {
        from: 1,
        to: 2,
        description: 'b',
        migrate: (r) => ({ ...r, trail: `${String(r['trail'])}b`, schemaVersion: 2 }),
      },
    ];
    expect(migrateSettings({}, steps, 2)).toEqual({ trail: 'ab', schemaVersion: 2 });
    expect(migrateSettings({ schemaVersion: 1, trail: 'x' }, steps, 2)).toEqual({
      trail: 'xb',
      schemaVersion: 2,
    });
  });

  it('leaves settings from a newer version alone (after a downgrade)', () => {
    const raw = { schemaVersion: SETTINGS_SCHEMA_VERSION + 5, countries: ['NL'] };
    expect(migrateSettings(raw)).toBe(raw);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrateSettings({}, [], 1)).toThrow(/No settings migration from version 0/);
  });
});
