import type { IdentifierKind } from '../identifiers/types.ts';
import { decodeExactBase64Url } from './base64url.ts';
import { OPRF_ELEMENT_BYTES, OPRF_SUITE } from './constants.ts';

interface OprfHashFields {
  suite: string;
  keyId: string;
  publicKey?: string | undefined;
}

/**
 * What an xc-oprf-v1 descriptor must say beyond the common rules: the one suite clients implement, a
 * public key (the evaluation's proof is checked against it, so a wrong or swapped key is an error and
 * never a silent "not found"), and a padded line count per kind (padding is what makes a bucket's size
 * say nothing). Returns readable issues; empty when fine.
 */
export function oprfDescriptorIssues(
  hash: OprfHashFields,
  kinds: readonly IdentifierKind[],
  buckets: Partial<Record<IdentifierKind, { lines?: number | undefined }>>,
): string[] {
  const issues: string[] = [];
  if (hash.suite !== OPRF_SUITE) issues.push(`hash.suite: xc-oprf-v1 uses "${OPRF_SUITE}"`);
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(hash.keyId)) issues.push('hash.keyId: letters, digits, ".", "_" or "-"');
  if (decodeExactBase64Url(hash.publicKey, OPRF_ELEMENT_BYTES) === undefined) {
    issues.push('hash.publicKey: required, a 32-byte ristretto255 element in base64url');
  }
  for (const kind of kinds) {
    if (buckets[kind]?.lines === undefined) issues.push(`buckets.${kind}.lines: required for xc-oprf-v1`);
  }
  return issues;
}
