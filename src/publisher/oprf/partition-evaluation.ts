import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { PoprfBackendName } from './poprf-backends.ts';

/** What evaluating one partition needs, whichever layout it is written into. */
export interface PartitionEvaluation {
  /** Larger partition files are split first (bounds the memory of the deduplicating map). */
  maxSliceBytes: number;
  kind: IdentifierKind;
  sourceId: string;
  secretKey: Uint8Array;
  breachCount: number;
  backend: PoprfBackendName;
}
