import type { IdentifierKind } from '../../core/identifiers/types.ts';

/** One normalised row: `breach` indexes the source's `breaches`. */
export interface OprfRecord {
  kind: IdentifierKind;
  canonical: string;
  breach: number;
}

/** Real (non-padding) lines of one kind: prefix → tag → sealed bitmap. */
export interface OprfKindBuckets {
  prefixBits: number;
  buckets: Map<string, Map<string, string>>;
  /** Largest real bucket: every bucket of the kind is padded to this many lines. */
  lines: number;
  distinct: number;
}
