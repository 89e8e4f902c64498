// The public surface of the pure core. Other layers import from here, not from deep paths.
export * from './identifiers/index.ts';
export * from './range/index.ts';
export { checkOprf, oprfRangeKey, DEFAULT_OPRF_TIMEOUT_MS, OPRF_SCHEME, OPRF_SUITE } from './oprf/index.ts';
export { z } from './zod.ts';
export { ownValue, withOwnValue } from './own-record.ts';
export * from './guidance/index.ts';
export { formatList } from './list-format.ts';
export { withoutDoubledPeriod } from './sentence.ts';
