import { RANGE_SCHEMES } from '../core/range/index.ts';
import { z } from '../core/zod.ts';
import { identifierKindSchema } from './identifier-schemas.ts';

const upperHex = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[0-9A-F]*$/, 'expected upper-case hex');

/** core's RangeKey: the hash prefix that is sent and the suffix that stays here; never the identifier. */
export const rangeKeySchema = z.object({
  sourceId: z.string().min(1).max(64),
  scheme: z.enum(RANGE_SCHEMES),
  kind: identifierKindSchema,
  // Empty for an xc-oprf-v1 whole-list key: nothing identifier-dependent is sent to re-check it.
  prefix: upperHex(0, 16),
  // xc-oprf-v1 suffixes are a 24-hex tag plus a mask of up to 64 hex (256 breaches).
  suffix: upperHex(8, 128),
  /** How the key was made (scheme, work factor, salt, prefix bits); a re-check refuses a stale one. */
  params: z.string().min(1).max(512),
});
