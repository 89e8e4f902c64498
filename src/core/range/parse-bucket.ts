import type { IdentifierKind } from '../identifiers/types.ts';
import { parseOprfBucket } from '../oprf/bucket-parser.ts';
import { bitmapHexLength } from '../oprf/sealed-line.ts';
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
  if (source.scheme === 'xc-oprf-v1') {
    const lines = source.buckets[kind]?.lines;
    if (lines === undefined)
      throw new CheckFailure('unsupported', 'it declares no padded bucket size for this kind');
    const shape = { lines, bitmapHexLength: bitmapHexLength(source.breaches.length) };
    return { scheme: 'xc-oprf-v1', sealed: parseOprfBucket(body, shape) };
  }
  throw new CheckFailure('unsupported', `the ${source.scheme} scheme is not supported yet`);
}
