import type { BreachRef, IdentifierKind } from '../../core/index.ts';
import type { CsvDelimiter } from '../input/csv-fields.ts';
import type { InputFormat } from '../input/read-input.ts';

export const PUBLISH_SCHEMES = ['xc-v1', 'hibp-sha1', 'xc-oprf-v1'] as const;
export type PublishScheme = (typeof PUBLISH_SCHEMES)[number];

/** One input file and what to take from it. */
export interface PlanInput {
  path: string;
  format: InputFormat;
  /** Kinds read from every row (several only for CSV/NDJSON with one column per kind). */
  kinds: IdentifierKind[];
  /** Column (CSV) or field path (NDJSON) per kind, when not picked by name. */
  columns: Partial<Record<IdentifierKind, string>>;
  delimiter?: CsvDelimiter | undefined;
  /** Id of the breach (in `breaches`) the rows of this file belong to. */
  breach: string;
}

/** Everything a build needs, fully resolved: the same plan always yields the same bytes. */
export interface BuildPlan {
  sourceId: string;
  name: string;
  publisher: string;
  homepage?: string | undefined;
  scheme: PublishScheme;
  /** PBKDF2 iterations (xc-v1). */
  iterations: number;
  /** base64url salt (xc-v1); also seeds the padding. */
  salt: string;
  /** Upper bound on prefix bits for every kind (the safe maximum per kind applies anyway). */
  maxPrefixBits?: number | undefined;
  /** Pad every bucket to at least this many lines (keeps sizes steady across updates). */
  minLines: number;
  /** ISO date-time written as `updated`. */
  updated: string;
  breaches: BreachRef[];
  inputs: PlanInput[];
  out: string;
  /** Fail (and write nothing) when any row is invalid. */
  strict: boolean;
  /**
   * Fail (and write nothing) when more than this percentage of an input's rows is invalid (default 5,
   * see input-quality.ts); an input without a single valid row always fails.
   */
  maxInvalidPercent?: number | undefined;
  /** xc-oprf-v1: the secret key file, read or created on the first build; never inside `out`. */
  keyFile?: string | undefined;
  /** xc-oprf-v1: where clients POST evaluations (default "evaluate", next to source.json). */
  evaluateUrl?: string | undefined;
  /** xc-oprf-v1: whole lists or prefix buckets; "auto" (default) lists up to 5 M distinct identifiers. */
  layout?: 'auto' | 'list' | 'buckets' | undefined;
}

/** A plan that cannot be built as given; the message says what to change. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}

/** Kinds in the order they first appear in the inputs. */
export function planKinds(plan: Pick<BuildPlan, 'inputs'>): IdentifierKind[] {
  return [...new Set(plan.inputs.flatMap((i) => i.kinds))];
}
