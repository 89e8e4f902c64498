import { XC_V1_DEFAULT_ITERATIONS } from '../../../src/core/range/hash-xc-v1.ts';
import type { PublisherBuildResult } from '../children/publisher-build.ts';
import type { SectionBuilder } from '../lib/figures.ts';
import { sizeLabel } from './publisher-inputs.ts';
import { LOW_ITERATIONS } from './publisher-series.ts';
import type { RawRate } from './raw-hash-limits.ts';

/**
 * t(N) = a + b·N through the two largest measured builds (a fixed cost such as writing every bucket file,
 * plus a cost per record); with one build, t = b·N, which overstates small builds' fixed cost.
 */
export function linearModel(points: readonly { n: number; t: number }[]): (n: number) => number {
  const sorted = points.toSorted((x, y) => x.n - y.n).slice(-2);
  const [p1, p2] = sorted;
  if (p1 === undefined) return () => NaN;
  if (p2 === undefined || p2.n === p1.n) return (n) => (p1.t * n) / p1.n;
  const b = Math.max(0, (p2.t - p1.t) / (p2.n - p1.n));
  const a = Math.max(0, p2.t - b * p2.n);
  return (n) => a + b * n;
}

export type Builds = Map<string, { n: number; r: PublisherBuildResult }[]>;

/** Figures nobody waited for, computed from measured rates and labelled as extrapolated. */
export function addExtrapolations(s: SectionBuilder, builds: Builds, rawDefault: RawRate): void {
  const low = builds.get('pesel') ?? [];
  const def = builds.get('peselDefault')?.at(-1);
  const total = linearModel(low.map(({ n, r }) => ({ n, t: r.seconds })));
  const afterHashing = linearModel(low.map(({ n, r }) => ({ n, t: r.sortSeconds + r.writeSeconds })));
  const measured = new Set(low.map((b) => b.n));
  // The model uses the two largest builds; name those.
  const from = low
    .map((b) => b.n)
    .toSorted((x, y) => x - y)
    .slice(-2)
    .map((n) => n.toLocaleString('en-US'))
    .join(' and ');
  for (const target of [1_000_000, 10_000_000]) {
    const label = sizeLabel(target);
    const count = target.toLocaleString('en-US');
    if (low.length > 0 && !measured.has(target)) {
      s.add(
        `pesel.${label}.extrapolatedSeconds`,
        `EXTRAPOLATED build time, xc-v1 PESEL ×${LOW_ITERATIONS}, ${count} records (from ${from})`,
        total(target),
        's',
      );
    }
    if (def !== undefined) {
      const hashing = (target * def.r.hashSeconds) / def.n;
      s.add(
        `peselDefault.${label}.extrapolatedHours`,
        `EXTRAPOLATED build time, xc-v1 PESEL ×${XC_V1_DEFAULT_ITERATIONS}, ${count} records`,
        (hashing + afterHashing(target)) / 3600,
        'h',
      );
    }
    if (def !== undefined) {
      s.add(
        `peselDefault.${label}.extrapolatedCoreHours`,
        `EXTRAPOLATED CPU time, xc-v1 PESEL ×${XC_V1_DEFAULT_ITERATIONS}, ${count} records (from the sample's CPU time)`,
        (target * def.r.cpuSeconds) / def.n / 3600,
        'core-h',
      );
    }
    s.add(
      `raw.pbkdf2Default.${label}.hours`,
      `bare PBKDF2 ×${XC_V1_DEFAULT_ITERATIONS} for ${count} records, 8 in flight`,
      target / rawDefault.perSecond / 3600,
      'h',
    );
  }
  if (def !== undefined) {
    s.note(
      `EXTRAPOLATED figures are not measured. Low work factor: a fixed cost plus a cost per record, fitted through the builds of ${from} records. ` +
        `Default work factor: measured on ${def.n.toLocaleString('en-US')} records only; its hash-phase rate (${(def.n / def.r.hashSeconds).toFixed(1)} records/s) ` +
        'for the hashing, plus the sort and write phases fitted from the low-work-factor builds.',
    );
  }
}
