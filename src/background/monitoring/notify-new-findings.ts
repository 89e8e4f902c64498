import type { BackgroundDeps } from '../background-deps.ts';
import { newFindingCount, type EntryRecheck } from '../watchlist/recheck-entries.ts';

/** One notification per run, however many entries changed; it names masked hints only. */
export async function notifyNewFindings(
  rechecks: readonly EntryRecheck[],
  deps: Pick<BackgroundDeps, 'notifier' | 't'>,
): Promise<void> {
  const changed = rechecks.filter((r) => newFindingCount(r) > 0);
  if (changed.length === 0) return;
  const count = changed.reduce((sum, r) => sum + newFindingCount(r), 0);
  const hints = changed.map((r) => r.entry.hint).join(', ');
  await deps.notifier.show({
    title: deps.t('bgNewFindingsTitle'),
    message: deps.t('bgNewFindingsBody', [hints, String(count)]),
  });
}
