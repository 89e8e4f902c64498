import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { OPRF_LIST_DEFAULT_MAX_DISTINCT, OPRF_LIST_PADDING_STEPS } from '../../core/oprf/list-constants.ts';
import { falseMatchRate } from '../../core/oprf/list-shape.ts';
import { planKinds, type BuildPlan } from '../build/build-plan.ts';
import type { BuildOptions, BuildReport } from '../build/build-source.ts';
import { StrictModeError } from '../build/build-source.ts';
import { assertInputQuality } from '../build/input-quality.ts';
import { invalidTotal } from '../build/input-stats.ts';
import { checkReplaceable, createStaging, publishStaging } from '../build/output-dir.ts';
import { obtainKey, type OprfBuildExtras, type OprfPlanSettings } from './oprf-plan-key.ts';
import type { WrittenList } from './list-writer.ts';
import { PartitionedListBuild } from './partitioned-list-build.ts';
import { planSourceMeta } from './plan-meta.ts';
import { readPlanRecords } from './plan-records.ts';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function listNote(lists: readonly WrittenList[]): string {
  const lines = lists.map(
    (l) =>
      `  ${l.kind}: ${int(l.real)} listed, padded to ${int(l.shape.entries)}; ${int(l.bytes)} bytes ` +
      `(${(l.bytes / Math.max(1, l.real)).toFixed(2)} per listed identifier); ` +
      `false match ≤ ${falseMatchRate(l.shape).toExponential(1)} per check`,
  );
  return (
    `Layout: whole list per kind (lists/<kind>.bin). Sizes reveal the count only to 1/${OPRF_LIST_PADDING_STEPS} ` +
    `of a power of two.\n${lines.join('\n')}\n`
  );
}

/**
 * `build --scheme xc-oprf-v1 --layout list` (and the automatic choice): the inputs are read as for the
 * bucket layout and partitioned to disk; every distinct identifier is evaluated (on `--workers` threads)
 * and becomes one list entry. With "auto", the distinct identifiers are counted before any evaluation,
 * and past the list limit the caller builds buckets instead.
 */
export async function buildOprfListPlan(
  plan: BuildPlan,
  settings: OprfPlanSettings,
  options: BuildOptions = {},
): Promise<(BuildReport & OprfBuildExtras) | 'too-many'> {
  const started = performance.now();
  checkReplaceable(plan.out);
  const { key, created } = await obtainKey(settings, plan.out);
  // Partition and run files hold the normalised identifiers (as sensitive as the input): next to `out`.
  const workDir = options.workDir ?? `${plan.out}.work-${process.pid}`;
  mkdirSync(workDir, { recursive: true, mode: 0o700 });
  const build = new PartitionedListBuild({
    sourceId: plan.sourceId,
    key,
    kinds: planKinds(plan),
    breachCount: plan.breaches.length,
    workDir,
    ...(plan.layout === 'list' ? {} : { maxDistinct: OPRF_LIST_DEFAULT_MAX_DISTINCT }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
  });
  let staging: string | undefined;
  try {
    let rowsRead = 0;
    const inputs = await readPlanRecords(
      plan,
      (r) => build.add(r),
      () => {
        if (++rowsRead % 1000 === 0) options.onProgress?.({ phase: 'hash', done: rowsRead });
      },
    );
    if (plan.strict && inputs.some((s) => invalidTotal(s) > 0)) throw new StrictModeError(inputs);
    assertInputQuality(inputs, plan.maxInvalidPercent);
    mkdirSync(dirname(plan.out), { recursive: true });
    staging = createStaging(plan.out);
    const meta = planSourceMeta(plan, settings);
    const written = await build.write(staging, meta, (done, total) =>
      options.onProgress?.({ phase: 'hash', done, total }),
    );
    if (written === 'too-many') return written;
    publishStaging(staging, plan.out);
    return {
      out: plan.out,
      descriptor: written.descriptor as unknown as BuildReport['descriptor'],
      inputs,
      kinds: written.lists.map((l) => ({
        kind: l.kind,
        prefixBits: 0,
        buckets: 1,
        lines: l.shape.entries,
        unique: l.real,
        maxReal: l.real,
      })),
      files: written.files - 1,
      rowsRead,
      seconds: (performance.now() - started) / 1000,
      keyId: key.keyId,
      keyCreated: created,
      listNote: listNote(written.lists),
    };
  } finally {
    build.dispose();
    if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}
