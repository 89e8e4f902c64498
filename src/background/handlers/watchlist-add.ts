import { RequestError, type WatchlistEntry } from '../../contracts/index.ts';
import type { ParsedIdentifier, RangeKey } from '../../core/index.ts';
import { existingEntryFor, rekeyEntry } from '../watchlist/rekey-entry.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { keysForSources } from '../check/keys-for-sources.ts';
import { parseWithSettings } from '../check/parse-with-settings.ts';
import { configuredSources, coversKind } from '../sources/configured-sources.ts';
import { refreshCustomSources, SOURCE_REFRESH_MAX_AGE_MS } from '../sources/refresh-sources.ts';
import { entryViewOf } from '../watchlist/entry-view.ts';
import { initialChecks } from '../watchlist/initial-checks.ts';
import { seedEntry } from '../watchlist/seed-entry.ts';

function newEntry(parsed: ParsedIdentifier, keys: RangeKey[], id: string, at: string): WatchlistEntry {
  const entry: WatchlistEntry = {
    id,
    kind: parsed.kind,
    hint: parsed.masked,
    createdAt: at,
    keys,
    status: {},
    seenBreachIds: {},
    unseenFindings: 0,
  };
  if (parsed.country !== undefined) entry.country = parsed.country;
  if (parsed.kind === 'password') entry.passwordConsent = true;
  return entry;
}

/**
 * Watches an identifier by storing its per-source range keys and masked hint. Keys are made for every
 * configured source of the kind (enabled or not), so enabling a source later covers existing entries.
 */
export const watchlistAdd: Handler<'ui/watchlist.add', BackgroundDeps> = async (request, deps) => {
  if (request.kind === 'password' && request.monitorPassword !== true) {
    throw new RequestError(
      'consent-required',
      'A password is watched only if you choose to monitor it. Nothing was saved.',
    );
  }
  const now = deps.now();
  const parsed = parseWithSettings(request.kind, request.input, await deps.settings.get(), now);
  // Keys made with an outdated salt or prefix length would never match; read old source.json files again.
  const refresh = { maxAgeMs: SOURCE_REFRESH_MAX_AGE_MS, kind: parsed.kind };
  const { settings } = await refreshCustomSources(deps, refresh);
  const sources = configuredSources(settings, deps.builtInSources).filter((s) => coversKind(s, parsed.kind));
  // Keys for disabled sources too (so switching one on later covers this entry), except where making
  // the key means contacting the source (xc-oprf-v1).
  const keyable = sources.filter((s) => s.enabled || s.descriptor.scheme !== 'xc-oprf-v1');
  const attempts = await keysForSources(parsed, keyable, deps);
  const keys = attempts.flatMap((a) => ('key' in a ? [a.key] : []));
  if (keys.length === 0)
    throw new RequestError('no-source', 'No source can check this kind of identifier yet.');
  const at = now.toISOString();
  const existing = existingEntryFor(await deps.db.watchlist.list(), parsed, keys, sources);
  if (existing !== undefined) {
    // Entered again after a source changed its key: the new keys replace the stale ones (one
    // evaluation per keyed source, made above and reused by the check), nothing else changes.
    const { entry, rekeyed } = rekeyEntry(existing, keys, sources);
    if (rekeyed.length === 0) return { entry: entryViewOf(existing, sources) };
    const again = sources.filter((s) => rekeyed.includes(s.descriptor.id));
    const checks = await initialChecks(parsed, again, request.checkId, deps, attempts);
    const updated = seedEntry(entry, checks, at);
    await deps.db.watchlist.put(updated);
    return { entry: entryViewOf(updated, sources) };
  }
  const checks = await initialChecks(parsed, sources, request.checkId, deps, attempts);
  const entry = seedEntry(newEntry(parsed, keys, deps.newId(), at), checks, at);
  await deps.db.watchlist.put(entry);
  return { entry: entryViewOf(entry, sources) };
};
