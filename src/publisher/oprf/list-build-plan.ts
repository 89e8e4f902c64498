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
import { listEvaluator, OprfListBuilder, TooManyForListError } from './list-builder.ts';
import { writeOprfListSource, type WrittenList } from './list-writer.ts';
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
 * bucket layout; every distinct identifier is evaluated and becomes one list entry. With "auto", reading
 * stops at the first identifier beyond the list limit and the caller builds buckets instead.
 */
export async function buildOprfListPlan(
  plan: BuildPlan,
  settings: OprfPlanSettings,
  options: BuildOptions = {},
): Promise<(BuildReport & OprfBuildExtras) | 'too-many'> {
  const started = performance.now();
  checkReplaceable(plan.out);
  const { key, created } = await obtainKey(settings, plan.out);
  const kinds = planKinds(plan);
  const builder = new OprfListBuilder({
    sourceId: plan.sourceId,
    key,
    kinds,
    breachCount: plan.breaches.length,
    maxDistinct: plan.layout === 'list' ? Infinity : OPRF_LIST_DEFAULT_MAX_DISTINCT,
  });
  let rowsRead = 0;
  let inputs;
  try {
    inputs = await readPlanRecords(
      plan,
      (r) => builder.add(r),
      () => {
        if (++rowsRead % 1000 === 0) options.onProgress?.({ phase: 'hash', done: rowsRead });
      },
    );
  } catch (error) {
    if (error instanceof TooManyForListError) return 'too-many';
    throw error;
  }
  if (plan.strict && inputs.some((s) => invalidTotal(s) > 0)) throw new StrictModeError(inputs);
  assertInputQuality(inputs, plan.maxInvalidPercent);
  const evaluate = await listEvaluator(plan.sourceId, key);
  const lists = builder.finish(
    (done, total) => options.onProgress?.({ phase: 'hash', done, total }),
    evaluate,
  );
  mkdirSync(dirname(plan.out), { recursive: true });
  const staging = createStaging(plan.out);
  try {
    const meta = {
      id: plan.sourceId,
      name: plan.name,
      publisher: plan.publisher,
      ...(plan.homepage === undefined ? {} : { homepage: plan.homepage }),
      breaches: plan.breaches,
      updated: plan.updated,
      ...(settings.evaluateUrl === undefined ? {} : { evaluateUrl: settings.evaluateUrl }),
    };
    const written = await writeOprfListSource(staging, meta, key, lists);
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
    rmSync(staging, { recursive: true, force: true });
  }
}
