/** Stored settings before parsing: whatever JSON object is under the `settings` key. */
export type RawSettings = Record<string, unknown>;

/** One numbered step. `to` is always `from + 1`; steps run in order and each has its own test. */
export interface SettingsMigration {
  from: number;
  to: number;
  /** Why it exists, for whoever removes it one day. */
  description: string;
  migrate(raw: RawSettings): RawSettings;
}
