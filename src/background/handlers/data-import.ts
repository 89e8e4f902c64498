import { RequestError, exportFileSchema, type Settings } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { refreshBadge } from '../watchlist/refresh-badge.ts';

type ImportedSettings = ReturnType<typeof exportFileSchema.parse>['settings'];

/** Imported fields replace current ones; custom sources are added, never dropped; the API key stays. */
function mergeSettings(current: Settings, imported: ImportedSettings): Settings {
  const { customSources = [], builtInSources = {}, ...fields } = imported;
  const known = new Set(current.customSources.map((c) => c.descriptor.id));
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return {
    ...current,
    ...defined,
    builtInSources: { ...current.builtInSources, ...builtInSources },
    customSources: [...current.customSources, ...customSources.filter((c) => !known.has(c.descriptor.id))],
  };
}

/**
 * Validates the whole file before writing anything; records then land in one IndexedDB transaction, so a
 * bad file changes nothing and a good one merges by id with what is already saved.
 */
export const dataImport: Handler<'ui/data.import', BackgroundDeps> = async ({ file }, deps) => {
  const parsed = exportFileSchema.safeParse(file);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => i.path.join('.') || '(file)');
    throw new RequestError(
      'import-invalid',
      `This is not a valid Exposure Check export (problem at ${where.join(', ')}). Nothing was changed.`,
    );
  }
  const { watchlist, history, guidance, settings } = parsed.data;
  await deps.db.importAll({ watchlist, history, guidance });
  await deps.settings.update((current) => mergeSettings(current, settings));
  await refreshBadge(deps);
  return { imported: { watchlist: watchlist.length, history: history.length, guidance: guidance.length } };
};
