import { RequestError, type WatchlistEntry } from '../../contracts/index.ts';
import type { Handler } from '../../platform/messaging/message-router.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { checkParsed, type SourceCheck } from '../check/check-parsed.ts';
import { keysForSources } from '../check/keys-for-sources.ts';
import { parseWithSettings } from '../check/parse-with-settings.ts';
import { configuredSources, coversKind } from '../sources/configured-sources.ts';
import { entryViewOf } from '../watchlist/entry-view.ts';
import { outcomesFromHistory, seedEntry } from '../watchlist/seed-entry.ts';

const sameKeys = (a: WatchlistEntry, b: WatchlistEntry) =>
  a.kind === b.kind &&
  a.keys.some((k) =>
    b.keys.some((o) => o.sourceId === k.sourceId && o.suffix === k.suffix && o.prefix === k.prefix),
  );

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
  const settings = await deps.settings.get();
  const now = deps.now();
  const parsed = parseWithSettings(request.kind, request.input, settings, now);
  const sources = configuredSources(settings, deps.builtInSources).filter((s) => coversKind(s, parsed.kind));
  const keys = (await keysForSources(parsed, sources)).flatMap((a) => ('key' in a ? [a.key] : []));
  if (keys.length === 0)
    throw new RequestError('no-source', 'No source can check this kind of identifier yet.');
  const at = now.toISOString();
  let entry: WatchlistEntry = {
    id: deps.newId(),
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
  const existing = (await deps.db.watchlist.list()).find((e) => sameKeys(e, entry));
  if (existing !== undefined) return { entry: entryViewOf(existing, sources) };

  const record = request.checkId === undefined ? undefined : await deps.db.history.get(request.checkId);
  let checks: SourceCheck[];
  if (record !== undefined && record.kind === parsed.kind && record.hint === parsed.masked) {
    const seen = outcomesFromHistory(record);
    checks = sources.flatMap((source) => {
      const outcome = seen.get(source.descriptor.id);
      return outcome === undefined ? [] : [{ source, outcome }];
    });
  } else {
    checks = await checkParsed(
      parsed,
      sources.filter((s) => s.enabled),
      deps,
    );
  }
  entry = seedEntry(entry, checks, at);
  await deps.db.watchlist.put(entry);
  return { entry: entryViewOf(entry, sources) };
};
