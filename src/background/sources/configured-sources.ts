import type { CustomSource, Settings, SourceSummary } from '../../contracts/index.ts';
import { ownValue, requestOriginOf, type IdentifierKind, type SourceDescriptor } from '../../core/index.ts';
import { addressesFor, originPatternsFor } from '../../platform/host-permissions.ts';

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
    enabled: ownValue(settings.builtInSources, descriptor.id)?.enabled ?? true,
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
 * Host permissions a custom source needs: where its source.json lives and where its ranges (and OPRF
 * evaluations) are sent. For the templates that is the origin of the filled-in URL, the one the request
 * really goes to; a template whose origin would depend on the prefix has none (validation refuses it,
 * and the range client would refuse to send it). Built-in sources are covered by host_permissions.
 */
export function originsOf(source: ConfiguredSource): string[] {
  return originPatternsFor(requestUrlsOf(source));
}

/** The same places as originsOf, as the person is shown them: host and port (`127.0.0.1:8080`). */
export function addressesOf(source: ConfiguredSource): string[] {
  return addressesFor(requestUrlsOf(source));
}

function requestUrlsOf(source: ConfiguredSource): string[] {
  if (source.custom === undefined) return [];
  const { descriptor } = source;
  const templates = [descriptor.rangeUrl];
  if (descriptor.hash.algorithm === 'oprf') templates.push(descriptor.hash.evaluateUrl);
  const requested = templates.flatMap((t) => requestOriginOf(t) ?? []);
  return [source.custom.url, ...requested];
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
