import type { CustomSource, Settings } from '../../contracts/index.ts';
import { keyChangesBetween, type IdentifierKind, type SourceDescriptor } from '../../core/index.ts';
import { originPatternsFor } from '../../platform/host-permissions.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources } from './configured-sources.ts';
import { loadSource } from './load-source.ts';

/**
 * How old a stored source.json may be before a check, re-check or new watch the person asked for reads
 * it again. Short, because a publisher's update (a new breach) should show up the same day; not zero, so
 * a burst of checks in the popup costs one small request, not one each.
 */
export const SOURCE_REFRESH_MAX_AGE_MS = 10 * 60_000;

/** Every monitoring run reads every enabled custom source.json again: runs are hours apart. */
export const MONITOR_SOURCE_MAX_AGE_MS = 0;

export type RefreshDeps = Pick<
  BackgroundDeps,
  'settings' | 'builtInSources' | 'fetchSourceJson' | 'hostPermissions' | 'now' | 'log'
>;

export interface RefreshRequest {
  /** Sources read (or tried) within this many ms are left alone; 0 re-reads every one. */
  maxAgeMs: number;
  /** Only these source ids. */
  ids?: ReadonlySet<string>;
  /** Only sources that cover this kind. */
  kind?: IdentifierKind;
}

export interface RefreshResult {
  /** Ids of sources whose descriptor in use changed (breaches, counts, dates: never how keys are made). */
  changed: Set<string>;
  /** The settings after the refresh. */
  settings: Settings;
}

type Fetched = { url: string; id: string } & ({ descriptor: SourceDescriptor } | { error: string });

/** The last time the source.json was read or tried, whichever is later. */
function lastAttemptMs(custom: CustomSource): number {
  const read = Date.parse(custom.fetchedAt ?? custom.addedAt);
  const tried = custom.lastRefreshError === undefined ? 0 : Date.parse(custom.lastRefreshError.at);
  const held = custom.pendingChange === undefined ? 0 : Date.parse(custom.pendingChange.seenAt);
  return Math.max(read, tried, held);
}

async function refetch(custom: CustomSource, deps: RefreshDeps): Promise<Fetched> {
  const { url } = custom;
  const id = custom.descriptor.id;
  try {
    const descriptor = await loadSource(url, deps);
    if (descriptor.id !== id) {
      return {
        url,
        id,
        error: `The source now calls itself "${descriptor.id}"; its saved description is kept.`,
      };
    }
    return { url, id, descriptor };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'The source could not be read.';
    return { url, id, error: reason.slice(0, 400) };
  }
}

function due(custom: CustomSource, request: RefreshRequest, nowMs: number): boolean {
  const { descriptor } = custom;
  if (request.ids !== undefined && !request.ids.has(descriptor.id)) return false;
  if (request.kind !== undefined && !descriptor.kinds.includes(request.kind)) return false;
  return nowMs - lastAttemptMs(custom) >= request.maxAgeMs;
}

/**
 * Folds the fetched descriptors into the stored list. A failed fetch keeps the old descriptor. A new one
 * that only adds breaches or changes counts and dates is adopted; one that changes what keys are made
 * from is held as a pending change for the person to confirm, never used on its own (a source that
 * rotated its salt between two reads would otherwise get two prefixes of one identifier).
 */
function merge(list: readonly CustomSource[], fetched: readonly Fetched[], at: string, changed: Set<string>) {
  return list.map((custom): CustomSource => {
    const result = fetched.find((f) => f.url === custom.url && f.id === custom.descriptor.id);
    if (result === undefined) return custom;
    if ('error' in result) return { ...custom, lastRefreshError: { message: result.error, at } };
    const { lastRefreshError: _cleared, pendingChange: _superseded, ...rest } = custom;
    if (keyChangesBetween(custom.descriptor, result.descriptor).length > 0) {
      return { ...rest, pendingChange: { descriptor: result.descriptor, seenAt: at } };
    }
    if (JSON.stringify(result.descriptor) !== JSON.stringify(custom.descriptor)) changed.add(result.id);
    return { ...rest, descriptor: result.descriptor, fetchedAt: at };
  });
}

/**
 * Reads the source.json of enabled custom sources again, so breaches a publisher appended (and changed
 * line counts) are known before buckets that list them are read. A fetch or validation failure keeps the
 * descriptor in use and is recorded on the source. Hosts the user has not allowed are not contacted.
 */
export async function refreshCustomSources(
  deps: RefreshDeps,
  request: RefreshRequest,
): Promise<RefreshResult> {
  const settings = await deps.settings.get();
  const nowMs = deps.now().getTime();
  const candidates = configuredSources(settings, deps.builtInSources).flatMap((s) =>
    s.custom !== undefined && s.enabled && due(s.custom, request, nowMs) ? [s.custom] : [],
  );
  const allowed = await Promise.all(
    candidates.map((c) => deps.hostPermissions.has(originPatternsFor([c.url]))),
  );
  const toFetch = candidates.filter((_, i) => allowed[i]);
  if (toFetch.length === 0) return { changed: new Set(), settings };
  const fetched = await Promise.all(toFetch.map((c) => refetch(c, deps)));
  for (const f of fetched) {
    if ('error' in f)
      deps.log.warn('Exposure Check could not refresh a source', { source: f.id, error: f.error });
  }
  const changed = new Set<string>();
  const at = deps.now().toISOString();
  const updated = await deps.settings.update((current) => ({
    ...current,
    customSources: merge(current.customSources, fetched, at, changed),
  }));
  return { changed, settings: updated };
}
