import type { RawSettings, SettingsMigration } from './settings-migration.ts';

/**
 * Version 0 is any settings object without `schemaVersion`: the portal content script shipped first and
 * stores `{ portalWarnings }` under the same key. Keep every field (the parser drops unknown ones and
 * repairs bad ones) and stamp version 1.
 */
export const migration001: SettingsMigration = {
  from: 0,
  to: 1,
  description: 'stamp schemaVersion on settings written before versioning (e.g. portal-only settings)',
  migrate(raw: RawSettings): RawSettings {
    return { ...raw, schemaVersion: 1 };
  },
};
