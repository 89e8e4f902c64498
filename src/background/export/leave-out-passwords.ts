import type { ExportFile } from '../../contracts/index.ts';

/**
 * The export without anything about watched passwords: the watchlist entries (their keys hold the SHA-1
 * of the password, which anyone with the file can test guesses against), the history of password checks
 * and the guidance ticked for them. Returns how many watched passwords were left out.
 */
export function leaveOutPasswords(file: ExportFile): { file: ExportFile; leftOut: number } {
  const dropped = new Set<string>();
  const watchlist = file.watchlist.filter((entry) => {
    if (entry.kind !== 'password') return true;
    dropped.add(entry.id);
    return false;
  });
  const history = file.history.filter((record) => {
    if (record.kind !== 'password') return true;
    dropped.add(record.id);
    return false;
  });
  const guidance = file.guidance.filter((progress) => !dropped.has(progress.findingId));
  return {
    file: { ...file, watchlist, history, guidance },
    leftOut: file.watchlist.length - watchlist.length,
  };
}
