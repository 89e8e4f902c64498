import { createHmac } from 'node:crypto';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { OPRF_MAX_BREACHES, oprfInput, poprfFor } from '../../core/oprf/index.ts';
import { OPRF_LIST_DEFAULT_MAX_DISTINCT } from '../../core/oprf/list-constants.ts';
import type { ListEntry } from '../../core/oprf/list-file.ts';
import { listKeyFromOutput } from '../../core/oprf/list-keys.ts';
import type { OprfRecord } from './bucket-builder.ts';
import type { OprfKey } from './key-file.ts';
import { loadRistrettoOps, PoprfServers, type PoprfBackendName } from './poprf-backends.ts';

/** The evaluation `finish` uses, on the fast backend by default (loaded once per process). */
export async function listEvaluator(
  sourceId: string,
  key: OprfKey,
  backend: PoprfBackendName = 'sodium',
): Promise<ListEvaluate> {
  const servers = new PoprfServers(await loadRistrettoOps(backend), sourceId, key.secretKey);
  return (kind, input) => servers.for(kind).evaluate(input);
}

/** Thrown by `add` when an automatic layout choice should fall back to buckets. */
export class TooManyForListError extends Error {
  override readonly name = 'TooManyForListError';
}

/** The POPRF evaluation of one input (with the builder's key) for one kind. */
export type ListEvaluate = (kind: IdentifierKind, input: Uint8Array) => Uint8Array;

export interface OprfListBuilderOptions {
  sourceId: string;
  key: OprfKey;
  kinds: readonly IdentifierKind[];
  breachCount: number;
  /** Distinct identifiers beyond which `add` throws TooManyForListError (Infinity: never). */
  maxDistinct?: number;
}

/** The real entries of one kind, before padding. */
export interface OprfKindList {
  entries: ListEntry[];
  distinct: number;
}

/** Breach bits MSB-first (bit i = breach i), sealed with the entry's seal key. */
export function sealBreaches(breaches: bigint, seal: Uint8Array, breachCount: number): Uint8Array {
  const sealed = new Uint8Array(Math.ceil(breachCount / 8));
  for (let i = 0; i < breachCount; i++) {
    if (((breaches >> BigInt(i)) & 1n) === 1n) sealed[i >>> 3] = (sealed[i >>> 3] ?? 0) | (0x80 >>> (i & 7));
  }
  return sealed.map((b, i) => b ^ (seal[i] ?? 0));
}

/**
 * Collects rows (merging the breaches of repeated identifiers), then evaluates the POPRF once per
 * distinct identifier with the secret key and turns each output into a list entry: a tag and the
 * breach bits sealed with the seal key derived from the same output.
 */
export class OprfListBuilder {
  private readonly pending = new Map<string, bigint>();
  private rows = 0;

  constructor(private readonly options: OprfListBuilderOptions) {
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
    const before = this.pending.get(id);
    if (
      before === undefined &&
      this.pending.size >= (this.options.maxDistinct ?? OPRF_LIST_DEFAULT_MAX_DISTINCT)
    ) {
      throw new TooManyForListError(`more than ${this.options.maxDistinct} distinct identifiers`);
    }
    this.pending.set(id, (before ?? 0n) | (1n << BigInt(record.breach)));
    this.rows++;
  }

  get rowCount(): number {
    return this.rows;
  }

  get distinctCount(): number {
    return this.pending.size;
  }

  /**
   * Evaluates everything collected (the map is emptied as it goes). `evaluate` is the group library to
   * use (`listEvaluator`: libsodium, about twice as fast); pure JavaScript when left out.
   */
  finish(
    onProgress?: (done: number, total: number) => void,
    evaluate?: ListEvaluate,
  ): Map<IdentifierKind, OprfKindList> {
    const { sourceId, key, breachCount } = this.options;
    const run: ListEvaluate =
      evaluate ?? ((kind, input) => poprfFor(sourceId, kind).evaluate(key.secretKey, input));
    const result = new Map<IdentifierKind, OprfKindList>();
    for (const kind of this.options.kinds) result.set(kind, { entries: [], distinct: 0 });
    const total = this.pending.size;
    let done = 0;
    for (const [id, breaches] of this.pending) {
      this.pending.delete(id);
      const split = id.indexOf('\0');
      const kind = id.slice(0, split) as IdentifierKind;
      const target = result.get(kind);
      if (target === undefined) continue;
      const output = run(kind, oprfInput(kind, id.slice(split + 1)));
      const { tag, seal } = listKeyFromOutput(output);
      target.entries.push({ tag, sealed: sealBreaches(breaches, seal, breachCount) });
      target.distinct++;
      if (++done % 1000 === 0) onProgress?.(done, total);
    }
    onProgress?.(done, total);
    return result;
  }
}

/**
 * Padding entries: HMAC output under a key derived from the secret key, so they look like real
 * entries (tags and sealed bits are pseudorandom either way) and a rebuild stays byte-identical.
 */
export function* listPadding(padKey: Buffer, kind: string, sealBytes: number): Generator<ListEntry> {
  for (let counter = 0; ; counter++) {
    const bytes = createHmac('sha512', padKey).update(`list\0${kind}\0${counter}`).digest();
    yield { tag: bytes.subarray(0, 8), sealed: bytes.subarray(32, 32 + sealBytes) };
  }
}
