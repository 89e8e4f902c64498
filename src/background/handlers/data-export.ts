import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { leaveOutPasswords } from '../export/leave-out-passwords.ts';

/**
 * Everything the user has stored, as one file: settings (without the HIBP API key, a secret the user can
 * paste again), watchlist entries (masked hints and range keys), history and guidance progress. Range
 * keys are hashes that can be tested offline (see docs/privacy.md), so watched passwords can be left out.
 */
export const dataExport: Handler<'ui/data.export', BackgroundDeps> = async (request, deps) => {
  const {
    schemaVersion: _version,
    hibpApiKey: _secret,
    hibpSearchMode: _mode,
    ...settings
  } = await deps.settings.get();
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: deps.now().toISOString(),
    settings,
    watchlist: await deps.db.watchlist.list(),
    history: await deps.db.history.list(),
    guidance: await deps.db.guidance.list(),
  };
  if (request.leaveOutPasswords === true) {
    const { file: trimmed, leftOut } = leaveOutPasswords(file);
    return { file: trimmed, passwordsLeftOut: leftOut };
  }
  return { file, passwordsLeftOut: 0 };
};
