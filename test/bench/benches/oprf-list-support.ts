// Re-exports for the whole-list benchmark, so its imports stay on one screen.
export {
  falseMatchRate,
  listBinding,
  listBytes,
  listShape,
  lookupList,
  OPRF_TAG_HEX_LENGTH,
  paddedEntries,
  parseList,
  type ListEntry,
} from '../../../src/core/oprf/index.ts';
export { recommendedPrefixBits as recommendedPrefixBitsForBench } from '../../../src/core/range/prefix.ts';
