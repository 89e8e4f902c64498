import type { IdentifierKind } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import type { SourceDescriptor } from '../range/types.ts';
import { assertSendableTemplate, fillTemplate } from '../range/url-template.ts';
import { decodeExactBase64Url } from './base64url.ts';
import { OPRF_ELEMENT_BYTES, OPRF_MAX_BREACHES, OPRF_SCHEME, OPRF_SUITE } from './constants.ts';
import type { OprfEvaluationParams } from './evaluate-identifier.ts';
import { OPRF_LIST_MAX_BYTES } from './list-constants.ts';
import { listBinding } from './list-keys.ts';

/** Everything a whole-list check needs from a descriptor, validated for one kind. */
export interface OprfListParams extends OprfEvaluationParams {
  kind: IdentifierKind;
  /** Same for every person: the URL holds the kind at most. */
  listUrl: string;
  entries: number;
  bytes: number;
  sha256: Uint8Array;
  sealBits: number;
  binding: Uint8Array;
}

const unsupported = (detail: string) => new CheckFailure('unsupported', detail);

export const isListSource = (source: SourceDescriptor | undefined): boolean =>
  source?.scheme === OPRF_SCHEME && source.layout === 'list';

/** Re-checked here: a descriptor built by hand never went through parseSourceDescriptor. */
export function oprfListParams(kind: IdentifierKind, source: SourceDescriptor): OprfListParams {
  const { hash } = source;
  if (!isListSource(source) || hash.algorithm !== 'oprf') {
    throw unsupported(`it is not an ${OPRF_SCHEME} list source`);
  }
  if (hash.suite !== OPRF_SUITE) throw unsupported(`its OPRF suite ${hash.suite} is not ${OPRF_SUITE}`);
  const publicKey = decodeExactBase64Url(hash.publicKey, OPRF_ELEMENT_BYTES);
  if (publicKey === undefined) throw unsupported('it does not publish a valid OPRF public key');
  if (!source.kinds.includes(kind)) throw unsupported('it does not cover this kind of identifier');
  const list = source.lists?.[kind];
  const sha256 = decodeExactBase64Url(list?.sha256, 32);
  if (list === undefined || sha256 === undefined || list.bytes > OPRF_LIST_MAX_BYTES) {
    throw unsupported('it does not describe a usable list for this kind');
  }
  const breaches = source.breaches.length;
  if (breaches < 1 || breaches > OPRF_MAX_BREACHES) throw unsupported('its breach count is out of range');
  if (source.rangeUrl.includes('{prefix}')) throw unsupported('its list address depends on the identifier');
  // Checked whole (before {kind} is filled in), so a placeholder in the host name is caught.
  assertSendableTemplate(source.rangeUrl, 'list address');
  assertSendableTemplate(hash.evaluateUrl, 'evaluation address');
  const listUrl = fillTemplate(source.rangeUrl, { prefix: '', kind });
  return {
    kind,
    sourceId: source.id,
    keyId: hash.keyId,
    publicKey,
    evaluateUrl: hash.evaluateUrl,
    listUrl,
    entries: list.entries,
    bytes: list.bytes,
    sha256,
    sealBits: breaches,
    binding: listBinding(source.id, kind, hash.keyId),
  };
}
