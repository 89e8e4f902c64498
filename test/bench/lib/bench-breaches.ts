import type { BreachRef } from '../../../src/core/index.ts';

/** The one breach the keyed-source benchmarks publish their synthetic records under. */
export const BENCH_BREACHES: BreachRef[] = [
  { id: 'bench', title: 'Bench', operator: 'Bench', date: '2026-01-01', dataClasses: ['national-id'] },
];
