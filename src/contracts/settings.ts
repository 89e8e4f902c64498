import { PWNED_PASSWORDS_SOURCE_ID } from '../core/range/index.ts';
import { z } from '../core/zod.ts';
import { customSourceListSchema } from './custom-source.ts';
import { countryCodeSchema, identifierKindSchema } from './identifier-schemas.ts';

/**
 * storage.local key. The portal content script reads `settings.portalWarnings` from here directly,
 * so the key and that field's name are part of a contract with src/content.
 */
export const SETTINGS_STORAGE_KEY = 'settings';
export const SETTINGS_SCHEMA_VERSION = 1;

export const MINUTES_PER_DAY = 24 * 60;
export const MIN_MONITORING_INTERVAL_MINUTES = 60;
export const MAX_MONITORING_INTERVAL_MINUTES = 30 * MINUTES_PER_DAY;

/** HIBP API keys are 32 hex characters; allow a little slack for future formats. */
export const hibpApiKeySchema = z.string().regex(/^[A-Za-z0-9]{16,64}$/, 'expected an API key');

export const hibpSearchModeSchema = z.enum(['range', 'plaintext']);
export type HibpSearchMode = z.infer<typeof hibpSearchModeSchema>;

export const builtInSourceStateSchema = z.object({ enabled: z.boolean() });

export function defaultBuiltInSources(): Record<string, { enabled: boolean }> {
  return { [PWNED_PASSWORDS_SOURCE_ID]: { enabled: true } };
}

// Every field falls back to its own default, so one corrupt value never resets the others.
export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).catch(SETTINGS_SCHEMA_VERSION),
  /** Countries the user cares about: rank detection and pick guidance. */
  countries: z
    .array(countryCodeSchema)
    .max(50)
    .catch(() => []),
  /** National ID kinds offered first in the kind picker. */
  nationalIdKinds: z
    .array(identifierKindSchema)
    .max(50)
    .catch(() => []),
  /** Region for phone numbers typed without +country; null = the first of `countries`. */
  phoneRegion: countryCodeSchema.nullable().catch(null),
  /** Built-in sources by id; a missing id means "enabled" (see defaultBuiltInSources). */
  builtInSources: z.record(z.string(), builtInSourceStateSchema).catch(defaultBuiltInSources),
  customSources: customSourceListSchema.catch(() => []),
  /** Optional; when set, email checks also ask Have I Been Pwned with the person's own key. */
  hibpApiKey: hibpApiKeySchema.nullable().catch(null),
  /**
   * 'range' sends HIBP the first 6 hex of the address's SHA-1 and compares on the device. 'plaintext'
   * sends the address itself; only ever set by the person, for a key without range access.
   */
  hibpSearchMode: hibpSearchModeSchema.catch('range'),
  monitoringEnabled: z.boolean().catch(true),
  monitoringIntervalMinutes: z
    .number()
    .int()
    .min(MIN_MONITORING_INTERVAL_MINUTES)
    .max(MAX_MONITORING_INTERVAL_MINUTES)
    .catch(MINUTES_PER_DAY),
  notifications: z.boolean().catch(true),
  /** Read by the portal content script; see SETTINGS_STORAGE_KEY. */
  portalWarnings: z.boolean().catch(true),
  /** The popup's first-use question "which country are you in?" was answered or skipped: ask once. */
  countryAsked: z.boolean().catch(false),
});

export type Settings = z.output<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

/** What `ui/settings.update` may change; sources have their own messages. Strict: no silent fallback. */
export const settingsPatchSchema = z
  .object({
    countries: z.array(countryCodeSchema).max(50),
    nationalIdKinds: z.array(identifierKindSchema).max(50),
    phoneRegion: countryCodeSchema.nullable(),
    hibpApiKey: hibpApiKeySchema.nullable(),
    hibpSearchMode: hibpSearchModeSchema,
    monitoringEnabled: z.boolean(),
    monitoringIntervalMinutes: z
      .number()
      .int()
      .min(MIN_MONITORING_INTERVAL_MINUTES)
      .max(MAX_MONITORING_INTERVAL_MINUTES),
    notifications: z.boolean(),
    portalWarnings: z.boolean(),
    countryAsked: z.boolean(),
  })
  .partial()
  .strict();

export type SettingsPatch = z.output<typeof settingsPatchSchema>;
