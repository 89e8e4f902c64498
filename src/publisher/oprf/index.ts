// xc-oprf-v1 publisher side: key custody, bucket building, and the evaluation endpoint.
export {
  assertKeyOutside,
  generateOprfKey,
  OPRF_KEY_FORMAT,
  OprfKeyError,
  oprfKeyId,
  readOprfKeyFile,
  writeOprfKeyFile,
  type OprfKey,
} from './key-file.ts';
export { oprfKeyFromJson, oprfKeyToJson } from './key-json.ts';
export type { OprfRecord, OprfKindBuckets } from './oprf-records.ts';
export {
  allPrefixes,
  DEFAULT_OPRF_EVALUATE_URL,
  DEFAULT_OPRF_RANGE_URL,
  oprfDescriptor,
  writeOprfSource,
  type OprfSourceMeta,
} from './write-oprf-source.ts';
export { buildOprfSource, type BuildOprfSourceOptions, type OprfBuildReport } from './build-oprf-source.ts';
export { answerEvaluateRequest, type EvaluateAnswer, type OprfEvaluator } from './evaluate-request.ts';
export {
  clientKeyFromAddress,
  DEFAULT_RATE_LIMIT,
  TokenBucketLimiter,
  type RateLimitOptions,
} from './rate-limiter.ts';
export { createEvaluateHandler, type EvaluateEndpointOptions } from './evaluate-endpoint.ts';
export { loadOprfEvaluator, type LoadedEvaluator } from './load-evaluator.ts';
export {
  buildOprfPlan,
  oprfKeyNote,
  oprfSettings,
  type OprfBuildExtras,
  type OprfPlanSettings,
} from './build-oprf-plan.ts';
export { readPlanRecords } from './plan-records.ts';
export { createFetchEvaluateHandler, type FetchEvaluateOptions } from './fetch-evaluate-handler.ts';
export { DEFAULT_OPRF_LIST_URL, type WrittenList } from './list-writer.ts';
export {
  buildOprfListSource,
  type BuildOprfListSourceOptions,
  type OprfListBuildReport,
} from './build-oprf-list-source.ts';
