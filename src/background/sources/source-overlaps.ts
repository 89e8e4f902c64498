import type { SourceView } from '../../contracts/index.ts';
import type { ConfiguredSource } from './configured-sources.ts';

type Overlap = NonNullable<SourceView['overlaps']>[number];

const publisherOf = (s: ConfiguredSource): string => s.descriptor.publisher.trim().toLowerCase();

/** Hosts a source's requests go to: its source.json and its range files. */
function hostsOf(s: ConfiguredSource): Set<string> {
  const urls = [s.descriptor.rangeUrl, ...(s.custom === undefined ? [] : [s.custom.url])];
  return new Set(
    urls.flatMap((u) => {
      try {
        return [new URL(u).hostname];
      } catch {
        return [];
      }
    }),
  );
}

/**
 * Other sources that share a publisher or a host with `source` and cover one of its kinds. Each source
 * has its own salt, so checking one identifier against both hands that party two different prefixes of
 * it, which together narrow it down far below what one prefix does. Shown as a warning; the person
 * decides which to keep enabled.
 */
export function overlapsOf(source: ConfiguredSource, all: readonly ConfiguredSource[]): Overlap[] {
  const hosts = hostsOf(source);
  return all.flatMap((other): Overlap[] => {
    if (other.descriptor.id === source.descriptor.id) return [];
    const kinds = other.descriptor.kinds.filter((k) => source.descriptor.kinds.includes(k));
    if (kinds.length === 0) return [];
    const samePublisher = publisherOf(other) === publisherOf(source);
    const sameHost = [...hostsOf(other)].some((h) => hosts.has(h));
    if (!samePublisher && !sameHost) return [];
    const { id, name } = other.descriptor;
    return [{ id, name, kinds, sharedBy: samePublisher ? 'publisher' : 'host' }];
  });
}
