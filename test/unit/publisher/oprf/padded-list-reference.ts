// The in-memory padding of the whole-list build before it streamed (src/publisher/oprf/list-writer.ts up
// to commit d1236ef), kept verbatim as the oracle packSortedList is held to.
import type { ListEntry } from '../../../../src/core/oprf/list-file.ts';
import {
  fingerprintOf,
  listShape,
  paddedEntries,
  type ListShape,
} from '../../../../src/core/oprf/list-shape.ts';

const fingerprintKey = (tag: Uint8Array, shape: ListShape): string => {
  const { slot, remainder } = fingerprintOf(tag, shape);
  return `${slot}:${remainder}`;
};

/**
 * The shape for these real entries, widened by a bit while two of them share a fingerprint (rare: a
 * shared fingerprint would make both people's answers ambiguous), and padded with pseudorandom entries
 * whose fingerprints are all new.
 */
export function paddedListEntries(
  real: readonly ListEntry[],
  breachCount: number,
  pad: Iterator<ListEntry>,
): { shape: ListShape; entries: ListEntry[] } {
  const entries = paddedEntries(real.length);
  for (let extra = 0; ; extra++) {
    const shape = listShape(entries, breachCount, extra);
    const seen = new Set(real.map((e) => fingerprintKey(e.tag, shape)));
    if (seen.size !== real.length) continue;
    const all = [...real];
    while (all.length < entries) {
      const next = pad.next();
      if (next.done === true) throw new Error('padding ran out');
      const key = fingerprintKey(next.value.tag, shape);
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(next.value);
    }
    return { shape, entries: all };
  }
}
