import {
  parseSourceDescriptor,
  recommendedPrefixBits,
  SourceDescriptorError,
  type BucketLayout,
  type IdentifierKind,
} from '../../core/index.ts';
import { PlanError, planKinds, type BuildPlan } from './build-plan.ts';

export const XC_V1_RANGE_URL = 'ranges/{kind}/{prefix}.txt';
export const HIBP_SHA1_RANGE_URL = 'range/{prefix}';
const MIN_PREFIX_BITS = 4;

/** Prefix bits for a kind: the safe maximum, or the plan's smaller cap. hibp-sha1 is always 20. */
export function prefixBitsFor(plan: BuildPlan, kind: IdentifierKind): number {
  const cap = plan.maxPrefixBits;
  if (plan.scheme === 'hibp-sha1') {
    if (cap !== undefined && cap !== 20) throw new PlanError('hibp-sha1 always uses 20-bit prefixes.');
    return 20;
  }
  if (cap !== undefined && cap < MIN_PREFIX_BITS) {
    throw new PlanError(`--prefix-bits must be at least ${MIN_PREFIX_BITS}.`);
  }
  return Math.min(cap ?? Infinity, recommendedPrefixBits(kind));
}

/**
 * source.json as written: a fixed key order (so output is byte-for-byte reproducible) and a range
 * URL relative to the descriptor, so the directory can be hosted at any address.
 */
export function sourceJson(plan: BuildPlan, buckets: Partial<Record<IdentifierKind, BucketLayout>>) {
  const xc = plan.scheme === 'xc-v1';
  return {
    format: 'exposure-check-source/1',
    id: plan.sourceId,
    name: plan.name,
    publisher: plan.publisher,
    ...(plan.homepage === undefined ? {} : { homepage: plan.homepage }),
    scheme: plan.scheme,
    kinds: planKinds(plan),
    rangeUrl: xc ? XC_V1_RANGE_URL : HIBP_SHA1_RANGE_URL,
    hash: xc
      ? { algorithm: 'pbkdf2-sha256', iterations: plan.iterations, salt: plan.salt }
      : { algorithm: 'sha1' },
    buckets,
    padded: true,
    breaches: plan.breaches,
    updated: plan.updated,
  };
}

/** Runs the client's own validation on what is about to be published; a failure is a PlanError. */
export function assertPublishable(json: unknown): void {
  try {
    parseSourceDescriptor(json, 'http://127.0.0.1/source.json');
  } catch (error) {
    if (error instanceof SourceDescriptorError) {
      throw new PlanError(`The source description would be rejected by clients: ${error.issues.join('; ')}`);
    }
    throw error;
  }
}
