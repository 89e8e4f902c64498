import { createHash } from 'node:crypto';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { OPRF_MAX_BREACHES, oprfInput } from '../../core/oprf/index.ts';
import type { OprfRecord } from './oprf-records.ts';
import { OprfSpill, type SpillSlice } from './oprf-spill.ts';
import { shardRange, type Shard } from './shard.ts';

// Top bits of the bucket that choose the partition: 256 partitions per kind at most, so buffers stay small.
const PARTITION_BITS = 8;

/** How one kind's rows are spread over partitions. */
export interface PartitionedKind {
  kind: IdentifierKind;
  prefixBits: number;
  /** Bucket bits below the partition's: a partition holds 2^partitionShift buckets. */
  partitionShift: number;
  /** The buckets this build keeps: all, or the shard's slice. */
  first: number;
  end: number;
}

/** One partition file that received rows, with the bucket range it covers. */
export interface RowPartition {
  kind: PartitionedKind;
  partition: number;
  slice: SpillSlice;
}

/**
 * The first step of every xc-oprf-v1 build, whichever layout it writes: rows are checked and go to
 * partition files by the top bits of their bucket (the leading `prefixBits` bits of SHA-256 of the
 * OPRF input, the public prefix of the bucket layout), so an identifier's every row lands in one
 * partition, which can then be deduplicated and evaluated on its own.
 */
export class OprfRowPartitions {
  private readonly spill: OprfSpill;
  private readonly byKind = new Map<IdentifierKind, PartitionedKind & { index: number }>();
  private rows = 0;

  constructor(
    dir: string,
    kinds: readonly IdentifierKind[],
    private readonly breachCount: number,
    prefixBitsOf: (kind: IdentifierKind) => number,
    shard?: Shard,
  ) {
    if (breachCount < 1 || breachCount > OPRF_MAX_BREACHES) {
      throw new RangeError(`an xc-oprf-v1 source lists 1–${OPRF_MAX_BREACHES} breaches`);
    }
    this.spill = new OprfSpill(dir);
    for (const [index, kind] of kinds.entries()) {
      const prefixBits = prefixBitsOf(kind);
      this.byKind.set(kind, {
        kind,
        index,
        prefixBits,
        partitionShift: Math.max(0, prefixBits - PARTITION_BITS),
        ...shardRange(shard, prefixBits),
      });
    }
  }

  get rowCount(): number {
    return this.rows;
  }

  get kinds(): PartitionedKind[] {
    return [...this.byKind.values()];
  }

  add(record: OprfRecord): void {
    const state = this.byKind.get(record.kind);
    if (state === undefined) throw new RangeError(`kind ${record.kind} is not in this source`);
    if (!Number.isInteger(record.breach) || record.breach < 0 || record.breach >= this.breachCount) {
      throw new RangeError(`breach index ${record.breach} is out of range`);
    }
    // The public prefix (oprfPublicPrefix), computed synchronously: the top prefixBits of SHA-256.
    const digest = createHash('sha256').update(oprfInput(record.kind, record.canonical)).digest();
    const bucket = digest.readUInt32BE(0) >>> (32 - state.prefixBits);
    this.rows++;
    if (bucket < state.first || bucket >= state.end) return;
    const partition = (state.index << PARTITION_BITS) | Math.floor(bucket / 2 ** state.partitionShift);
    this.spill.add(partition, { bucket, breach: record.breach, canonical: record.canonical });
  }

  /** Writes what is buffered; every partition that received rows, in partition order. */
  flush(): RowPartition[] {
    const kinds = [...this.byKind.values()];
    return this.spill.flush().map((partition) => {
      const kind = kinds[partition >>> PARTITION_BITS] as PartitionedKind;
      const first = (partition & ((1 << PARTITION_BITS) - 1)) * 2 ** kind.partitionShift;
      return {
        kind,
        partition,
        slice: {
          file: this.spill.path(partition),
          firstBucket: first,
          endBucket: first + 2 ** kind.partitionShift,
        },
      };
    });
  }
}
