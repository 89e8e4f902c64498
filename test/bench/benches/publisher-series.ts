import { join } from 'node:path';
import { XC_V1_DEFAULT_ITERATIONS } from '../../../src/core/range/hash-xc-v1.ts';
import type { BenchContext } from '../lib/context.ts';
import { peselInput, sha1Input } from './publisher-inputs.ts';
import type { RawRate } from './raw-hash-limits.ts';

/** The pipeline series runs xc-v1 at the lowest work factor a descriptor allows. */
export const LOW_ITERATIONS = 1_000;

export interface Series {
  key: 'hibp' | 'pesel' | 'peselDefault';
  title: string;
  /** Path of a cached input file of n records. */
  input: (n: number) => string;
  /** `build` arguments besides --input, --updated and --out. */
  args: string[];
  /** The bare hash rate this series is compared with. */
  raw: RawRate;
}

/**
 * What gets built: pre-hashed passwords (hibp-sha1, no hashing in the publisher), PESELs at the low work
 * factor (the pipeline's own cost), and a sample of PESELs at the default work factor.
 */
export function publisherSeries(
  ctx: BenchContext,
  raw: { sha1: RawRate; low: RawRate; default: RawRate },
): { list: number[]; def: Series }[] {
  const inputs = join(ctx.workDir, 'inputs');
  const defaultSample = ctx.quick ? 10 : 1_000;
  return [
    {
      list: ctx.hibpSizes,
      def: {
        key: 'hibp',
        title: 'hibp-sha1, pre-hashed passwords',
        input: (n) => sha1Input(inputs, n),
        args: ['--kind', 'password', '--input-format', 'sha1', '--source-id', 'bench-hibp'],
        raw: raw.sha1,
      },
    },
    {
      list: ctx.peselSizes,
      def: {
        key: 'pesel',
        title: `xc-v1 PESEL ×${LOW_ITERATIONS}`,
        input: (n) => peselInput(inputs, n),
        args: ['--kind', 'pesel', '--source-id', 'bench-pesel', '--iterations', String(LOW_ITERATIONS)],
        raw: raw.low,
      },
    },
    {
      list: [defaultSample],
      def: {
        key: 'peselDefault',
        title: `xc-v1 PESEL ×${XC_V1_DEFAULT_ITERATIONS} (default)`,
        input: (n) => peselInput(inputs, n),
        args: [
          '--kind',
          'pesel',
          '--source-id',
          'bench-pesel',
          '--iterations',
          String(XC_V1_DEFAULT_ITERATIONS),
        ],
        raw: raw.default,
      },
    },
  ];
}
