// xc-oprf-v1: keyed private checks (RFC 9497 POPRF). Client side and the shared wire format.
export { checkOprf } from './check-oprf.ts';
export { DEFAULT_OPRF_TIMEOUT_MS } from './call-context.ts';
export { oprfRangeKey } from './oprf-range-key.ts';
export { outcomeFromSealedLine } from './outcome.ts';
export * from './constants.ts';
export { oprfInput, oprfInfo, oprfPublicPrefix } from './oprf-input.ts';
export { poprfFor, type Poprf } from './poprf.ts';
export {
  bitmapFromIndexes,
  bitmapHexLength,
  indexesFromBitmap,
  lineKeyFromOutput,
  oprfSuffixLength,
  splitOprfSuffix,
  xorHex,
  type LineKey,
} from './sealed-line.ts';
export { parseOprfBucket, type BucketShape } from './bucket-parser.ts';
export {
  encodeEvaluateRequest,
  encodeEvaluateResponse,
  parseEvaluateRequest,
  parseEvaluateResponse,
  type EvaluateRequest,
  type EvaluateResponse,
  type WireResult,
} from './wire.ts';
export { decodeExactBase64Url } from './base64url.ts';
export * from './list-constants.ts';
export {
  listKeyFromOutput,
  listKeyFromSuffix,
  listSuffixOf,
  listBinding,
  type ListKey,
} from './list-keys.ts';
export {
  listShape,
  listBytes,
  paddedEntries,
  falseMatchRate,
  fingerprintOf,
  type ListShape,
} from './list-shape.ts';
export {
  packList,
  parseList,
  lookupList,
  unsealBreaches,
  type ListEntry,
  type ParsedList,
} from './list-file.ts';
export { isListSource, oprfListParams, type OprfListParams } from './list-source.ts';
export { createListLoader, validateList, type ListLoader, type ListStore } from './list-loader.ts';
export { listRangeKey, outcomeFromList } from './list-check.ts';
export { LIST_KEY_PREFIX } from './list-keys.ts';
export {
  encodeBatchRequest,
  encodeBatchResponse,
  isBatchRequest,
  parseBatchRequest,
  parseBatchResponse,
  OPRF_MAX_BATCH,
  OPRF_MAX_BATCH_REQUEST_BYTES,
  OPRF_MAX_BATCH_RESPONSE_BYTES,
  type BatchEvaluateRequest,
  type BatchEvaluateResponse,
} from './batch-wire.ts';
export { evaluateBatch } from './evaluate-batch.ts';
export { oprfRangeKeys } from './oprf-range-keys.ts';
