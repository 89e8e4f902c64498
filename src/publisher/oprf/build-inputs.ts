import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { OprfRecord } from './oprf-records.ts';
import type { OprfKey } from './key-file.ts';
import type { PoprfBackendName } from './poprf-backends.ts';
import type { OprfSourceMeta } from './write-oprf-source.ts';

/** What every programmatic xc-oprf-v1 build takes, whichever layout it writes. */
export interface OprfBuildInputs {
  outDir: string;
  key: OprfKey;
  /** Where the key lives; checked to be outside `outDir` so it can never be published with it. */
  keyPath?: string;
  meta: OprfSourceMeta;
  kinds: readonly IdentifierKind[];
  records: Iterable<OprfRecord> | AsyncIterable<OprfRecord>;
  onProgress?: (done: number, total: number) => void;
  /** The group library for the evaluations (default: libsodium, the fastest). */
  backend?: PoprfBackendName;
}
