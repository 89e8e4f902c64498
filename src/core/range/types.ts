import type { IdentifierKind } from '../identifiers/types.ts';

export const RANGE_SCHEMES = ['hibp-sha1', 'xc-v1', 'xc-oprf-v1'] as const;
export type RangeScheme = (typeof RANGE_SCHEMES)[number];

/** One breach a source covers, as its publisher describes it. */
// Optional fields admit `undefined` because zod's inferred types do (exactOptionalPropertyTypes).
export interface BreachRef {
  id: string;
  title: string;
  operator: string;
  /** ISO 3166-1 alpha-2. */
  country?: string | undefined;
  /** YYYY-MM-DD (or YYYY-MM / YYYY when only that is known). */
  date: string;
  /** e.g. "national-id", "name", "email", "phone", "password", "lab-results". */
  dataClasses: string[];
  records?: number | undefined;
  /** Official notice by the breached organisation or a regulator. */
  notice?: string | undefined;
}

export type HashParameters =
  | { algorithm: 'sha1' }
  | { algorithm: 'pbkdf2-sha256'; iterations: number; salt: string }
  | { algorithm: 'oprf'; suite: string; keyId: string; publicKey?: string | undefined; evaluateUrl: string };

export interface BucketLayout {
  prefixBits: number;
  /** Every bucket file of this kind has exactly this many lines (padding included), when declared. */
  lines?: number | undefined;
}

/** One kind's whole-list file (layout "list"): entry count, exact size and SHA-256 (base64url). */
export interface ListLayout {
  entries: number;
  bytes: number;
  sha256: string;
}

/** A validated source descriptor; URLs are absolute. Build one with `parseSourceDescriptor`. */
export interface SourceDescriptor {
  format: 'exposure-check-source/1';
  id: string;
  name: string;
  publisher: string;
  homepage?: string | undefined;
  scheme: RangeScheme;
  kinds: IdentifierKind[];
  /** Absolute URL template with `{prefix}` and, for multi-kind sources, `{kind}`. */
  rangeUrl: string;
  hash: HashParameters;
  buckets: Partial<Record<IdentifierKind, BucketLayout>>;
  /**
   * xc-oprf-v1 only: "list" means one file per kind with every listed identifier (rangeUrl has no
   * `{prefix}`, `lists` describes each file); absent or "buckets" means prefix buckets.
   */
  layout?: 'buckets' | 'list' | undefined;
  lists?: Partial<Record<IdentifierKind, ListLayout>> | undefined;
  padded: boolean;
  breaches: BreachRef[];
  /** ISO 8601 date-time of the last update. */
  updated: string;
}

/** What is needed to (re-)check one identifier against one source, without the identifier itself. */
export interface RangeKey {
  sourceId: string;
  scheme: RangeScheme;
  kind: IdentifierKind;
  /** Upper-case hex, exactly what goes into the URL. */
  prefix: string;
  /** Upper-case hex the response is searched for. Stays on the device. */
  suffix: string;
  /**
   * Fingerprint of how the key was made (scheme, algorithm, work factor, salt, prefix bits; all public
   * descriptor fields). A re-check refuses a key whose source has since changed them: such a key could
   * never match and would otherwise read as "not found".
   */
  params: string;
}

export type CheckErrorCode =
  'network' | 'timeout' | 'http' | 'rate-limited' | 'malformed' | 'too-large' | 'redirect' | 'unsupported';

export type CheckOutcome =
  | { status: 'found'; count: number; breaches: BreachRef[] }
  | { status: 'not-found' }
  | { status: 'error'; code: CheckErrorCode; message: string; retryAfterSeconds?: number };

export interface CheckOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
}
