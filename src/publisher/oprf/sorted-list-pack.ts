import type { ListEntry } from '../../core/oprf/list-file.ts';
import { ListPacker } from '../../core/oprf/list-packer.ts';
import { fingerprintBits, listShape, paddedEntries, type ListShape } from '../../core/oprf/list-shape.ts';
import { PaddingChoice } from './list-padding-choice.ts';

/** The listed (real) entries of one list, in ascending tag order; each `forEach` is a new pass. */
export interface SortedListEntries {
  readonly count: number;
  /** `tag`: the tag's leading 8 bytes as one number (tagBits); `sealed` is only valid during the call. */
  forEach(visit: (tag: bigint, sealed: Uint8Array) => void): void;
}

/** Why a write pass did not give a file: two listed entries share a fingerprint, or padding clashed. */
type Pass = { file: Uint8Array } | { shared: true } | { clashes: number[] };

function writePass(
  real: SortedListEntries,
  padding: PaddingChoice,
  shape: ListShape,
  binding: Uint8Array,
): Pass {
  const chosen = padding.choose(shape, shape.entries - real.count);
  const packer = new ListPacker(shape, binding);
  const remainderBits = BigInt(shape.remainderBits);
  const mask = (1n << remainderBits) - 1n;
  const clashes: number[] = [];
  let shared = false;
  let previous = -1n;
  let previousPad = -1;
  // Fingerprints are the tags' leading bits, so tag order is fingerprint order and equal fingerprints
  // arrive next to each other.
  const emit = (tag: bigint, sealed: Uint8Array, padIndex: number): void => {
    const fingerprint = fingerprintBits(tag, shape);
    if (fingerprint === previous) {
      if (padIndex < 0 && previousPad < 0) shared = true;
      else clashes.push(padIndex < 0 ? previousPad : padIndex);
    } else if (!shared && clashes.length === 0) {
      packer.add(Number(fingerprint >> remainderBits), Number(fingerprint & mask), sealed);
    }
    previous = fingerprint;
    previousPad = padIndex;
  };
  let next = 0;
  const emitPaddingBelow = (tag: bigint | undefined): void => {
    for (; next < chosen.length; next++) {
      const index = chosen[next] ?? 0;
      if (tag !== undefined && padding.tag(index) >= tag) return;
      emit(padding.tag(index), padding.sealed(index), index);
    }
  };
  real.forEach((tag, sealed) => {
    emitPaddingBelow(tag);
    emit(tag, sealed, -1);
  });
  emitPaddingBelow(undefined);
  if (shared) return { shared };
  if (clashes.length > 0) return { clashes };
  return { file: packer.finish() };
}

/**
 * The list file for `real` entries streamed in tag order: padded to paddedEntries, with the narrowest
 * fingerprint width (listShape plus `extra` bits) under which no two listed entries share a fingerprint,
 * and padded with the first candidates of `pad` whose fingerprints are new. These are the bytes the
 * in-memory build wrote (test/unit/publisher/oprf/padded-list-reference.ts holds its padding). Only the
 * file and the padding candidates are held in memory; a collision is rare (about entries² / 2^width)
 * and costs one more pass over `real`.
 */
export function packSortedList(
  real: SortedListEntries,
  pad: Iterator<ListEntry>,
  breachCount: number,
  binding: Uint8Array,
): { shape: ListShape; file: Uint8Array } {
  const entries = paddedEntries(real.count);
  const padding = new PaddingChoice(pad, Math.ceil(breachCount / 8));
  for (let extra = 0; ; extra++) {
    const shape = listShape(entries, breachCount, extra);
    padding.reset();
    for (;;) {
      const pass = writePass(real, padding, shape, binding);
      if ('file' in pass) return { shape, file: pass.file };
      if ('shared' in pass) break;
      for (const index of pass.clashes) padding.markClash(index);
    }
  }
}
