import type { ListEntry } from '../../core/oprf/list-file.ts';
import { fingerprintBits, type ListShape } from '../../core/oprf/list-shape.ts';
import { ListEntryArrays } from './list-entry-arrays.ts';

/**
 * Chooses a list's padding as one walk through the padding sequence would: a candidate is taken when
 * its fingerprint is neither a listed one nor that of an earlier candidate, until enough are taken.
 * The listed entries are not held here (they are streamed from disk), so a clash with one is found
 * while the list is written and reported with `markClash`; the next `choose` then draws replacements.
 * Candidates are kept in typed arrays, a few bytes each.
 */
export class PaddingChoice {
  private readonly candidates: ListEntryArrays;
  private readonly clashing = new Set<number>();

  constructor(
    private readonly pad: Iterator<ListEntry>,
    sealBytes: number,
  ) {
    this.candidates = new ListEntryArrays(sealBytes);
  }

  tag(index: number): bigint {
    return this.candidates.tag(index);
  }

  sealed(index: number): Uint8Array {
    return this.candidates.sealed(index);
  }

  /** Candidate `index` shares its fingerprint with a listed entry (for the shape of the last `choose`). */
  markClash(index: number): void {
    this.clashing.add(index);
  }

  /** Forgets the clashes: they depend on the fingerprint width, which a new shape changes. */
  reset(): void {
    this.clashing.clear();
  }

  /** The indexes of the `needed` candidates to pad with, in ascending tag order. */
  choose(shape: ListShape, needed: number): Uint32Array {
    for (;;) {
      const order = this.candidates.orderByTag();
      const taken = this.taken(order, shape);
      let count = 0;
      for (const t of taken) count += t;
      if (count >= needed) {
        // The first `needed` taken in draw order: the ones a sequential walk would have stopped at.
        for (let i = 0, kept = 0; i < taken.length; i++) {
          if (taken[i] === 1 && ++kept > needed) taken[i] = 0;
        }
        return order.filter((i) => taken[i] === 1);
      }
      this.draw(needed - count);
    }
  }

  /** 1 for each candidate that is the earliest drawn of its fingerprint and clashes with no listed one. */
  private taken(order: Uint32Array, shape: ListShape): Uint8Array {
    const taken = new Uint8Array(this.candidates.length);
    for (let start = 0; start < order.length;) {
      const fingerprint = fingerprintBits(this.tag(order[start] ?? 0), shape);
      let first = order[start] ?? 0;
      let end = start + 1;
      for (; end < order.length && fingerprintBits(this.tag(order[end] ?? 0), shape) === fingerprint; end++) {
        first = Math.min(first, order[end] ?? 0);
      }
      // A later candidate with a clashing one's fingerprint clashes too: it is never taken either.
      if (!this.clashing.has(first)) taken[first] = 1;
      start = end;
    }
    return taken;
  }

  private draw(count: number): void {
    for (let i = 0; i < count; i++) {
      const next = this.pad.next();
      if (next.done === true) throw new Error('padding ran out');
      this.candidates.push(next.value.tag, next.value.sealed);
    }
  }
}
