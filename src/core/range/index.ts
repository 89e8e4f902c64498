export * from './types.ts';
export { parseSourceDescriptor, SourceDescriptorError } from './source-descriptor.ts';
export {
  pwnedPasswordsSource,
  PWNED_PASSWORDS_BASE_URL,
  PWNED_PASSWORDS_SOURCE_ID,
} from './pwned-passwords-source.ts';
export { computeRangeKey, UnsupportedCheckError } from './range-key.ts';
export {
  anonymitySet,
  maxPrefixBits,
  recommendedPrefixBits,
  prefixOf,
  prefixHexLength,
  MIN_ANONYMITY_SET,
} from './prefix.ts';
export {
  xcV1Hash,
  xcV1Split,
  xcV1Input,
  XC_V1_DEFAULT_ITERATIONS,
  XC_V1_SUFFIX_LENGTH,
} from './hash-xc-v1.ts';
export { hibpSha1Key } from './hash-hibp-sha1.ts';
export { hibpEmailKey, HIBP_EMAIL_PREFIX_LENGTH, HIBP_EMAIL_SUFFIX_LENGTH } from './hibp-email-key.ts';
export { isAllowedSourceProtocol, isLocalHttpHost, LOCAL_HTTP_HOSTS, LOCAL_HTTP_RULE } from './url-safety.ts';
export { requestOriginOf, PLACEHOLDER_RULE } from './url-template.ts';
export { bytesToBase64Url, base64UrlToBytes, toHex } from './hex.ts';
export { checkIdentifier, checkRangeKey } from './check-identifier.ts';
export { createRangeClient, RANGE_CLIENT_DEFAULTS } from './range-client.ts';
export type { CallOptions, RangeClient, RangeClientOptions, SourcesById } from './range-client.ts';
export { parseHibpSha1Body } from './parse-hibp-sha1.ts';
export { parseXcV1Body, bitmapWidth } from './parse-xc-v1.ts';
export type { XcV1BodyLayout } from './parse-xc-v1.ts';
export type { ParsedBucket } from './bucket.ts';
export { CheckFailure } from './errors.ts';
export { keyParamsOf, keyChangesBetween, KEY_CHANGES } from './key-params.ts';
export type { KeyChange } from './key-params.ts';
