import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import type { SourceDescriptor } from '../range/types.ts';
import { assertSendableTemplate, fillTemplate } from '../range/url-template.ts';
import { decodeExactBase64Url } from './base64url.ts';
import { OPRF_ELEMENT_BYTES, OPRF_MAX_BREACHES, OPRF_SCHEME, OPRF_SUITE } from './constants.ts';
import { bitmapHexLength } from './sealed-line.ts';

/** Everything a check needs from an xc-oprf-v1 descriptor, validated for one identifier kind. */
export interface OprfCheckParams {
  sourceId: string;
  keyId: string;
  publicKey: Uint8Array;
  evaluateUrl: string;
  bucketUrl: (prefix: string) => string;
  prefixBits: number;
  lines: number;
  bitmapHexLength: number;
}

const unsupported = (detail: string) => new CheckFailure('unsupported', detail);

export function oprfCheckParams(id: ParsedIdentifier, source: SourceDescriptor): OprfCheckParams {
  const { hash } = source;
  if (source.scheme !== OPRF_SCHEME || hash.algorithm !== 'oprf') {
    throw unsupported(`it is not an ${OPRF_SCHEME} source`);
  }
  if (hash.suite !== OPRF_SUITE) throw unsupported(`its OPRF suite ${hash.suite} is not ${OPRF_SUITE}`);
  const publicKey = decodeExactBase64Url(hash.publicKey, OPRF_ELEMENT_BYTES);
  if (publicKey === undefined) throw unsupported('it does not publish a valid OPRF public key');
  if (!source.kinds.includes(id.kind)) throw unsupported('it does not cover this kind of identifier');
  const layout = source.buckets[id.kind];
  if (layout?.lines === undefined)
    throw unsupported('it does not declare a padded bucket size for this kind');
  if (source.breaches.length > OPRF_MAX_BREACHES)
    throw unsupported('it lists more breaches than the scheme allows');
  // Checked whole (before {kind} is filled in), so a placeholder in the host name is caught.
  assertSendableTemplate(source.rangeUrl, 'range address');
  assertSendableTemplate(hash.evaluateUrl, 'evaluation address');
  return {
    sourceId: source.id,
    keyId: hash.keyId,
    publicKey,
    evaluateUrl: hash.evaluateUrl,
    bucketUrl: (prefix) => fillTemplate(source.rangeUrl, { prefix, kind: id.kind }),
    prefixBits: layout.prefixBits,
    lines: layout.lines,
    bitmapHexLength: bitmapHexLength(source.breaches.length),
  };
}
