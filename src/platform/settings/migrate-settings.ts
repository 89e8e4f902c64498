import { SETTINGS_SCHEMA_VERSION } from '../../contracts/index.ts';
import { SETTINGS_MIGRATIONS, type RawSettings, type SettingsMigration } from './migrations/index.ts';

export function storedVersionOf(raw: RawSettings): number {
  const version = raw['schemaVersion'];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/**
 * Runs every migration after the stored version, in order. Settings from a *newer* version (the user
 * downgraded) are returned untouched; the parser's per-field fallback makes the best of them.
 */
export function migrateSettings(
  raw: RawSettings,
  migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_SCHEMA_VERSION,
): RawSettings {
  let current = raw;
  let version = storedVersionOf(raw);
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (step === undefined) throw new Error(`No settings migration from version ${version}.`);
    current = step.migrate(current);
    version = step.to;
  }
  return current;
}
