import { z } from '../core/zod.ts';
import { customSourceSchema } from './custom-source.ts';
import { guidanceProgressSchema } from './guidance-progress.ts';
import { historyRecordSchema } from './history-record.ts';
import { timestampSchema } from './identifier-schemas.ts';
import { settingsPatchSchema, builtInSourceStateSchema } from './settings.ts';
import { watchlistEntrySchema } from './watchlist-entry.ts';

export const EXPORT_FORMAT = 'exposure-check-export';
export const EXPORT_VERSION = 1;

/** Settings as exported: everything the user chose except the HIBP API key, which is a secret. */
export const exportedSettingsSchema = settingsPatchSchema
  .omit({ hibpApiKey: true, hibpSearchMode: true })
  .extend({
    builtInSources: z.record(z.string(), builtInSourceStateSchema).optional(),
    customSources: z.array(customSourceSchema).max(100).optional(),
  });

/**
 * The JSON file behind "export all data". Validated strictly on import: one bad record rejects the whole
 * file, so an import never half-applies. Contains masked hints and range keys, never identifiers.
 */
export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: timestampSchema,
    settings: exportedSettingsSchema,
    watchlist: z.array(watchlistEntrySchema).max(1000),
    history: z.array(historyRecordSchema).max(1000),
    guidance: z.array(guidanceProgressSchema).max(5000),
  })
  .strict();

export type ExportFile = z.output<typeof exportFileSchema>;
