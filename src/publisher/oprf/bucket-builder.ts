import type { IdentifierKind } from '../../core/identifiers/types.ts';
import {
  bitmapFromIndexes,
  lineKeyFromOutput,
  OPRF_MAX_BREACHES,
  oprfInput,
  oprfPublicPrefix,
  poprfFor,
  xorHex,
} from '../../core/oprf/index.ts';
import { recommendedPrefixBits } from '../../core/range/prefix.ts';
import type { OprfKey } from './key-file.ts';

/** One normalised row: `breach` indexes the source's `breaches`. */
export interface OprfRecord {
  kind: IdentifierKind;
  canonical: string;
  breach: number;
}

function indexesOf(bits: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; bits >> BigInt(i) !== 0n; i++) if (((bits >> BigInt(i)) & 1n) === 1n) out.push(i);
  return out;
}

/** Real (non-padding) lines of one kind: prefix → tag → sealed bitmap. */
export interface OprfKindBuckets {
  prefixBits: number;
  buckets: Map<string, Map<string, string>>;
  /** Largest real bucket: every bucket of the kind is padded to this many lines. */
  lines: number;
  distinct: number;
}

export interface OprfBucketBuilderOptions {
  sourceId: string;
  key: OprfKey;
  kinds: readonly IdentifierKind[];
  breachCount: number;
  prefixBits?: Partial<Record<IdentifierKind, number>>;
}

/**
 * Collects rows (merging the breaches of repeated identifiers), then evaluates the POPRF once per distinct
 * identifier with the secret key. Memory grows with distinct identifiers (~150 bytes each, measured).
 */
export class OprfBucketBuilder {
  // Identifier → breaches it is in, as a bit set (a Set per identifier would cost ~3× the memory).
  private readonly pending = new Map<string, bigint>();
  private rows = 0;

  constructor(private readonly options: OprfBucketBuilderOptions) {
    if (options.breachCount < 1 || options.breachCount > OPRF_MAX_BREACHES) {
      throw new RangeError(`an xc-oprf-v1 source lists 1–${OPRF_MAX_BREACHES} breaches`);
    }
  }

  add(record: OprfRecord): void {
    if (!this.options.kinds.includes(record.kind))
      throw new RangeError(`kind ${record.kind} is not in this source`);
    if (!Number.isInteger(record.breach) || record.breach < 0 || record.breach >= this.options.breachCount) {
      throw new RangeError(`breach index ${record.breach} is out of range`);
    }
    const id = `${record.kind}\0${record.canonical}`;
    this.pending.set(id, (this.pending.get(id) ?? 0n) | (1n << BigInt(record.breach)));
    this.rows++;
  }

  get rowCount(): number {
    return this.rows;
  }

  get distinctCount(): number {
    return this.pending.size;
  }

  prefixBitsFor(kind: IdentifierKind): number {
    return this.options.prefixBits?.[kind] ?? recommendedPrefixBits(kind);
  }

  /** Evaluates everything collected. `onProgress` is called every 1,000 evaluations. */
  async finish(
    onProgress?: (done: number, total: number) => void,
  ): Promise<Map<IdentifierKind, OprfKindBuckets>> {
    const { sourceId, key, breachCount } = this.options;
    const result = new Map<IdentifierKind, OprfKindBuckets>();
    for (const kind of this.options.kinds) {
      result.set(kind, { prefixBits: this.prefixBitsFor(kind), buckets: new Map(), lines: 1, distinct: 0 });
    }
    let done = 0;
    for (const [id, breaches] of this.pending) {
      const split = id.indexOf('\0');
      const kind = id.slice(0, split) as IdentifierKind;
      const canonical = id.slice(split + 1);
      const target = result.get(kind);
      if (target === undefined) continue;
      const input = oprfInput(kind, canonical);
      const output = poprfFor(sourceId, kind).evaluate(key.secretKey, input);
      const { tag, mask } = lineKeyFromOutput(output, breachCount);
      const prefix = await oprfPublicPrefix(kind, canonical, target.prefixBits);
      const bucket = target.buckets.get(prefix) ?? new Map<string, string>();
      bucket.set(tag, xorHex(bitmapFromIndexes(indexesOf(breaches), breachCount), mask));
      target.buckets.set(prefix, bucket);
      target.lines = Math.max(target.lines, bucket.size);
      target.distinct++;
      if (++done % 1000 === 0) onProgress?.(done, this.pending.size);
    }
    onProgress?.(done, this.pending.size);
    return result;
  }
}
