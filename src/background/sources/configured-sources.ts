import type { CustomSource, Settings, SourceSummary } from '../../contracts/index.ts';
import type { IdentifierKind, SourceDescriptor } from '../../core/index.ts';
import { originPatternsFor } from '../../platform/host-permissions.ts';

/** A source as configured: built in (Pwned Passwords) or added by the user. */
export interface ConfiguredSource {
  descriptor: SourceDescriptor;
  builtIn: boolean;
  enabled: boolean;
  /** Custom sources only. */
  custom?: CustomSource;
}

export function configuredSources(
  settings: Settings,
  builtIns: readonly SourceDescriptor[],
): ConfiguredSource[] {
  const builtIn = builtIns.map((descriptor) => ({
    descriptor,
    builtIn: true,
    // A built-in source nobody has switched off is on, including one added by an update.
    enabled: settings.builtInSources[descriptor.id]?.enabled ?? true,
  }));
  const custom = settings.customSources
    .filter((c) => !builtIns.some((b) => b.id === c.descriptor.id))
    .map((c) => ({ descriptor: c.descriptor, builtIn: false, enabled: c.enabled, custom: c }));
  return [...builtIn, ...custom];
}

export function coversKind(source: ConfiguredSource, kind: IdentifierKind): boolean {
  return source.descriptor.kinds.includes(kind);
}

/**
 * Host permissions a custom source needs: where its source.json lives and where its ranges are fetched.
 * Built-in sources are covered by the manifest's host_permissions.
 */
export function originsOf(source: ConfiguredSource): string[] {
  if (source.custom === undefined) return [];
  const { descriptor } = source;
  const urls = [source.custom.url, descriptor.rangeUrl];
  if (descriptor.hash.algorithm === 'oprf') urls.push(descriptor.hash.evaluateUrl);
  return originPatternsFor(urls);
}

export function summaryOf(source: ConfiguredSource): SourceSummary {
  const { descriptor } = source;
  const summary: SourceSummary = {
    id: descriptor.id,
    name: descriptor.name,
    publisher: descriptor.publisher,
    updated: descriptor.updated,
    builtIn: source.builtIn,
  };
  if (descriptor.homepage !== undefined) summary.homepage = descriptor.homepage;
  if (source.custom !== undefined) summary.addedFrom = new URL(source.custom.url).host;
  return summary;
}
