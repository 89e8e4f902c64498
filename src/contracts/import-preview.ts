import { z } from '../core/zod.ts';
import type { exportedSettingsSchema } from './export-file.ts';
import { identifierKindSchema } from './identifier-schemas.ts';

/** The settings an export file may carry (sources are listed apart; the HIBP key never travels). */
export const IMPORTABLE_SETTING_FIELDS = [
  'countries',
  'nationalIdKinds',
  'phoneRegion',
  'monitoringEnabled',
  'monitoringIntervalMinutes',
  'notifications',
  'portalWarnings',
  'countryAsked',
] as const;
export type ImportableSettingField = (typeof IMPORTABLE_SETTING_FIELDS)[number];

// Every setting an export file can carry is listed above, so none is applied unseen or dropped: a field
// added to the export without being added here fails to compile.
type ExportedSettingField = Exclude<
  keyof z.output<typeof exportedSettingsSchema>,
  'builtInSources' | 'customSources'
>;
type Unlisted = Exclude<ExportedSettingField, ImportableSettingField>;
export const EVERY_EXPORTED_SETTING_IS_PREVIEWED: [Unlisted] extends [never] ? true : Unlisted = true;

const settingValueSchema = z.union([z.boolean(), z.number(), z.string(), z.null(), z.array(z.string())]);

export const importCountsSchema = z.object({
  watchlist: z.number().int().nonnegative(),
  history: z.number().int().nonnegative(),
  guidance: z.number().int().nonnegative(),
});

/**
 * What importing a file would change, shown before anything is written. Settings change only when the
 * person confirms this exact list (`token`); sources in the file are added switched off, and an import
 * never switches any source on.
 */
export const importPreviewSchema = z.object({
  counts: importCountsSchema,
  settings: z.array(
    z.object({
      field: z.enum(IMPORTABLE_SETTING_FIELDS),
      from: settingValueSchema,
      to: settingValueSchema,
    }),
  ),
  /** Built-in sources the file switches off (applied only when confirmed). */
  switchedOff: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Sources the file adds; they arrive switched off until the person looks at them and turns them on. */
  addedSources: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      publisher: z.string(),
      url: z.string(),
      kinds: z.array(identifierKindSchema),
    }),
  ),
  /** Digest of the changes above; `ui/data.import` applies settings only when handed the same one. */
  token: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
