import type { SourceView } from '../../contracts/index.ts';
import { keyChangesBetween } from '../../core/index.ts';
import { isListSource } from '../../core/oprf/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { addressesOf, originsOf, summaryOf, type ConfiguredSource } from './configured-sources.ts';
import { overlapsOf } from './source-overlaps.ts';

/** `others`: every configured source (this one may be among them), for the same-publisher warning. */
export async function sourceViewOf(
  source: ConfiguredSource,
  deps: Pick<BackgroundDeps, 'hostPermissions'>,
  others: readonly ConfiguredSource[] = [],
): Promise<SourceView> {
  const origins = originsOf(source);
  const view: SourceView = {
    ...summaryOf(source),
    kinds: [...source.descriptor.kinds],
    scheme: source.descriptor.scheme,
    privacy: isListSource(source.descriptor) ? 'reveals-nothing' : 'hash-prefix',
    enabled: source.enabled,
    breaches: source.descriptor.breaches,
    origins,
    addresses: addressesOf(source),
    permissionGranted: await deps.hostPermissions.has(origins),
  };
  if (source.custom !== undefined) {
    view.url = source.custom.url;
    view.addedAt = source.custom.addedAt;
    view.fetchedAt = source.custom.fetchedAt ?? source.custom.addedAt;
    if (source.custom.lastRefreshError !== undefined) view.lastRefreshError = source.custom.lastRefreshError;
    const pending = source.custom.pendingChange;
    if (pending !== undefined) {
      view.pendingChange = {
        changes: keyChangesBetween(source.descriptor, pending.descriptor),
        seenAt: pending.seenAt,
        kinds: [...pending.descriptor.kinds],
        origins: originsOf({ ...source, descriptor: pending.descriptor }),
        addresses: addressesOf({ ...source, descriptor: pending.descriptor }),
      };
    }
  }
  const overlaps = overlapsOf(source, others);
  if (overlaps.length > 0) view.overlaps = overlaps;
  return view;
}
