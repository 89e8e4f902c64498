import { RequestError, exportFileSchema, type ExportFile } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { planImport } from '../import/plan-import.ts';
import { refreshBadge } from '../watchlist/refresh-badge.ts';

/** The whole file validated before anything is read from it; a bad file changes nothing. */
export function validImportFile(file: unknown): ExportFile {
  const parsed = exportFileSchema.safeParse(file);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => i.path.join('.') || '(file)');
    throw new RequestError(
      'import-invalid',
      `This is not a valid Exposure Check export (problem at ${where.join(', ')}). Nothing was changed.`,
    );
  }
  return parsed.data;
}

/**
 * Records land in one IndexedDB transaction and merge by id with what is already saved. Sources in the
 * file arrive switched off; settings change only when the person confirmed the preview's exact list.
 */
export const dataImport: Handler<'ui/data.import', BackgroundDeps> = async (
  { file, confirmedChanges },
  deps,
) => {
  const valid = validImportFile(file);
  const plan = await planImport(await deps.settings.get(), valid, deps.builtInSources);
  const confirmed = confirmedChanges !== undefined;
  if (confirmed && confirmedChanges !== plan.preview.token) {
    throw new RequestError(
      'import-invalid',
      'Your settings or the file changed after the preview, so it no longer shows what would change. ' +
        'Nothing was changed; look at the preview again.',
    );
  }
  const { watchlist, history, guidance } = valid;
  await deps.db.importAll({ watchlist, history, guidance });
  await deps.settings.update((current) =>
    confirmed ? plan.withSettings(current) : plan.withoutSettings(current),
  );
  await refreshBadge(deps);
  const { preview } = plan;
  return {
    imported: preview.counts,
    sourcesAdded: preview.addedSources.length,
    settingsChanged: confirmed ? preview.settings.length + preview.switchedOff.length : 0,
  };
};
