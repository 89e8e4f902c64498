import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import type { SourceDescriptor } from '../range/types.ts';
import { isLoopbackHost } from '../range/url-safety.ts';
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

/** Re-checked here: a descriptor built by hand never went through parseSourceDescriptor. */
export function assertPrivateUrl(href: string, what: string): void {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw unsupported(`its ${what} is not a valid URL`);
  }
  const httpOk = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!httpOk || url.username !== '' || url.password !== '') {
    throw unsupported(`its ${what} is not a private https address`);
  }
}

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
  const template = source.rangeUrl.replaceAll('{kind}', id.kind);
  assertPrivateUrl(template, 'range address');
  assertPrivateUrl(hash.evaluateUrl, 'evaluation address');
  return {
    sourceId: source.id,
    keyId: hash.keyId,
    publicKey,
    evaluateUrl: hash.evaluateUrl,
    bucketUrl: (prefix) => template.replaceAll('{prefix}', prefix),
    prefixBits: layout.prefixBits,
    lines: layout.lines,
    bitmapHexLength: bitmapHexLength(source.breaches.length),
  };
}
