// xc-oprf-v1: keyed private checks (RFC 9497 POPRF). Client side and the shared wire format.
export { checkOprf, DEFAULT_OPRF_TIMEOUT_MS } from './check-oprf.ts';
export * from './constants.ts';
export { oprfInput, oprfInfo, oprfPublicPrefix } from './oprf-input.ts';
export { poprfFor, type Poprf } from './poprf.ts';
export {
  bitmapFromIndexes,
  bitmapHexLength,
  indexesFromBitmap,
  lineKeyFromOutput,
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
