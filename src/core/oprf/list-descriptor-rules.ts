import type { IdentifierKind } from '../identifiers/types.ts';
import { decodeExactBase64Url } from './base64url.ts';
import { OPRF_MAX_BREACHES, OPRF_SCHEME } from './constants.ts';
import { OPRF_LIST_MAX_BYTES } from './list-constants.ts';
import { listBytes, listShape } from './list-shape.ts';

/** What a descriptor says about one kind's list: enough to refuse a cut-off or swapped file. */
export interface ListDeclaration {
  /** Padded entry count in the file's header. */
  entries: number;
  /** Exact file size in bytes. */
  bytes: number;
  /** SHA-256 of the whole file, base64url (43 characters). */
  sha256: string;
}

interface ListDescriptorFields {
  scheme: string;
  rangeUrl: string;
  kinds: readonly IdentifierKind[];
  lists?: Partial<Record<IdentifierKind, ListDeclaration>> | undefined;
  breaches: readonly unknown[];
}

/**
 * The rules for `"layout": "list"` on top of the common ones: only for xc-oprf-v1, a list URL without
 * `{prefix}` (nothing identifier-dependent may be in it), and for every kind a declared entry count,
 * size and digest that agree with each other. Returns readable issues; empty when fine.
 */
export function oprfListDescriptorIssues(raw: ListDescriptorFields): string[] {
  const issues: string[] = [];
  if (raw.scheme !== OPRF_SCHEME) issues.push(`layout: "list" exists only for ${OPRF_SCHEME}`);
  if (raw.rangeUrl.includes('{prefix}')) {
    issues.push('rangeUrl: a list is one file per kind, so it must not contain {prefix}');
  }
  if (raw.breaches.length > OPRF_MAX_BREACHES) issues.push(`breaches: at most ${OPRF_MAX_BREACHES}`);
  for (const kind of raw.kinds) {
    const list = raw.lists?.[kind];
    if (list === undefined) {
      issues.push(`lists.${kind}: required for layout "list"`);
      continue;
    }
    if (decodeExactBase64Url(list.sha256, 32) === undefined) {
      issues.push(`lists.${kind}.sha256: 32 bytes in base64url`);
    }
    let expected: number | undefined;
    try {
      expected = listBytes(listShape(list.entries, Math.max(1, raw.breaches.length)));
    } catch {
      expected = undefined;
    }
    if (list.bytes > OPRF_LIST_MAX_BYTES) issues.push(`lists.${kind}.bytes: over the client's cap`);
    // The fingerprint width may be wider than the minimum (a build adds a bit on a collision), so the
    // size is checked only to be at least the minimum for the count.
    if (expected === undefined || list.bytes < expected) {
      issues.push(`lists.${kind}: ${list.bytes} bytes cannot hold ${list.entries} entries`);
    }
  }
  return issues;
}
