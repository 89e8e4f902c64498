import type { BackgroundDeps } from '../background-deps.ts';
import { MIN_DELAY_MS } from './backoff.ts';

type ScheduleDeps = Pick<BackgroundDeps, 'settings' | 'monitorState' | 'alarm' | 'now' | 'monitorLock'>;

/**
 * Makes the alarm match the stored schedule. Runs on every worker start and settings change: browsers may
 * drop alarms (updates, restarts), and the worker itself remembers nothing between wake-ups.
 */
export function ensureMonitorSchedule(deps: ScheduleDeps): Promise<Date | undefined> {
  return deps.monitorLock.run(() => reconcile(deps));
}

async function reconcile(deps: ScheduleDeps): Promise<Date | undefined> {
  const settings = await deps.settings.get();
  if (!settings.monitoringEnabled) {
    await deps.alarm.cancel();
    return undefined;
  }
  const now = deps.now().getTime();
  const state = await deps.monitorState.get();
  const intervalMs = settings.monitoringIntervalMinutes * 60_000;
  const stored = state.nextRunAt === undefined ? undefined : Date.parse(state.nextRunAt);
  const lastRun = state.lastRunAt === undefined ? undefined : Date.parse(state.lastRunAt);
  // While backing off, the stored time wins; otherwise follow the (possibly just changed) interval.
  const due =
    state.consecutiveFailures > 0 && stored !== undefined
      ? stored
      : lastRun !== undefined
        ? lastRun + intervalMs
        : (stored ?? now + intervalMs);
  const when = new Date(Math.max(due, now + MIN_DELAY_MS));
  if (state.nextRunAt !== when.toISOString()) {
    await deps.monitorState.set({ ...state, nextRunAt: when.toISOString() });
  }
  const scheduled = await deps.alarm.scheduledAt();
  if (scheduled === undefined || Math.abs(scheduled.getTime() - when.getTime()) > 1000) {
    await deps.alarm.scheduleAt(when);
  }
  return when;
}
