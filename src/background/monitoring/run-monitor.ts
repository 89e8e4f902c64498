import type { MonitorState, WatchlistEntry } from '../../contracts/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { historyRecordOf } from '../check/history-of.ts';
import { configuredSources } from '../sources/configured-sources.ts';
import { MONITOR_SOURCE_MAX_AGE_MS } from '../sources/refresh-sources.ts';
import { newFindingCount, recheckEntries, type EntryRecheck } from '../watchlist/recheck-entries.ts';
import { refreshBadge } from '../watchlist/refresh-badge.ts';
import { isTransient, nextRunAt } from './backoff.ts';
import { notifyNewFindings } from './notify-new-findings.ts';

export interface MonitorRunSummary {
  ran: boolean;
  newFindings: number;
  failedChecks: number;
  nextRunAt?: string;
}

function transientErrors(rechecks: readonly EntryRecheck[]) {
  return rechecks.flatMap((r) =>
    r.outcomes.flatMap(({ outcome }) =>
      outcome.status === 'error' && isTransient(outcome.code) ? [outcome] : [],
    ),
  );
}

/** Entries with new findings gain unseen findings (the badge) and a history line; others just update. */
async function saveRechecks(
  rechecks: readonly EntryRecheck[],
  deps: BackgroundDeps,
  at: Date,
): Promise<void> {
  const entries: WatchlistEntry[] = rechecks.map((r) => ({
    ...r.entry,
    unseenFindings: r.entry.unseenFindings + newFindingCount(r),
  }));
  await deps.db.watchlist.putMany(entries);
  const sources = configuredSources(await deps.settings.get(), deps.builtInSources);
  for (const r of rechecks.filter((x) => newFindingCount(x) > 0)) {
    const results = r.outcomes.flatMap(({ sourceId, outcome }) => {
      const source = sources.find((s) => s.descriptor.id === sourceId);
      return source === undefined ? [] : [{ source: source.descriptor, outcome }];
    });
    const { id, kind, hint, country } = r.entry;
    const fields = {
      id: deps.newId(),
      kind,
      hint,
      checkedAt: at.toISOString(),
      trigger: 'monitor' as const,
      watchlistEntryId: id,
    };
    await deps.db.history.add(
      historyRecordOf(country === undefined ? fields : { ...fields, country }, results),
      at,
    );
  }
}

/**
 * One monitoring run, from the alarm. The next run is armed *before* the checks (as if they will fail),
 * so a worker killed mid-run still wakes up again; a finished run then replaces it with the real time.
 */
export function runMonitor(deps: BackgroundDeps): Promise<MonitorRunSummary> {
  return deps.monitorLock.run(() => monitorOnce(deps));
}

async function monitorOnce(deps: BackgroundDeps): Promise<MonitorRunSummary> {
  const settings = await deps.settings.get();
  if (!settings.monitoringEnabled) {
    await deps.alarm.cancel();
    return { ran: false, newFindings: 0, failedChecks: 0 };
  }
  const now = deps.now();
  const state = await deps.monitorState.get();
  const interval = settings.monitoringIntervalMinutes;
  const fallback = nextRunAt({ now, intervalMinutes: interval, failures: state.consecutiveFailures + 1 });
  await deps.monitorState.set({ ...state, nextRunAt: fallback.toISOString() });
  await deps.alarm.scheduleAt(fallback);

  const entries = await deps.db.watchlist.list();
  const rechecks = await recheckEntries(entries, deps, now.toISOString(), MONITOR_SOURCE_MAX_AGE_MS);
  await saveRechecks(rechecks, deps, now);
  const errors = transientErrors(rechecks);
  const failures = errors.length > 0 ? state.consecutiveFailures + 1 : 0;
  const retryAfterSeconds = Math.max(0, ...errors.map((e) => e.retryAfterSeconds ?? 0));
  const next = nextRunAt({ now, intervalMinutes: interval, failures, retryAfterSeconds });
  const first = errors[0];
  const nextState: MonitorState = {
    lastRunAt: now.toISOString(),
    lastSuccessAt: failures === 0 ? now.toISOString() : state.lastSuccessAt,
    nextRunAt: next.toISOString(),
    consecutiveFailures: failures,
    lastError:
      first === undefined ? undefined : { code: first.code, message: first.message, at: now.toISOString() },
  };
  await deps.monitorState.set(nextState);
  await deps.alarm.scheduleAt(next);
  await refreshBadge(deps);
  if (settings.notifications) await notifyNewFindings(rechecks, deps);
  const newFindings = rechecks.reduce((sum, r) => sum + newFindingCount(r), 0);
  return { ran: true, newFindings, failedChecks: errors.length, nextRunAt: next.toISOString() };
}
