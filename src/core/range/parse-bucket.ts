import type { IdentifierKind } from '../identifiers/types.ts';
import type { ParsedBucket } from './bucket.ts';
import { CheckFailure } from './errors.ts';
import { parseHibpSha1Body } from './parse-hibp-sha1.ts';
import { parseXcV1Body } from './parse-xc-v1.ts';
import type { SourceDescriptor } from './types.ts';

/** Validates a range body against what the source declares for `kind`. Throws CheckFailure. */
export function parseBucket(body: string, source: SourceDescriptor, kind: IdentifierKind): ParsedBucket {
  if (source.scheme === 'hibp-sha1') return parseHibpSha1Body(body);
  if (source.scheme === 'xc-v1') {
    return parseXcV1Body(body, { breachCount: source.breaches.length, lines: source.buckets[kind]?.lines });
  }
  throw new CheckFailure('unsupported', `the ${source.scheme} scheme is not supported yet`);
}
