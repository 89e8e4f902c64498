import { migration001 } from './001-stamp-schema-version.ts';
import type { SettingsMigration } from './settings-migration.ts';

export type { RawSettings, SettingsMigration } from './settings-migration.ts';

/** In order; a test checks they chain from 0 to SETTINGS_SCHEMA_VERSION without gaps. */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [migration001];
