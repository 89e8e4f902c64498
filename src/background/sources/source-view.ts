import type { SourceView } from '../../contracts/index.ts';
import { isListSource } from '../../core/oprf/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { originsOf, summaryOf, type ConfiguredSource } from './configured-sources.ts';

export async function sourceViewOf(
  source: ConfiguredSource,
  deps: Pick<BackgroundDeps, 'hostPermissions'>,
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
    permissionGranted: await deps.hostPermissions.has(origins),
  };
  if (source.custom !== undefined) {
    view.url = source.custom.url;
    view.addedAt = source.custom.addedAt;
    view.fetchedAt = source.custom.fetchedAt ?? source.custom.addedAt;
    if (source.custom.lastRefreshError !== undefined) view.lastRefreshError = source.custom.lastRefreshError;
  }
  return view;
}
