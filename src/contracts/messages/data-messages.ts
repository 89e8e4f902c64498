import { z } from '../../core/zod.ts';
import { exportFileSchema } from '../export-file.ts';
import { importCountsSchema, importPreviewSchema } from '../import-preview.ts';
import { guidanceProgressSchema, guidanceStepIdSchema } from '../guidance-progress.ts';
import { historyRecordSchema } from '../history-record.ts';
import { recordIdSchema } from '../identifier-schemas.ts';
import { monitorStateSchema } from '../monitor-state.ts';
import { defineMessage } from './define-message.ts';

const counts = importCountsSchema;

export const dataMessages = {
  /**
   * Everything stored, as one file. Its range keys are hashes that can be tested offline (the SHA-1 of a
   * watched password; xc-v1 keys with the source's public salt), so the person may leave passwords out.
   */
  'ui/data.export': defineMessage(
    z.object({ leaveOutPasswords: z.boolean().optional() }).strict(),
    z.object({ file: exportFileSchema, passwordsLeftOut: z.number().int().nonnegative() }),
  ),
  /** What importing `file` would change (settings, sources, record counts); changes nothing. */
  'ui/data.previewImport': defineMessage(
    z.object({ file: z.unknown() }).strict(),
    z.object({ preview: importPreviewSchema }),
  ),
  /**
   * `file` is whatever JSON the user picked; it is validated here and in the background, and a file that
   * fails anywhere changes nothing. Records merge by id; sources in the file are added switched off.
   * Settings change only with `confirmedChanges`, the token of the preview the person accepted; a token
   * that no longer matches what the file would change is refused.
   */
  'ui/data.import': defineMessage(
    z.object({ file: z.unknown(), confirmedChanges: z.string().max(64).optional() }).strict(),
    z.object({
      imported: counts,
      sourcesAdded: z.number().int().nonnegative(),
      settingsChanged: z.number().int().nonnegative(),
    }),
  ),
  /** Settings, watchlist, history, guidance progress, monitoring state and badge: all gone. */
  'ui/data.deleteAll': defineMessage(z.object({}).strict(), z.object({ deleted: z.literal(true) })),
  'ui/history.list': defineMessage(
    z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
    z.object({ records: z.array(historyRecordSchema) }),
  ),
  'ui/guidance.get': defineMessage(
    z.object({ findingId: recordIdSchema }).strict(),
    z.object({ progress: guidanceProgressSchema }),
  ),
  'ui/guidance.setStep': defineMessage(
    z.object({ findingId: recordIdSchema, stepId: guidanceStepIdSchema, done: z.boolean() }).strict(),
    z.object({ progress: guidanceProgressSchema }),
  ),
  'ui/monitoring.status': defineMessage(
    z.object({}).strict(),
    z.object({ state: monitorStateSchema, enabled: z.boolean(), intervalMinutes: z.number().int() }),
  ),
};
