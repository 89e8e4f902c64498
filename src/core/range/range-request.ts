import { oprfSuffixLength } from '../oprf/sealed-line.ts';
import { CheckFailure } from './errors.ts';
import { HIBP_SUFFIX_LENGTH } from './hash-hibp-sha1.ts';
import { XC_V1_SUFFIX_LENGTH } from './hash-xc-v1.ts';
import { keyParamsOf } from './key-params.ts';
import { prefixHexLength, prefixOf } from './prefix.ts';
import type { RangeKey, SourceDescriptor } from './types.ts';
import { fillSendableTemplate } from './url-template.ts';

/** Exactly what goes over the wire for one key: a URL holding the prefix (and kind), and headers. */
export interface RangeRequest {
  url: string;
  headers: Record<string, string>;
}

const unsupported = (detail: string): CheckFailure => new CheckFailure('unsupported', detail);

/** A stored key is re-checked only against the very source, scheme and hash parameters it was made for. */
function assertKeyFits(key: RangeKey, source: SourceDescriptor): void {
  if (source.scheme !== 'hibp-sha1' && source.scheme !== 'xc-v1' && source.scheme !== 'xc-oprf-v1') {
    throw unsupported(`the ${source.scheme} scheme is not supported yet`);
  }
  if (key.sourceId !== source.id || key.scheme !== source.scheme) {
    throw unsupported('the saved check was made for a different source');
  }
  if (!source.kinds.includes(key.kind))
    throw unsupported('the source does not cover this kind of identifier');
  const bits = source.buckets[key.kind]?.prefixBits;
  if (bits === undefined || key.params !== keyParamsOf(source, key.kind)) {
    throw unsupported(
      'the source has changed how it hashes identifiers since this check was saved; enter the identifier again',
    );
  }
  const suffixLength =
    source.scheme === 'hibp-sha1'
      ? HIBP_SUFFIX_LENGTH
      : source.scheme === 'xc-v1'
        ? XC_V1_SUFFIX_LENGTH
        : oprfSuffixLength(source.breaches.length);
  const prefixOk =
    /^[0-9A-F]+$/.test(key.prefix) &&
    key.prefix.length === prefixHexLength(bits) &&
    prefixOf(key.prefix, bits) === key.prefix;
  if (!prefixOk || !new RegExp(`^[0-9A-F]{${suffixLength}}$`).test(key.suffix)) {
    throw unsupported('the saved check is damaged; enter the identifier again');
  }
}

/** Builds the request for `key`; throws an `unsupported` CheckFailure when the key cannot be sent. */
export function rangeRequestFor(key: RangeKey, source: SourceDescriptor): RangeRequest {
  assertKeyFits(key, source);
  const url = fillSendableTemplate(source.rangeUrl, key, 'range address');
  // Padding hides the bucket's real size from anyone watching the wire; xc-v1 buckets are padded at rest.
  const headers: Record<string, string> = source.scheme === 'hibp-sha1' ? { 'Add-Padding': 'true' } : {};
  return { url, headers };
}
