import { IDENTIFIER_KINDS } from '../../core/identifiers/types.ts';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from '../oprf/rate-limiter.ts';

/** Bindings of the evaluator Worker (wrangler.toml `[vars]` plus the OPRF_KEY secret). */
export interface EvaluatorWorkerEnv {
  /** The key file's JSON, as a secret binding. */
  OPRF_KEY?: unknown;
  SOURCE_ID?: unknown;
  /** Comma-separated kinds the source covers, as in its source.json. */
  KINDS?: unknown;
  /** Path requests must use (default /evaluate). */
  EVALUATE_PATH?: unknown;
  RATE_CAPACITY?: unknown;
  RATE_REFILL_PER_SECOND?: unknown;
}

export interface WorkerConfig {
  key: string;
  sourceId: string;
  kinds: string[];
  evaluatePath: string;
  rateLimit: RateLimitOptions;
}

const text = (value: unknown, name: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`the binding ${name} is missing`);
  return value.trim();
};

const positive = (value: unknown, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0)) throw new Error(`the binding ${name} must be a positive number`);
  return n;
};

/** Validates the bindings; throws (and the Worker answers 500) when one is missing or malformed. */
export function parseWorkerEnv(env: EvaluatorWorkerEnv): WorkerConfig {
  const kinds = text(env.KINDS, 'KINDS')
    .split(',')
    .map((k) => k.trim());
  for (const kind of kinds) {
    if (!(IDENTIFIER_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown kind ${kind}`);
  }
  const evaluatePath =
    env.EVALUATE_PATH === undefined ? '/evaluate' : text(env.EVALUATE_PATH, 'EVALUATE_PATH');
  return {
    key: text(env.OPRF_KEY, 'OPRF_KEY'),
    sourceId: text(env.SOURCE_ID, 'SOURCE_ID'),
    kinds,
    evaluatePath,
    rateLimit: {
      capacity: positive(env.RATE_CAPACITY, DEFAULT_RATE_LIMIT.capacity, 'RATE_CAPACITY'),
      refillPerSecond: positive(
        env.RATE_REFILL_PER_SECOND,
        DEFAULT_RATE_LIMIT.refillPerSecond,
        'RATE_REFILL_PER_SECOND',
      ),
    },
  };
}
